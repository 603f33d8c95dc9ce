// Which places a view draws: those inside its frame, with a marker closer than 16 px to a more
// important one dropped (it would only blur the cluster it belongs to).
import { geoPath } from 'd3-geo';
import type { Place } from '../../schemas/place';
import type { Geography } from '../../lib/geography';

/** A place projected into a view, in viewBox pixels, and whether the view draws it. */
export interface ProjectedPlace {
  place: Place;
  x: number;
  y: number;
  visible: boolean;
  highlighted: boolean;
}

// Highlighted places first, then by kind, so decluttering drops the least important marker.
const kindRank: Record<Place['kind'], number> = { capital: 0, city: 1, territory: 2, crossing: 3, region: 4 };

/**
 * Projects every place and decides which are drawn. `inFrame` says whether a point (viewBox
 * pixels) is inside the map; `visiblePath` measures areas as the view clips them. Returns the
 * places in content order.
 */
export function declutter(
  places: readonly Place[],
  project: (lonLat: [number, number]) => [number, number],
  inFrame: (x: number, y: number) => boolean,
  visiblePath: ReturnType<typeof geoPath>,
  geography: Geography,
  highlighted: ReadonlySet<string>,
  offMap: ReadonlySet<string>,
): ProjectedPlace[] {
  const byPriority = [...places].sort(
    (a, b) =>
      Number(highlighted.has(b.id)) - Number(highlighted.has(a.id)) || kindRank[a.kind] - kindRank[b.kind],
  );
  const shown: Array<[number, number]> = [];
  const byId = new Map<string, ProjectedPlace>();
  for (const p of byPriority) {
    const [x, y] = project([p.lon, p.lat]);
    // A territory drawn large is the land itself: its area label names it, not a dot.
    const area = p.kind === 'territory' ? geography.areas.features.find((f) => f.id === p.id) : undefined;
    const isFramedArea = area !== undefined && visiblePath.area(area) > 60 * 60;
    const crowded = shown.some(([sx, sy]) => Math.hypot(sx - x, sy - y) < 16);
    const visible =
      inFrame(x, y) && !offMap.has(p.id) && !isFramedArea && (highlighted.has(p.id) || !crowded);
    if (visible) shown.push([x, y]);
    byId.set(p.id, { place: p, x, y, visible, highlighted: highlighted.has(p.id) && visible });
  }
  return places.map((p) => byId.get(p.id)!);
}
