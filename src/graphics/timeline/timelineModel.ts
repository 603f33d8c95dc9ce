import type { Event } from '../../schemas/event';
import {
  parsePartialDate,
  partialDateStart,
  type PartialDate,
  type Precision,
} from '../../schemas/partialDate';
import { dodgeLabels } from './dodgeLabels';
import { eventLabels } from './eventLabels';
import { chipSize, dotRadius, leaderPath, markCentres, markSpan } from './eventMarks';
import { monthScale, monthTicks, planAxis, type AxisTick, type MonthAxis } from './monthScale';
import { chartType } from '../chartType';

/** Size of a timeline figure in viewBox pixels. */
export interface TimelineSize {
  width: number;
  height: number;
}

/** The timeline's layout size for a figure width: at least 420 px tall, the wide figure up to 520. */
export function timelineSizeFor(width: number): TimelineSize {
  return { width, height: width < 520 ? 420 : Math.round(Math.min(520, Math.max(420, width * 0.72))) };
}

export interface TimelineEvent {
  key: string;
  precision: Precision;
  expected: boolean;
  /**
   * The mark: a dot at (x, y0) for a day; for a month or year, a chip centred on (x, markY) on the
   * band from y0 to y1 (the whole month or year); viewBox pixels.
   */
  x: number;
  y0: number;
  y1: number;
  markY: number;
  /** Label block: top-left corner, lines (the first starts with the date). */
  label: { x: number; y: number; lines: string[]; date: string; height: number };
  /** Leader from the mark to the label's first line. */
  leader: string;
}

export interface TimelineModel {
  size: TimelineSize;
  axisX: number;
  top: number;
  bottom: number;
  /** Solid stretches of the axis; between them, breaks (a zig-zag and words: months skipped, a new scale). */
  runs: MonthAxis['runs'];
  /** Each break: its zig-zag (SVG path) and the baseline of its words' first line. */
  breaks: Array<MonthAxis['breaks'][number] & { path: string; textY: number }>;
  ticks: AxisTick[];
  /** Bands along which the chips of events known only to a month (or year) sit, one per date. */
  spans: Array<{ key: string; x: number; y0: number; y1: number }>;
  events: TimelineEvent[];
  fontSize: number;
  lineHeight: number;
  /** Size of the axis's words (month and day ticks, breaks), viewBox pixels. */
  tickFontSize: number;
  tickLineHeight: number;
}

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** Events with their parsed dates, by start date; events on the same date keep content order. */
function byDate(events: readonly Event[]): Array<{ e: Event; order: number; date: PartialDate }> {
  return events
    .map((e, order) => ({ e, order, date: parsePartialDate(e.date)! }))
    .sort((a, b) => partialDateStart(a.date) - partialDateStart(b.date) || a.order - b.order);
}

/** Columns, viewBox pixels: the axis, the chips' lane, where leaders turn, where labels start. */
function columns(compact: boolean) {
  const axisX = compact ? 66 : 80;
  const laneX = axisX + 12;
  const elbowX = laneX + chipSize.width / 2 + 4;
  return { axisX, laneX, elbowX, labelX: elbowX + 10 };
}

/**
 * The axis for the labels' needs, in a frame as tall as `size` or, if the labels need more, as they
 * need; the axis may ask for up to a tenth more, and beyond that its months are drawn a little short
 * (labels then lean a little beyond their month, their leaders still back to their own marks).
 */
function axisFor(dates: readonly PartialDate[], rooms: number[], size: TimelineSize, lineHeight: number) {
  const top = 14;
  const plan = planAxis(dates, rooms, 2 * lineHeight, tickLineHeight);
  const labels = rooms.reduce((a, b) => a + b, 0) + 8;
  const height = Math.ceil(
    Math.max(size.height, labels + 2 * top, Math.min(plan.total + 2 * top, size.height * 1.1)),
  );
  const bottom = height - top;
  return { plan, height, top, bottom, axis: monthScale(plan, top, bottom) };
}

const tickFontSize = chartType.small;

/** The axis across a break, viewBox pixels: a zig-zag from y0 to y1. */
function zigzag(x: number, y0: number, y1: number): string {
  const turns = Math.max(2, Math.floor((y1 - y0 - 8) / 5));
  const step = (y1 - y0 - 8) / turns;
  const points = Array.from(
    { length: turns - 1 },
    (_, i) => `L${x + (i % 2 ? -4 : 4)},${round(y0 + 4 + step * (i + 0.5))}`,
  );
  return `M${x},${y0}L${x},${round(y0 + 4)}${points.join('')}L${x},${round(y1 - 4)}L${x},${y1}`;
}
const tickLineHeight = 12;

/**
 * A vertical time axis, in viewBox pixels, with each event at its date: a dot when the day is known,
 * a chip on a band over the month or year otherwise. Months with no event are cut out, a month far
 * busier than the rest is drawn larger (by day), and breaks in the axis say so. Labels keep date
 * order and are nudged apart where dates crowd, each with a leader back to its own mark.
 */
export function timelineModel(events: readonly Event[], size: TimelineSize): TimelineModel {
  const compact = size.width < 520;
  const fontSize = compact ? chartType.small : chartType.label;
  const lineHeight = fontSize * (compact ? 1.22 : 1.3);
  const gap = 5;
  const { axisX, laneX, elbowX, labelX } = columns(compact);
  const parsed = byDate(events);
  const dates = parsed.map((p) => p.date);
  const texts = eventLabels(parsed, fontSize, lineHeight, size.width - labelX - 6);
  const { plan, height, top, bottom, axis } = axisFor(
    dates,
    texts.map((t) => t.height + gap),
    size,
    lineHeight,
  );
  const marks = dates.map((d) => markSpan(d, axis.y));
  // A day's label centres on its day; labels of events known only to a month (or year) stack from its
  // start down, like entries under the month's heading, so their chips are not read as days.
  const items = marks.map((m, i) => {
    const height = texts[i]!.height;
    return { anchor: dates[i]!.precision === 'day' ? m.anchor : m.y0 + height / 2, height };
  });
  const tops = dodgeLabels(items, top - 4, bottom + 4, gap);
  const mids = tops.map((t) => t + lineHeight * 0.5);
  const centres = markCentres(
    marks.map((m, i) => ({ day: dates[i]!.precision === 'day', y0: m.y0, y1: m.y1, want: mids[i]! })),
  );
  const spans = new Map<string, TimelineModel['spans'][number]>();
  for (const [i, d] of dates.entries())
    if (d.precision !== 'day')
      spans.set(d.iso, { key: d.iso, x: laneX, y0: round(marks[i]!.y0), y1: round(marks[i]!.y1) });
  return {
    size: { width: size.width, height },
    axisX,
    top,
    bottom,
    runs: axis.runs,
    breaks: axis.breaks.map((b) => ({
      ...b,
      path: zigzag(axisX, b.y0, b.y1),
      textY: round((b.y0 + b.y1) / 2 - ((b.lines.length - 1) * tickLineHeight) / 2 + 3),
    })),
    tickLineHeight,
    ticks: monthTicks(plan, axis.y, tickLineHeight + 2),
    spans: [...spans.values()],
    fontSize,
    lineHeight,
    tickFontSize,
    events: parsed.map((p, i) => {
      const day = p.date.precision === 'day';
      const x = day ? axisX : laneX;
      const { date, lines, height: labelHeight } = texts[i]!;
      const edge = x + (day ? dotRadius : chipSize.width / 2);
      return {
        key: p.e.id,
        precision: p.date.precision,
        expected: p.e.expected ?? false,
        x,
        y0: round(marks[i]!.y0),
        y1: round(marks[i]!.y1),
        markY: round(centres[i]!),
        label: { x: labelX, y: round(tops[i]!), lines, date, height: round(labelHeight) },
        leader: leaderPath(edge, centres[i]!, elbowX, labelX, mids[i]!),
      };
    }),
  };
}
