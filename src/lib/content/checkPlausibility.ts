import { geoBounds, geoContains } from 'd3-geo';
import type { Place } from '../../schemas/place';
import type { MapView } from '../../schemas/mapView';
import type { Geography } from '../geography';
import type { ContentError } from './contentError';
import type { LocatedEntry } from './checkReferences';
import { entryLabel } from './validateEntries';

/** A lon/lat box in degrees. */
interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

type Point = [lon: number, lat: number];

// Inside this box the prepared geography holds every country, so a point on none of its land is at sea.
const completeLand: Box = { west: 29, east: 52, south: 15, north: 37 };
// About 10 km: a coastal city a little off the simplified coastline is still on land.
const coastTolerance = 0.1;
const seaKinds = new Set<Place['kind']>(['city', 'capital']);

const inside = (box: Box, [lon, lat]: Point) =>
  lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

function boxOf(points: readonly Point[]): Box | undefined {
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

/** The land of the prepared geography, each area with its bounding box so most areas are skipped. */
function landOf(geography: Geography | undefined) {
  return (geography?.areas.features ?? []).map((feature) => {
    const [[west, south], [east, north]] = geoBounds(feature);
    return { feature, box: { west, east, south, north } };
  });
}

/**
 * Around what each view shows, in degrees: the box of its frame's places and areas, widened by half its
 * size (a fitted map shows more than its frame on a screen of another shape) and at least 10° (about
 * 1,000 km), so only a place far from every view falls outside.
 */
function viewBoxes(views: readonly MapView[], places: ReadonlyMap<string, Point>, land: ReturnType<typeof landOf>) {
  return views.flatMap((view) => {
    const areaCorners = land
      .filter((a) => (view.frame.areas as readonly string[]).includes(a.feature.id))
      .flatMap(({ box }): Point[] => [
        [box.west, box.south],
        [box.east, box.north],
      ]);
    const framed = view.frame.places.flatMap((id) => (places.has(id) ? [places.get(id)!] : []));
    const box = boxOf([...framed, ...areaCorners]);
    if (!box) return [];
    const pad = Math.max(10, (box.east - box.west) / 2, (box.north - box.south) / 2);
    return [{ west: box.west - pad, east: box.east + pad, south: box.south - pad, north: box.north + pad }];
  });
}

/**
 * Coordinates that cannot be what the editor meant: a place far outside every map view (unless a view
 * points at it off the map), or a city in the sea. Each says whether swapping lon and lat would fix it.
 */
export function checkPlausibility(
  places: readonly LocatedEntry<Place>[],
  views: readonly LocatedEntry<MapView>[],
  file: string,
  geography?: Geography,
): ContentError[] {
  const land = landOf(geography);
  const onLand = ([lon, lat]: Point) =>
    [-1, 0, 1].some((dx) =>
      [-1, 0, 1].some((dy) => {
        const p: Point = [lon + dx * coastTolerance, lat + dy * coastTolerance];
        return land.some((a) => inside(a.box, p) && geoContains(a.feature, p));
      }),
    );
  const coordinates = new Map(places.map(({ data }): [string, Point] => [data.id, [data.lon, data.lat]]));
  // A place's own coordinates do not count in the frames it is judged against: they may be the mistake.
  const boxesWithout = (id: string) =>
    viewBoxes(
      views.map((v) => v.data),
      new Map([...coordinates].filter(([other]) => other !== id)),
      land,
    );
  const offMap = new Set(views.flatMap((v) => v.data.offMap));
  const errors: ContentError[] = [];
  for (const { data: place, item } of places) {
    const here: Point = [place.lon, place.lat];
    const swapped: Point = [place.lat, place.lon];
    const boxes = boxesWithout(place.id);
    const far = boxes.length > 0 && !offMap.has(place.id) && !boxes.some((b) => inside(b, here));
    const atSea = seaKinds.has(place.kind) && land.length > 0 && inside(completeLand, here) && !onLand(here);
    if (!far && !atSea) continue;
    const swapHelps = far ? boxes.some((b) => inside(b, swapped)) : onLand(swapped);
    const where = far ? 'is far outside every map view' : `is in the sea, yet the place is a ${place.kind}`;
    errors.push({
      file,
      line: item.fieldLines.lon ?? item.line,
      entry: entryLabel(item.value, item.index),
      field: 'lon',
      problem: `lon ${place.lon}, lat ${place.lat} ${where}${swapHelps ? ' — did you swap lon and lat?' : ''}`,
      fix: swapHelps
        ? `swap them: lon: ${place.lat} and lat: ${place.lon}`
        : far
          ? "check lon and lat against the gazetteer, or name the place in a view's offMap if it lies off the map"
          : 'check lon and lat against the gazetteer (east and north are positive)',
    });
  }
  return errors;
}
