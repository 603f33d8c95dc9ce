import { describe, expect, it } from 'vitest';
import { checkPlausibility } from '../../../src/lib/content/checkPlausibility';
import { formatContentError } from '../../../src/lib/content/contentError';
import type { Geography } from '../../../src/lib/geography';
import type { MapView } from '../../../src/schemas/mapView';
import type { Place } from '../../../src/schemas/place';

// One square of land, 30–40° E and 20–30° N, inside the box where the geography is complete.
const square = [[30, 20], [30, 30], [40, 30], [40, 20], [30, 20]];
const geography = {
  source: 'test',
  areas: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'egypt',
        properties: { name: 'Land' },
        geometry: { type: 'MultiPolygon', coordinates: [[square]] },
      },
    ],
  },
  borders: { type: 'MultiLineString', coordinates: [] },
} as unknown as Geography;

const place = (id: string, lon: number, lat: number, kind: Place['kind'] = 'city') => ({
  data: { id, name: id, lon, lat, kind, source: 's' } as Place,
  item: { value: { id }, index: 0, line: 1, fieldLines: { lon: 4 } },
});
const view = (frame: string[], offMap: string[] = []) => ({
  data: {
    id: 'v',
    title: 'v',
    description: 'v',
    frame: { places: frame, areas: ['egypt'] },
    highlight: { places: [], areas: [] },
    routes: [],
    offMap,
    figures: [],
  } as MapView,
  item: { value: { id: 'v' }, index: 0, line: 1, fieldLines: {} },
});
const problems = (places: ReturnType<typeof place>[], views = [view(['a', 'b'])], geo: Geography | null = geography) =>
  checkPlausibility(places, views, 'places.yaml', geo ?? undefined).map(formatContentError);

describe('checkPlausibility', () => {
  it('accepts places on land, and places just off the coast', () => {
    expect(problems([place('a', 32, 22), place('b', 38, 28), place('c', 40.05, 25)])).toEqual([]);
  });

  it('reports a place far outside every view, proposing the swap when it lands inside one', () => {
    const [error] = problems([place('a', 32, 22), place('b', 38, 28), place('c', 10, 40)]);
    expect(error).toMatch(/lon 10, lat 40 is far outside every map view — did you swap lon and lat\? Fix: swap them: lon: 40/);
    expect(problems([place('a', 32, 22), place('b', 38, 28), place('c', -120, -60)])[0]).toMatch(
      /is far outside every map view\. Fix: check lon and lat .* offMap/,
    );
  });

  it("judges a place against frames drawn without its own coordinates, which may be the mistake", () => {
    expect(problems([place('a', 32, 22), place('b', 15, 45, 'crossing')])[0]).toMatch(/b.*did you swap/);
  });

  it('leaves alone a place a view points at off the map', () => {
    expect(problems([place('a', 32, 22), place('b', 38, 28), place('w', -77, 38.9, 'capital')], [view(['a', 'b'], ['w'])])).toEqual([]);
  });

  it('reports a city in the sea, proposing the swap only when it lands on land', () => {
    expect(problems([place('a', 32, 22), place('b', 38, 28), place('c', 25, 35)])).toEqual([]);
    const atSea = problems([place('a', 32, 22), place('b', 38, 28), place('c', 45, 33)]);
    expect(atSea).toEqual([expect.stringMatching(/lon 45, lat 33 is in the sea, yet the place is a city\. Fix: check lon and lat/)]);
    const swap = problems([place('a', 32, 22), place('b', 38, 28), place('c', 29.5, 32, 'capital')]);
    expect(swap).toEqual([
      expect.stringMatching(/is in the sea, yet the place is a capital — did you swap lon and lat\? Fix: swap them: lon: 32 and lat: 29.5/),
    ]);
  });

  it('skips the sea check for other kinds of place, and without a prepared geography', () => {
    const region = problems([place('a', 32, 22), place('b', 38, 28), place('c', 45, 33, 'region')]);
    expect(region).toEqual([]);
    expect(problems([place('a', 32, 22), place('b', 38, 28), place('c', 40, 30.5)], [view(['a', 'b'])], null)).toEqual([]);
  });
});
