import type { Place } from '../../schemas/place';
import type { MapView } from '../../schemas/mapView';
import type { Source } from '../../schemas/source';
import type { Geography } from '../../lib/geography';
import {
  mapGeometry,
  mapSizeFor,
  mapViewModel,
  type MapGeometry,
  type MapSize,
  type MapViewModel,
} from './mapModel';
import { chartKeys, type MapKeys } from './marks';

/** The two layouts the page ships: phones and narrow columns, then wider columns (CSS picks one by width). */
export const mapVariants = { narrow: mapSizeFor(320), wide: mapSizeFor(640) } as const satisfies Record<
  string,
  MapSize
>;
export type MapVariant = keyof typeof mapVariants;

/** Everything the page draws for the map: shared geometry, and each view's model per variant. */
export interface MapBuild {
  geometry: MapGeometry;
  views: Record<MapVariant, Record<string, MapViewModel>>;
  /** The keyed marks every figure carries, whichever view it shows. */
  keys: MapKeys;
}

export function mapBuild(
  geography: Geography,
  places: readonly Place[],
  views: readonly MapView[],
  sources: readonly Source[] = [],
): MapBuild {
  const byVariant = Object.fromEntries(
    (Object.keys(mapVariants) as MapVariant[]).map((variant) => [
      variant,
      Object.fromEntries(
        views.map((v) => [v.id, mapViewModel(geography, places, v, mapVariants[variant], sources)]),
      ),
    ]),
  ) as MapBuild['views'];
  const models = Object.values(byVariant).flatMap((m) => Object.values(m));
  return {
    geometry: mapGeometry(geography, places, views, models),
    views: byVariant,
    keys: {
      areas: [...new Set(views.flatMap((v) => v.highlight.areas))],
      routes: [...new Set(views.flatMap((v) => v.routes.map((r) => `${r.from}--${r.to}`)))],
      offMap: [...new Set(views.flatMap((v) => v.offMap))],
      ...chartKeys(models),
    },
  };
}
