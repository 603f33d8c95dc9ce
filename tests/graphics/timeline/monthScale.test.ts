import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/readContent';
import { parsePartialDate, type PartialDate } from '../../../src/schemas/partialDate';
import { monthScale, monthTicks } from '../../../src/graphics/timeline/monthScale';
import { timelineModel, timelineSizeFor } from '../../../src/graphics/timeline/timelineModel';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);
const dates = (...isos: string[]): PartialDate[] => isos.map((d) => parsePartialDate(d)!);
/** Height of each month on the scale, viewBox pixels, from its ticks. */
const monthHeights = (ys: number[]) => ys.slice(1).map((y, i) => y - ys[i]!);
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('monthScale', () => {
  // Events in January and April; February and March are empty.
  const y = monthScale(dates('2024-01-10', '2024-01-20', '2024-04'), 20, 420);

  it('runs from the first month start at the top to the end of the last month at the bottom', () => {
    expect(y(at('2024-01-01'))).toBe(20);
    expect(y(at('2024-05-01'))).toBe(420);
  });

  it('gives busy months more room than empty ones, and empty months the same room', () => {
    const [jan, feb, mar, apr] = monthHeights(
      ['01', '02', '03', '04', '05'].map((m) => y(at(`2024-${m}-01`))),
    );
    expect(feb).toBeCloseTo(mar!, 9);
    expect(jan).toBeGreaterThan(feb!);
    expect(apr).toBeGreaterThan(feb!);
    // Two events in January, one (a whole-month bar) in April.
    expect(jan).toBeGreaterThan(apr!);
  });

  it('is linear within a month and never runs backwards', () => {
    const days = Array.from({ length: 120 }, (_, i) => y(new Date(Date.UTC(2024, 0, 1 + i))));
    for (let i = 1; i < days.length; i++) expect(days[i]!).toBeGreaterThan(days[i - 1]!);
    const jan = [1, 11, 21].map((d) => y(new Date(Date.UTC(2024, 0, d))));
    expect(jan[1]! - jan[0]!).toBeCloseTo(jan[2]! - jan[1]!, 9);
  });

  it('ticks every month start, naming the year on the first tick and in January', () => {
    const ticks = monthTicks(monthScale(dates('2023-11-05', '2024-02-01'), 0, 300));
    expect(ticks.map((t) => t.key)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2023', 'Dec', 'Jan 2024', 'Feb', 'Mar']);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.y).toBeGreaterThan(ticks[i - 1]!.y);
  });

  for (const width of [320, 360, 390, 640, 1000, 1440]) {
    it(`${width} px, real content: every month at least 12 px tall, so 11 px tick labels never touch`, () => {
      const m = timelineModel(content.events, timelineSizeFor(width));
      for (const h of monthHeights(m.ticks.map((t) => t.y))) expect(h).toBeGreaterThanOrEqual(12);
    });
  }
});
