// Places a view points at beyond its frame: an arrow on the frame's edge, on the line from the
// centre towards the place, with its distance.
import { geoDistance } from 'd3-geo';
import type { Place } from '../../schemas/place';
import { textWidth, type Box } from '../labelLayout';
import type { MapLabel } from './mapModel';

export interface OffMapMarker {
  place: Place;
  edge: 'left' | 'right' | 'top' | 'bottom';
  /** Where the line from the centre meets the edge, viewBox pixels. */
  x: number;
  y: number;
  /** Direction of the arrow, degrees clockwise from east. */
  angle: number;
  /** Great-circle distance from the frame's centre, km (rounded to 100). */
  km: number;
}

/** The off-map markers of a view whose frame's centre is `centre` (pixels) at `centreLonLat` (degrees). */
export function offMapMarkers(
  places: readonly Place[],
  project: (lonLat: [number, number]) => [number, number],
  centre: [number, number],
  centreLonLat: [number, number],
): OffMapMarker[] {
  const inset = 22;
  return places.map((place) => {
    const [px, py] = project([place.lon, place.lat]);
    const [dx, dy] = [px - centre[0], py - centre[1]];
    const tx = Math.abs((centre[0] - inset) / (dx || 1e-9));
    const ty = Math.abs((centre[1] - inset) / (dy || 1e-9));
    const edge: OffMapMarker['edge'] = tx <= ty ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
    const t = Math.min(tx, ty);
    return {
      place,
      edge,
      x: centre[0] + dx * t,
      y: centre[1] + dy * t,
      angle: (Math.atan2(dy, dx) * 180) / Math.PI,
      km: Math.round((geoDistance(centreLonLat, [place.lon, place.lat]) * 6371) / 100) * 100,
    };
  });
}

/** One position of an off-map arrow and its text: the box both take, and where each goes. */
export interface OffMapCandidate {
  box: Box;
  anchor: MapLabel['anchor'];
  point: [number, number];
  textBox: Box;
}

/** The arrow slides along its edge, away from where the line from the centre meets it, until it and its text fit. */
export function offMapCandidates(
  o: OffMapMarker,
  text: string,
  font: number,
  lineHeight: number,
): OffMapCandidate[] {
  const width = textWidth(text, font, { bold: true });
  const vertical = o.edge === 'left' || o.edge === 'right';
  const anchor: MapLabel['anchor'] = o.edge === 'left' ? 'start' : o.edge === 'right' ? 'end' : 'middle';
  return [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6].map((i) => {
    const [x, y] = vertical ? [o.x, o.y + i * 22] : [o.x + i * 22, o.y];
    const arrow: Box = { x: x - 12, y: y - 12, width: 24, height: 24 };
    const textBox: Box =
      o.edge === 'left'
        ? { x: x + 14, y: y - lineHeight / 2, width, height: lineHeight }
        : o.edge === 'right'
          ? { x: x - 14 - width, y: y - lineHeight / 2, width, height: lineHeight }
          : o.edge === 'top'
            ? { x: x - width / 2, y: y + 14, width, height: lineHeight }
            : { x: x - width / 2, y: y - 14 - lineHeight, width, height: lineHeight };
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
}
