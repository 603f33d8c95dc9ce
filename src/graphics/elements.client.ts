// Each graphic's custom element, found by folder (src/graphics/<id>/element.ts) for every registry entry.
import { graphicIds, type GraphicId } from './registry';

type ElementClass = CustomElementConstructor & { tag: string };
// Each element.ts's default export: its custom element class (with its static `tag`).
const modules = import.meta.glob<ElementClass>('./*/element.ts', { eager: true, import: 'default' });

/** The custom element class a graphic's element.ts exports as its default. */
function elementOf(id: GraphicId): ElementClass {
  const found = modules[`./${id}/element.ts`];
  if (typeof found !== 'function' || !('tag' in found))
    throw new Error(`src/graphics/${id}/element.ts: no default export`);
  return found;
}

/** Every graphic's element, in registry order. */
export const graphicElements: ReadonlyArray<{ id: GraphicId; element: ElementClass }> = graphicIds.map(
  (id) => ({
    id,
    element: elementOf(id),
  }),
);
