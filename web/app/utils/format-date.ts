const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "14 September 2026" — the same on server and browser (fixed locale and time zone). */
export function formatDate(value: string): string {
  return formatter.format(new Date(value));
}
