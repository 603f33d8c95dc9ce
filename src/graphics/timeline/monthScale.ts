import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { partialDateEnd, partialDateStart, type PartialDate } from '../../schemas/partialDate';

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** Extra room a month gets per event in it, in units of an empty month's room. */
const roomPerEvent = 2.2;

/** Time to y in viewBox pixels, `top` to `bottom`, over the months the dates touch; busy months get more. */
export function monthScale(
  dates: readonly PartialDate[],
  top: number,
  bottom: number,
): ScaleTime<number, number> {
  const start = Math.min(...dates.map((d) => partialDateStart(d)));
  const end = Math.max(...dates.map((d) => partialDateEnd(d)));
  const months = utcMonth.range(utcMonth.floor(new Date(start)), utcMonth.ceil(new Date(end)));
  // The breaks are the month starts: linear within a month, each month as tall as its weight's share.
  const monthStarts = [...months, utcMonth.offset(months.at(-1)!, 1)];
  // An event counts in every month it touches: a month-long bar widens its month like a day does.
  const weight = months.map((m) => {
    const next = utcMonth.offset(m, 1).getTime();
    return (
      1 +
      roomPerEvent * dates.filter((d) => partialDateStart(d) < next && partialDateEnd(d) > m.getTime()).length
    );
  });
  const total = weight.reduce((a, b) => a + b, 0);
  let acc = 0;
  const stops = [0, ...weight.map((w) => (acc += w) / total)].map((f) => top + f * (bottom - top));
  return scaleUtc().domain(monthStarts).range(stops);
}

/** A tick at each month start, y in viewBox pixels; the year is named on the first tick and in January. */
export function monthTicks(y: ScaleTime<number, number>): Array<{ key: string; y: number; label: string }> {
  // Monthly ticks keep the unequal spacing honest: readers see which months were stretched.
  return y.ticks(utcMonth.every(1)!).map((d, i) => ({
    key: d.toISOString().slice(0, 7),
    y: round(y(d)),
    label: i === 0 || d.getUTCMonth() === 0 ? utcFormat('%b %Y')(d) : utcFormat('%b')(d),
  }));
}
