// The base of every graphic's custom element: takes the model the build shipped (models.client.ts), knows which
// layout the reader sees, and updates that one now and the hidden ones when the browser is idle.
import type { StepState } from '../lib/story/stepState';
import { modelAt } from './models.client';
import { Scheduler, watchVariant, type variantFor } from './schedule.client';
import { setText } from './writes.client';

export type Variant = ReturnType<typeof variantFor>;

export abstract class GraphicElement<Model = unknown> extends HTMLElement {
  /** Whether this graphic is the one on show (the story sets it; alone in an embed, always). */
  onShow = true;
  protected readonly schedule = new Scheduler();
  protected model: Model | undefined;
  protected variant: () => Variant = () => 'narrow';
  #latest = new WeakMap<Element, symbol>();

  connectedCallback(): void {
    this.model = modelAt(this.dataset.model) as Model | undefined;
    const frame = this.querySelector('[data-role="frame"]');
    if (frame) this.variant = watchVariant(frame, () => this.layoutChanged());
    this.enhance();
  }

  /** Makes the built figure interactive (once, on connection). */
  protected enhance(): void {}

  /** The reader's layout changed (the frame crossed a breakpoint). */
  protected layoutChanged(): void {}

  /** The SVGs of the graphic's layouts. */
  protected layouts(): SVGSVGElement[] {
    return [...this.querySelectorAll<SVGSVGElement>('svg[data-variant]')];
  }

  /** Whether the reader sees this layout now. */
  protected onScreen(svg: SVGSVGElement): boolean {
    return this.onShow && svg.dataset.variant === this.variant();
  }

  /** Runs `apply` now on the layout on screen, at idle time on the others; a later call supersedes. */
  protected eachLayout(apply: (svg: SVGSVGElement, onScreen: boolean) => void): void {
    for (const svg of this.layouts()) {
      const token = Symbol('latest');
      this.#latest.set(svg, token);
      if (this.onScreen(svg)) apply(svg, true);
      else this.schedule.idle(() => this.#latest.get(svg) === token && apply(svg, false));
    }
  }

  /**
   * Writes the caption's description. Only while on show: a hidden graphic's caption would relay
   * out the page at idle time for words nobody sees or hears (it is inert); the step that brings
   * it back on show writes them.
   */
  protected describe(description: string | undefined): void {
    if (this.onShow && description) setText(this.querySelector('[data-role="description"]'), description);
  }

  /** Draws a step's state; `description` is the caption's words for it, where the step has them. */
  abstract show(state: StepState, description?: string): void;

  /**
   * A step's figure for print: a copy of this graphic's figure with the step's state written in
   * at once (no transition) in every layout, as the step's static figure was drawn, without what
   * only the live graphic has (live regions, its interactive parts), its ids under `idPrefix`.
   * Undefined before the element has its model, or for a graphic that cannot draw a state into
   * a copy (no drawState of its own).
   */
  printFigure(state: StepState, description: string | undefined, idPrefix: string): HTMLElement | undefined {
    const live = this.querySelector<HTMLElement>('figure');
    if (!live || !this.model) return undefined;
    const figure = live.cloneNode(true) as HTMLElement;
    figure.querySelectorAll('[aria-live]').forEach((el) => el.removeAttribute('aria-live'));
    figure.querySelectorAll('[inert]').forEach((el) => el.removeAttribute('inert'));
    figure.removeAttribute('tabindex');
    if (!this.drawState(figure, state)) return undefined;
    if (description) setText(figure.querySelector('[data-role="description"]'), description);
    // Every id (and every reference to one) under the step's prefix: unique on the page.
    const renamed = (id: string) => `${idPrefix}-${id}`;
    figure.querySelectorAll('[id]').forEach((el) => (el.id = renamed(el.id)));
    for (const name of ['aria-labelledby', 'aria-describedby'])
      figure.querySelectorAll(`[${name}]`).forEach((el) => {
        el.setAttribute(name, el.getAttribute(name)!.split(/\s+/).map(renamed).join(' '));
      });
    return figure;
  }

  /**
   * Writes a state into `figure`, a copy of this graphic's figure, synchronously and in every
   * layout (marks, the figure's data-*, words that follow the state), and takes out whatever only
   * the live graphic has. The same marks functions as show(), so print and screen draw alike.
   * True once drawn; a graphic without one of its own draws nothing, and print shows the step's
   * own figure (its words, its images) instead.
   */
  protected drawState(_figure: HTMLElement, _state: StepState): boolean {
    return false;
  }

  /**
   * The work that gets a state ready to show, in pieces: the story runs one piece per frame, and
   * show() in the frame after the last. None by default (show() follows at once).
   */
  prepare(_state: StepState): Array<() => void> {
    return [];
  }

  /** Resolves once the state last shown is drawn in every layout. */
  settled(): Promise<void> {
    return this.schedule.settled();
  }
}
