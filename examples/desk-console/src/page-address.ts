/**
 * Keeps the console's state in the page address (`?desk=`, `?ticket=`), so a reload or a shared
 * link opens the same view.
 * @internal
 */

/** Sets (or, with `undefined`, removes) one query parameter without a navigation. */
export function rememberInAddress(name: 'desk' | 'ticket', value: string | undefined): void {
  const url = new URL(location.href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}
