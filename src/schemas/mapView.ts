import { z } from 'zod';
import { areaIds } from './areas';
import { IdSchema, RefSchema, TextSchema } from './common';

const AreaRefSchema = z.enum(areaIds);

/** A line drawn between two places, e.g. a mediation route. */
export const RouteSchema = z.strictObject({
  from: RefSchema.describe('the id of the place the route starts at.'),
  to: RefSchema.describe('the id of the place the route ends at.'),
});

/** One view of the locator map (content/map-views.yaml); steps name it by id. */
export const MapViewSchema = z.strictObject({
  id: IdSchema.describe('the stable id that steps and embed URLs use to open this view.'),
  title: TextSchema.describe('a short title shown above the map, e.g. "The Gaza Strip".'),
  description: TextSchema.describe(
    'one sentence saying what the view shows, read out to screen-reader users.',
  ),
  frame: z
    .strictObject({
      places: z.array(RefSchema).default([]).describe('the ids of the places the view must contain.'),
      areas: z
        .array(AreaRefSchema)
        .default([])
        .describe('the areas (countries, territories) the view must contain.'),
    })
    .refine((f) => f.places.length + f.areas.length >= 2 || f.areas.length >= 1, {
      message: 'needs at least one area or two places to frame',
    })
    .describe('what the view is fitted to (places and areas); the map zooms so all of it shows.'),
  highlight: z
    .strictObject({
      places: z
        .array(RefSchema)
        .default([])
        .describe('the ids of places drawn in the accent colour, always labelled.'),
      areas: z.array(AreaRefSchema).default([]).describe('the areas shaded in the accent colour.'),
    })
    .default({ places: [], areas: [] })
    .describe('what the view draws attention to (places and areas).'),
  routes: z
    .array(RouteSchema)
    .default([])
    .describe('lines between places, e.g. Cairo to Gaza, each with a from and a to.'),
  offMap: z
    .array(RefSchema)
    .default([])
    .describe('the ids of places outside the frame to point at from its edge, e.g. Washington.'),
});

export type MapView = z.infer<typeof MapViewSchema>;
export type Route = z.infer<typeof RouteSchema>;
