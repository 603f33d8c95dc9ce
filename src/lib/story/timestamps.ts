import { monthNames } from '../../schemas/partialDate';

/** "25 November 2026, 09:00 UTC": printed in UTC so every build and every reader sees the same text. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** Whether an update is worth printing: later than publication by at least a minute. */
export function isLaterUpdate(published: string, updated: string | undefined): updated is string {
  return updated !== undefined && Date.parse(updated) - Date.parse(published) >= 60_000;
}
