// <actor-diagram>: highlights what the current step talks about, and lets readers explore the
// built SVG: hover, tap or focus a node for its details; Tab in, arrow keys (Home, End) between
// nodes, Escape out.
import type { StepState } from '../../lib/story/stepState';
import { applyMarks } from '../applyMarks.client';
import { GraphicElement } from '../graphicElement.client';
import { diagramMarks, type DiagramKeys } from './marks';

/** What the build ships for the browser: the marks' keys and each layout's node centres. */
export interface DiagramClientModel extends DiagramKeys {
  /** Per layout variant, each node's centre (viewBox pixels), in the order of `nodes`. */
  centres: Record<string, Array<[number, number]>>;
}

const arrows: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** The nearest node in a direction: distance along it, penalising how far off-axis it lies. */
export function nextInDirection(
  from: [number, number],
  candidates: Array<[number, number]>,
  [dx, dy]: [number, number],
): number {
  let best = -1;
  let bestScore = Infinity;
  candidates.forEach(([x, y], i) => {
    const along = (x - from[0]) * dx + (y - from[1]) * dy;
    const across = Math.abs((x - from[0]) * dy - (y - from[1]) * dx);
    if (along <= 1) return;
    const score = along + across * 2;
    if (score < bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

export class ActorDiagramElement extends GraphicElement<DiagramClientModel> {
  static readonly tag = 'actor-diagram';
  #selected: string | undefined;
  #enhanced = false;
  /** The details panel's first words (how to use the diagram), put back when details are closed. */
  #hint: Node[] = [];

  // A diagram not on show (inert) is made interactive when the browser is idle, not while the
  // page loads; at the latest, when a step shows it.
  protected enhance(): void {
    if (this.inert) this.schedule.idle(() => this.#enhance());
    else this.#enhance();
  }

  /** Makes the built SVG a keyboard- and pointer-driven diagram (once). */
  #enhance(): void {
    if (this.#enhanced) return;
    this.#enhanced = true;
    const body = this.querySelector('[data-role="details-body"]');
    this.#hint = [...(body?.childNodes ?? [])].map((n) => n.cloneNode(true));
    this.querySelector('[data-role="close"]')?.addEventListener('click', () => this.#leave());
    const names = new Map(
      [...this.querySelectorAll<HTMLTemplateElement>('template[data-details]')].map((t) => [
        t.dataset.details!,
        t.content.querySelector('strong')?.textContent ?? '',
      ]),
    );
    this.querySelectorAll<SVGSVGElement>('svg.diagram-svg').forEach((svg) => {
      svg.setAttribute('role', 'group');
      // The nodes are the tab stop; the SVG itself must not be one.
      svg.setAttribute('tabindex', '-1');
      svg.setAttribute('aria-roledescription', 'diagram');
      svg.querySelectorAll<SVGGElement>('.diagram-node').forEach((node, i) => {
        const key = node.dataset.key!;
        node.setAttribute('tabindex', i === 0 ? '0' : '-1');
        node.setAttribute('role', 'button');
        node.setAttribute('aria-pressed', 'false');
        node.setAttribute('aria-label', `${names.get(key) ?? key}, ${node.dataset.kind}`);
      });
      // A tap on an actor pins its details; on the same actor again, or on the diagram around the
      // actors, it closes them (on a phone they float over the diagram).
      svg.addEventListener('click', (e) => {
        const node = (e.target as Element).closest<SVGGElement>('.diagram-node');
        const key = node?.dataset.key;
        this.select(key && this.#selected !== key ? key : undefined, node ?? undefined);
      });
      svg.addEventListener('pointerover', (e) => this.#onNode(e, (key, node) => this.#show(key, node)));
      svg.addEventListener('focusin', (e) => this.#onNode(e, (key, node) => this.#show(key, node)));
      svg.addEventListener('keydown', (e) => this.#onKey(e, svg));
    });
  }

  #onNode(event: Event, act: (key: string, node: SVGGElement) => void): void {
    const node = (event.target as Element).closest<SVGGElement>('.diagram-node');
    if (node?.dataset.key) act(node.dataset.key, node);
  }

  #onKey(event: KeyboardEvent, svg: SVGSVGElement): void {
    const node = (event.target as Element).closest<SVGGElement>('.diagram-node');
    if (!node) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#leave();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(node.dataset.key, node);
      return;
    }
    const nodes = [...svg.querySelectorAll<SVGGElement>('.diagram-node')];
    // Home and End: the first and last actors, as in any composite widget; the page does not scroll.
    const ends: Record<string, number> = { Home: 0, End: nodes.length - 1 };
    const direction = arrows[event.key];
    if (!direction && !(event.key in ends)) return;
    event.preventDefault();
    const centres = this.model?.centres[svg.dataset.variant ?? ''] ?? [];
    const at = (n: SVGGElement) => centres[this.model!.nodes.indexOf(n.dataset.key!)] ?? [0, 0];
    const next = direction ? nextInDirection(at(node), nodes.map(at), direction) : ends[event.key]!;
    if (next < 0 || nodes[next] === node) return;
    node.setAttribute('tabindex', '-1');
    nodes[next]!.setAttribute('tabindex', '0');
    nodes[next]!.focus({ preventScroll: true });
  }

  /** Pins an actor's details, or closes them; `node` is the mark chosen, where there is one. */
  select(key: string | undefined, node?: SVGGElement): void {
    this.#selected = key;
    this.querySelectorAll<SVGGElement>('.diagram-node').forEach((n) =>
      n.setAttribute('aria-pressed', n.dataset.key === key ? 'true' : 'false'),
    );
    if (key) this.#show(key, node);
    else this.#close();
  }

  /** Escape, or the details' close button: focus goes to the diagram's frame, the details close. */
  #leave(): void {
    const figure = this.querySelector<HTMLElement>('figure')!;
    figure.tabIndex = -1;
    figure.focus();
    this.select(undefined);
  }

  #close(): void {
    const panel = this.querySelector('[data-role="details"]');
    if (!panel?.hasAttribute('data-key')) return;
    panel.removeAttribute('data-key');
    panel.removeAttribute('data-at');
    panel
      .querySelector('[data-role="details-body"]')
      ?.replaceChildren(...this.#hint.map((n) => n.cloneNode(true)));
  }

  #show(key: string, node?: SVGGElement): void {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-details="${CSS.escape(key)}"]`);
    const panel = this.querySelector('[data-role="details"]');
    if (template && panel && panel.getAttribute('data-key') !== key) {
      panel.setAttribute('data-key', key);
      panel.querySelector('[data-role="details-body"]')?.replaceChildren(template.content.cloneNode(true));
    }
    // Where the details float over the diagram (the story on a phone), they take the half away
    // from the actor, so they never hide the mark being read about or holding keyboard focus.
    const figure = node?.closest('figure');
    if (node && panel && figure) {
      const mark = node.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      const side = mark.top + mark.height / 2 > frame.top + frame.height / 2 ? 'top' : 'bottom';
      if (panel.getAttribute('data-at') !== side) panel.setAttribute('data-at', side);
    }
  }

  /** Highlights what a step names; unknown ids simply match nothing. */
  show(state: StepState, description?: string): void {
    this.#enhance();
    const marks = diagramMarks(this.model ?? { nodes: [], edges: [], ties: [] }, state);
    this.eachLayout((svg) => applyMarks(svg, marks));
    const figure = this.querySelector<HTMLElement>('figure')!;
    figure.dataset.actors = state.actors.join(' ');
    figure.dataset.relations = state.relations.join(' ');
    this.describe(description);
  }
}
