// When a change was made or a workspace last saved, as a person reads it (date and time).
const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The ISO time as "12 May 2025, 10:00"; a string that is not a time is shown as it is. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date);
}
