import type { Actor } from '../schemas/actor';
import type { Event } from '../schemas/event';
import type { MapView } from '../schemas/mapView';
import type { Place } from '../schemas/place';
import type { Relation } from '../schemas/relation';
import type { Source } from '../schemas/source';
import type { Geography } from '../lib/geography';

/** What the graphics are built from: the checked content, in the order editors wrote it. */
export interface GraphicContent {
  geography: Geography;
  places: Place[];
  views: MapView[];
  actors: Actor[];
  relations: Relation[];
  events: Event[];
  sources: Source[];
}
