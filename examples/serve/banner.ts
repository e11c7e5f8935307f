/**
 * The banner of `pnpm demo` and `pnpm dev` for people: every address (with `pnpm demo`'s mail
 * catcher, inbound SMTP and webhook receiver), notes (such as what is not built yet) and every desk's key, with the
 * desks' names.
 * @internal
 */
import type { Desk } from '@opin/support-sdk';
import type { DemoReady } from '@opin/tools/demo-ready';
import { examplePages, pagePath } from '../site/pages.js';

/** The banner's lines under `title`. */
export function bannerLines(
  title: string,
  addresses: DemoReady,
  desks: readonly Desk[],
  notes: readonly string[],
): string[] {
  const rows: [string, string][] = [
    ...examplePages.map((page): [string, string] => [
      page.label,
      addresses.pages[pagePath(page)] ?? '',
    ]),
    ['Widget', addresses.widget],
    ['API base', addresses.apiBase],
    ...(addresses.mailCatcher
      ? ([
          ['Mail catcher', addresses.mailCatcher.api],
          ['Mail catcher SMTP', addresses.mailCatcher.smtp],
          ['Inbound SMTP', addresses.mailCatcher.inboundSmtp],
        ] satisfies [string, string][])
      : []),
    ...(addresses.webhookReceiver
      ? ([
          ['Webhook receiver', addresses.webhookReceiver.api],
          [`Webhook of ${addresses.webhookReceiver.desk}`, addresses.webhookReceiver.hook],
        ] satisfies [string, string][])
      : []),
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return [
    title,
    ...rows.map(([label, url]) => `  ${`${label}:`.padEnd(width)} ${url}`),
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
    'Desk keys (Authorization: Bearer <key>):',
    ...desks.map(
      (desk) =>
        `  ${desk.id.padEnd(12)} ${desk.name.en.padEnd(44)} ${desk.integration.padEnd(8)} ${addresses.deskKeys[desk.id] ?? ''}`,
    ),
    '',
    'Press Ctrl+C to stop.',
  ];
}
