import { z } from 'zod';
import { IdSchema, PartialDateSchema, RefSchema, TextSchema } from './common';

/** Something that happened, or was due to happen, on the timeline (content/events.yaml). */
export const EventSchema = z.strictObject({
  id: IdSchema.describe('Stable id that steps use to highlight the event.'),
  date: PartialDateSchema.describe(
    'When: YYYY-MM-DD, or YYYY-MM / YYYY when the report gives no day (drawn as a span).',
  ),
  label: TextSchema.describe('What happened, in a short neutral line.'),
  expected: z
    .boolean()
    .optional()
    .describe('true when, at the time of the report, the event was only announced or expected.'),
  actors: z.array(RefSchema).default([]).describe('Ids of the actors involved.'),
  places: z.array(RefSchema).default([]).describe('Ids of the places involved.'),
  source: RefSchema.describe('Id of the entry in content/sources.yaml that reports it.'),
});

export type Event = z.infer<typeof EventSchema>;
