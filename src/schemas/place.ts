import { z } from 'zod';
import { IdSchema, RefSchema, TextSchema } from './common';

/** Kinds of place the map knows how to mark. */
export const placeKinds = ['capital', 'city', 'crossing', 'territory', 'region'] as const;

/** A point on the locator map (content/places.yaml). */
export const PlaceSchema = z.strictObject({
  id: IdSchema.describe('Stable id used by steps, events and the map.'),
  name: TextSchema.describe('Name as the source report spells it, e.g. "Rafah".'),
  lon: z
    .number()
    .min(-180)
    .max(180)
    .describe('Longitude in degrees east, from -180 to 180 (west is negative).'),
  lat: z.number().min(-90).max(90).describe('Latitude in degrees north, from -90 to 90 (south is negative).'),
  kind: z.enum(placeKinds).describe('What sort of place it is; decides its map symbol.'),
  note: TextSchema.optional().describe('Optional one-line note shown with the place.'),
  figures: z
    .record(z.string(), z.union([z.number(), TextSchema]))
    .optional()
    .describe('Optional named figures, e.g. `sheltering: "more than 1 million"`.'),
  source: RefSchema.describe('Id of the entry in content/sources.yaml that these facts come from.'),
  geoSource: RefSchema.optional().describe(
    'Optional id of the source of the coordinates (a gazetteer), when it is not `source`.',
  ),
});

export type Place = z.infer<typeof PlaceSchema>;
