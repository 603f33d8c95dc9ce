import { z } from 'zod';
import { IdSchema, RefSchema, TextSchema } from './common';

/** Kinds of actor; states and groups are the diagram's main nodes, people and outlets attach to them. */
export const actorKinds = ['state', 'armed group', 'person', 'outlet'] as const;

/** Someone in the story (content/actors.yaml). */
export const ActorSchema = z.strictObject({
  id: IdSchema.describe('the stable id that relations, events and steps use.'),
  name: TextSchema.describe('the name as readers should see it, e.g. "Majed al-Ansari".'),
  kind: z.enum(actorKinds).describe('the sort of actor it is: state, armed group, person or outlet.'),
  represents: RefSchema.optional().describe(
    'the id of the actor a person speaks for, or of the state an outlet is based in.',
  ),
  role: TextSchema.optional().describe('a person\'s title, e.g. "Foreign Ministry spokesman".'),
  description: TextSchema.describe('one neutral sentence saying who they are.'),
  source: RefSchema.describe('the id of the entry in content/sources.yaml that describes them.'),
});

export type Actor = z.infer<typeof ActorSchema>;
