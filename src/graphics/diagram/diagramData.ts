import type { Actor } from '../../schemas/actor';
import type { Relation } from '../../schemas/relation';
import { diagramModel, diagramSizeFor, type DiagramModel } from './diagramModel';

/** The two layouts the page ships; CSS shows the one that fits the figure's width. */
export const diagramVariants = { narrow: diagramSizeFor(320), wide: diagramSizeFor(640) } as const;
export type DiagramVariant = keyof typeof diagramVariants;

export function diagramBuild(
  actors: readonly Actor[],
  relations: readonly Relation[],
): Record<DiagramVariant, DiagramModel> {
  return {
    narrow: diagramModel(actors, relations, diagramVariants.narrow),
    wide: diagramModel(actors, relations, diagramVariants.wide),
  };
}
