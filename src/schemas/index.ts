import type { z } from 'zod';
import { ActorSchema } from './actor';
import { EventSchema } from './event';
import { MapViewSchema } from './mapView';
import { PlaceSchema } from './place';
import { RelationSchema } from './relation';
import { SourceSchema } from './source';

export { ActorSchema, EventSchema, MapViewSchema, PlaceSchema, RelationSchema, SourceSchema };
export { StoryFrontmatterSchema } from './story';

/** The YAML data files editors keep, each a list of entries, and the schema of an entry. */
export const dataFiles = {
  sources: { file: 'sources.yaml', schema: SourceSchema },
  places: { file: 'places.yaml', schema: PlaceSchema },
  actors: { file: 'actors.yaml', schema: ActorSchema },
  relations: { file: 'relations.yaml', schema: RelationSchema },
  events: { file: 'events.yaml', schema: EventSchema },
  views: { file: 'map-views.yaml', schema: MapViewSchema },
} as const;

export type DataCollection = keyof typeof dataFiles;
export type DataEntry<C extends DataCollection> = z.infer<(typeof dataFiles)[C]['schema']>;
