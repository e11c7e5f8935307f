/**
 * Times as the person reads them: in their own time zone, with the zone named
 * (`2026-11-26 00:30 EET`), so 8 am in Finland does not show as 06:00. The exact instant stays in
 * each `<time datetime>`.
 * @internal
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (`''`: the browser's), made once. */
function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An ISO time as `2026-11-26 00:30 EET`: in `timeZone` (an IANA name; by default this browser's),
 * with its short name. A text that is no time comes back as it is.
 */
export function formatTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(date)) part[type] = value;
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${part.timeZoneName}`;
}
