// Prepares the map's geography at build time: from Natural Earth 1:10m (world-atlas), keep the
// areas around the story, simplify them (full detail around Gaza, coarser elsewhere), round the
// coordinates, and write a small GeoJSON file that the build reads. Deterministic: same input, same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { areas, type AreaId } from '../src/schemas/areas';
import type { Geography } from '../src/lib/geography';
import type { GazaDetail } from '../src/lib/gazaDetail';

const require = createRequire(import.meta.url);
// GEOGRAPHY_OUT lets the determinism test write elsewhere.
const outFile = path.resolve(
  process.env.GEOGRAPHY_OUT ?? path.join(import.meta.dirname, '../src/generated/geography.json'),
);

/** Points inside this lon/lat box keep every vertex: the Gaza view zooms in on them. */
const detailBox = { west: 33.6, east: 35.6, south: 30.4, north: 32.4 };
/** Elsewhere, vertices whose triangle is smaller than this (square degrees) are dropped. */
const minWeight = 0.0006;
const digits = 4; // about 11 m: finer than a pixel in the closest view

const round = (n: number) => Number(n.toFixed(digits));
const roundRing = (ring: number[][]) => ring.map(([x, y]) => [round(x!), round(y!)]);

function prepare(): Geography {
  const world = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const weighted = presimplify(world);
  for (const arc of weighted.arcs as number[][][]) {
    for (const point of arc) {
      const [x, y] = point as [number, number];
      if (x >= detailBox.west && x <= detailBox.east && y >= detailBox.south && y <= detailBox.north)
        point[2] = Infinity;
    }
  }
  const simple = simplify(weighted, minWeight);
  const byIso = new Map(simple.objects.countries.geometries.map((g) => [g.id as string, g]));

  const features = (Object.keys(areas) as AreaId[]).map((id) => {
    const area = areas[id];
    const geometry = byIso.get(area.iso) as TopoPolygon | TopoMultiPolygon | undefined;
    if (!geometry) throw new Error(`world-atlas has no country ${area.iso} for area "${id}"`);
    const shape = (feature(simple, geometry) as GeoJSON.Feature).geometry as
      GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    const chosen = 'polygon' in area ? [polygons[area.polygon]!] : polygons;
    return {
      type: 'Feature' as const,
      id,
      properties: { name: area.name },
      geometry: { type: 'MultiPolygon' as const, coordinates: chosen.map((p) => p.map(roundRing)) },
    };
  });
  const wanted = new Set<string>(Object.values(areas).map((a) => a.iso));
  const borders = mesh(
    simple,
    simple.objects.countries,
    (a, b) => a !== b && wanted.has(a.id as string) && wanted.has(b.id as string),
  );
  return {
    source: 'Natural Earth 1:10m Admin 0 countries (v4.1.0, via world-atlas 2.0.2)',
    areas: { type: 'FeatureCollection', features },
    borders: { type: 'MultiLineString', coordinates: borders.coordinates.map(roundRing) },
    // The close-up's detail, prepared once by scripts/prepareGaza.ts and committed.
    detail: JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../src/data/gaza-detail.json'), 'utf8'),
    ) as GazaDetail,
  };
}

const geography = prepare();
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(geography)}\n`);
console.log(`Geography: ${geography.areas.features.length} areas → ${path.relative(process.cwd(), outFile)}`);
