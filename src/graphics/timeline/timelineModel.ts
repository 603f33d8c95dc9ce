import type { Event } from '../../schemas/event';
import {
  parsePartialDate,
  partialDateStart,
  type PartialDate,
  type Precision,
} from '../../schemas/partialDate';
import { dodgeLabels } from './dodgeLabels';
import { eventLabels } from './eventLabels';
import { barLanes, laneStep, leaderPath, markSpan } from './eventMarks';
import { monthScale, monthTicks } from './monthScale';

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
  /** The mark: a dot at (x, y0) for a day, a bar from y0 to y1 for a month or year; viewBox pixels. */
  x: number;
  y0: number;
  y1: number;
  /** Label block: top-left corner, lines (the first starts with the date). */
  label: { x: number; y: number; lines: string[]; date: string; height: number };
  /** Leader from the mark to the label. */
  leader: string;
}

export interface TimelineModel {
  size: TimelineSize;
  axisX: number;
  top: number;
  bottom: number;
  ticks: Array<{ key: string; y: number; label: string }>;
  events: TimelineEvent[];
  fontSize: number;
  lineHeight: number;
}

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** Events with their parsed dates, by start date; events on the same date keep content order. */
function byDate(events: readonly Event[]): Array<{ e: Event; order: number; date: PartialDate }> {
  return events
    .map((e, order) => ({ e, order, date: parsePartialDate(e.date)! }))
    .sort((a, b) => partialDateStart(a.date) - partialDateStart(b.date) || a.order - b.order);
}

/**
 * A vertical time axis, in viewBox pixels, with each event at its date: a dot when the day is known,
 * a bar over the month or year otherwise. Labels keep date order and are nudged apart where dates
 * crowd, with a leader back to their mark.
 */
export function timelineModel(events: readonly Event[], size: TimelineSize): TimelineModel {
  const compact = size.width < 520;
  const fontSize = compact ? 11.5 : 13;
  const lineHeight = fontSize * (compact ? 1.22 : 1.3);
  const top = 14;
  const axisX = compact ? 58 : 78;
  const gap = 5;
  const parsed = byDate(events);
  const dates = parsed.map((p) => p.date);
  const lanes = barLanes(dates);
  const labelX = axisX + Math.max(0, ...lanes) * laneStep + 16;
  const texts = eventLabels(parsed, fontSize, lineHeight, size.width - labelX - 6);
  // The frame grows when the labels need more room than the layout size gives (narrow columns).
  const needed = texts.reduce((sum, t) => sum + t.height + gap, 0) + 8;
  const height = Math.max(size.height, Math.ceil(needed + 2 * top));
  const bottom = height - 14;
  const y = monthScale(dates, top, bottom);
  const marks = dates.map((d) => markSpan(d, y));
  const items = marks.map((m, i) => ({ anchor: m.anchor, height: texts[i]!.height }));
  const tops = dodgeLabels(items, top - 4, bottom + 4, gap);

  return {
    size: { width: size.width, height },
    axisX,
    top,
    bottom,
    fontSize,
    lineHeight,
    ticks: monthTicks(y),
    events: parsed.map((p, i) => {
      const x = axisX + lanes[i]! * laneStep;
      const { y0, y1, anchor } = marks[i]!;
      const { date, lines, height: labelHeight } = texts[i]!;
      const day = p.date.precision === 'day';
      return {
        key: p.e.id,
        precision: p.date.precision,
        expected: p.e.expected ?? false,
        x,
        y0: round(y0),
        y1: round(y1),
        label: { x: labelX, y: round(tops[i]!), lines, date, height: round(labelHeight) },
        leader: leaderPath(x, day, anchor, labelX, tops[i]! + lineHeight * 0.5),
      };
    }),
  };
}
