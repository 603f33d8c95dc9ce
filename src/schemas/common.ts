import { z } from 'zod';
import { parsePartialDate } from './partialDate';

/** Content ids: lowercase words joined by hyphens; they are the keys everywhere and never change once published. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'is not an id: ids are lowercase letters, digits and single hyphens, such as "gaza-city"',
});

/** A reference to another entry, checked across files after each file has parsed. */
export const RefSchema = IdSchema;

/** Plain one-line text an editor writes; must not be empty. */
export const TextSchema = z.string().trim().min(1, { message: 'must not be empty' });

/**
 * An ISO date known to the day, month or year: 2024-04-27, 2024-04 or 2024. Unquoted, a full date is
 * read as a date by YAML 1.1 readers (Astro's front matter) and as text by YAML 1.2 ones (ours):
 * both mean the same day, so both are accepted.
 */
export const PartialDateSchema = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z.string().refine((text) => parsePartialDate(text) !== undefined, {
    message: 'is not a calendar date',
  }),
);
