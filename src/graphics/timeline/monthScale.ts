import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { partialDateEnd, partialDateStart, type PartialDate } from '../../schemas/partialDate';

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** A month needing more than this many times the usual month's room is drawn at a larger scale. */
const expandAbove = 1.6;

/** A month the axis shows: its start and end (ms), its height before fitting and whether it is enlarged. */
export interface PlannedMonth {
  start: number;
  end: number;
  height: number;
  expanded: boolean;
}

/** A break in the axis before month `before` (index in `months`): months skipped and/or a new scale. */
export interface PlannedBreak {
  before: number;
  height: number;
  /** The words beside the break, one line each: "Dec–Mar", "skipped", "new scale". */
  lines: string[];
  skipped: boolean;
}

export interface AxisPlan {
  months: PlannedMonth[];
  breaks: PlannedBreak[];
  /** Height the plan needs, viewBox pixels. */
  total: number;
}

/** Month starts (ms) a date touches. */
function touched(d: PartialDate): number[] {
  const start = new Date(partialDateStart(d));
  return utcMonth.range(utcMonth.floor(start), new Date(partialDateEnd(d))).map((m) => m.getTime());
}

/** Where a date's label aims: its day, or the middle of its month or year. */
export function dateAnchorTime(d: PartialDate): number {
  return d.precision === 'day' ? partialDateStart(d) : (partialDateStart(d) + partialDateEnd(d)) / 2;
}

const monthName = utcFormat('%b');

/** The words for a break: the months skipped (if any), and "new scale" where the scale changes. */
function breakLines(skippedFrom: number, skippedTo: number, scaleChanges: boolean): string[] {
  const skipped = utcMonth.range(new Date(skippedFrom), new Date(skippedTo));
  const lines: string[] = [];
  if (skipped.length === 1) lines.push(monthName(skipped[0]!), 'skipped');
  if (skipped.length > 1) lines.push(`${monthName(skipped[0]!)}–${monthName(skipped.at(-1)!)}`, 'skipped');
  if (scaleChanges) lines.push('new scale');
  return lines;
}

/**
 * Which months the axis shows and how tall each is. Only months an event touches are shown; a run
 * of empty months between them is cut out and marked by a break. Each shown month needs the room
 * of the labels aimed into it (`rooms`, one per date); most months get the same room (the median
 * need of the months not far busier, at least `minMonth`), and a month needing far more is enlarged to its need, with a break
 * marking the change of scale. Breaks are `lineHeight` per line of their words, plus a margin.
 */
export function planAxis(
  dates: readonly PartialDate[],
  rooms: readonly number[],
  minMonth: number,
  lineHeight: number,
): AxisPlan {
  const starts = [...new Set(dates.flatMap(touched))].sort((a, b) => a - b);
  const need = starts.map((s) => {
    const end = utcMonth.offset(new Date(s), 1).getTime();
    return dates.reduce((sum, d, i) => {
      const t = dateAnchorTime(d);
      return t >= s && t < end ? sum + rooms[i]! : sum;
    }, 0);
  });
  // The usual month: the median need decides which months are far busier; the others share their mean.
  const sorted = [...need].sort((a, b) => a - b);
  const median = Math.max(minMonth, sorted[Math.floor(sorted.length / 2)]!);
  const expanded = need.map((n) => n > median * expandAbove);
  const usualNeeds = need.filter((_, i) => !expanded[i]);
  const usual = Math.max(minMonth, usualNeeds.reduce((a, b) => a + b, 0) / usualNeeds.length);
  const months = starts.map((start, i) => ({
    start,
    end: utcMonth.offset(new Date(start), 1).getTime(),
    height: expanded[i] ? need[i]! : usual,
    expanded: expanded[i]!,
  }));
  const breaks: PlannedBreak[] = [];
  months.forEach((m, i) => {
    const prev = months[i - 1];
    if (!prev) return;
    const skipped = prev.end < m.start;
    const scaleChanges = prev.expanded !== m.expanded;
    if (!skipped && !scaleChanges) return;
    const lines = breakLines(prev.end, m.start, scaleChanges);
    breaks.push({ before: i, height: lines.length * lineHeight + 14, lines, skipped });
  });
  const total = [...months, ...breaks].reduce((sum, x) => sum + x.height, 0);
  return { months, breaks, total };
}

/** A break as drawn: from y0 to y1, viewBox pixels, with its words. */
export interface AxisBreak {
  key: string;
  y0: number;
  y1: number;
  lines: string[];
}

export interface MonthAxis {
  y: ScaleTime<number, number>;
  /** Stretches of solid axis between breaks, viewBox pixels. */
  runs: Array<{ y0: number; y1: number }>;
  breaks: AxisBreak[];
}

/**
 * Time to y in viewBox pixels, `top` to `bottom`: linear within each shown month, the months'
 * heights stretched alike to fill the frame, breaks kept at their planned height.
 */
export function monthScale(plan: AxisPlan, top: number, bottom: number): MonthAxis {
  const monthsRoom = plan.months.reduce((sum, m) => sum + m.height, 0);
  const stretch = (bottom - top - (plan.total - monthsRoom)) / monthsRoom;
  const domain: number[] = [];
  const range: number[] = [];
  const runs: MonthAxis['runs'] = [];
  const breaks: AxisBreak[] = [];
  let y = top;
  let runStart = top;
  plan.months.forEach((m, i) => {
    const cut = plan.breaks.find((b) => b.before === i);
    if (cut) {
      runs.push({ y0: runStart, y1: y });
      breaks.push({
        key: new Date(m.start).toISOString().slice(0, 7),
        y0: y,
        y1: y + cut.height,
        lines: cut.lines,
      });
      // A new scale with no month skipped: the previous month ends a millisecond before this one starts.
      if (!cut.skipped) domain[domain.length - 1] = m.start - 1;
      y += cut.height;
      runStart = y;
    }
    if (i === 0 || cut) {
      domain.push(m.start);
      range.push(y);
    }
    y += m.height * stretch;
    domain.push(m.end);
    range.push(y);
  });
  runs.push({ y0: runStart, y1: y });
  const round1 = <T extends { y0: number; y1: number }>(r: T): T => ({
    ...r,
    y0: round(r.y0),
    y1: round(r.y1),
  });
  return { y: scaleUtc().domain(domain).range(range), runs: runs.map(round1), breaks: breaks.map(round1) };
}

export interface AxisTick {
  key: string;
  y: number;
  label: string;
  /** A day within an enlarged month, drawn smaller. */
  minor: boolean;
}

/**
 * A tick at each shown month's start, named (with the year on the first and whenever it changes),
 * one unnamed where a run of months ends at a break, the end of the last month named; and in an
 * enlarged month, a tick every week ("8 Apr"), where there is `room` from the month's own ticks.
 */
export function monthTicks(plan: AxisPlan, y: ScaleTime<number, number>, room: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  const tick = (t: number, label: string, minor = false) =>
    ticks.push({ key: new Date(t).toISOString().slice(0, minor ? 10 : 7), y: round(y(t)), label, minor });
  plan.months.forEach((m, i) => {
    const prev = plan.months[i - 1];
    const yearChanges = !prev || new Date(prev.start).getUTCFullYear() !== new Date(m.start).getUTCFullYear();
    tick(m.start, utcFormat(yearChanges ? '%b %Y' : '%b')(new Date(m.start)));
    if (m.expanded)
      for (const d of utcDay.range(new Date(m.start + 7 * 864e5), new Date(m.end), 7))
        if (y(d) - y(m.start) >= room && y(m.end) - y(d) >= room)
          tick(d.getTime(), utcFormat('%-d %b')(d), true);
    const next = plan.months[i + 1];
    if (!next) tick(m.end, utcFormat('%b')(new Date(m.end)));
    else if (next.start !== m.end) tick(m.end, '');
  });
  return ticks;
}
