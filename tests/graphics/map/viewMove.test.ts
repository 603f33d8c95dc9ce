import { describe, expect, it } from 'vitest';
import { mapBuild } from '../../../src/graphics/map/mapData';
import { mapStyle } from '../../../src/graphics/map/mapModel';
import type { ViewTransform } from '../../../src/graphics/map/projection';
import {
  flightPlan,
  isStill,
  largestShift,
  moved,
  pictureStep,
  viewAt,
  type PictureMove,
} from '../../../src/graphics/map/viewMove';
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

/**
 * The most a picture is enlarged while it is the top opaque one (from the moment it fills the frame
 * to the moment the next one does): the flight's scale over its own.
 */
function largestEnlargement(plan: ReturnType<typeof flightPlan>): number {
  const { pictures, from, to } = plan;
  let largest = 1;
  pictures.forEach((picture, i) => {
    const until = pictures[i + 1]?.opacity.find((o) => o.opacity === 1)?.offset ?? 1;
    largest = Math.max(largest, viewAt(from, to, until).k / picture.view.k);
  });
  return largest;
}

describe('flightPlan: pictures moved by the compositor agree with the view at every moment', () => {
  // A picture's move is interpolated between its two ends as CSS does: each of k, x and y linearly.
  const between = (a: PictureMove, b: PictureMove, p: number): PictureMove => ({
    k: a.k + (b.k - a.k) * p,
    x: a.x + (b.x - a.x) * p,
    y: a.y + (b.y - a.y) * p,
  });
  const region = { k: 1.4, x: -698, y: 996 };
  const gaza = { k: 56, x: -40210, y: 41877 };
  const cases: [string, ViewTransform, ViewTransform][] = [
    ['zoom in 40×', region, gaza],
    ['zoom out 40×', gaza, region],
    ['zoom in 3×', { k: 2, x: 10, y: 20 }, { k: 6, x: -300, y: 45 }],
    ['pan at one scale', { k: 2, x: 10, y: 20 }, { k: 2, x: -300, y: 45 }],
  ];
  for (const [name, from, to] of cases) {
    it(`${name}: every picture shows the view in between, and none is enlarged past pictureStep`, () => {
      const plan = flightPlan(from, to);
      // A zoom out is played backwards: the plan runs from the shallow view to the deep one.
      expect(plan.reverse).toBe(to.k < from.k);
      expect([plan.from, plan.to]).toEqual(plan.reverse ? [to, from] : [from, to]);
      for (const p of [0, 0.1, 0.25, 0.5, 0.8, 1]) {
        const expected = viewAt(plan.from, plan.to, p);
        for (const picture of plan.pictures) {
          const got = moved(picture.view, between(picture.start, picture.end, p));
          expect(got.k / expected.k).toBeCloseTo(1, 9);
          expect(got.x).toBeCloseTo(expected.x, 4);
          expect(got.y).toBeCloseTo(expected.y, 4);
        }
      }
      expect(largestEnlargement(plan)).toBeLessThanOrEqual(pictureStep + 1e-9);
      // The first picture is the view left (or reached, played backwards) and always opaque; each
      // later one is opaque from the moment it fills the frame (its move is a scale of 1 or more).
      expect(plan.pictures[0]!.opacity.every((o) => o.opacity === 1)).toBe(true);
      for (const picture of plan.pictures.slice(1)) {
        const full = picture.opacity.find((o) => o.opacity === 1)!.offset;
        expect(between(picture.start, picture.end, full).k).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(picture.opacity.map((o) => o.offset)).toEqual(
          [...picture.opacity.map((o) => o.offset)].sort(),
        );
      }
    });
  }

  it('uses three pictures for the 40× zoom onto Gaza and two for a small one', () => {
    expect(flightPlan(region, gaza).pictures).toHaveLength(3);
    expect(flightPlan(gaza, region).pictures).toHaveLength(3);
    expect(flightPlan({ k: 2, x: 0, y: 0 }, { k: 6, x: 0, y: 0 }).pictures).toHaveLength(2);
  });

  it('starts at the first view and ends at the second', () => {
    expect(viewAt(region, gaza, 0)).toEqual(region);
    expect(viewAt(region, gaza, 1)).toEqual(gaza);
  });
});
