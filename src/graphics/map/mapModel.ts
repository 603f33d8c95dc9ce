import { geoDistance, geoMercator, geoPath } from 'd3-geo';
import type { Place } from '../../schemas/place';
import type { MapView } from '../../schemas/mapView';
import type { Geography } from './geography';
import { placeLabels, textWidth, type Box, type LabelRequest } from '../labelLayout';
import {
  baseProjection,
  baseScale,
  fitTransform,
  projectWith,
  type Extent,
  type ViewTransform,
} from './projection';
import { scaleBar, type ScaleBar } from './scaleBar';

/** Size of a map figure in viewBox pixels. */
export interface MapSize {
  width: number;
  height: number;
}

/** The map's layout sizes: phones get a wider-than-tall frame, desktops a squarer one. */
export function mapSizeFor(width: number): MapSize {
  return { width, height: Math.round(width * (width < 520 ? 0.84 : 0.85)) };
}

/** Type sizes and spacing, in viewBox pixels. */
export const mapStyle = { placeFont: 13, areaFont: 10.5, footer: 26, markerRadius: 4, highlightRadius: 5.5 };

export interface MapLabel {
  text: string;
  /** Text anchor point (baseline), viewBox pixels. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the layout reserved for the text. */
  box: Box;
  visible: boolean;
}

export interface MapPlaceModel {
  key: string;
  name: string;
  kind: Place['kind'];
  x: number;
  y: number;
  /** Inside the frame and drawn in this view. */
  visible: boolean;
  highlighted: boolean;
  label: MapLabel;
}

export interface MapOffMapModel {
  key: string;
  x: number;
  y: number;
  /** Direction of the arrow, degrees clockwise from east. */
  angle: number;
  /** Great-circle distance from the frame's centre, km (rounded to 100). */
  km: number;
  label: MapLabel;
}

/** One view of the map at one size: everything already in viewBox pixels, keyed by content ids. */
export interface MapViewModel {
  id: string;
  title: string;
  description: string;
  size: MapSize;
  transform: ViewTransform;
  highlightedAreas: string[];
  routes: string[];
  places: MapPlaceModel[];
  areaLabels: Array<MapLabel & { key: string }>;
  offMap: MapOffMapModel[];
  scaleBar: ScaleBar & { x: number; y: number };
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const lonLat = (p: Place): [number, number] => [p.lon, p.lat];

/** What a view is fitted to, as GeoJSON in degrees lon/lat. */
function frameGeometry(
  view: MapView,
  geography: Geography,
  places: ReadonlyMap<string, Place>,
): GeoJSON.FeatureCollection {
  const points = view.frame.places
    .map((id) => places.get(id)!)
    .map((p) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: lonLat(p) },
    }));
  const areas = geography.areas.features.filter((f) => view.frame.areas.includes(f.id));
  return { type: 'FeatureCollection', features: [...points, ...areas] };
}

/** The pixel box the frame is fitted into: a margin all round, and the footer (scale bar, credit) kept clear. */
export function fitExtent(size: MapSize): Extent {
  const margin = Math.max(18, Math.min(44, Math.min(size.width, size.height) * 0.08));
  return [
    [margin * 1.6, margin],
    [size.width - margin * 1.6, size.height - mapStyle.footer - margin * 0.6],
  ];
}

function labelAt(
  box: Box,
  text: string,
  anchor: MapLabel['anchor'],
  visible: boolean,
  size: number,
): MapLabel {
  const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  return { text, x: round(x), y: round(box.y + size * 0.95), anchor, box, visible };
}

/** Candidate label boxes around a point marker, best first: right, left, above, below, then diagonals. */
function aroundPoint(
  x: number,
  y: number,
  r: number,
  width: number,
  height: number,
): Array<{ box: Box; anchor: MapLabel['anchor'] }> {
  const gap = r + 4;
  return [
    { box: { x: x + gap, y: y - height / 2, width, height }, anchor: 'start' },
    { box: { x: x - gap - width, y: y - height / 2, width, height }, anchor: 'end' },
    { box: { x: x - width / 2, y: y - gap - height, width, height }, anchor: 'middle' },
    { box: { x: x - width / 2, y: y + gap, width, height }, anchor: 'middle' },
    { box: { x: x + gap * 0.7, y: y - gap * 0.7 - height, width, height }, anchor: 'start' },
    { box: { x: x + gap * 0.7, y: y + gap * 0.7, width, height }, anchor: 'start' },
    { box: { x: x - gap * 0.7 - width, y: y - gap * 0.7 - height, width, height }, anchor: 'end' },
    { box: { x: x - gap * 0.7 - width, y: y + gap * 0.7, width, height }, anchor: 'end' },
  ];
}

/** The model of one view at one size (pure; the same function serves the build and every test). */
export function mapViewModel(
  geography: Geography,
  allPlaces: readonly Place[],
  view: MapView,
  size: MapSize,
): MapViewModel {
  const places = new Map(allPlaces.map((p) => [p.id, p]));
  const transform = fitTransform(frameGeometry(view, geography, places), fitExtent(size));
  const project = projectWith(transform);
  const mapArea: Box = { x: 0, y: 0, width: size.width, height: size.height - mapStyle.footer };
  const labelFrame: Box = { x: 4, y: 4, width: size.width - 8, height: size.height - mapStyle.footer - 4 };
  const highlighted = new Set(view.highlight.places);
  const offMapIds = new Set(view.offMap);

  const viewProjection = geoMercator()
    .scale(transform.k * baseScale)
    .translate([transform.x, transform.y])
    .clipExtent([
      [0, 0],
      [size.width, mapArea.height],
    ]);
  const visiblePath = geoPath(viewProjection);
  // Highlighted places first, then by kind, so decluttering drops the least important marker.
  const kindRank: Record<Place['kind'], number> = {
    capital: 0,
    city: 1,
    territory: 2,
    crossing: 3,
    region: 4,
  };
  const byPriority = [...allPlaces].sort(
    (a, b) =>
      Number(highlighted.has(b.id)) - Number(highlighted.has(a.id)) || kindRank[a.kind] - kindRank[b.kind],
  );
  const shown: Array<[number, number]> = [];
  const projectedById = new Map(
    byPriority.map((p) => {
      const [x, y] = project(lonLat(p));
      const inFrame =
        x >= 6 && x <= size.width - 6 && y >= 6 && y <= mapArea.height - 6 && !offMapIds.has(p.id);
      // A territory drawn large is the land itself: its area label names it, not a dot.
      const area = p.kind === 'territory' ? geography.areas.features.find((f) => f.id === p.id) : undefined;
      const isFramedArea = area !== undefined && visiblePath.area(area) > 60 * 60;
      // A marker closer than 16 px to a more important one would only blur the cluster it belongs to.
      const crowded = shown.some(([sx, sy]) => Math.hypot(sx - x, sy - y) < 16);
      const visible = inFrame && !isFramedArea && (highlighted.has(p.id) || !crowded);
      if (visible) shown.push([x, y]);
      return [p.id, { place: p, x, y, visible, highlighted: highlighted.has(p.id) && visible }];
    }),
  );
  const projected = allPlaces.map((p) => projectedById.get(p.id)!);
  const markers: Box[] = projected
    .filter((p) => p.visible)
    .map((p) => {
      const r = (p.highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius) + 1;
      return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
    });

  // Off-map places: an arrow on the frame's edge, on the line from the centre towards the place.
  const centre: [number, number] = [size.width / 2, mapArea.height / 2];
  const centreLonLat = geoMercator()
    .scale(transform.k * baseScale)
    .translate([transform.x, transform.y]).invert!(centre)!;
  const offMap = view.offMap.map((id) => {
    const place = places.get(id)!;
    const [px, py] = project(lonLat(place));
    const [dx, dy] = [px - centre[0], py - centre[1]];
    const inset = 22;
    const tx = Math.abs((centre[0] - inset) / (dx || 1e-9));
    const ty = Math.abs((centre[1] - inset) / (dy || 1e-9));
    const edge: 'left' | 'right' | 'top' | 'bottom' =
      tx <= ty ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
    const t = Math.min(tx, ty);
    return {
      place,
      edge,
      x: centre[0] + dx * t,
      y: centre[1] + dy * t,
      angle: (Math.atan2(dy, dx) * 180) / Math.PI,
      km: Math.round((geoDistance(centreLonLat, lonLat(place)) * 6371) / 100) * 100,
    };
  });

  const font = mapStyle.placeFont;
  const lineHeight = font * 1.25;
  // Off-map requests also carry, per candidate, where the arrow goes and where its text sits.
  type Request = LabelRequest & {
    text: string;
    anchors: MapLabel['anchor'][];
    font: number;
    points?: Array<[number, number]>;
    textBoxes?: Box[];
  };
  const placeRequest = (p: (typeof projected)[number]): Request => {
    const width = textWidth(p.place.name, font, { bold: p.highlighted });
    const r = p.highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius;
    const options = aroundPoint(p.x, p.y, r, width, lineHeight);
    return {
      key: `place:${p.place.id}`,
      text: p.place.name,
      candidates: options.map((o) => o.box),
      anchors: options.map((o) => o.anchor),
      font,
    };
  };
  // The arrow slides along its edge, away from where the line from the centre meets it, until it and its text fit.
  const offMapRequests: Request[] = offMap.map((o) => {
    const text = `${o.place.name}, ${o.km.toLocaleString('en-GB')} km away`;
    const width = textWidth(text, font, { bold: true });
    const vertical = o.edge === 'left' || o.edge === 'right';
    const slides = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6].map((i) => i * 22);
    const options = slides.map((d) => {
      const [x, y] = vertical ? [o.x, o.y + d] : [o.x + d, o.y];
      const arrow: Box = { x: x - 12, y: y - 12, width: 24, height: 24 };
      const textBox: Box =
        o.edge === 'left'
          ? { x: x + 14, y: y - lineHeight / 2, width, height: lineHeight }
          : o.edge === 'right'
            ? { x: x - 14 - width, y: y - lineHeight / 2, width, height: lineHeight }
            : o.edge === 'top'
              ? { x: x - width / 2, y: y + 14, width, height: lineHeight }
              : { x: x - width / 2, y: y - 14 - lineHeight, width, height: lineHeight };
      const anchor: MapLabel['anchor'] = o.edge === 'left' ? 'start' : o.edge === 'right' ? 'end' : 'middle';
      const x0 = Math.min(arrow.x, textBox.x);
      const y0 = Math.min(arrow.y, textBox.y);
      const box = {
        x: x0,
        y: y0,
        width: Math.max(arrow.x + arrow.width, textBox.x + textBox.width) - x0,
        height: Math.max(arrow.y + arrow.height, textBox.y + textBox.height) - y0,
      };
      return { box, anchor, point: [x, y] as [number, number], textBox };
    });
    return {
      key: `off:${o.place.id}`,
      text,
      candidates: options.map((c) => c.box),
      anchors: options.map((c) => c.anchor),
      font,
      points: options.map((c) => c.point),
      textBoxes: options.map((c) => c.textBox),
    };
  });

  const visiblePlaceIds = new Set(projected.filter((p) => p.visible).map((p) => p.place.id));
  const areaFont = mapStyle.areaFont;
  const highlightedAreas = new Set(view.highlight.areas.map((id) => `area:${id}`));
  // Every area gets a label entry (keys stay stable across views); one named by a visible place stays hidden.
  const areaRequests: Request[] = geography.areas.features
    .map((f) => {
      const text = f.properties.name.toUpperCase();
      const width = textWidth(text, areaFont, { caps: true, tracking: 0.08 });
      const height = areaFont * 1.3;
      const roomy = !visiblePlaceIds.has(f.id) && visiblePath.area(f) > width * height * 2;
      const [cx, cy] = roomy ? visiblePath.centroid(f) : [NaN, NaN];
      const offsets = [0, -1, 1, -2, 2].map((d) => ({
        x: cx - width / 2,
        y: cy - height / 2 + d * height,
        width,
        height,
      }));
      return {
        key: `area:${f.id}`,
        text,
        candidates: Number.isFinite(cx) ? offsets : [],
        anchors: offsets.map(() => 'middle' as const),
        font: areaFont,
      };
    })
    .sort((a, b) => Number(highlightedAreas.has(b.key)) - Number(highlightedAreas.has(a.key)));

  const visibleRequests = projected.filter((p) => p.visible);
  const requests: Request[] = [
    ...visibleRequests.filter((p) => p.highlighted).map(placeRequest),
    ...offMapRequests,
    ...visibleRequests.filter((p) => !p.highlighted).map(placeRequest),
    ...areaRequests.filter((r) => r.candidates.length > 0),
  ];
  const footerBox: Box = { x: 0, y: mapArea.height, width: size.width, height: mapStyle.footer };
  const placed = new Map(
    placeLabels(requests, labelFrame, [...markers, footerBox]).map((p, i) => [
      p.key,
      { placed: p, request: requests[i]! },
    ]),
  );
  const labelFor = (key: string, text: string): MapLabel => {
    const found = placed.get(key);
    if (!found)
      return { text, x: 0, y: 0, anchor: 'start', box: { x: 0, y: 0, width: 0, height: 0 }, visible: false };
    const { placed: p, request } = found;
    const candidate = Math.max(0, p.candidate);
    return labelAt(
      request.textBoxes?.[candidate] ?? p.box,
      request.text,
      request.anchors[candidate]!,
      p.visible,
      request.font,
    );
  };

  const bar = scaleBar(transform, centreLonLat[1], Math.min(140, size.width * 0.3));
  return {
    id: view.id,
    title: view.title,
    description: view.description,
    size,
    transform: { k: round(transform.k, 5), x: round(transform.x, 2), y: round(transform.y, 2) },
    highlightedAreas: [...view.highlight.areas],
    routes: view.routes.map((r) => `${r.from}--${r.to}`),
    places: projected.map((p) => ({
      key: p.place.id,
      name: p.place.name,
      kind: p.place.kind,
      x: round(p.x),
      y: round(p.y),
      visible: p.visible,
      highlighted: p.highlighted,
      label: labelFor(`place:${p.place.id}`, p.place.name),
    })),
    areaLabels: areaRequests.map((r) => ({ key: r.key.slice('area:'.length), ...labelFor(r.key, r.text) })),
    offMap: offMap.map((o) => {
      const found = placed.get(`off:${o.place.id}`)!;
      const [x, y] = found.request.points![Math.max(0, found.placed.candidate)]!;
      return {
        key: o.place.id,
        x: round(x),
        y: round(y),
        angle: round(o.angle),
        km: o.km,
        label: labelFor(`off:${o.place.id}`, o.place.name),
      };
    }),
    scaleBar: { ...bar, width: round(bar.width), x: 12, y: size.height - 10 },
  };
}

/** Shared geometry for every view, in base units, clipped to what any of the given view models can show. */
export interface MapGeometry {
  areas: Array<{ key: string; name: string; d: string }>;
  borders: string;
  routes: Array<{ key: string; d: string }>;
}

export function mapGeometry(
  geography: Geography,
  allPlaces: readonly Place[],
  views: readonly MapView[],
  models: readonly MapViewModel[],
): MapGeometry {
  const places = new Map(allPlaces.map((p) => [p.id, p]));
  // Union of every model's frame, in base units, with a margin for transitions between views.
  const rects = models.map(({ transform: t, size }) => [
    (0 - t.x) / t.k,
    (0 - t.y) / t.k,
    (size.width - t.x) / t.k,
    (size.height - t.y) / t.k,
  ]);
  const [x0, y0, x1, y1] = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...rects.map((r) => r[i]!)));
  const pad = Math.max(x1! - x0!, y1! - y0!) * 0.05;
  const projection = baseProjection().clipExtent([
    [x0! - pad, y0! - pad],
    [x1! + pad, y1! + pad],
  ]);
  const path = geoPath(projection).digits(2);
  const routeKeys = new Map<string, [Place, Place]>();
  for (const view of views)
    for (const r of view.routes)
      routeKeys.set(`${r.from}--${r.to}`, [places.get(r.from)!, places.get(r.to)!]);
  return {
    areas: geography.areas.features
      .map((f) => ({ key: f.id, name: f.properties.name, d: path(f) ?? '' }))
      .filter((a) => a.d !== ''),
    borders: path(geography.borders) ?? '',
    routes: [...routeKeys].map(([key, [a, b]]) => ({
      key,
      d: path({ type: 'LineString', coordinates: [lonLat(a), lonLat(b)] }) ?? '',
    })),
  };
}
