// The names a flight carries across: the labels of the view it leaves and of the view it lands on,
// each pinned to its place on the land and kept at its own size, so they ride the pictures the
// compositor moves (see Flight) and cross-fade midway. Pure: the flight layer draws what this says.
import type { MapViewModel } from './mapModel';
import type { Place } from '../../schemas/place';
import type { ViewTransform } from './projection';

export interface FlightLabel {
  /** Unique within a flight: the end it belongs to, then the label's own key. */
  key: string;
  /** Whose label it is: the view the flight leaves, or the one it lands on. */
  end: 'source' | 'destination';
  className: 'map-label' | 'map-area-label' | 'map-border-label';
  text: string;
  anchor: 'start' | 'middle' | 'end';
  highlighted: boolean;
  /** The point on the land it is pinned to, in the projection's units before a view's scale and shift. */
  point: [number, number];
  /** Where the text's anchor sits from that point, viewBox pixels: the same at every zoom. */
  offset: [number, number];
  /** A place's marker, drawn at the point. */
  marker?: Place['kind'];
}

/** The labels a view shows, as a flight carries them: places (with their markers), areas, the border. */
export function labelsOf(model: MapViewModel, end: FlightLabel['end']): FlightLabel[] {
  const { k, x, y } = model.transform;
  const base = (px: number, py: number): [number, number] => [(px - x) / k, (py - y) / k];
  const places = model.places
    .filter((p) => p.visible && p.label.visible)
    .map((p): FlightLabel => ({
      key: `${end}:place:${p.key}`,
      end,
      className: 'map-label',
      text: p.name,
      anchor: p.label.anchor,
      highlighted: p.highlighted,
      point: base(p.x, p.y),
      offset: [p.label.x - p.x, p.label.y - p.y],
      marker: p.kind,
    }));
  const areas = model.areaLabels
    .filter((l) => l.visible)
    .map((l): FlightLabel => ({
      key: `${end}:area:${l.key}`,
      end,
      className: 'map-area-label',
      text: l.text,
      anchor: l.anchor,
      highlighted: false,
      point: base(l.x, l.y),
      offset: [0, 0],
    }));
  const b = model.borderLabel;
  const border: FlightLabel[] =
    model.detail && b.visible
      ? [
          {
            key: `${end}:border`,
            end,
            className: 'map-border-label',
            text: b.text,
            anchor: b.anchor,
            highlighted: false,
            point: base(b.x, b.y),
            offset: [0, 0],
          },
        ]
      : [];
  return [...places, ...areas, ...border];
}

/** The labels of a flight from one view's model to another's: the source's, then the destination's. */
export function flightLabels(source: MapViewModel, destination: MapViewModel): FlightLabel[] {
  return [...labelsOf(source, 'source'), ...labelsOf(destination, 'destination')];
}

/** Where a view puts a label's point (its marker; the text sits `offset` from it), viewBox pixels. */
export function pointAt(label: FlightLabel, view: ViewTransform): [number, number] {
  return [view.k * label.point[0] + view.x, view.k * label.point[1] + view.y];
}

/**
 * A label's opacity through a flight, keyframes at eased progress of the plan (from its shallower
 * view `a` to its deeper `b`; a zoom out plays it backwards). The shallower view's labels stay until
 * the zoom has spread the deeper view's apart, then the two cross-fade: some names are always shown.
 */
export function labelFade(atShallowEnd: boolean): Array<{ offset: number; opacity: number }> {
  return atShallowEnd
    ? [
        { offset: 0, opacity: 1 },
        { offset: 0.3, opacity: 1 },
        { offset: 0.55, opacity: 0 },
        { offset: 1, opacity: 0 },
      ]
    : [
        { offset: 0, opacity: 0 },
        { offset: 0.3, opacity: 0 },
        { offset: 0.55, opacity: 1 },
        { offset: 1, opacity: 1 },
      ];
}
