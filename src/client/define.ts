// The pages define their custom elements here, not the modules that declare them. Upgrading an
// element runs its connectedCallback (parsing its models, observing its frame): on the story that is
// four elements, some 10 ms of script on a fast machine and 65 ms at 4× slowdown, which in one task
// blocks the main thread just after the first paint. The story defines them one task apiece.
import { graphicElements } from '../graphics/elements.client';
import { loadModels } from '../graphics/models.client';

type ElementClass = CustomElementConstructor & { tag: string };

function define(element: ElementClass): void {
  if (!customElements.get(element.tag)) customElements.define(element.tag, element);
}

/** Defines every graphic's element as soon as its model is in: for an embed, whose script then drives its chart. */
export async function defineNow(): Promise<void> {
  await loadModels();
  graphicElements.forEach(({ element }) => define(element));
}

/**
 * Puts the story's live graphics in their pane: a file of their own (src/graphics/liveGraphicsFile.ts),
 * whose address the pane holds. A file that cannot be fetched leaves the pane empty; print then
 * falls back on each step's own figure (src/client/printFigures.ts).
 */
async function loadLiveGraphics(): Promise<void> {
  const pane = document.querySelector<HTMLElement>('[data-live]');
  const url = pane?.dataset.live;
  if (!pane || !url) return;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    pane.innerHTML = await response.text();
  } catch (error) {
    console.error(url, error);
  }
}

/**
 * Defines the graphics' elements once the story's live graphics and their models are in, each in a task of its own, the one on show first, then `last`
 * (the story, which drives them from its connectedCallback), so the browser can render and answer
 * input between upgrades.
 */
export async function defineGraphics(last: ElementClass): Promise<void> {
  await loadLiveGraphics();
  await loadModels();
  const first = document.querySelector<HTMLElement>('[data-graphic][data-shown]')?.dataset.graphic;
  const ordered = [...graphicElements].sort((a, b) => Number(b.id === first) - Number(a.id === first));
  for (const element of [...ordered.map((g) => g.element), last]) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    define(element);
  }
}
