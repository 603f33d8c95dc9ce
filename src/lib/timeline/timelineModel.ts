import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Event } from '../../schemas/event';
import { textWidth } from '../geo/labelLayout';
import {
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  type Precision,
} from '../../schemas/partialDate';

/** Size of a timeline figure in viewBox pixels. */
export interface TimelineSize {
  width: number;
  height: number;
}

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

const round = (n: number) => Number(n.toFixed(1));
const shortDate = { day: utcFormat('%-d %b %Y'), month: utcFormat('%b %Y'), year: utcFormat('%Y') };

/** Greedy word wrap to a pixel width; the first line starts after `indent` pixels (the bold date). */
function wrap(text: string, size: number, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - indent;
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    // Measured bold: the highlighted event is set in bold and must still fit.
    if (textWidth(next, size, { bold: true }) > room && line) {
      lines.push(line);
      line = word;
      room = width;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/**
 * A vertical time axis with each event at its date: a dot when the day is known, a bar over the
 * month or year otherwise. Labels keep date order and are nudged apart where dates crowd, with a
 * leader back to their mark.
 */
export function timelineModel(events: readonly Event[], size: TimelineSize): TimelineModel {
  const compact = size.width < 520;
  const fontSize = compact ? 11.5 : 13;
  const lineHeight = fontSize * (compact ? 1.22 : 1.3);
  const top = 14;
  const axisX = compact ? 58 : 78;
  const parsed = events
    .map((e, order) => ({ e, order, date: parsePartialDate(e.date)! }))
    .sort((a, b) => partialDateStart(a.date) - partialDateStart(b.date) || a.order - b.order);
  // Bars that overlap in time sit side by side in lanes, so each stays visible.
  const laneEnds: number[] = [];
  const lanes = parsed.map((p) => {
    if (p.date.precision === 'day') return 0;
    const s = partialDateStart(p.date);
    let lane = laneEnds.findIndex((endTime) => endTime <= s);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = partialDateEnd(p.date);
    return lane + 1;
  });
  const labelX = axisX + Math.max(0, ...lanes) * 7 + 16;
  const labelWidth = size.width - labelX - 6;

  const texts = parsed.map((p) => {
    const date = shortDate[p.date.precision](new Date(partialDateStart(p.date)));
    const prefix = `${date}${p.e.expected ? ' (expected)' : ''} `;
    const lines = wrap(p.e.label, fontSize, labelWidth, textWidth(prefix, fontSize, { bold: true }));
    return { date: prefix.trim(), lines, height: lines.length * lineHeight };
  });
  const gap = 5;
  // The frame grows when the labels need more room than the layout size gives (narrow columns).
  const needed = texts.reduce((sum, t) => sum + t.height + gap, 0) + 8;
  const height = Math.max(size.height, Math.ceil(needed + 2 * top));
  const bottom = height - 14;
  const start = Math.min(...parsed.map((p) => partialDateStart(p.date)));
  const end = Math.max(...parsed.map((p) => partialDateEnd(p.date)));
  // Each month gets room for the events in it: busy months open up, empty ones close down. The
  // monthly ticks keep the unequal spacing honest.
  const months = utcMonth.range(utcMonth.floor(new Date(start)), utcMonth.ceil(new Date(end)));
  const monthStarts = [...months, utcMonth.offset(months.at(-1)!, 1)];
  const weight = months.map((m) => {
    const next = utcMonth.offset(m, 1).getTime();
    return (
      1 +
      2.2 *
        parsed.filter((p) => partialDateStart(p.date) < next && partialDateEnd(p.date) > m.getTime()).length
    );
  });
  const total = weight.reduce((a, b) => a + b, 0);
  let acc = 0;
  const stops = [0, ...weight.map((w) => (acc += w) / total)].map((f) => top + f * (bottom - top));
  const y = scaleUtc().domain(monthStarts).range(stops);

  const blocks = parsed.map((p, i) => {
    const { date, lines, height: blockHeight } = texts[i]!;
    const y0 = y(new Date(partialDateStart(p.date)));
    const y1 = p.date.precision === 'day' ? y0 : y(new Date(partialDateEnd(p.date)));
    return { p, lane: lanes[i]!, date, lines, y0, y1, anchor: (y0 + y1) / 2, height: blockHeight };
  });
  // Dodge: top-down keeps order and spacing, then bottom-up pulls back anything past the frame.
  const tops = blocks.map((b) => b.anchor - b.height / 2);
  for (let i = 0; i < tops.length; i++)
    tops[i] = Math.max(tops[i]!, i === 0 ? top - 4 : tops[i - 1]! + blocks[i - 1]!.height + gap);
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit =
      i === tops.length - 1 ? bottom + 4 - blocks[i]!.height : tops[i + 1]! - gap - blocks[i]!.height;
    tops[i] = Math.max(top - 4, Math.min(tops[i]!, limit));
  }

  const ticks = y.ticks(utcMonth.every(1)!).map((d, i) => ({
    key: d.toISOString().slice(0, 7),
    y: round(y(d)),
    label: i === 0 || d.getUTCMonth() === 0 ? utcFormat('%b %Y')(d) : utcFormat('%b')(d),
  }));

  return {
    size: { width: size.width, height },
    axisX,
    top,
    bottom,
    fontSize,
    lineHeight,
    ticks,
    events: blocks.map((b, i) => {
      const x = axisX + b.lane * 7;
      const labelMid = tops[i]! + lineHeight * 0.5;
      return {
        key: b.p.e.id,
        precision: b.p.date.precision,
        expected: b.p.e.expected ?? false,
        x,
        y0: round(b.y0),
        y1: round(b.y1),
        label: { x: labelX, y: round(tops[i]!), lines: b.lines, date: b.date, height: round(b.height) },
        leader: `M${round(x + (b.p.date.precision === 'day' ? 5 : 3))},${round(b.anchor)}C${round(labelX - 8)},${round(b.anchor)} ${round(x + 8)},${round(labelMid)} ${round(labelX - 3)},${round(labelMid)}`,
      };
    }),
  };
}
