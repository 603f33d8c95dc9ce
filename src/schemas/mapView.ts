import { z } from 'zod';
import { areaIds } from './areas';
import { IdSchema, RefSchema, TextSchema } from './common';

const AreaRefSchema = z.enum(areaIds);

/** A line drawn between two places, e.g. a mediation route. */
export const RouteSchema = z.strictObject({
  from: RefSchema.describe('the id of the place the route starts at.'),
  to: RefSchema.describe('the id of the place the route ends at.'),
});

/** A place's figure drawn in the view's chart of squares, e.g. Gaza's population. */
export const MapFigureSchema = z.strictObject({
  place: RefSchema.describe('the id of the place (content/places.yaml) whose figure is drawn.'),
  figure: z
    .string()
    .min(1)
    .describe('the name of the figure on that place, e.g. "population" (one of its `figures`).'),
  label: TextSchema.describe('the words after the number in the chart, e.g. "people in Gaza".'),
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
  figures: z
    .array(MapFigureSchema)
    .default([])
    .describe(
      "places' figures drawn as a chart of squares (each 100,000 people) in an empty corner of the map: the first is the whole, each next one a part of it, in the accent colour (optional).",
    ),
});

export type MapView = z.infer<typeof MapViewSchema>;
export type MapFigure = z.infer<typeof MapFigureSchema>;
export type Route = z.infer<typeof RouteSchema>;
