import { z } from 'zod';
import { areaIds } from './areas';
import { IdSchema, RefSchema, TextSchema } from './common';

const AreaRefSchema = z.enum(areaIds);

/** A line drawn between two places, e.g. a mediation route. */
export const RouteSchema = z.strictObject({
  from: RefSchema.describe('Place id the route starts at.'),
  to: RefSchema.describe('Place id the route ends at.'),
});

/** One view of the locator map (content/map-views.yaml); steps name it by id. */
export const MapViewSchema = z.strictObject({
  id: IdSchema.describe('Stable id that steps and embed URLs use to open this view.'),
  title: TextSchema.describe('Short title shown above the map, e.g. "The Gaza Strip".'),
  description: TextSchema.describe(
    'One sentence saying what the view shows, read out to screen-reader users.',
  ),
  frame: z
    .strictObject({
      places: z.array(RefSchema).default([]).describe('Place ids the view must contain.'),
      areas: z
        .array(AreaRefSchema)
        .default([])
        .describe('Areas (countries, territories) the view must contain.'),
    })
    .refine((f) => f.places.length + f.areas.length >= 2 || f.areas.length >= 1, {
      message: 'needs at least one area or two places to frame',
    })
    .describe('What the view is fitted to; the map zooms so all of it shows.'),
  highlight: z
    .strictObject({
      places: z
        .array(RefSchema)
        .default([])
        .describe('Place ids drawn in the accent colour, always labelled.'),
      areas: z.array(AreaRefSchema).default([]).describe('Areas shaded in the accent colour.'),
    })
    .default({ places: [], areas: [] })
    .describe('What the view draws attention to.'),
  routes: z.array(RouteSchema).default([]).describe('Lines between places, e.g. Cairo to Gaza.'),
  offMap: z
    .array(RefSchema)
    .default([])
    .describe('Place ids outside the frame to point at from its edge, e.g. Washington.'),
});

export type MapView = z.infer<typeof MapViewSchema>;
export type Route = z.infer<typeof RouteSchema>;
