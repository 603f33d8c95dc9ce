import { z } from 'zod';
import { IdSchema, RefSchema, TextSchema } from './common';

/** Kinds of actor; states and groups are the diagram's main nodes, people and outlets attach to them. */
export const actorKinds = ['state', 'armed group', 'person', 'outlet'] as const;

/** Someone in the story (content/actors.yaml). */
export const ActorSchema = z.strictObject({
  id: IdSchema.describe('Stable id used by relations, events and steps.'),
  name: TextSchema.describe('Name as readers should see it, e.g. "Majed al-Ansari".'),
  kind: z.enum(actorKinds).describe('What sort of actor: state, armed group, person or outlet.'),
  represents: RefSchema.optional().describe(
    'For a person, the actor they speak for; for an outlet, the state it is based in. An actor id.',
  ),
  role: TextSchema.optional().describe('For a person, their title, e.g. "Foreign Ministry spokesman".'),
  description: TextSchema.describe('One neutral sentence saying who they are.'),
  source: RefSchema.describe('Id of the entry in content/sources.yaml that describes them.'),
});

export type Actor = z.infer<typeof ActorSchema>;
