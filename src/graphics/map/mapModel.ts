import { geoContains, geoInterpolate, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Place } from '../../schemas/place';
import type { MapView } from '../../schemas/mapView';
import type { Source } from '../../schemas/source';
import type { Geography } from '../../lib/geography';
import type { GazaDetail } from '../../lib/gazaDetail';
import { placeLabels, type Box } from '../labelLayout';
import { declutter, type ProjectedPlace } from './declutter';
import { figureChart, noChart, type MapFigureChart } from './figureChart';
import {
  areaRequests,
  borderLabelText,
  borderRequest,
  placeRequest,
  type MapLabelRequest,
} from './labelCandidates';
import { offMapCandidates, offMapMarkers, type OffMapMarker } from './offMap';
import {
  baseProjection,
  baseScale,
  fitTransform,
  projectWith,
  type Extent,
  type ViewTransform,
} from './projection';
import { scaleBar, type ScaleBar } from './scaleBar';
import { chartType } from '../chartType';

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
export const mapStyle = {
  placeFont: chartType.label,
  areaFont: chartType.small,
  footer: 26,
  markerRadius: 4,
  highlightRadius: 5.5,
};

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
  /** The view lies inside the Gaza close-up's detailed geography, which it draws instead of Natural Earth's. */
  detail: boolean;
  /** The Egypt–Gaza border's name (detailed views only). */
  borderLabel: MapLabel;
  offMap: MapOffMapModel[];
  scaleBar: ScaleBar & { x: number; y: number };
  /** The chart of the view's figures (hidden where it asks for none). */
  figureChart: MapFigureChart;
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

const hiddenLabel = (text: string): MapLabel => ({
  text,
  x: 0,
  y: 0,
  anchor: 'start',
  box: { x: 0, y: 0, width: 0, height: 0 },
  visible: false,
});

/** Whether the whole frame of a view (its corners, lon/lat) lies inside a box. */
function withinBox(projection: GeoProjection, size: MapSize, box: GazaDetail['box']): boolean {
  const corners = [
    [0, 0],
    [size.width, size.height],
  ].map((p) => projection.invert!(p as [number, number])!);
  const [[west, north], [east, south]] = corners as [[number, number], [number, number]];
  return west >= box.west && east <= box.east && south >= box.south && north <= box.north;
}

/** The view's projection, fitted to its frame, and the pixel areas it draws into. */
function viewFrame(geography: Geography, places: ReadonlyMap<string, Place>, view: MapView, size: MapSize) {
  const transform = fitTransform(frameGeometry(view, geography, places), fitExtent(size));
  const mapHeight = size.height - mapStyle.footer;
  const projection = geoMercator()
    .scale(transform.k * baseScale)
    .translate([transform.x, transform.y]);
  const centre: [number, number] = [size.width / 2, mapHeight / 2];
  return {
    transform,
    mapHeight,
    project: projectWith(transform),
    visiblePath: geoPath(
      projection.clipExtent([
        [0, 0],
        [size.width, mapHeight],
      ]),
    ),
    centre,
    detail: withinBox(projection, size, geography.detail.box),
    invert: (x: number, y: number) => projection.invert!([x, y])! as [number, number],
    centreLonLat: geoMercator()
      .scale(transform.k * baseScale)
      .translate([transform.x, transform.y]).invert!(centre)! as [number, number],
  };
}

/**
 * The view's routes as obstacles for labels: each great-circle line, as drawn, cut into pieces a few
 * pixels long, each piece's box widened by the dashes' half width. A label placed clear of them is
 * never crossed by a route.
 */
function routeObstacles(
  view: MapView,
  places: ReadonlyMap<string, Place>,
  project: (lonLat: [number, number]) => [number, number],
): Box[] {
  const half = 2;
  return view.routes.flatMap((r) => {
    const along = geoInterpolate(lonLat(places.get(r.from)!), lonLat(places.get(r.to)!));
    const [ax, ay] = project(along(0));
    const [bx, by] = project(along(1));
    const pieces = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 4));
    const points = Array.from({ length: pieces + 1 }, (_, i) => project(along(i / pieces)));
    return points.slice(1).map(([x, y], i) => {
      const [px, py] = points[i]!;
      return {
        x: Math.min(x, px) - half,
        y: Math.min(y, py) - half,
        width: Math.abs(x - px) + 2 * half,
        height: Math.abs(y - py) + 2 * half,
      };
    });
  });
}

/** Places every label of a view; returns a reader of the result by request key. */
function layoutLabels(
  requests: MapLabelRequest[],
  size: MapSize,
  mapHeight: number,
  markers: Box[],
): (key: string, text: string) => { label: MapLabel; point?: [number, number] } {
  const labelFrame: Box = { x: 4, y: 4, width: size.width - 8, height: mapHeight - 4 };
  const footerBox: Box = { x: 0, y: mapHeight, width: size.width, height: mapStyle.footer };
  const placed = placeLabels(requests, labelFrame, [...markers, footerBox]);
  const byKey = new Map(placed.map((p, i) => [p.key, { placed: p, request: requests[i]! }]));
  return (key, text) => {
    const found = byKey.get(key);
    if (!found) return { label: hiddenLabel(text) };
    const { placed: p, request } = found;
    const candidate = Math.max(0, p.candidate);
    const box = request.textBoxes?.[candidate] ?? p.box;
    const label = labelAt(box, request.text, request.anchors[candidate]!, p.visible, request.font);
    return { label, point: request.points?.[candidate] };
  };
}

/** The view's figure chart, in the corner of its map covering the least land (highlighted land most). */
function viewChart(
  view: MapView,
  geography: Geography,
  places: ReadonlyMap<string, Place>,
  sources: readonly Source[],
  frame: ReturnType<typeof viewFrame>,
  size: MapSize,
  markers: Box[],
): MapFigureChart {
  if (view.figures.length === 0) return noChart;
  const land = (frame.detail ? geography.detail.land.features : geography.areas.features) as Array<
    GeoJSON.Feature & { id: string }
  >;
  const highlighted = new Set<string>(view.highlight.areas);
  const border = frame.detail
    ? geography.detail.borders['egypt-gaza'].coordinates
        .flat()
        .map((p) => frame.project(p as [number, number]))
    : [];
  const xs = border.map((p) => p[0]);
  const ys = border.map((p) => p[1]);
  const borderBox: Box[] = border.length
    ? [
        {
          x: Math.min(...xs),
          y: Math.min(...ys),
          width: Math.max(...xs) - Math.min(...xs),
          height: Math.max(...ys) - Math.min(...ys),
        },
      ]
    : [];
  return figureChart(view, places, new Map(sources.map((s) => [s.id, s])), {
    size,
    mapHeight: frame.mapHeight,
    keepClear: [...markers, ...borderBox],
    cost: (x, y) => {
      const at = frame.invert(x, y);
      const on = land.find((f) => geoContains(f, at));
      return on ? (highlighted.has(on.id) ? 4 : 1) : 0;
    },
  });
}

/** The label requests of a view: highlighted places, off-map arrows, other places, then areas. */
function labelRequests(
  projected: ProjectedPlace[],
  offMap: OffMapMarker[],
  areas: MapLabelRequest[],
  border: MapLabelRequest | undefined,
): MapLabelRequest[] {
  const font = mapStyle.placeFont;
  const lineHeight = font * 1.25;
  const radius = (p: ProjectedPlace) => (p.highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius);
  const place = (p: ProjectedPlace) => placeRequest(p, radius(p), font, lineHeight);
  const offMapRequests = offMap.map((o): MapLabelRequest => {
    const text = `${o.place.name}, ${o.km.toLocaleString('en-GB')} km away`;
    const options = offMapCandidates(o, text, font, lineHeight);
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
  const visible = projected.filter((p) => p.visible);
  return [
    ...visible.filter((p) => p.highlighted).map(place),
    ...offMapRequests,
    ...(border ? [border] : []),
    ...visible.filter((p) => !p.highlighted).map(place),
    ...areas.filter((r) => r.candidates.length > 0),
  ];
}

/** The model of one view at one size (pure; the same function serves the build and every test). */
export function mapViewModel(
  geography: Geography,
  allPlaces: readonly Place[],
  view: MapView,
  size: MapSize,
  sources: readonly Source[] = [],
): MapViewModel {
  const places = new Map(allPlaces.map((p) => [p.id, p]));
  const frame = viewFrame(geography, places, view, size);
  const inFrame = (x: number, y: number) =>
    x >= 6 && x <= size.width - 6 && y >= 6 && y <= frame.mapHeight - 6;
  const highlighted = new Set(view.highlight.places);
  const projected = declutter(
    allPlaces,
    frame.project,
    inFrame,
    frame.visiblePath,
    geography,
    highlighted,
    new Set(view.offMap),
  );
  const markers: Box[] = projected
    .filter((p) => p.visible)
    .map((p) => {
      const r = (p.highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius) + 1;
      return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
    });
  const offMap = offMapMarkers(
    view.offMap.map((id) => places.get(id)!),
    frame.project,
    frame.centre,
    frame.centreLonLat,
  );
  const visibleIds = new Set(projected.filter((p) => p.visible).map((p) => p.place.id));
  const highlightedAreas = new Set(view.highlight.areas.map((id) => `area:${id}`));
  const areas = areaRequests(geography, frame.visiblePath, visibleIds, highlightedAreas, mapStyle.areaFont);
  const border = frame.detail ? borderRequest(geography, frame.project, mapStyle.areaFont) : undefined;
  const requests = labelRequests(projected, offMap, areas, border);
  const chart = viewChart(view, geography, places, sources, frame, size, markers);
  const chartBox = chart.visible ? [chart.bounds] : [];
  const obstacles = [...markers, ...chartBox, ...routeObstacles(view, places, frame.project)];
  const labelFor = layoutLabels(requests, size, frame.mapHeight, obstacles);
  const { transform } = frame;
  const bar = scaleBar(transform, frame.centreLonLat[1], Math.min(140, size.width * 0.3));
  return {
    id: view.id,
    title: view.title,
    description: chart.visible ? `${view.description} ${chart.sentence}` : view.description,
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
      label: labelFor(`place:${p.place.id}`, p.place.name).label,
    })),
    areaLabels: areas.map((r) => ({ key: r.key.slice('area:'.length), ...labelFor(r.key, r.text).label })),
    detail: frame.detail,
    borderLabel: labelFor('border:egypt-gaza', borderLabelText).label,
    offMap: offMap.map((o) => {
      const { label, point } = labelFor(`off:${o.place.id}`, o.place.name);
      const [x, y] = point!;
      return { key: o.place.id, x: round(x), y: round(y), angle: round(o.angle), km: o.km, label };
    }),
    scaleBar: { ...bar, width: round(bar.width), x: 12, y: size.height - 10 },
    figureChart: chart,
  };
}

/** Shared geometry for every view, in base units, clipped to what any of the given view models can show. */
export interface MapGeometry {
  areas: Array<{ key: string; name: string; d: string }>;
  borders: string;
  routes: Array<{ key: string; d: string }>;
  /** The Gaza close-up's detailed layer: its box (water), land by area, borders, the Egypt–Gaza border. */
  detail: { box: string; areas: Array<{ key: string; d: string }>; borders: string; egyptGaza: string };
}

/** The detailed layer's paths, finer than the rest (3 digits of a base unit: about 5 m). */
function detailGeometry(detail: GazaDetail, projection: GeoProjection): MapGeometry['detail'] {
  const path = geoPath(projection).digits(3);
  const { west, south, east, north } = detail.box;
  const box: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west, north],
        [east, north],
        [east, south],
        [west, south],
      ],
    ],
  };
  const borders = detail.borders;
  return {
    box: path(box) ?? '',
    areas: detail.land.features.map((f) => ({ key: f.id, d: path(f.geometry) ?? '' })),
    borders:
      path({
        type: 'MultiLineString',
        coordinates: [...borders['israel-gaza'].coordinates, ...borders['egypt-israel'].coordinates],
      }) ?? '',
    egyptGaza: path(borders['egypt-gaza']) ?? '',
  };
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
    detail: detailGeometry(geography.detail, projection),
  };
}
