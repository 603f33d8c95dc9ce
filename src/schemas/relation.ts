import { z } from 'zod';
import { IdSchema, RefSchema, TextSchema } from './common';

/** Relation types; each has its own line style and legend entry in the diagram. */
export const relationTypes = [
  'mediates',
  'hosts',
  'no-diplomatic-relations',
  'at-war-with',
  'gave-assurances-to',
  'criticises',
  'spoke-to',
  'reported-on',
] as const;

/** A directed link between two actors (content/relations.yaml). */
export const RelationSchema = z.strictObject({
  id: IdSchema.describe('the stable id that steps use to highlight the relation.'),
  from: RefSchema.describe(
    'the id of the actor the relation starts from (the mediator, the host, the speaker ...).',
  ),
  to: RefSchema.describe('the id of the actor the relation points to.'),
  type: z.enum(relationTypes).describe('the kind of relation, which decides how it is drawn.'),
  label: TextSchema.describe('the relation as a sentence, e.g. "Qatar carries messages to Hamas".'),
  source: RefSchema.describe('the id of the entry in content/sources.yaml that reports it.'),
});

export type Relation = z.infer<typeof RelationSchema>;
