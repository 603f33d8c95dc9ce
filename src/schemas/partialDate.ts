/** A calendar date known to the day, the month or only the year (ISO 8601 prefixes). */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** The date as the editor wrote it: YYYY-MM-DD, YYYY-MM or YYYY. */
  iso: string;
  precision: Precision;
  year: number;
  /** 1–12; 1 when only the year is known. */
  month: number;
  /** 1–31; 1 when only the month or year is known. */
  day: number;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses an ISO date prefix; undefined when it is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return undefined;
  // Date.UTC rolls 31 April over to 1 May: a round trip catches impossible days.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  const precision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return { iso: text, precision, year, month, day };
}

/** Milliseconds since the epoch (UTC) of the first instant the date covers. */
export function partialDateStart(date: PartialDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** Milliseconds since the epoch (UTC) just after the last instant the date covers. */
export function partialDateEnd(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
  if (date.precision === 'month') return Date.UTC(date.year, date.month, 1);
  return Date.UTC(date.year, date.month - 1, date.day + 1);
}

/** English month names, January first. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Reader-facing text, no more precise than the date is known: "27 April 2024", "April 2024". */
export function formatPartialDate(date: PartialDate): string {
  const month = monthNames[date.month - 1];
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}
