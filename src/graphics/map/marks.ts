// The map's marks for one view at one size: every attribute the SVG carries that changes between
// views. MapSvg.astro writes them at build time; <locator-map> joins them onto the same marks.
import { flag, single, type Layer, type Marks } from '../marks';
import { mapStyle, type MapViewModel } from './mapModel';

/** The marks every view carries, shown or not, so the SVG has one element per key in all views. */
export interface MapKeys {
  /** Area ids some view highlights. */
  areas: readonly string[];
  /** Route keys (`from--to`) some view draws. */
  routes: readonly string[];
  /** Place ids some view points at from the frame's edge. */
  offMap: readonly string[];
  /** The squares and lines of text the largest figure chart of any view draws (`u0`…, `l0`…). */
  chartUnits: readonly string[];
  chartLines: readonly string[];
}

/** The chart keys every figure carries: as many squares and lines as any view's chart draws. */
export function chartKeys(models: readonly MapViewModel[]): Pick<MapKeys, 'chartUnits' | 'chartLines'> {
  const most = (f: (m: MapViewModel) => number) => Math.max(0, ...models.map(f));
  const units = most((m) => m.figureChart.units.length);
  const lines = most((m) => m.figureChart.lines.length);
  return {
    chartUnits: Array.from({ length: units }, (_, i) => `u${i}`),
    chartLines: Array.from({ length: lines }, (_, i) => `l${i}`),
  };
}

/** The layers written when the map lands (land, markers, scale), then labels, then highlights. */
export const textLayers = ['title', 'desc'] as const;
export const landLayers = [
  'geo',
  'detail',
  'places',
  'markers',
  'scale',
  'scaleBar',
  'scaleLabel',
  'credit',
] as const;
/** The labels in three parts (names, off-map arrows, the chart of figures), which a flight places apart. */
export const labelParts = [
  ['placeLabels', 'areaLabels', 'borderLabel'],
  ['offMap', 'offMapArrows', 'offMapLabels'],
  ['chart', 'chartPanel', 'chartUnits', 'chartLines'],
] as const;
export const labelLayers = labelParts.flat();
export const highlightLayers = ['areas', 'detailAreas', 'routes'] as const;
/** The areas the Gaza close-up draws in detail, each highlighted as its Natural Earth area is. */
export const detailAreaKeys = ['gaza-strip', 'israel', 'egypt'] as const;
export type MapLayer =
  | (typeof textLayers)[number]
  | (typeof landLayers)[number]
  | (typeof labelLayers)[number]
  | (typeof highlightLayers)[number];

const translate = (x: number, y: number) => `translate(${x} ${y})`;
const radius = (highlighted: boolean) => (highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius);
const arrowLength = 14;
/** A label a view does not show is hidden from screen readers too: only the view's own are heard. */
const unheard = (visible: boolean) => (visible ? undefined : 'true');
const labelAttrs = (l: MapViewModel['borderLabel']) => ({ x: l.x, y: l.y, 'text-anchor': l.anchor });

function offMapLayers(model: MapViewModel, keys: readonly string[]): Record<string, Layer> {
  const shown = new Map(model.offMap.map((o) => [o.key, o]));
  const each = (f: (key: string) => Layer['marks'][number]) => keys.map(f);
  return {
    offMap: {
      selector: '.map-offmap > g',
      marks: each((key) => ({
        key,
        attrs: { 'data-visible': flag(shown.has(key)), 'aria-hidden': unheard(shown.has(key)) },
      })),
    },
    offMapArrows: {
      selector: '.map-offmap-arrow',
      marks: each((key) => {
        const o = shown.get(key);
        const rad = ((o?.angle ?? 0) * Math.PI) / 180;
        const [x, y] = o ? [o.x, o.y] : [0, 0];
        const x1 = Number((x - arrowLength * Math.cos(rad)).toFixed(2));
        const y1 = Number((y - arrowLength * Math.sin(rad)).toFixed(2));
        return { key, attrs: { x1, y1, x2: x, y2: y } };
      }),
    },
    offMapLabels: {
      selector: '.map-offmap-label',
      marks: each((key) => {
        const label = shown.get(key)?.label;
        const attrs = label
          ? {
              x: label.x,
              y: label.y,
              'text-anchor': label.anchor,
              'data-visible': flag(label.visible),
              'aria-hidden': unheard(label.visible),
            }
          : { x: 0, y: 0, 'text-anchor': 'start', 'data-visible': 'false', 'aria-hidden': 'true' };
        return { key, attrs, text: label?.text ?? '' };
      }),
    },
  };
}

/** The names on the map: places, areas and the detailed view's border, each heard only where shown. */
function nameLayers(model: MapViewModel): Record<'placeLabels' | 'areaLabels' | 'borderLabel', Layer> {
  return {
    placeLabels: {
      selector: '.map-labels .map-label',
      marks: model.places.map((p) => ({
        key: p.key,
        attrs: {
          x: p.label.x,
          y: p.label.y,
          'text-anchor': p.label.anchor,
          'data-highlighted': flag(p.highlighted),
          'data-visible': flag(p.label.visible),
          'aria-hidden': unheard(p.label.visible),
        },
        text: p.name,
      })),
    },
    areaLabels: {
      selector: '.map-area-label',
      marks: model.areaLabels.map((l) => ({
        key: l.key,
        attrs: {
          x: l.x,
          y: l.y,
          'text-anchor': l.anchor,
          'data-visible': flag(l.visible),
          'aria-hidden': unheard(l.visible),
        },
        text: l.text,
      })),
    },
    borderLabel: single(
      '.map-border-label',
      {
        ...labelAttrs(model.borderLabel),
        'data-visible': flag(model.detail && model.borderLabel.visible),
        'aria-hidden': unheard(model.detail && model.borderLabel.visible),
      },
      model.borderLabel.text,
    ),
  };
}

/** The chart of the view's figures: its panel, squares and words, each hidden where the view has none. */
function chartLayers(
  model: MapViewModel,
  keys: MapKeys,
): Record<'chart' | 'chartPanel' | 'chartUnits' | 'chartLines', Layer> {
  const chart = model.figureChart;
  const units = new Map(chart.units.map((u) => [u.key, u]));
  const lines = new Map(chart.lines.map((l) => [l.key, l]));
  const box = chart.panel;
  return {
    chart: single('.map-chart', {
      transform: `${translate(chart.x, chart.y)} scale(${chart.scale})`,
      'data-visible': flag(chart.visible),
      'aria-hidden': unheard(chart.visible),
    }),
    chartPanel: single('.map-chart-panel', { x: box.x, y: box.y, width: box.width, height: box.height }),
    chartUnits: {
      selector: '.map-chart-unit',
      marks: keys.chartUnits.map((key) => {
        const u = units.get(key);
        return {
          key,
          attrs: {
            x: u?.x ?? 0,
            y: u?.y ?? 0,
            'data-part': flag((u?.part ?? 0) > 0),
            'data-visible': flag(u !== undefined),
          },
        };
      }),
    },
    chartLines: {
      selector: '.map-chart-text',
      marks: keys.chartLines.map((key) => {
        const l = lines.get(key);
        return {
          key,
          attrs: {
            x: l?.x ?? 0,
            y: l?.y ?? 0,
            'data-role': l?.role ?? 'label',
            'data-visible': flag(l !== undefined),
            'aria-hidden': unheard(l !== undefined),
          },
          text: l?.text ?? '',
        };
      }),
    },
  };
}

/** The marks of one view (`model`) of the map, for the SVG holding every key in `keys`. */
export function mapMarks(model: MapViewModel, keys: MapKeys): Marks<MapLayer> {
  const t = model.transform;
  const bar = model.scaleBar;
  return {
    title: single('title', {}, `Map: ${model.title}`),
    desc: single('desc', {}, model.description),
    geo: single('.map-geo', { transform: `${translate(t.x, t.y)} scale(${t.k})` }),
    detail: single('.map-detail', { 'data-visible': flag(model.detail) }),
    places: {
      selector: '.map-place',
      marks: model.places.map((p) => ({
        key: p.key,
        attrs: {
          'data-visible': flag(p.visible),
          'data-highlighted': flag(p.highlighted),
          transform: translate(p.x, p.y),
        },
      })),
    },
    markers: {
      selector: '.map-place circle',
      marks: model.places.map((p) => ({ key: p.key, attrs: { r: radius(p.highlighted) } })),
    },
    credit: single('.map-credit', {}, model.detail ? '© OpenStreetMap contributors' : 'Natural Earth'),
    scale: single('.map-scale', { 'data-km': bar.km }),
    scaleBar: single('.map-scale path', { d: `M0 -4V0H${bar.width}V-4` }),
    scaleLabel: single('.map-scale text', { x: bar.width + 6 }, bar.label),
    ...nameLayers(model),
    ...(offMapLayers(model, keys.offMap) as Record<'offMap' | 'offMapArrows' | 'offMapLabels', Layer>),
    ...chartLayers(model, keys),
    areas: {
      selector: '.map-area-hl',
      marks: keys.areas.map((key) => ({
        key,
        attrs: { 'data-active': flag(model.highlightedAreas.includes(key)) },
      })),
    },
    detailAreas: {
      selector: '.map-detail-area',
      marks: detailAreaKeys.map((key) => ({
        key,
        attrs: { 'data-active': flag(model.highlightedAreas.includes(key)) },
      })),
    },
    routes: {
      selector: '.map-route',
      marks: keys.routes.map((key) => ({ key, attrs: { 'data-active': flag(model.routes.includes(key)) } })),
    },
  };
}

/** The places a view shows, for its list in words: those drawn, then those pointed at off the map. */
export function placesShown(model: MapViewModel): string[] {
  return [...model.places.filter((p) => p.visible).map((p) => p.key), ...model.offMap.map((o) => o.key)];
}
