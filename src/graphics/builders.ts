// Each graphic's build.ts, found by folder (src/graphics/<id>/build.ts) for every registry entry.
import type { GraphicContent } from './content';
import type { GraphicBuilder } from './graphic';
import { graphics, type GraphicId } from './registry';

const modules = import.meta.glob<{ builder: GraphicBuilder }>('./*/build.ts', { eager: true });

export function builderOf(id: GraphicId): GraphicBuilder {
  const found = modules[`./${id}/build.ts`];
  if (!found)
    throw new Error(`graphic "${id}" is in the registry but src/graphics/${id}/build.ts is missing`);
  return found.builder;
}

/** Every graphic's models, computed once from the content. */
export function buildGraphics(content: GraphicContent): Record<GraphicId, unknown> {
  return Object.fromEntries(graphics.map((g) => [g.id, builderOf(g.id).build(content)])) as Record<
    GraphicId,
    unknown
  >;
}
