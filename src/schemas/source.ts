import { z } from 'zod';
import { IdSchema, PartialDateSchema, TextSchema } from './common';

/** One piece of reporting or reference that facts in the content rest on (content/sources.yaml). */
export const SourceSchema = z.strictObject({
  id: IdSchema.describe('Stable id that every `source` field elsewhere names.'),
  outlet: TextSchema.describe('Who published it: a news organisation, broadcaster or reference work.'),
  title: TextSchema.describe('What it is: the headline, programme or dataset, in plain words.'),
  date: PartialDateSchema.describe(
    'When it was published or aired (for a reference work, when it was consulted): YYYY-MM-DD, YYYY-MM or YYYY.',
  ),
  url: z
    .url({ protocol: /^https$/ })
    .optional()
    .describe('Optional https address of the original; readers follow it, the page never loads it.'),
  note: TextSchema.optional().describe(
    'Optional line on how the explainer uses it, e.g. "as reported in ...".',
  ),
});

export type Source = z.infer<typeof SourceSchema>;
