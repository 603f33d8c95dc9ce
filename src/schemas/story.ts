import { z } from 'zod';
import { graphicIds, type GraphicId } from '../graphics/registry';
import { IdSchema, PartialDateSchema, RefSchema, TextSchema } from './common';

// YAML front matter may arrive as text or, when a parser reads timestamps, as a Date.
const Timestamp = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().replace('.000Z', 'Z') : value),
  z.iso.datetime({ offset: true, message: 'is not an ISO date and time' }),
);

/** A correction appended to a story. */
export const CorrectionSchema = z.strictObject({
  date: PartialDateSchema.describe("the date the correction was made, in quotes: 'YYYY-MM-DD'."),
  text: TextSchema.describe('what was wrong and what is right now, in one or two sentences.'),
});

/** What a story says about one of its charts: every field optional, each defaulting to the story's own. */
export const ChartTextSchema = z.strictObject({
  title: TextSchema.optional().describe(
    'the chart\'s title, as the embed, its code, oEmbed, the downloads and the share card show it, e.g. "Map: the mediators\' capitals".',
  ),
  description: TextSchema.optional().describe('what the chart shows, in one sentence.'),
  alt: TextSchema.optional().describe(
    'the text that stands in for the chart as an image (downloads, share cards), for readers who cannot see it.',
  ),
});

/** One optional entry per graphic of the registry, by its id; any other key is an error. */
const chartsShape = Object.fromEntries(graphicIds.map((id) => [id, ChartTextSchema.optional()])) as Record<
  GraphicId,
  z.ZodOptional<typeof ChartTextSchema>
>;

/** Front matter of a story in content/stories/*.mdx. */
export const StoryFrontmatterSchema = z.strictObject({
  slug: IdSchema.optional().describe(
    "the story's address, /<slug>/, in lowercase words joined by hyphens (optional: the file name without .mdx by default).",
  ),
  title: TextSchema.describe('the headline.'),
  dek: TextSchema.describe('the subtitle under the headline: the story in one sentence.'),
  byline: TextSchema.describe('who wrote it, as printed: "By ...".'),
  dateline: TextSchema.describe('where the story is about, printed before the first paragraph.'),
  published: Timestamp.describe(
    "the time of first publication, in quotes: an ISO date and time with offset, such as '2026-11-25T09:00:00Z'.",
  ),
  updated: Timestamp.optional().describe(
    "the time of the last substantive update, in quotes: an ISO date and time with offset, such as '2026-11-27T10:00:00Z'.",
  ),
  corrections: z
    .array(CorrectionSchema)
    .default([])
    .describe('the corrections, oldest first, each with a date and a text.'),
  charts: z
    .strictObject(chartsShape)
    .optional()
    .describe(
      `the title, description and alt text of the story's charts, by chart (${graphicIds.join(', ')}), each optional.`,
    ),
  sources: z
    .array(RefSchema)
    .min(1)
    .describe('the ids of the sources the story cites, as a list, in the order they are listed.'),
});

export type StoryFrontmatter = z.infer<typeof StoryFrontmatterSchema>;
export type ChartText = z.infer<typeof ChartTextSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
