import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../src/lib/figures';
import { overlaps, inside, type Box } from '../../../src/graphics/labelLayout';
import { chartStyle } from '../../../src/graphics/map/figureChart';
import { mapBuild } from '../../../src/graphics/map/mapData';
import { mapStyle, type MapViewModel } from '../../../src/graphics/map/mapModel';
import { mapMarks } from '../../../src/graphics/map/marks';
import { markOf } from '../../../src/graphics/marks';
import { readContent } from '../../../src/lib/content/readContent';
import type { Place } from '../../../src/schemas/place';
import { projectRoot, realContent } from '../../support/contentFixture';
import { mapInputs } from '../../support/mapFixtures';

const { geography, places, views } = mapInputs();
const { sources } = readContent(realContent, projectRoot).content;
const charted = views.filter((v) => v.figures.length > 0);

/** The places with some figures replaced, as an editor would change them in places.yaml. */
const withFigures = (changes: Record<string, Place['figures']>) =>
  places.map((p) => (changes[p.id] ? { ...p, figures: changes[p.id] } : p));

const texts = (m: MapViewModel) => m.figureChart.lines.map((l) => l.text).join(' ');
const scaled = (m: MapViewModel, b: Box): Box => {
  const { x, y, scale } = m.figureChart;
  return { x: x + b.x * scale, y: y + b.y * scale, width: b.width * scale, height: b.height * scale };
};

describe('figures as the report words them', () => {
  it('reads numbers, with their scale and qualifier', () => {
    expect(readFigure('2.3 million')).toEqual({ value: 2_300_000, text: '2.3 million' });
    expect(readFigure('more than 1 million')).toMatchObject({ value: 1_000_000, qualifier: 'more than' });
    expect(readFigure('about 40,000')?.value).toBe(40_000);
    expect(readFigure(1200)?.value).toBe(1200);
    expect(readFigure('a great many')).toBeUndefined();
    expect(readFigure('1 million or so')).toBeUndefined();
  });
});

describe("the chart of a view's figures", () => {
  const built = mapBuild(geography, places, views, sources);
  const unchartedBuild = mapBuild(
    geography,
    places,
    views.map((v) => ({ ...v, figures: [] })),
    sources,
  );

  it('is asked for by the Gaza close-up only, and drawn in no other view', () => {
    expect(charted.map((v) => v.id)).toEqual(['gaza']);
    for (const byView of Object.values(built.views))
      for (const m of Object.values(byView)) {
        const asked = charted.some((v) => v.id === m.id);
        expect(m.figureChart.visible, m.id).toBe(asked);
        expect(markOf(mapMarks(m, built.keys).chart).attrs['data-visible'], m.id).toBe(
          asked ? 'true' : 'false',
        );
      }
  });

  for (const [variant, byView] of Object.entries(built.views)) {
    const m = byView.gaza!;
    const chart = m.figureChart;
    it(`gaza (${variant}): a square per 100,000 of the figures in places.yaml, with their words and source`, () => {
      expect(chart.units).toHaveLength(23);
      expect(chart.units.filter((u) => u.part > 0)).toHaveLength(10);
      expect(chart.lines.map((l) => l.text)).toEqual(
        expect.arrayContaining([
          '2.3 million',
          'people in Gaza',
          'more than 1 million',
          'in and around Rafah',
        ]),
      );
      expect(texts(m)).toContain('Source: News agency report');
      expect(m.description).toContain('2.3 million people in Gaza; more than 1 million in and around Rafah');
      expect(m.description).toContain('News agency report');
    });

    it(`gaza (${variant}): every word at 11 viewBox units or more`, () => {
      expect(chartStyle.font * chart.scale).toBeGreaterThanOrEqual(11);
      expect(chartStyle.valueFont * chart.scale).toBeGreaterThanOrEqual(11);
    });

    it(`gaza (${variant}): inside the map, clear of every label, marker and the Egypt–Gaza border`, () => {
      const mapBox = { x: 0, y: 0, width: m.size.width, height: m.size.height - mapStyle.footer };
      expect(inside(chart.bounds, mapBox)).toBe(true);
      expect(scaled(m, chart.panel)).toEqual(chart.bounds);
      const labels = [
        ...m.places.filter((p) => p.label.visible).map((p) => p.label.box),
        ...m.areaLabels.filter((l) => l.visible).map((l) => l.box),
        ...(m.borderLabel.visible ? [m.borderLabel.box] : []),
      ];
      for (const box of labels) expect(overlaps(chart.bounds, box), JSON.stringify(box)).toBe(false);
      const r = mapStyle.highlightRadius + 1;
      for (const p of m.places.filter((q) => q.visible))
        expect(overlaps(chart.bounds, { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }), p.key).toBe(
          false,
        );
      // Nothing the close-up showed without the chart is hidden by it: the crossing, the border's name.
      const before = unchartedBuild.views[variant as keyof typeof built.views].gaza!;
      expect(m.borderLabel.visible).toBe(before.borderLabel.visible);
      for (const p of before.places)
        expect(m.places.find((q) => q.key === p.key)!.label.visible, p.key).toBe(p.label.visible);
      const crossing = m.places.find((p) => p.key === 'rafah-crossing')!;
      expect(crossing.visible && crossing.label.visible).toBe(true);
    });
  }

  it('follows the figures in places.yaml: other numbers, other squares and words', () => {
    const changed = withFigures({
      'gaza-strip': { population: '3.1 million' },
      rafah: { sheltering: 'about 1,400,000' },
    });
    const other = mapBuild(geography, changed, views, sources);
    for (const byView of Object.values(other.views)) {
      const m = byView.gaza!;
      expect(m.figureChart.units).toHaveLength(31);
      expect(m.figureChart.units.filter((u) => u.part > 0)).toHaveLength(14);
      expect(texts(m)).toContain('3.1 million');
      expect(texts(m)).toContain('about 1,400,000');
      expect(texts(m)).not.toContain('2.3 million');
      expect(m.description).toContain('3.1 million people in Gaza; about 1,400,000 in and around Rafah');
    }
    expect(other.keys.chartUnits).toHaveLength(31);
    expect(built.keys.chartUnits).toHaveLength(23);
  });

  it('names the source of the figures, as places.yaml gives it', () => {
    const elsewhere = places.map((p) =>
      p.id === 'gaza-strip' ? { ...p, source: 'haaretz-ansari-interview' } : p,
    );
    const m = mapBuild(geography, elsewhere, views, sources).views.narrow.gaza!;
    const outlet = sources.find((s) => s.id === 'haaretz-ansari-interview')!.outlet;
    expect(texts(m)).toContain(outlet);
    expect(texts(m)).toContain('News agency report');
  });
});
