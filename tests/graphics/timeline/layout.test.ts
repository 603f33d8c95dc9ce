// The timeline as a reader sees it, in every layout the page ships: every word apart from every
// other, no line through a word it does not lead to, leaders that never cross, each event's mark
// matched to its own label, and the axis honest about the months it skips and where its scale changes.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/readContent';
import { overlaps, type Box } from '../../../src/graphics/labelLayout';
import { textWidth } from '../../../src/graphics/labelLayout';
import { chipSize, dotRadius } from '../../../src/graphics/timeline/eventMarks';
import { timelineBuild, timelineVariants } from '../../../src/graphics/timeline/timelineData';
import type { TimelineEvent, TimelineModel } from '../../../src/graphics/timeline/timelineModel';
import type { Event } from '../../../src/schemas/event';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);

type Point = [number, number];
type Segment = [Point, Point];
interface Word {
  what: string;
  box: Box;
}

/** The points of an SVG path made of M and L commands (leaders, the axis's zig-zags). */
function points(d: string): Point[] {
  expect(d).toMatch(/^M[-\d.,]+(L[-\d.,]+)*$/);
  return d
    .slice(1)
    .split('L')
    .map((p) => p.split(',').map(Number) as Point);
}
const segments = (ps: Point[]): Segment[] => ps.slice(1).map((p, i) => [ps[i]!, p]);

/** An event label's box: as wide as its widest line set in bold (the step's event is), as tall as its lines. */
function labelBox(m: TimelineModel, e: TimelineEvent): Box {
  const lines = e.label.lines.map((l, i) => (i === 0 ? `${e.label.date} ${l}` : l));
  const width = Math.max(...lines.map((l) => textWidth(l, m.fontSize, { bold: true })));
  return { x: e.label.x, y: e.label.y, width, height: e.label.height };
}

/** Words on the axis, right-aligned left of it: their box from a baseline. */
function axisWord(m: TimelineModel, text: string, baseline: number): Box {
  const width = textWidth(text, m.tickFontSize);
  return { x: m.axisX - 8 - width, y: baseline - 0.8 * m.tickFontSize, width, height: m.tickFontSize };
}

/** Every word drawn: the events' labels, the ticks' dates and the breaks' words. */
function words(m: TimelineModel): Word[] {
  return [
    ...m.events.map((e) => ({ what: e.key, box: labelBox(m, e) })),
    ...m.ticks
      .filter((t) => t.label)
      .map((t) => ({ what: `tick ${t.key}`, box: axisWord(m, t.label, t.y + 4) })),
    ...m.breaks.flatMap((b) =>
      b.lines.map((l, i) => ({
        what: `break ${b.key} "${l}"`,
        box: axisWord(m, l, b.textY + i * m.tickLineHeight),
      })),
    ),
  ];
}

/** Each event's mark as a box: a dot, or a chip. */
function markBox(e: TimelineEvent): Box {
  if (e.precision === 'day')
    return { x: e.x - dotRadius, y: e.y0 - dotRadius, width: 2 * dotRadius, height: 2 * dotRadius };
  const { width, height } = chipSize;
  return { x: e.x - width / 2, y: e.markY - height / 2, width, height };
}

/** Whether a segment passes through the inside of a box (sampled finely; touching the edge does not count). */
function passesThrough([[x0, y0], [x1, y1]]: Segment, b: Box): boolean {
  const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 4) + 1;
  for (let i = 0; i <= n; i++) {
    const [x, y] = [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n];
    if (x > b.x + 0.01 && x < b.x + b.width - 0.01 && y > b.y + 0.01 && y < b.y + b.height - 0.01)
      return true;
  }
  return false;
}

/** Whether two segments cross (meeting at an end counts too). */
function cross([a, b]: Segment, [c, d]: Segment): boolean {
  const turn = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const between = (p: Point, q: Point, r: Point) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  const [t1, t2, t3, t4] = [turn(a, b, c), turn(a, b, d), turn(c, d, a), turn(c, d, b)];
  if (t1 !== t2 && t3 !== t4) return true;
  return (
    (t1 === 0 && between(a, b, c)) ||
    (t2 === 0 && between(a, b, d)) ||
    (t3 === 0 && between(c, d, a)) ||
    (t4 === 0 && between(c, d, b))
  );
}

/** Every line drawn that is not a leader: the axis's runs, its zig-zags, its ticks and the chips' bands' edges. */
function axisLines(m: TimelineModel): Array<{ what: string; segment: Segment }> {
  const x = m.axisX;
  return [
    ...m.runs.map((r) => ({
      what: 'axis',
      segment: [
        [x, r.y0],
        [x, r.y1],
      ] as Segment,
    })),
    ...m.breaks.flatMap((b) =>
      segments(points(b.path)).map((segment) => ({ what: `break ${b.key}`, segment })),
    ),
    ...m.ticks.map((t) => ({
      what: `tick ${t.key}`,
      segment: [
        [x - 5, t.y],
        [x, t.y],
      ] as Segment,
    })),
    ...m.spans.flatMap((s) => [
      {
        what: `band ${s.key}`,
        segment: [
          [s.x - 2, s.y0],
          [s.x - 2, s.y1],
        ] as Segment,
      },
      {
        what: `band ${s.key}`,
        segment: [
          [s.x + 2, s.y0],
          [s.x + 2, s.y1],
        ] as Segment,
      },
    ]),
  ];
}

/** Every promise of the layout, for one model. */
function expectReadable(m: TimelineModel, where: string): void {
  const all = words(m);
  // No two words overlap, and every word is inside the frame.
  for (const [i, a] of all.entries()) {
    expect(a.box.x, `${where}: ${a.what} inside`).toBeGreaterThanOrEqual(0);
    expect(a.box.y, `${where}: ${a.what} inside`).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.width, `${where}: ${a.what} inside`).toBeLessThanOrEqual(m.size.width);
    expect(a.box.y + a.box.height, `${where}: ${a.what} inside`).toBeLessThanOrEqual(m.size.height);
    for (const b of all.slice(i + 1))
      expect(overlaps(a.box, b.box), `${where}: ${a.what} / ${b.what}`).toBe(false);
  }
  const leaders = m.events.map((e) => ({ key: e.key, segments: segments(points(e.leader)) }));
  // No axis line, tick, break or band passes through a word; no leader through a word but its own label.
  for (const w of all) {
    for (const l of axisLines(m))
      expect(passesThrough(l.segment, w.box), `${where}: ${l.what} through ${w.what}`).toBe(false);
    for (const l of leaders)
      if (l.key !== w.what)
        for (const s of l.segments)
          expect(passesThrough(s, w.box), `${where}: ${l.key}'s leader through ${w.what}`).toBe(false);
    for (const e of m.events)
      expect(overlaps(markBox(e), w.box), `${where}: ${e.key}'s mark on ${w.what}`).toBe(false);
  }
  // Leaders never cross one another, nor run through another event's mark.
  for (const [i, a] of leaders.entries()) {
    for (const b of leaders.slice(i + 1))
      for (const s of a.segments)
        for (const t of b.segments) expect(cross(s, t), `${where}: leaders ${a.key} × ${b.key}`).toBe(false);
    for (const e of m.events)
      if (e.key !== a.key)
        for (const s of a.segments)
          expect(passesThrough(s, markBox(e)), `${where}: ${a.key}'s leader through ${e.key}'s mark`).toBe(
            false,
          );
  }
  // Marks apart from one another.
  for (const [i, a] of m.events.entries())
    for (const b of m.events.slice(i + 1))
      expect(overlaps(markBox(a), markBox(b)), `${where}: marks ${a.key} / ${b.key}`).toBe(false);
  // Each leader runs from its own mark to its own label's first line.
  for (const e of m.events) {
    const ps = points(e.leader);
    const [start, end] = [ps[0]!, ps.at(-1)!];
    const mark = markBox(e);
    expect(start[0], `${where}: ${e.key}'s leader starts at its mark's edge`).toBeCloseTo(
      mark.x + mark.width,
      1,
    );
    expect(start[1], `${where}: ${e.key}'s leader starts level with its mark`).toBeCloseTo(e.markY, 0);
    expect(end[0], `${where}: ${e.key}'s leader ends at its label`).toBeCloseTo(e.label.x - 3, 1);
    expect(end[1], `${where}: ${e.key}'s leader ends at its label's first line`).toBeGreaterThanOrEqual(
      e.label.y,
    );
    expect(end[1], `${where}: ${e.key}'s leader ends at its label's first line`).toBeLessThanOrEqual(
      e.label.y + m.lineHeight,
    );
  }
}

const layouts = Object.keys(timelineVariants) as Array<keyof typeof timelineVariants>;

describe('the timeline, in every layout, as a reader sees it', () => {
  const built = timelineBuild(content.events);

  for (const variant of layouts) {
    const m = built[variant];

    it(`${variant}: no word over another, no line through a word, no leaders crossing`, () => {
      expectReadable(m, variant);
    });

    it(`${variant}: words of 11 units or more, in a frame the reading layout fits`, () => {
      expect(m.fontSize).toBeGreaterThanOrEqual(11);
      expect(m.tickFontSize).toBeGreaterThanOrEqual(11);
      const most = { narrow: 500, short: 340, wide: 520 }[variant];
      expect(m.size.height).toBeLessThanOrEqual(most);
    });

    it(`${variant}: each event known only to its month has a chip of its own on its month's band, and its leader reaches its own label`, () => {
      const months = m.events.filter((e) => e.precision === 'month');
      expect(months.length).toBeGreaterThan(1);
      for (const e of months) {
        const band = m.spans.find((s) => s.key === content.events.find((x) => x.id === e.key)!.date)!;
        expect(band, e.key).toBeDefined();
        expect([band.x, band.y0, band.y1]).toEqual([e.x, e.y0, e.y1]);
        expect(e.markY - chipSize.height / 2, e.key).toBeGreaterThanOrEqual(e.y0);
        expect(e.markY + chipSize.height / 2, e.key).toBeLessThanOrEqual(e.y1);
        // The label nearest the leader's end is this event's own.
        const end = points(e.leader).at(-1)!;
        const nearest = [...m.events].sort(
          (a, b) =>
            Math.abs(a.label.y + m.lineHeight / 2 - end[1]) - Math.abs(b.label.y + m.lineHeight / 2 - end[1]),
        )[0]!;
        expect(nearest.key).toBe(e.key);
      }
      // April's five: five chips at five different heights, in content order.
      const april = months.filter((e) => e.y0 === months.at(-1)!.y0);
      expect(april.map((e) => e.key)).toEqual(
        content.events.filter((e) => e.date === '2024-04').map((e) => e.id),
      );
      for (let i = 1; i < april.length; i++) expect(april[i]!.markY).toBeGreaterThan(april[i - 1]!.markY);
    });

    it(`${variant}: the months with no event are cut out, and a break says which and that the scale changes`, () => {
      expect(m.breaks.map((b) => b.lines)).toEqual([['Dec–Mar', 'skipped', 'new scale']]);
      const [b] = m.breaks;
      expect(m.runs.map((r) => [r.y0, r.y1])).toEqual([
        [m.top, b!.y0],
        [b!.y1, m.bottom],
      ]);
      // April is drawn by day: week ticks, and the days of late April apart.
      expect(
        m.ticks
          .filter((t) => t.minor)
          .map((t) => t.label)
          .slice(0, 3),
      ).toEqual(['8 Apr', '15 Apr', '22 Apr']);
      const day = (key: string) => m.events.find((e) => e.key === key)!.y0;
      expect(day('hamas-delegation-cairo') - day('ansari-interviews')).toBeGreaterThanOrEqual(
        2 * dotRadius + 2,
      );
      // The months before keep one scale: October and November equally tall.
      const [oct, nov, dec] = m.ticks.slice(0, 3).map((t) => t.y);
      expect(nov! - oct!).toBeCloseTo(dec! - nov!, 0);
    });
  }

  it('grows from YAML alone: new events, in a skipped month, by the day and by the month, keep every promise', () => {
    const event = (id: string, date: string): Event => ({
      id,
      date,
      label: `A new event (${id}) the editors added, with a label long enough to wrap`,
      actors: [],
      places: [],
      source: 'mediation-report',
    });
    const added = [
      event('february-talks', '2024-02-15'),
      event('april-twelfth', '2024-04-12'),
      event('april-month', '2024-04'),
    ];
    const more = timelineBuild([...content.events, ...added]);
    for (const variant of layouts) {
      const m = more[variant];
      const keys = m.events.map((e) => e.key);
      expect(keys.indexOf('february-talks'), variant).toBe(keys.indexOf('november-pause') + 1);
      expect(keys.indexOf('april-month'), variant).toBe(keys.indexOf('israeli-delegation-expected') + 1);
      expect(keys.indexOf('april-twelfth'), variant).toBe(keys.indexOf('april-month') + 1);
      expect(
        m.breaks.map((b) => b.lines[0]),
        variant,
      ).toEqual(['Dec–Jan', 'Mar']);
      expectReadable(m, `${variant} + 3 events`);
    }
  });
});
