// The chart of a view's figures (content/map-views.yaml `figures`): squares of 100,000 people, the
// whole first, each part of it in the accent colour, labelled with the figures as the report words
// them and the source they come from. Pure: laid out at build time, in the corner of the map that
// covers the least land, clear of markers and of the Egypt–Gaza border; the labels keep clear of it.
import type { MapView } from '../../schemas/mapView';
import type { Place } from '../../schemas/place';
import type { Source } from '../../schemas/source';
import { readFigure } from '../../lib/figures';
import { overlaps, textWidth, type Box } from '../labelLayout';
import { chartType } from '../chartType';

/** Sizes in viewBox pixels: every text 11 or more in both layouts. */
export const chartStyle = {
  per: 100_000,
  columns: 10,
  unit: 7,
  pitch: 9,
  valueFont: chartType.figure,
  font: chartType.small,
  pad: 6,
};

export interface ChartUnit {
  key: string;
  x: number;
  y: number;
  /** 0 for the whole, 1 and up for the part it belongs to. */
  part: number;
}

export interface ChartLine {
  key: string;
  x: number;
  y: number;
  text: string;
  role: 'whole' | 'part' | 'label' | 'source';
}

/**
 * The chart in one view at one size; `visible` false (and nothing in it) where the view asks for none.
 * Its marks are in its own units, from its top left corner; it is drawn at `x`, `y`, scaled by `scale`.
 */
export interface MapFigureChart {
  visible: boolean;
  x: number;
  y: number;
  scale: number;
  /** The chart's panel, in its own units. */
  panel: Box;
  /** Where it lies on the map, in viewBox pixels (an obstacle for the labels). */
  bounds: Box;
  units: ChartUnit[];
  lines: ChartLine[];
  /** The chart in words, for the view's description. */
  sentence: string;
}

export const noChart: MapFigureChart = {
  visible: false,
  x: 0,
  y: 0,
  scale: 1,
  bounds: { x: 0, y: 0, width: 0, height: 0 },
  panel: { x: 0, y: 0, width: 0, height: 0 },
  units: [],
  lines: [],
  sentence: '',
};

/** One figure read from the content: its place, value, words and source. */
interface ChartFigure {
  place: string;
  value: number;
  text: string;
  label: string;
  source: string;
}

function chartFigures(
  view: MapView,
  places: ReadonlyMap<string, Place>,
  sources: ReadonlyMap<string, Source>,
): ChartFigure[] {
  return view.figures.flatMap((f) => {
    const place = places.get(f.place);
    const raw = place?.figures?.[f.figure];
    const read = raw === undefined ? undefined : readFigure(raw);
    if (!place || !read) return [];
    const source = sources.get(place.source)?.outlet ?? place.source;
    return [{ place: place.id, value: read.value, text: read.text, label: f.label, source }];
  });
}

/** Words in lines no wider than `width` at `font`. */
function wrap(text: string, width: number, font: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, font) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The chart's marks in its own coordinates (top left 0 0), and its size. */
function layout(figures: ChartFigure[]): Pick<MapFigureChart, 'panel' | 'units' | 'lines'> {
  const { per, columns, unit, pitch, valueFont, font, pad } = chartStyle;
  const [whole, ...parts] = figures as [ChartFigure, ...ChartFigure[]];
  const count = (v: number) => Math.round(v / per);
  const gridWidth = columns * pitch - (pitch - unit);
  const texts = figures.flatMap((f) => [
    textWidth(f.text, valueFont, { bold: true }),
    textWidth(f.label, font),
  ]);
  const inner = Math.ceil(Math.max(gridWidth, ...texts));
  const sources = [...new Set(figures.map((f) => f.source))];
  const lines: ChartLine[] = [];
  let y = pad;
  const line = (text: string, role: ChartLine['role'], size: number) => {
    lines.push({ key: `l${lines.length}`, x: pad, y: y + Math.round(size * 0.95), text, role });
    y += Math.round(size * 1.25);
  };
  line(whole.text, 'whole', valueFont);
  line(whole.label, 'label', font);
  y += 4;
  const total = count(whole.value);
  const owner = parts.flatMap((p, i) => Array.from({ length: count(p.value) }, () => i + 1));
  const units = Array.from({ length: total }, (_, i) => ({
    key: `u${i}`,
    x: pad + (i % columns) * pitch,
    y: y + Math.floor(i / columns) * pitch,
    part: owner[i] ?? 0,
  }));
  y += Math.ceil(total / columns) * pitch - (pitch - unit) + 6;
  for (const p of parts) {
    line(p.text, 'part', valueFont);
    line(p.label, 'label', font);
  }
  y += 3;
  for (const text of wrap(`Source: ${sources.join('; ')}`, inner, font)) line(text, 'source', font);
  return { panel: { x: 0, y: 0, width: inner + 2 * pad + 4, height: y + 2 }, units, lines };
}

/** What the map around the chart holds, for placing it. */
export interface ChartSurroundings {
  size: { width: number; height: number };
  mapHeight: number;
  /** Boxes the chart must not cover: markers, the Egypt–Gaza border. */
  keepClear: readonly Box[];
  /** 0 for water, 1 for land, 4 for a highlighted area's land, at a viewBox point. */
  cost: (x: number, y: number) => number;
}

/** The corner (top left, top right, bottom left, bottom right) covering the least land, clear of what must show. */
function place(size: Box, around: ChartSurroundings): Box | undefined {
  const inset = 6;
  const { width, height } = size;
  const [left, right] = [inset, around.size.width - inset - width];
  const [top, bottom] = [inset, around.mapHeight - inset - height];
  const corners = [
    { x: left, y: top },
    { x: right, y: top },
    { x: left, y: bottom },
    { x: right, y: bottom },
  ].map((c) => ({ ...c, width, height }));
  const cost = (b: Box) => {
    let sum = 0;
    for (let i = 0; i <= 8; i++)
      for (let j = 0; j <= 8; j++) sum += around.cost(b.x + (b.width * i) / 8, b.y + (b.height * j) / 8);
    return sum;
  };
  return corners
    .filter((c) => !around.keepClear.some((k) => overlaps(c, k, 2)))
    .map((c) => ({ c, cost: cost(c) }))
    .sort((a, b) => a.cost - b.cost)[0]?.c;
}

/** The view's chart, placed on its map; none where the view lists no figures or no corner is clear. */
export function figureChart(
  view: MapView,
  places: ReadonlyMap<string, Place>,
  sources: ReadonlyMap<string, Source>,
  around: ChartSurroundings,
): MapFigureChart {
  const figures = chartFigures(view, places, sources);
  if (figures.length === 0) return noChart;
  const drawn = layout(figures);
  // The wide layout has room to draw it larger, as its map is drawn larger.
  const scale = around.size.width >= 520 ? 1.5 : 1;
  const { width, height } = drawn.panel;
  const at = place({ x: 0, y: 0, width: width * scale, height: height * scale }, around);
  if (!at) return noChart;
  const [whole, ...parts] = figures as [ChartFigure, ...ChartFigure[]];
  const words = [whole, ...parts].map((f) => `${f.text} ${f.label}`).join('; ');
  const sentence = `In squares of ${chartStyle.per.toLocaleString('en-GB')} people: ${words} (${[...new Set(figures.map((f) => f.source))].join('; ')}).`;
  return { visible: true, x: at.x, y: at.y, scale, bounds: at, ...drawn, sentence };
}
