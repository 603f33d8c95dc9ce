import type { ScaleTime } from 'd3-scale';
import { partialDateEnd, partialDateStart, type PartialDate } from '../../schemas/partialDate';
import { dateAnchorTime } from './monthScale';

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** An event known only to its month (or year): a chip this size on a band spanning the month, viewBox pixels. */
export const chipSize = { width: 8, height: 10 };

/** Radius of a day's dot, viewBox pixels. */
export const dotRadius = 5;

/** A date's mark, viewBox pixels: y0 to y1 (equal for a day) and the middle its label aims at. */
export function markSpan(
  date: PartialDate,
  y: ScaleTime<number, number>,
): { y0: number; y1: number; anchor: number } {
  const y0 = y(new Date(partialDateStart(date)));
  const y1 = date.precision === 'day' ? y0 : y(new Date(partialDateEnd(date)));
  return { y0, y1, anchor: y(new Date(dateAnchorTime(date))) };
}

/** A mark to place: a day's dot is at `y`; a chip wants to sit level with its label (`want`) within its span. */
export interface ChipItem {
  day: boolean;
  y0: number;
  y1: number;
  want: number;
}

/**
 * Where each mark's middle is, viewBox pixels, in the events' order: a day's dot at its date; a chip
 * as near its label's first line as its month allows, below the marks before it and above the days
 * after it (with room for the chips between), so that leaders taken in order never cross.
 */
export function markCentres(items: readonly ChipItem[]): number[] {
  const h = chipSize.height;
  const clear = (prevDay: boolean) => (prevDay ? h / 2 + dotRadius : h + 3);
  const centres: number[] = [];
  items.forEach((it, i) => {
    if (it.day) return centres.push(it.y0);
    const next = items.findIndex((x, j) => j > i && x.day);
    const upper = next < 0 ? Infinity : items[next]!.y0 - clear(true) - (next - i - 1) * clear(false);
    const lower = i === 0 ? -Infinity : centres[i - 1]! + clear(items[i - 1]!.day);
    const inSpan = Math.min(Math.max(it.want, it.y0 + h / 2 + 1), it.y1 - h / 2 - 1);
    return centres.push(Math.max(lower, Math.min(inSpan, upper)));
  });
  return centres;
}

/**
 * SVG leader, viewBox pixels: from the mark's right edge (x0, y0) level to the elbow column, then
 * straight to just left of the label's first line (at labelMid). Every leader turns at the same
 * column, so leaders whose marks and labels come in the same order never cross.
 */
export function leaderPath(x0: number, y0: number, elbowX: number, labelX: number, labelMid: number): string {
  return `M${round(x0)},${round(y0)}L${round(elbowX)},${round(y0)}L${round(labelX - 3)},${round(labelMid)}`;
}
