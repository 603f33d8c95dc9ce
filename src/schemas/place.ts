import { z } from 'zod';
import { IdSchema, RefSchema, TextSchema } from './common';

/** Kinds of place the map knows how to mark. */
export const placeKinds = ['capital', 'city', 'crossing', 'territory', 'region'] as const;

/** A point on the locator map (content/places.yaml). */
export const PlaceSchema = z.strictObject({
  id: IdSchema.describe('the stable id that steps, events and the map use.'),
  name: TextSchema.describe('the name as the source report spells it, e.g. "Rafah".'),
  lon: z
    .number()
    .min(-180)
    .max(180)
    .describe('the longitude in degrees east, a number from -180 to 180 (west is negative).'),
  lat: z
    .number()
    .min(-90)
    .max(90)
    .describe('the latitude in degrees north, a number from -90 to 90 (south is negative).'),
  kind: z.enum(placeKinds).describe('the sort of place it is, which decides its map symbol.'),
  note: TextSchema.optional().describe('a one-line note shown with the place (optional).'),
  figures: z
    .record(z.string(), z.union([z.number(), TextSchema]))
    .optional()
    .describe('named figures, e.g. `sheltering: "more than 1 million"` (optional).'),
  source: RefSchema.describe('the id of the entry in content/sources.yaml that these facts come from.'),
  geoSource: RefSchema.optional().describe(
    'the id of the source of the coordinates (a gazetteer), when it is not `source` (optional).',
  ),
});

export type Place = z.infer<typeof PlaceSchema>;
