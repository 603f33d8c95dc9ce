import type { ScaleTime } from 'd3-scale';
import { partialDateEnd, partialDateStart, type PartialDate } from '../../schemas/partialDate';

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** Horizontal step between bar lanes, viewBox pixels. */
export const laneStep = 7;

/** Lane per date (in start order): 0 for a day's dot on the axis, 1, 2 ... for bars, `laneStep` px apart. */
export function barLanes(dates: readonly PartialDate[]): number[] {
  const laneEnds: number[] = [];
  return dates.map((d) => {
    if (d.precision === 'day') return 0;
    const s = partialDateStart(d);
    // First lane free by this bar's start; a new lane only when all are taken.
    let lane = laneEnds.findIndex((endTime) => endTime <= s);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = partialDateEnd(d);
    return lane + 1;
  });
}

/** A date's mark, viewBox pixels: y0 to y1 (equal for a day) and the middle its label aims at. */
export function markSpan(
  date: PartialDate,
  y: ScaleTime<number, number>,
): { y0: number; y1: number; anchor: number } {
  const y0 = y(new Date(partialDateStart(date)));
  const y1 = date.precision === 'day' ? y0 : y(new Date(partialDateEnd(date)));
  return { y0, y1, anchor: (y0 + y1) / 2 };
}

/** SVG leader path in viewBox pixels from the mark at (x, anchor) to the label's first line at labelMid. */
export function leaderPath(
  x: number,
  day: boolean,
  anchor: number,
  labelX: number,
  labelMid: number,
): string {
  // Starts at the edge of the dot (radius 5) or of the bar (half its 6 px width).
  return `M${round(x + (day ? 5 : 3))},${round(anchor)}C${round(labelX - 8)},${round(anchor)} ${round(x + 8)},${round(labelMid)} ${round(labelX - 3)},${round(labelMid)}`;
}
