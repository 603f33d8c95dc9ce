// The pages define their custom elements here, not the modules that declare them. Upgrading an
// element runs its connectedCallback (parsing its models, observing its frame): on the story that is
// four elements, some 10 ms of script on a fast machine and 65 ms at 4× slowdown, which in one task
// blocks the main thread just after the first paint. The story defines them one frame apiece.
import { graphicElements } from '../graphics/elements.client';
import { fetched, loadModels } from '../graphics/models.client';

type ElementClass = CustomElementConstructor & { tag: string };

function define(element: ElementClass): void {
  if (!customElements.get(element.tag)) customElements.define(element.tag, element);
}

/** Defines every graphic's element as soon as its model is in: for an embed, whose script then drives its chart. */
export async function defineNow(): Promise<void> {
  await loadModels();
  graphicElements.forEach(({ element }) => define(element));
}

/** A task after the browser's next frame: what came before it is on screen, and input was answered. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Puts the story's live graphics in their pane: a file of their own (src/graphics/liveGraphicsFile.ts),
 * one graphic a line, whose address the pane holds. Each graphic is parsed, inserted and laid out in
 * a frame of its own: all three at once made one task of 50–85 ms. A file that cannot be fetched
 * leaves the pane empty; print then falls back on each step's own figure (src/client/printFigures.ts).
 */
async function loadLiveGraphics(): Promise<void> {
  const pane = document.querySelector<HTMLElement>('[data-live]');
  const html = pane && (await fetched(pane.dataset.live!, (response) => response.text()));
  for (const graphic of html?.split('\n') ?? []) {
    pane!.insertAdjacentHTML('beforeend', graphic);
    await nextFrame();
  }
}

/**
 * Defines the graphics' elements once the story's live graphics and their models are in, each in a
 * frame of its own, the one on show first, then `last` (the story, which drives them from its
 * connectedCallback), so the browser can render and answer input between upgrades.
 */
export async function defineGraphics(last: ElementClass): Promise<void> {
  await loadLiveGraphics();
  await loadModels();
  const first = document.querySelector<HTMLElement>('[data-graphic][data-shown]')?.dataset.graphic;
  const ordered = [...graphicElements].sort((a, b) => Number(b.id === first) - Number(a.id === first));
  for (const element of [...ordered.map((g) => g.element), last]) {
    await nextFrame();
    define(element);
  }
}
