import { describe, expect, it } from 'vitest';
import {
  chipSize,
  dotRadius,
  leaderPath,
  markCentres,
  markSpan,
} from '../../../src/graphics/timeline/eventMarks';
import { eventLabels, wrapLabel } from '../../../src/graphics/timeline/eventLabels';
import { monthScale, planAxis } from '../../../src/graphics/timeline/monthScale';
import { textWidth } from '../../../src/graphics/labelLayout';
import { parsePartialDate, type PartialDate } from '../../../src/schemas/partialDate';
import type { Event } from '../../../src/schemas/event';

const dates = (...isos: string[]): PartialDate[] => isos.map((d) => parsePartialDate(d)!);

describe('markCentres', () => {
  it('puts a day at its date and a chip level with its label, inside its month', () => {
    expect(markCentres([{ day: true, y0: 50, y1: 50, want: 70 }])).toEqual([50]);
    expect(markCentres([{ day: false, y0: 100, y1: 200, want: 150 }])).toEqual([150]);
    expect(markCentres([{ day: false, y0: 100, y1: 200, want: 80 }])).toEqual([
      100 + chipSize.height / 2 + 1,
    ]);
  });

  it('keeps chips in order, apart, and above the days that come after them', () => {
    const c = markCentres([
      { day: false, y0: 100, y1: 200, want: 150 },
      { day: false, y0: 100, y1: 200, want: 150 },
      { day: true, y0: 160, y1: 160, want: 190 },
    ]);
    expect(c[1]! - c[0]!).toBeGreaterThanOrEqual(chipSize.height);
    expect(c[2]).toBe(160);
    expect(160 - c[1]!).toBeGreaterThanOrEqual(chipSize.height / 2 + dotRadius);
  });
});

describe('markSpan and leaderPath', () => {
  const ds = dates('2024-01-10', '2024-02');
  const { y } = monthScale(planAxis(ds, [30, 30], 24, 12), 0, 300);

  it('draws a day as a point and a month as a span over the whole month, label aimed at its middle', () => {
    const day = markSpan(parsePartialDate('2024-01-10')!, y);
    expect(day.y1).toBe(day.y0);
    expect(day.anchor).toBe(day.y0);
    const month = markSpan(parsePartialDate('2024-02')!, y);
    expect(month.y0).toBeCloseTo(y(new Date(Date.UTC(2024, 1, 1))), 9);
    expect(month.y1).toBeCloseTo(y(new Date(Date.UTC(2024, 2, 1))), 9);
    expect(month.anchor).toBeCloseTo((month.y0 + month.y1) / 2, 9);
  });

  it('runs the leader level from the mark to the elbow, then to just left of the label', () => {
    expect(leaderPath(85, 100, 95, 110, 140)).toBe('M85,100L95,100L107,140');
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
