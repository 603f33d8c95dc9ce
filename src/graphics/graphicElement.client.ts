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

  /** Gets ready to show a state in the next frame; true when that took work worth a frame of its own. */
  prepare(_state: StepState): boolean {
    return false;
  }

  /** Resolves once the state last shown is drawn in every layout. */
  settled(): Promise<void> {
    return this.schedule.settled();
  }
}
