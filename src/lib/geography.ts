import type { AreaId } from '../schemas/areas';
import type { GazaDetail } from './gazaDetail';

/** An area of land in degrees lon/lat, keyed by its area id. */
export type AreaFeature = GeoJSON.Feature<GeoJSON.MultiPolygon, { name: string }> & { id: AreaId };

/** The prepared geography the build reads (scripts/prepareGeography.ts writes it). */
export interface Geography {
  /** Attribution of the data, printed under the map. */
  source: string;
  areas: { type: 'FeatureCollection'; features: AreaFeature[] };
  /** Land borders between two areas, degrees lon/lat (coastlines are the areas' own edges). */
  borders: GeoJSON.MultiLineString;
  /** The Gaza close-up's detailed land and borders (src/data/gaza-detail.json, OpenStreetMap). */
  detail: GazaDetail;
}
