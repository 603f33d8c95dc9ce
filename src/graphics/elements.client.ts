// Each graphic's custom element, found by folder (src/graphics/<id>/element.ts) for every registry entry.
import { graphics, type GraphicId } from './registry';

type ElementClass = CustomElementConstructor & { tag: string };
const modules = import.meta.glob<Record<string, unknown>>('./*/element.ts', { eager: true });

/** The custom element class a graphic's element.ts exports (the one with a static `tag`). */
function elementOf(id: GraphicId): ElementClass {
  const exported = Object.values(modules[`./${id}/element.ts`] ?? {});
  const found = exported.find((e): e is ElementClass => typeof e === 'function' && 'tag' in e);
  if (!found) throw new Error(`src/graphics/${id}/element.ts exports no custom element`);
  return found;
}

/** Every graphic's element, in registry order. */
export const graphicElements: ReadonlyArray<{ id: GraphicId; element: ElementClass }> = graphics.map((g) => ({
  id: g.id,
  element: elementOf(g.id),
}));
