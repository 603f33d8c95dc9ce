import type { GraphicBuilder } from '../graphic';
import { mapBuild, type MapBuild } from './mapData';
import type { MapClientModel } from './element';

// Label boxes are only for layout at build time; the client needs positions and visibility.
const strip = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(strip)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => k !== 'box')
            .map(([k, v]) => [k, strip(v)]),
        )
      : value;

export const builder: GraphicBuilder<MapBuild, MapClientModel> = {
  build: (c) => mapBuild(c.geography, c.places, c.views, c.sources),
  clientModel: (built, c) => ({
    views: strip(built.views) as MapClientModel['views'],
    keys: built.keys,
    places: Object.fromEntries(
      c.places.map((p) => [p.id, p.note ? { name: p.name, note: p.note } : { name: p.name }]),
    ),
  }),
  describe: () => '',
};
