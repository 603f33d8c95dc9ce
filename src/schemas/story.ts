import { z } from 'zod';
import { IdSchema, PartialDateSchema, RefSchema, TextSchema } from './common';

// YAML front matter may arrive as text or, when a parser reads timestamps, as a Date.
const Timestamp = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().replace('.000Z', 'Z') : value),
  z.iso.datetime({ offset: true, message: 'must be an ISO date and time, such as "2026-11-25T09:00:00Z"' }),
);

/** A correction appended to a story. */
export const CorrectionSchema = z.strictObject({
  date: PartialDateSchema.describe('When the correction was made: YYYY-MM-DD.'),
  text: TextSchema.describe('What was wrong and what is right now, in one or two sentences.'),
});

/** Front matter of a story in content/stories/*.mdx. */
export const StoryFrontmatterSchema = z.strictObject({
  slug: IdSchema.optional().describe(
    "The story's address, /<slug>/: lowercase words joined by hyphens. Defaults to the file name without .mdx.",
  ),
  title: TextSchema.describe('Headline.'),
  dek: TextSchema.describe('Subtitle under the headline: the story in one sentence.'),
  byline: TextSchema.describe('Who wrote it, as printed: "By ...".'),
  dateline: TextSchema.describe('Where the story is about, printed before the first paragraph.'),
  published: Timestamp.describe('First publication, ISO date and time with offset.'),
  updated: Timestamp.optional().describe('Last substantive update, ISO date and time with offset.'),
  corrections: z.array(CorrectionSchema).default([]).describe('Corrections, oldest first.'),
  sources: z
    .array(RefSchema)
    .min(1)
    .describe('Ids of the sources the story cites, in the order they are listed.'),
});

export type StoryFrontmatter = z.infer<typeof StoryFrontmatterSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
