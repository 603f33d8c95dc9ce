import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/readContent';
import { parsePartialDate, partialDateStart } from '../../../src/schemas/partialDate';
import { timelineModel, timelineSizeFor } from '../../../src/graphics/timeline/timelineModel';
import type { Event } from '../../../src/schemas/event';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);

describe('timelineModel', () => {
  for (const width of [320, 414, 768, 1440]) {
    it(`${width} px: every event placed in date order, labels apart and inside the frame`, () => {
      const m = timelineModel(content.events, timelineSizeFor(width));
      expect(m.events.map((e) => e.key).sort()).toEqual(content.events.map((e) => e.id).sort());
      const start = (key: string) =>
        partialDateStart(parsePartialDate(content.events.find((e) => e.id === key)!.date)!);
      for (let i = 1; i < m.events.length; i++) {
        const [a, b] = [m.events[i - 1]!, m.events[i]!];
        expect(start(a.key)).toBeLessThanOrEqual(start(b.key));
        expect(a.y0).toBeLessThanOrEqual(b.y0);
        expect(a.label.y + a.label.height, `${a.key} above ${b.key}`).toBeLessThanOrEqual(b.label.y);
      }
      for (const e of m.events) {
        expect(e.label.y).toBeGreaterThanOrEqual(0);
        expect(e.label.y + e.label.height).toBeLessThanOrEqual(m.size.height);
      }
    });
  }

  it('draws a day as a dot and a month as a bar over the whole month', () => {
    const m = timelineModel(content.events, timelineSizeFor(768));
    const day = m.events.find((e) => e.key === 'war-begins')!;
    const month = m.events.find((e) => e.key === 'november-pause')!;
    expect(day.precision).toBe('day');
    expect(day.y1).toBe(day.y0);
    expect(month.precision).toBe('month');
    expect(month.y1 - month.y0).toBeGreaterThan(10);
    expect(month.label.date).toBe('Nov 2023');
    expect(m.events.find((e) => e.key === 'hamas-delegation-cairo')!.label.date).toBe(
      '29 Apr 2024 (expected)',
    );
  });

  it('labels every month with events on the axis, the end of the last, and April week by week', () => {
    const m = timelineModel(content.events, timelineSizeFor(768));
    expect(m.ticks.map((t) => t.key)).toEqual([
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-04',
      '2024-04-08',
      '2024-04-15',
      '2024-04-22',
      '2024-04-29',
      '2024-05',
    ]);
    expect(m.ticks.map((t) => t.label)).toEqual([
      'Oct 2023',
      'Nov',
      '',
      'Apr 2024',
      '8 Apr',
      '15 Apr',
      '22 Apr',
      '29 Apr',
      'May',
    ]);
  });

  it('grows from YAML alone: a new event appears in its place', () => {
    const added: Event = {
      id: 'new-talks',
      date: '2024-02-15',
      label: 'A new round of talks',
      actors: [],
      places: [],
      source: 'mediation-report',
    };
    const m = timelineModel([...content.events, added], timelineSizeFor(768));
    const keys = m.events.map((e) => e.key);
    expect(keys.indexOf('new-talks')).toBe(keys.indexOf('november-pause') + 1);
  });
});
