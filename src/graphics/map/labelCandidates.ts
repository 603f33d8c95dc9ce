// Where a map's labels may go, best first: around each place's marker, along the edge for an
// off-map arrow, across the middle of each area that has room for its name.
import type { geoPath } from 'd3-geo';
import { textWidth, type Box, type LabelRequest } from '../labelLayout';
import type { ProjectedPlace } from './declutter';
import type { Geography } from '../../lib/geography';
import type { MapLabel } from './mapModel';

/** A label request with, per candidate, its anchor and (off-map arrows) where the arrow and text go. */
export type MapLabelRequest = LabelRequest & {
  text: string;
  anchors: MapLabel['anchor'][];
  font: number;
  points?: Array<[number, number]>;
  textBoxes?: Box[];
};

/** Candidate label boxes around a point marker, best first: right, left, above, below, then diagonals. */
export function aroundPoint(
  x: number,
  y: number,
  r: number,
  width: number,
  height: number,
): Array<{ box: Box; anchor: MapLabel['anchor'] }> {
  const ring = (gap: number): Array<{ box: Box; anchor: MapLabel['anchor'] }> => [
    { box: { x: x + gap, y: y - height / 2, width, height }, anchor: 'start' },
    { box: { x: x - gap - width, y: y - height / 2, width, height }, anchor: 'end' },
    { box: { x: x - width / 2, y: y - gap - height, width, height }, anchor: 'middle' },
    { box: { x: x - width / 2, y: y + gap, width, height }, anchor: 'middle' },
    { box: { x: x + gap * 0.7, y: y - gap * 0.7 - height, width, height }, anchor: 'start' },
    { box: { x: x + gap * 0.7, y: y + gap * 0.7, width, height }, anchor: 'start' },
    { box: { x: x - gap * 0.7 - width, y: y - gap * 0.7 - height, width, height }, anchor: 'end' },
    { box: { x: x - gap * 0.7 - width, y: y + gap * 0.7, width, height }, anchor: 'end' },
  ];
  // Beside the marker first; a little farther out where routes or other labels leave no room there.
  return [...ring(r + 4), ...ring(r + 4 + height * 0.6)];
}

/** A place's label request: its name beside its marker (radius `r`, viewBox pixels). */
export function placeRequest(
  p: ProjectedPlace,
  r: number,
  font: number,
  lineHeight: number,
): MapLabelRequest {
  const width = textWidth(p.place.name, font, { bold: p.highlighted });
  const options = aroundPoint(p.x, p.y, r, width, lineHeight);
  return {
    key: `place:${p.place.id}`,
    text: p.place.name,
    candidates: options.map((o) => o.box),
    anchors: options.map((o) => o.anchor),
    font,
  };
}

/**
 * Every area's label request (keys stay stable across views), highlighted areas first. An area with
 * no room for its name, or named by a visible place, gets no candidate and stays unlabelled.
 */
export function areaRequests(
  geography: Geography,
  visiblePath: ReturnType<typeof geoPath>,
  visiblePlaceIds: ReadonlySet<string>,
  highlighted: ReadonlySet<string>,
  font: number,
): MapLabelRequest[] {
  return geography.areas.features
    .map((f) => {
      const text = f.properties.name.toUpperCase();
      const width = textWidth(text, font, { caps: true, tracking: 0.08 });
      const height = font * 1.3;
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
        font,
      };
    })
    .sort((a, b) => Number(highlighted.has(b.key)) - Number(highlighted.has(a.key)));
}

/** The Egypt–Gaza border's name, drawn in the detailed close-up only. */
export const borderLabelText = 'Egypt–Gaza border';

/**
 * The Egypt–Gaza border's label request: on the Egypt side, below and left of points along the
 * border (which runs from the coast south-east to Israel), so the line never crosses it.
 */
export function borderRequest(
  geography: Geography,
  project: (lonLat: [number, number]) => [number, number],
  font: number,
): MapLabelRequest {
  const line = geography.detail.borders['egypt-gaza'].coordinates.flat();
  const width = textWidth(borderLabelText, font);
  const height = font * 1.3;
  const gap = 3;
  const at = (t: number): [number, number] => {
    const [a, b] = [project(line[0]!), project(line.at(-1)!)];
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  };
  const candidates = [0.5, 0.35, 0.65, 0.2, 0.8].map((t) => {
    const [x, y] = at(t);
    return { x: x - gap - width, y: y + gap, width, height };
  });
  return {
    key: 'border:egypt-gaza',
    text: borderLabelText,
    candidates: line.length > 1 ? candidates : [],
    anchors: candidates.map(() => 'end' as const),
    font,
  };
}
