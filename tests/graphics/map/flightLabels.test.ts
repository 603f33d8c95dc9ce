import { describe, expect, it } from 'vitest';
import { flightLabels, labelFade, labelsOf, pointAt } from '../../../src/graphics/map/flightLabels';
import { mapBuild } from '../../../src/graphics/map/mapData';
import { viewAt } from '../../../src/graphics/map/viewMove';
import { mapInputs } from '../../support/mapFixtures';

const { geography, places, views } = mapInputs();
const build = mapBuild(geography, places, views);

describe('flightLabels: the names a flight carries', () => {
  for (const [variant, models] of Object.entries(build.views))
    it(`${variant}: at its own view, each label lands where the map draws it`, () => {
      for (const model of Object.values(models)) {
        const labels = labelsOf(model, 'destination');
        const shown = [
          ...model.places.filter((p) => p.visible && p.label.visible).map((p) => [p.name, p.label] as const),
          ...model.areaLabels.filter((l) => l.visible).map((l) => [l.text, l] as const),
          ...(model.detail && model.borderLabel.visible
            ? [[model.borderLabel.text, model.borderLabel] as const]
            : []),
        ];
        expect(labels.map((l) => l.text)).toEqual(shown.map(([text]) => text));
        labels.forEach((l, i) => {
          const [x, y] = pointAt(l, model.transform);
          expect(x + l.offset[0], `${model.id} ${l.text}`).toBeCloseTo(shown[i]![1].x, 6);
          expect(y + l.offset[1], `${model.id} ${l.text}`).toBeCloseTo(shown[i]![1].y, 6);
        });
      }
    });

  it('pins a label to the land: mid-flight it is where the view in between puts its place', () => {
    const { region, gaza } = build.views.wide as Record<string, (typeof build.views.wide)[string]>;
    const rafah = labelsOf(gaza!, 'destination').find((l) => l.key === 'destination:place:rafah')!;
    const place = gaza!.places.find((p) => p.key === 'rafah')!;
    const base = [
      (place.x - gaza!.transform.x) / gaza!.transform.k,
      (place.y - gaza!.transform.y) / gaza!.transform.k,
    ];
    const half = viewAt(region!.transform, gaza!.transform, 0.5);
    const [x, y] = pointAt(rafah, half);
    expect(x).toBeCloseTo(half.k * base[0]! + half.x, 6);
    expect(y).toBeCloseTo(half.k * base[1]! + half.y, 6);
  });

  it('names the ends apart and keeps each label once', () => {
    const { region, gaza } = build.views.narrow as Record<string, (typeof build.views.narrow)[string]>;
    const labels = flightLabels(region!, gaza!);
    expect(new Set(labels.map((l) => l.key)).size).toBe(labels.length);
    expect(new Set(labels.map((l) => l.end))).toEqual(new Set(['source', 'destination']));
  });

  it('cross-fades: some labels are opaque at every moment of a flight', () => {
    const opacity = (frames: ReturnType<typeof labelFade>, p: number) => {
      const i = frames.findIndex((f) => f.offset >= p);
      const [a, b] = [frames[Math.max(0, i - 1)]!, frames[i]!];
      return b.offset === a.offset
        ? b.opacity
        : a.opacity + ((b.opacity - a.opacity) * (p - a.offset)) / (b.offset - a.offset);
    };
    for (let p = 0; p <= 1; p += 0.05) {
      const sum = opacity(labelFade(true), p) + opacity(labelFade(false), p);
      expect(sum, `p=${p}`).toBeCloseTo(1, 6);
    }
    expect(opacity(labelFade(true), 0)).toBe(1);
    expect(opacity(labelFade(false), 1)).toBe(1);
  });
});
