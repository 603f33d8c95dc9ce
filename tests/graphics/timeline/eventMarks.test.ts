import { describe, expect, it } from 'vitest';
import { barLanes, leaderPath, markSpan } from '../../../src/graphics/timeline/eventMarks';
import { eventLabels, wrapLabel } from '../../../src/graphics/timeline/eventLabels';
import { monthScale } from '../../../src/graphics/timeline/monthScale';
import { textWidth } from '../../../src/graphics/labelLayout';
import {
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  type PartialDate,
} from '../../../src/schemas/partialDate';
import type { Event } from '../../../src/schemas/event';

const dates = (...isos: string[]): PartialDate[] => isos.map((d) => parsePartialDate(d)!);

describe('barLanes', () => {
  it('keeps days on the axis and gives bars that overlap in time lanes of their own', () => {
    const ds = dates('2023-10-07', '2023-11', '2024', '2024-04', '2024-04', '2024-04-27');
    const lanes = barLanes(ds);
    ds.forEach((d, i) => expect(lanes[i] === 0, d.iso).toBe(d.precision === 'day'));
    for (let i = 0; i < ds.length; i++)
      for (let j = i + 1; j < ds.length; j++) {
        const overlap = partialDateStart(ds[j]!) < partialDateEnd(ds[i]!);
        if (lanes[i]! > 0 && overlap) expect(lanes[i], `${ds[i]!.iso} ${ds[j]!.iso}`).not.toBe(lanes[j]);
      }
  });

  it('reuses a lane once the bar in it has ended', () => {
    expect(barLanes(dates('2023-11', '2023-12', '2024-01'))).toEqual([1, 1, 1]);
  });
});

describe('markSpan and leaderPath', () => {
  const y = monthScale(dates('2024-01-10', '2024-02'), 0, 300);

  it('draws a day as a point and a month as a span over the whole month, label aimed at its middle', () => {
    const day = markSpan(parsePartialDate('2024-01-10')!, y);
    expect(day.y1).toBe(day.y0);
    expect(day.anchor).toBe(day.y0);
    const month = markSpan(parsePartialDate('2024-02')!, y);
    expect(month.y0).toBeCloseTo(y(new Date(Date.UTC(2024, 1, 1))), 9);
    expect(month.y1).toBeCloseTo(y(new Date(Date.UTC(2024, 2, 1))), 9);
    expect(month.anchor).toBeCloseTo((month.y0 + month.y1) / 2, 9);
  });

  it('starts the leader just right of the mark at its anchor and ends just left of the label', () => {
    const n = leaderPath(80, true, 100, 120, 140)
      .match(/-?[\d.]+/g)!
      .map(Number);
    expect(n[0]).toBeGreaterThan(80);
    expect(n[1]).toBe(100);
    expect(n.at(-2)).toBeLessThan(120);
    expect(n.at(-1)).toBe(140);
  });
});

describe('wrapLabel and eventLabels', () => {
  const text = 'Hamas delegation expected in Cairo to respond to the latest proposal for a truce';

  it('keeps every word in order and fits every line in the width, the first after the date', () => {
    const lines = wrapLabel(text, 13, 200, 90);
    expect(lines.join(' ')).toBe(text);
    expect(textWidth(lines[0]!, 13, { bold: true })).toBeLessThanOrEqual(110);
    for (const line of lines.slice(1)) expect(textWidth(line, 13, { bold: true })).toBeLessThanOrEqual(200);
  });

  it('writes the date only as precisely as it is known and marks expected events', () => {
    const event = (date: string, expected?: boolean): Event => ({
      id: date,
      date,
      label: text,
      actors: [],
      places: [],
      source: 's',
      ...(expected ? { expected } : {}),
    });
    const es = [event('2024-04-29', true), event('2023-11'), event('2024')];
    const labels = eventLabels(
      es.map((e) => ({ e, date: parsePartialDate(e.date)! })),
      13,
      17,
      240,
    );
    expect(labels.map((l) => l.date)).toEqual(['29 Apr 2024 (expected)', 'Nov 2023', '2024']);
    for (const l of labels) expect(l.height).toBe(l.lines.length * 17);
  });
});
