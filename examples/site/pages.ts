/**
 * The example pages: every one is an input of the examples' build (`vite.config.ts`) and a line of
 * the demo's banner.
 * @internal
 */

/** One HTML page of the examples. */
export interface ExamplePage {
  /** Its file under `examples/`, e.g. `portal-opin/help.html`. */
  file: string;
  /** What the banner calls it. */
  label: string;
  /** False for a page that does not read `?api=` (the index, whose links are plain). */
  readsApiQuery?: false;
  /**
   * True for the page that reads `?mail=` and `?hooks=` (the desk console: `pnpm demo`'s mail
   * catcher and webhook receiver).
   */
  readsDemoQueries?: true;
}

export const examplePages: readonly ExamplePage[] = [
  { file: 'index.html', label: 'Examples', readsApiQuery: false },
  { file: 'desk-console/index.html', label: 'Desk console', readsDemoQueries: true },
  { file: 'portal-opin/index.html', label: 'Opin.fi portal' },
  { file: 'portal-opin/help.html', label: 'Opin.fi help page' },
  { file: 'portal-institution/index.html', label: 'Åbo Akademi portal' },
  { file: 'portal-institution/hanken.html', label: 'Hanken portal' },
  { file: 'plain-html/index.html', label: 'Plain HTML' },
  { file: 'react-portal/index.html', label: 'React portal' },
];

/** The path a page is served at: `portal-opin/index.html` → `portal-opin/`, the index → ``. */
export function pagePath(page: ExamplePage): string {
  return page.file.replace(/(^|\/)index\.html$/, '$1');
}
