// <scroll-story>: decides which step is being read and tells the graphics. The active step is the
// last one whose top has passed the reading line (mid-screen); IntersectionObserver only says when
// to look again, so fast scrolls, reloads mid-page and #step deep links all land on the right step.
import './actorDiagram';
import './eventTimeline';
import './locatorMap';
import type { ActorDiagramElement } from './actorDiagram';
import type { EventTimelineElement } from './eventTimeline';
import type { LocatorMapElement } from './locatorMap';

const ids = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

export class ScrollStoryElement extends HTMLElement {
  #steps: HTMLElement[] = [];
  #active: HTMLElement | undefined;
  #observer: IntersectionObserver | undefined;
  #frame = 0;

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    if (this.#steps.length === 0) return;
    this.#observer = new IntersectionObserver(() => this.#schedule(), { rootMargin: '-50% 0px -50% 0px' });
    this.#steps.forEach((step) => this.#observer!.observe(step));
    addEventListener('resize', this.#schedule);
    addEventListener('hashchange', this.#schedule);
    this.#update();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    removeEventListener('resize', this.#schedule);
    removeEventListener('hashchange', this.#schedule);
  }

  /** The step being read: the last whose top is above the middle of the viewport (else the first). */
  activeStep(): HTMLElement {
    const line = innerHeight / 2;
    return this.#steps.findLast((step) => step.getBoundingClientRect().top <= line) ?? this.#steps[0]!;
  }

  #schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#update());
  };

  #update(): void {
    const step = this.activeStep();
    if (step === this.#active) return;
    this.#active?.removeAttribute('aria-current');
    step.setAttribute('aria-current', 'step');
    this.#active = step;
    const state = step.dataset;
    this.dataset.activeStep = state.step;
    const graphics = this.querySelector<HTMLElement>('.sticky-graphics');
    if (graphics && state.graphic) graphics.dataset.graphic = state.graphic;
    if (state.map) this.querySelector<LocatorMapElement>('locator-map')?.show(state.map);
    this.querySelector<ActorDiagramElement>('actor-diagram')?.setFocus(
      { actors: ids(state.actors), relations: ids(state.relations) },
      state.diagramDescription,
    );
    this.querySelector<EventTimelineElement>('event-timeline')?.setEvent(
      state.event || undefined,
      state.timelineDescription,
    );
  }
}

customElements.define('scroll-story', ScrollStoryElement);
