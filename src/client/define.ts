// The pages define their custom elements here, not the modules that declare them. Upgrading an
// element runs its connectedCallback (parsing its models, observing its frame): on the story that is
// four elements, some 10 ms of script on a fast machine and 65 ms at 4× slowdown, which in one task
// blocks the main thread just after the first paint. The story defines them one frame apiece.
import { graphicElements } from '../graphics/elements.client';
import { nextFrame, putInParts } from '../graphics/inParts.client';
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

/** Elements laid out per frame while the live graphics go in: 40 at 4x CPU is some 20–30 ms of layout. */
const partLimit = 40;

/**
 * Puts the story's live graphics in their pane: a file of their own (src/graphics/liveGraphicsFile.ts),
 * one graphic a line, whose address the pane holds. Each graphic is parsed in a task of its own, then
 * taken apart and put in empty; then its parts follow, a frame apiece
 * (src/graphics/inParts.client.ts): put in whole, each graphic's first layout was a task of 60–95 ms
 * at 4x CPU slowdown. Until its last part is in, a graphic is marked data-building, which keeps it
 * unseen: a reader never sees one half drawn. A file that cannot be fetched leaves the pane empty;
 * print then falls back on each step's own figure (src/client/printFigures.ts).
 */
async function loadLiveGraphics(): Promise<void> {
  const pane = document.querySelector<HTMLElement>('[data-live]');
  const html = pane && (await fetched(pane.dataset.live!, (response) => response.text()));
  for (const line of html?.split('\n') ?? []) {
    const template = document.createElement('template');
    template.innerHTML = line;
    const graphic = template.content.firstElementChild;
    if (!graphic) continue;
    graphic.setAttribute('data-building', '');
    // Taking it apart is a task of its own too: with the parse, one was 45–80 ms at 4x.
    await nextFrame();
    await putInParts(graphic, pane!, partLimit);
    graphic.removeAttribute('data-building');
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
