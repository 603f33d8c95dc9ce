// <actor-diagram>: highlights what the current step talks about, and lets readers explore the
// built SVG: hover, tap or focus a node for its details; Tab in, arrow keys (Home, End) between
// nodes in reading order, Escape out.
import type { StepState } from '../../lib/story/stepState';
import { applyMarks } from '../applyMarks.client';
import { GraphicElement } from '../graphicElement.client';
import { diagramMarks, type DiagramKeys } from './marks';
import { keyTarget } from './readingOrder';

/** What the build ships for the browser: the marks' keys and each layout's keyboard order. */
export interface DiagramClientModel extends DiagramKeys {
  /** Per layout variant, the node keys in reading order (rows top to bottom, each left to right). */
  order: Record<string, string[]>;
}

export default class ActorDiagramElement extends GraphicElement<DiagramClientModel> {
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
      // The one tab stop starts at the page's first actor (whose details the layout of the story's
      // pane is made for); from there the arrows, Home and End go by reading order.
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
    const nodes = this.#order(svg);
    const target = keyTarget(event.key, nodes.indexOf(node), nodes.length);
    if (target === undefined) return;
    // Arrows, Home and End stay in the diagram: the page does not scroll, even at either end.
    event.preventDefault();
    const next = nodes[target];
    if (!next || next === node) return;
    node.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus({ preventScroll: true });
  }

  /** A layout's nodes in its reading order (the build's); any the order misses follow in page order. */
  #order(svg: SVGSVGElement): SVGGElement[] {
    const page = [...svg.querySelectorAll<SVGGElement>('.diagram-node')];
    const keys = this.model?.order[svg.dataset.variant ?? ''] ?? [];
    const rank = (n: SVGGElement) => {
      const i = keys.indexOf(n.dataset.key!);
      return i < 0 ? keys.length + page.indexOf(n) : i;
    };
    return [...page].sort((a, b) => rank(a) - rank(b));
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
    this.#focus(this.querySelector<HTMLElement>('figure')!, state);
    this.describe(description);
  }

  #focus(figure: HTMLElement, state: StepState): void {
    figure.dataset.actors = state.actors.join(' ');
    figure.dataset.relations = state.relations.join(' ');
  }

  /** The step's diagram on paper: its marks, and the SVG as #enhance() found it (an image, no buttons). */
  protected drawState(figure: HTMLElement, state: StepState): boolean {
    figure.querySelectorAll('[data-role="details"], template[data-details]').forEach((el) => el.remove());
    figure.querySelectorAll('svg.diagram-svg').forEach((svg) => {
      svg.setAttribute('role', 'img');
      svg.removeAttribute('tabindex');
      svg.removeAttribute('aria-roledescription');
      for (const node of svg.querySelectorAll('.diagram-node'))
        for (const name of ['tabindex', 'role', 'aria-pressed', 'aria-label']) node.removeAttribute(name);
    });
    const marks = diagramMarks(this.model ?? { nodes: [], edges: [], ties: [] }, state);
    figure.querySelectorAll('svg[data-variant]').forEach((svg) => applyMarks(svg, marks));
    this.#focus(figure, state);
    return true;
  }
}
