import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  clipRing,
  distanceToLine,
  ringArea,
  simplifyLine,
  type GazaDetail,
  type Position,
} from '../../../src/lib/gazaDetail';
import { mapBuild } from '../../../src/graphics/map/mapData';
import { mapInputs } from '../../support/mapFixtures';
import { projectRoot } from '../../support/contentFixture';

const detail = JSON.parse(
  readFileSync(path.join(projectRoot, 'src/data/gaza-detail.json'), 'utf8'),
) as GazaDetail;
const { geography, places, views } = mapInputs();
const build = mapBuild(geography, places, views);
const { box } = detail;
const inBox = ([x, y]: Position) => x >= box.west && x <= box.east && y >= box.south && y <= box.north;
/** Vertices of an SVG path: one per command letter M or L (d3 writes no other for polygons and lines). */
const vertices = (d: string) => (d.match(/[ML]/g) ?? []).length;

describe('src/data/gaza-detail.json (npm run prepare:gaza)', () => {
  it('names its source, version, licence and the command that remakes it', () => {
    expect(detail.about.source).toMatch(/@geo-maps\/countries-land-10m 0\.6\.0/);
    expect(detail.about.licence).toMatch(/OpenStreetMap contributors.*ODbL/);
    expect(detail.about.command).toMatch(/npm run prepare:gaza/);
  });

  it('holds the land of the Strip, Israel and Egypt, one polygon each, rings closed, inside its box', () => {
    expect(detail.land.features.map((f) => f.id)).toEqual(['gaza-strip', 'israel', 'egypt']);
    for (const f of detail.land.features) {
      expect(f.geometry.coordinates, f.id).toHaveLength(1);
      for (const ring of f.geometry.coordinates.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        expect(ring.every(inBox), `${f.id} inside the box`).toBe(true);
        expect(ring.flat().every((n) => Number(n.toFixed(4)) === n)).toBe(true);
      }
      // Outer rings clockwise, as d3-geo reads them: each is a small area, not the globe but it.
      expect(ringArea(f.geometry.coordinates[0]![0]!)).toBeLessThan(0);
      expect(geoArea(f.geometry)).toBeLessThan(1e-3);
    }
  });

  it('has the three land borders, inside the box, each vertex on both neighbours’ outlines', () => {
    const outline = (id: string) =>
      new Set(
        detail.land.features
          .find((f) => f.id === id)!
          .geometry.coordinates.flat(2)
          .map(String),
      );
    const pairs = { 'egypt-gaza': ['egypt', 'gaza-strip'], 'israel-gaza': ['israel', 'gaza-strip'] } as const;
    for (const [border, [a, b]] of Object.entries(pairs)) {
      const points = detail.borders[border as keyof typeof pairs].coordinates.flat();
      expect(points.length, border).toBeGreaterThanOrEqual(2);
      expect(points.every(inBox)).toBe(true);
      for (const p of points)
        expect(outline(a).has(String(p)) && outline(b).has(String(p)), `${border} ${p}`).toBe(true);
    }
    expect(detail.borders['egypt-israel'].coordinates.flat().length).toBeGreaterThanOrEqual(2);
  });
});

describe('the Gaza close-up draws the detailed layer', () => {
  it('the close-up (both layouts) lies inside the detailed box; the region views do not use it', () => {
    for (const variant of ['narrow', 'wide'] as const) {
      expect(build.views[variant].gaza!.detail).toBe(true);
      expect(build.views[variant].region!.detail).toBe(false);
      expect(build.views[variant].mediation!.detail).toBe(false);
    }
  });

  it('its outline of the Strip has far more vertices than Natural Earth’s', () => {
    const detailed = build.geometry.detail.areas.find((a) => a.key === 'gaza-strip')!.d;
    const naturalEarth = build.geometry.areas.find((a) => a.key === 'gaza-strip')!.d;
    expect(vertices(detailed)).toBeGreaterThanOrEqual(2 * vertices(naturalEarth));
    expect(vertices(detailed)).toBeGreaterThan(60);
  });

  it('puts the Rafah crossing within 150 m of the drawn Egypt–Gaza border', () => {
    const crossing = places.find((p) => p.id === 'rafah-crossing')!;
    const border = detail.borders['egypt-gaza'].coordinates;
    const distance = Math.min(...border.map((line) => distanceToLine([crossing.lon, crossing.lat], line)));
    expect(distance).toBeLessThanOrEqual(150);
  });
});

describe('the plane geometry that prepares it', () => {
  const line: Position[] = [
    [34, 31],
    [34.001, 31.0001],
    [34.002, 31],
    [34.003, 31.01],
    [34.004, 31],
  ];

  it('Douglas–Peucker keeps both ends and the points farther than the tolerance, the same every time', () => {
    const simple = simplifyLine(line, 50);
    expect(simple).toEqual([
      [34, 31],
      [34.002, 31],
      [34.003, 31.01],
      [34.004, 31],
    ]);
    expect(simplifyLine(line, 50)).toEqual(simple);
    expect(simplifyLine(line, 5000)).toEqual([line[0], line.at(-1)]);
  });

  it('measures distances to a line in metres', () => {
    // 0.001° of latitude is about 110.6 m.
    expect(distanceToLine([34.002, 31.001], [line[0]!, line[2]!])).toBeCloseTo(110.6, 0);
  });

  it('clips a ring to a box, closed', () => {
    const square: Position[] = [
      [0, 0],
      [0, 2],
      [2, 2],
      [2, 0],
      [0, 0],
    ];
    const clipped = clipRing(square, { west: 1, south: -1, east: 3, north: 1 });
    expect(clipped[0]).toEqual(clipped.at(-1));
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(1);
    expect(clipRing(square, { west: 5, south: 5, east: 6, north: 6 })).toEqual([]);
  });
});
