import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/readContent';
import { parsePartialDate, type PartialDate } from '../../../src/schemas/partialDate';
import { monthScale, monthTicks, planAxis } from '../../../src/graphics/timeline/monthScale';
import { timelineModel, timelineSizeFor } from '../../../src/graphics/timeline/timelineModel';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);
const dates = (...isos: string[]): PartialDate[] => isos.map((d) => parsePartialDate(d)!);
/** Height of each month on the scale, viewBox pixels, from its ticks. */
const monthHeights = (ys: number[]) => ys.slice(1).map((y, i) => y - ys[i]!);
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A scale over `isos`, each date's label needing `room` px, in a frame from 20 to 420. */
function scaleFor(isos: string[], room = 30) {
  const ds = dates(...isos);
  const plan = planAxis(
    ds,
    ds.map(() => room),
    24,
    12,
  );
  return { plan, ...monthScale(plan, 20, 420) };
}

describe('planAxis and monthScale', () => {
  // Events in January and April; February and March are empty.
  const { plan, y, runs, breaks } = scaleFor(['2024-01-10', '2024-01-20', '2024-04']);

  it('runs from the first month start at the top to the end of the last month at the bottom', () => {
    expect(y(at('2024-01-01'))).toBe(20);
    expect(y(at('2024-05-01'))).toBe(420);
  });

  it('shows only the months with events, cutting out the empty ones with a break that names them', () => {
    expect(plan.months.map((m) => new Date(m.start).toISOString().slice(0, 7))).toEqual([
      '2024-01',
      '2024-04',
    ]);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]!.lines).toEqual(['Feb–Mar', 'skipped']);
    expect(y(at('2024-02-01'))).toBeCloseTo(breaks[0]!.y0, 1);
    expect(y(at('2024-04-01'))).toBeCloseTo(breaks[0]!.y1, 1);
    expect(runs).toEqual([
      { y0: 20, y1: breaks[0]!.y0 },
      { y0: breaks[0]!.y1, y1: 420 },
    ]);
  });

  it('draws months at one scale unless one is far busier, and says where the scale changes', () => {
    const even = scaleFor(['2024-01-10', '2024-02-20', '2024-03-03']);
    expect(even.breaks).toEqual([]);
    const [jan, feb, mar] = monthHeights(['01', '02', '03', '04'].map((m) => even.y(at(`2024-${m}-01`))));
    expect(jan).toBeCloseTo(feb!, 9);
    expect(feb).toBeCloseTo(mar!, 9);
    const busy = scaleFor([
      '2024-01-10',
      '2024-02-20',
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
      '2024-03-04',
    ]);
    expect(busy.plan.months.map((m) => m.expanded)).toEqual([false, false, true]);
    expect(busy.breaks.map((b) => b.lines)).toEqual([['new scale']]);
    const [bjan, bfeb] = monthHeights(['01', '02', '03'].map((m) => busy.y(at(`2024-${m}-01`))));
    expect(bjan).toBeCloseTo(bfeb! - busy.breaks[0]!.y1 + busy.breaks[0]!.y0, 9);
    expect(busy.y(at('2024-04-01')) - busy.breaks[0]!.y1).toBeGreaterThan(3 * bjan!);
  });

  it('is linear within a month and never runs backwards', () => {
    const days = Array.from({ length: 120 }, (_, i) => y(new Date(Date.UTC(2024, 0, 1 + i))));
    for (let i = 1; i < days.length; i++) expect(days[i]!).toBeGreaterThanOrEqual(days[i - 1]!);
    const jan = [1, 11, 21].map((d) => y(new Date(Date.UTC(2024, 0, d))));
    expect(jan[1]! - jan[0]!).toBeCloseTo(jan[2]! - jan[1]!, 9);
  });

  it('ticks every shown month start, naming the year on the first tick and when it changes', () => {
    const s = scaleFor(['2023-11-05', '2023-12-01', '2024-01-03', '2024-03-01']);
    const ticks = monthTicks(s.plan, s.y, 14);
    expect(ticks.map((t) => t.key)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
    ]);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2023', 'Dec', 'Jan 2024', '', 'Mar', 'Apr']);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.y).toBeGreaterThan(ticks[i - 1]!.y);
  });

  it('ticks every week in an enlarged month, by day', () => {
    const busy = scaleFor([
      '2024-01-10',
      '2024-02-20',
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
      '2024-03-04',
    ]);
    const days = monthTicks(busy.plan, busy.y, 14).filter((t) => t.minor);
    expect(days.map((t) => [t.key, t.label])).toEqual([
      ['2024-03-08', '8 Mar'],
      ['2024-03-15', '15 Mar'],
      ['2024-03-22', '22 Mar'],
      ['2024-03-29', '29 Mar'],
    ]);
  });

  for (const width of [320, 360, 390, 640, 1000, 1440]) {
    it(`${width} px, real content: every tick at least 13 px from the next, so 11 px tick labels never touch`, () => {
      const m = timelineModel(content.events, timelineSizeFor(width));
      for (const h of monthHeights(m.ticks.filter((t) => t.label).map((t) => t.y)))
        expect(h).toBeGreaterThanOrEqual(13);
    });
  }
});
