import { z } from 'zod';
import { IdSchema, PartialDateSchema, TextSchema } from './common';

/** One piece of reporting or reference that facts in the content rest on (content/sources.yaml). */
export const SourceSchema = z.strictObject({
  id: IdSchema.describe('the stable id that every `source` field elsewhere names.'),
  outlet: TextSchema.describe('who published it: a news organisation, broadcaster or reference work.'),
  title: TextSchema.describe('what it is: the headline, programme or dataset, in plain words.'),
  date: PartialDateSchema.describe(
    "the date it was published or aired (for a reference work, consulted), in quotes: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'.",
  ),
  url: z
    .url({ protocol: /^https$/ })
    .optional()
    .describe('the https address of the original, which readers follow and the page never loads (optional).'),
  note: TextSchema.optional().describe(
    'a line on how the explainer uses it, e.g. "as reported in ..." (optional).',
  ),
});

export type Source = z.infer<typeof SourceSchema>;
