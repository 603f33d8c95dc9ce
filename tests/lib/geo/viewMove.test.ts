import { describe, expect, it } from 'vitest';
import { mapBuild } from '../../../src/lib/geo/mapData';
import { mapStyle } from '../../../src/lib/geo/mapModel';
import { isStill, largestShift } from '../../../src/lib/geo/viewMove';
import { mapInputs } from '../../support/mapFixtures';

const frame = { width: 640, height: 518 };

describe('largestShift', () => {
  it('is zero for the same transform', () => {
    expect(largestShift({ k: 2, x: 10, y: -4 }, { k: 2, x: 10, y: -4 }, frame)).toBe(0);
  });

  it('is the translation when only the translation changes', () => {
    expect(largestShift({ k: 1.5, x: 0, y: 0 }, { k: 1.5, x: 3, y: 4 }, frame)).toBeCloseTo(5, 9);
  });

  it('measures a zoom at the corner farthest from the fixed point', () => {
    // Doubling the scale about the top-left corner: the bottom-right corner travels its own distance again.
    const shift = largestShift({ k: 1, x: 0, y: 0 }, { k: 2, x: 0, y: 0 }, frame);
    expect(shift).toBeCloseTo(Math.hypot(640, 518), 9);
  });

  it('agrees with moving the corners point by point', () => {
    const from = { k: 0.8, x: -395, y: 554 };
    const to = { k: 0.81, x: -401, y: 561 };
    // A corner on screen is the base point (s − t₁)/k₁, drawn again with the new transform.
    const moved = ([sx, sy]: [number, number]) => {
      const [bx, by] = [(sx - from.x) / from.k, (sy - from.y) / from.k];
      return Math.hypot(to.k * bx + to.x - sx, to.k * by + to.y - sy);
    };
    const corners: [number, number][] = [
      [0, 0],
      [640, 0],
      [0, 518],
      [640, 518],
    ];
    expect(largestShift(from, to, frame)).toBeCloseTo(Math.max(...corners.map(moved)), 9);
  });
});

describe('isStill, on the story views', () => {
  const { geography, places, views } = mapInputs();
  const build = mapBuild(geography, places, views);
  for (const variant of ['narrow', 'wide'] as const) {
    const models = build.views[variant];
    const size = Object.values(models)[0]!.size;
    const box = { width: size.width, height: size.height - mapStyle.footer };
    it(`${variant}: zooming between the region and Gaza is animated`, () => {
      expect(isStill(models.region!.transform, models.gaza!.transform, box)).toBe(false);
      expect(isStill(models.gaza!.transform, models.region!.transform, box)).toBe(false);
    });
    it(`${variant}: a view is still against itself`, () => {
      expect(isStill(models.region!.transform, models.region!.transform, box)).toBe(true);
    });
  }
});
