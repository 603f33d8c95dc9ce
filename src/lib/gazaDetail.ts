// The detailed geography of the Gaza close-up (src/data/gaza-detail.json, made by
// scripts/prepareGaza.ts) and the plane geometry that makes and checks it: ring areas, a
// Douglas–Peucker in metres, clipping to a box, distances. Pure, no DOM.

export type Position = [number, number];

/** A lon/lat box, degrees. */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type DetailCountry = 'gaza-strip' | 'israel' | 'egypt';
export type DetailBorder = 'egypt-gaza' | 'israel-gaza' | 'egypt-israel';

/** What src/data/gaza-detail.json holds. */
export interface GazaDetail {
  /** Where the data comes from, its licence and the command that remakes it. */
  about: { source: string; licence: string; command: string; simplification: string };
  /** Everything is clipped to this box. */
  box: Box;
  /** Land, outer rings clockwise as d3-geo expects. */
  land: {
    type: 'FeatureCollection';
    features: Array<{
      type: 'Feature';
      id: DetailCountry;
      properties: Record<string, never>;
      geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
    }>;
  };
  /** The land borders between two of the countries. */
  borders: Record<DetailBorder, { type: 'MultiLineString'; coordinates: Position[][] }>;
}

/** Planar signed area in square degrees (positive anticlockwise, with y north). */
export function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++)
    sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

const kmPerDegreeLat = 110.57;
/** A local plane in metres around a latitude (equirectangular; fine over a few dozen km). */
function metres(lat0: number) {
  const kx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  return ([x, y]: Position): Position => [x * kx, y * kmPerDegreeLat * 1000];
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Distance in metres from a lon/lat point to a lon/lat polyline. */
export function distanceToLine(point: Position, line: readonly Position[]): number {
  const m = metres(point[1]);
  const p = m(point);
  let best = Infinity;
  for (let i = 1; i < line.length; i++)
    best = Math.min(best, segmentDistance(p, m(line[i - 1]!), m(line[i]!)));
  return best;
}

/** Douglas–Peucker with a tolerance in metres; keeps both ends. Deterministic (first farthest point wins). */
export function simplifyLine(line: readonly Position[], toleranceM: number): Position[] {
  if (line.length < 3) return [...line];
  const m = metres(line[0]![1]);
  const projected = line.map(m);
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let [far, farthest] = [-1, 0];
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(projected[i]!, projected[first]!, projected[last]!);
      if (d > farthest) [far, farthest] = [i, d];
    }
    if (far >= 0 && farthest > toleranceM) {
      keep[far] = 1;
      stack.push([first, far], [far, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
const along = (a: Position, b: Position, t: number): Position => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];
function edges(box: Box): Edge[] {
  const at = (i: 0 | 1, v: number) => (a: Position, b: Position) => {
    const p = along(a, b, (v - a[i]) / (b[i] - a[i]));
    p[i] = v;
    return p;
  };
  return [
    { inside: (p) => p[0] >= box.west, cut: at(0, box.west) },
    { inside: (p) => p[0] <= box.east, cut: at(0, box.east) },
    { inside: (p) => p[1] >= box.south, cut: at(1, box.south) },
    { inside: (p) => p[1] <= box.north, cut: at(1, box.north) },
  ];
}

/** Sutherland–Hodgman: a closed ring clipped to the box, closed again (fewer than 4 points: nothing left). */
export function clipRing(ring: readonly Position[], box: Box): Position[] {
  let points = ring.slice(0, -1);
  for (const { inside, cut } of edges(box)) {
    const out: Position[] = [];
    points.forEach((p, i) => {
      const prev = points[(i + points.length - 1) % points.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(cut(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cut(prev, p));
    });
    points = out;
  }
  const rounded = points.map(([x, y]): Position => [Number(x.toFixed(4)), Number(y.toFixed(4))]);
  const unique = rounded.filter((p, i) => i === 0 || key(p) !== key(rounded[i - 1]!));
  return unique.length < 3 ? [] : [...unique, unique[0]!];
}
const key = (p: Position) => `${p[0]},${p[1]}`;

/** A polyline clipped to the box: the pieces inside it. */
export function clipLine(line: readonly Position[], box: Box): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    let [a, b] = [line[i - 1]!, line[i]!];
    let ok = true;
    for (const { inside, cut } of edges(box)) {
      if (!inside(a) && !inside(b)) ok = false;
      if (!ok) break;
      if (!inside(a)) a = cut(a, b);
      else if (!inside(b)) b = cut(a, b);
    }
    if (!ok) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const r = ([x, y]: Position): Position => [Number(x.toFixed(4)), Number(y.toFixed(4))];
    if (current.length === 0 || key(current.at(-1)!) !== key(r(a))) {
      if (current.length > 1) pieces.push(current);
      current = [r(a)];
    }
    current.push(r(b));
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}
