// Print with scripts on: each step gets its figure, built from the live graphic the step shows (a
// copy of its figure with the step's state written in: GraphicElement.printFigure), so paper shows
// the very picture the reader scrolled through. Built once, before the first print, and kept. (The
// step's own figure for readers without scripts sits in <noscript>, which a browser running
// scripts keeps as text: its images are never loaded.)
import type { GraphicElement } from '../graphics/graphicElement.client';
import { readSteps } from './stepData';

/**
 * The step's own figure (its words, its drawing as images), for a graphic that cannot copy its
 * live one into a state: parsed inert from the holder's text, its images loaded at once.
 */
function ownFigure(holder: Element): HTMLElement | undefined {
  const template = document.createElement('template');
  template.innerHTML = holder.textContent ?? '';
  template.content.querySelectorAll('img').forEach((img) => (img.loading = 'eager'));
  return template.content.querySelector<HTMLElement>('figure') ?? undefined;
}

/**
 * Puts every step's print figure in its `.step-figure`, in place of the <noscript> holder. Its
 * collapsed lists (a map's places) are opened: paper cannot be clicked. print.css opens them too,
 * for printing without scripts. A step whose graphic is not ready (its element not yet defined)
 * gets its own figure instead.
 */
export function buildStepFigures(root: Document = document): void {
  const holders = root.querySelectorAll('.step[data-step] noscript[data-step-figure]');
  if (holders.length === 0) return;
  const steps = new Map(readSteps(root).map((s) => [s.state.id, s]));
  for (const holder of holders) {
    const id = holder.closest<HTMLElement>('.step')!.dataset.step!;
    const step = steps.get(id);
    if (!step) continue;
    const { graphic } = step.state;
    const live = root.querySelector(
      `.sticky-graphics > [data-graphic="${CSS.escape(graphic)}"]`,
    ) as GraphicElement | null;
    const figure =
      live?.printFigure?.(step.state, step.descriptions[graphic], `step-${id}-${graphic}`) ??
      ownFigure(holder);
    if (!figure) continue;
    figure.querySelectorAll('details').forEach((details) => (details.open = true));
    holder.replaceWith(figure);
  }
}

// beforeprint fires before the print layout in current browsers; the media query change covers
// those that print without it.
addEventListener('beforeprint', () => buildStepFigures());
matchMedia('print').addEventListener('change', (event) => {
  if (event.matches) buildStepFigures();
});
