import { z } from 'zod';
import { IdSchema, PartialDateSchema, RefSchema, TextSchema } from './common';

/** Something that happened, or was due to happen, on the timeline (content/events.yaml). */
export const EventSchema = z.strictObject({
  id: IdSchema.describe('the stable id that steps use to highlight the event.'),
  date: PartialDateSchema.describe(
    "the date, in quotes: 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when the report gives no day (drawn as a span).",
  ),
  label: TextSchema.describe('what happened, in a short neutral line.'),
  expected: z
    .boolean()
    .optional()
    .describe('true when, at the time of the report, the event was only announced or expected.'),
  actors: z.array(RefSchema).default([]).describe('the ids of the actors involved, as a list.'),
  places: z.array(RefSchema).default([]).describe('the ids of the places involved, as a list.'),
  source: RefSchema.describe('the id of the entry in content/sources.yaml that reports it.'),
});

export type Event = z.infer<typeof EventSchema>;
