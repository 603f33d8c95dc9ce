// The pages define their custom elements here, not the modules that declare them. Upgrading an
// element runs its connectedCallback (parsing its models, observing its frame): on the story that is
// four elements, some 10 ms of script on a fast machine and 65 ms at 4× slowdown, which in one task
// blocks the main thread just after the first paint. The story defines them one task apiece.
import { graphicElements } from '../graphics/elements.client';

type ElementClass = CustomElementConstructor & { tag: string };

function define(element: ElementClass): void {
  if (!customElements.get(element.tag)) customElements.define(element.tag, element);
}

/** Defines every graphic's element now, in this task: for an embed, whose script drives its chart at once. */
export function defineNow(): void {
  graphicElements.forEach(({ element }) => define(element));
}

/**
 * Defines the graphics' elements, each in a task of its own, the one on show first, then `last`
 * (the story, which drives them from its connectedCallback), so the browser can render and answer
 * input between upgrades.
 */
export async function defineGraphics(last: ElementClass): Promise<void> {
  const first = document.querySelector<HTMLElement>('[data-graphic][data-shown]')?.dataset.graphic;
  const ordered = [...graphicElements].sort((a, b) => Number(b.id === first) - Number(a.id === first));
  for (const element of [...ordered.map((g) => g.element), last]) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    define(element);
  }
}
