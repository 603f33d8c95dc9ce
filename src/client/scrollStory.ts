// <scroll-story>: decides which step is being read and tells the graphics. The active step is the
// last one whose top has passed the reading line (mid-screen). While scrolling, IntersectionObserver
// names the step on the line, measured after layout, so a scroll never forces the browser to lay
// the page out again; when no step is on the line (above the first, in a gap, after a jump, a
// reload mid-page or a #step deep link) the steps' boxes are read in the next frame instead.
import type { ActorDiagramElement } from '../graphics/diagram/element';
import { defineInTurn, graphics } from './define';
import type { EventTimelineElement } from '../graphics/timeline/element';
import type { LocatorMapElement } from '../graphics/map/element';
import { reducedMotion, whenIdle } from '../graphics/schedule.client';

const ids = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * Runs `work` in the frame after the one that shows what the current task changed. A step is
 * reached in a task of its own (IntersectionObserver's callback, a click): one
 * requestAnimationFrame from there lands in the very frame that renders the step, and the two
 * pieces of work would share it (a traced switch drew the diagram and restyled 140 of its marks
 * in one 53 ms frame at 4× slowdown). Called from a frame, it simply waits one frame more.
 */
function frameAfterNext(work: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(work));
}

export class ScrollStoryElement extends HTMLElement {
  #steps: HTMLElement[] = [];
  #active: HTMLElement | undefined;
  #observer: IntersectionObserver | undefined;
  #frame = 0;

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    if (this.#steps.length === 0) return;
    this.#observer = new IntersectionObserver((entries) => this.#onCross(entries), {
      rootMargin: '-50% 0px -50% 0px',
    });
    this.#steps.forEach((step) => this.#observer!.observe(step));
    addEventListener('resize', this.#schedule);
    addEventListener('hashchange', this.#schedule);
    this.querySelector('.step-nav')?.addEventListener('click', (event) => {
      const go = (event.target as Element).closest<HTMLElement>('[data-go]')?.dataset.go;
      if (go) this.goTo(this.#steps.indexOf(this.#active ?? this.#steps[0]!) + Number(go));
    });
    this.#update();
  }

  /** Brings a step to the reading line and moves focus to it, so the keyboard and screen readers follow. */
  goTo(index: number): void {
    const step = this.#steps[Math.max(0, Math.min(this.#steps.length - 1, index))]!;
    scrollTo({
      top: step.getBoundingClientRect().top + scrollY - innerHeight * 0.4,
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
    step.tabIndex = -1;
    step.focus({ preventScroll: true });
    history.replaceState(null, '', `#${step.id}`);
    // An instant jump may cross no observed edge the observer reports in time: look again ourselves.
    this.#schedule();
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

  /** Steps crossing the reading line: the last one on it is read now; with none on it, look in a frame. */
  #onCross(entries: IntersectionObserverEntry[]): void {
    const onLine = entries
      .filter((entry) => entry.isIntersecting)
      .map((entry) => this.#steps.indexOf(entry.target as HTMLElement));
    if (onLine.length === 0) return this.#schedule();
    cancelAnimationFrame(this.#frame);
    this.#activate(this.#steps[Math.max(...onLine)]!);
  }

  #schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#update());
  };

  #update(): void {
    this.#activate(this.activeStep());
  }

  #activate(step: HTMLElement): void {
    if (step === this.#active) return;
    this.#active?.removeAttribute('aria-current');
    step.setAttribute('aria-current', 'step');
    this.#active = step;
    const state = step.dataset;
    this.dataset.activeStep = state.step;
    performance.mark(`step:${state.step}`);
    const index = this.#steps.indexOf(step);
    const counter = this.querySelector('[data-role="step-index"]');
    if (counter) counter.textContent = String(index + 1);
    this.querySelector<HTMLButtonElement>('[data-go="-1"]')?.toggleAttribute('disabled', index === 0);
    this.querySelector<HTMLButtonElement>('[data-go="1"]')?.toggleAttribute(
      'disabled',
      index === this.#steps.length - 1,
    );
    // Each graphic is told whether it is on show, so it updates what is seen now and leaves the rest to idle time.
    const map = this.querySelector<LocatorMapElement>('locator-map');
    const diagram = this.querySelector<ActorDiagramElement>('actor-diagram');
    const timeline = this.querySelector<EventTimelineElement>('event-timeline');
    if (map) map.onShow = state.graphic === 'map';
    if (diagram) diagram.onShow = state.graphic === 'diagram';
    if (timeline) timeline.onShow = state.graphic === 'timeline';
    // The graphic on show moves in a later frame; the two hidden ones follow when the browser is idle.
    const updates = {
      map: () => state.map && map?.show(state.map),
      diagram: () =>
        diagram?.setFocus(
          { actors: ids(state.actors), relations: ids(state.relations) },
          state.diagramDescription,
        ),
      timeline: () => timeline?.setEvent(state.event || undefined, state.timelineDescription),
    };
    const elements = { map, diagram, timeline };
    const apply = () => {
      if (this.#active !== step) return;
      const shown = (state.graphic ?? 'map') as keyof typeof updates;
      updates[shown]?.();
      // Only the graphic on show takes focus, pointer and screen readers. Making one inert restyles
      // every mark inside it (some 150), so the ones going off show wait for idle time, which comes
      // within a frame or two of the reader stopping, one graphic per idle period: never in a frame
      // that scrolling needs, and never two graphics' worth in one task. They are made inert before
      // they take the step's state, so that state is set at once, with no fade nobody sees.
      for (const [name, element] of Object.entries(elements))
        whenIdle(() => {
          if (this.#active === step && element && element.inert !== (name !== shown))
            element.inert = name !== shown;
        });
      for (const [name, update] of Object.entries(updates))
        if (name !== shown) whenIdle(() => this.#active === step && update());
    };
    // The graphic moves in a frame of its own (a flight's start is some 15 ms of script at 4×
    // slowdown). A map flight takes one frame more: its pictures are drawn (and restyled, some
    // 30 ms at 4×) in the frame before the one that starts it, whether or not the step switched.
    // With reduced motion the map never flies: it moves in the next frame.
    const move = () => {
      if ((state.graphic ?? 'map') === 'map' && state.map && map?.view !== state.map && !reducedMotion())
        requestAnimationFrame(() => {
          if (this.#active !== step) return;
          map?.prepare(state.map!);
          requestAnimationFrame(apply);
        });
      else requestAnimationFrame(apply);
    };
    // Switching graphic, letting it take readers, and moving it to the new state are three frames'
    // work, never one long task; without a switch, the step and the move are two.
    const graphics = this.querySelector<HTMLElement>('.sticky-graphics');
    if (graphics && state.graphic && graphics.dataset.graphic !== state.graphic) {
      graphics.dataset.graphic = state.graphic;
      const coming = elements[state.graphic as keyof typeof elements];
      frameAfterNext(() => {
        // The graphic coming on show leaves inert before its description changes: a live region
        // inside an inert element is not in the accessibility tree, and its news would go unheard.
        if (graphics.dataset.graphic === state.graphic) coming?.removeAttribute('inert');
        move();
      });
    } else {
      // A step right after a switch may come before the frame that lifts inert: lift it now.
      elements[(state.graphic ?? 'map') as keyof typeof elements]?.removeAttribute('inert');
      // The step's own changes (its highlight, the counter) render in the next frame; the move
      // is scheduled from there.
      requestAnimationFrame(move);
    }
  }
}

// The graphics first, one task apiece, then the story that drives them (see define.ts).
void defineInTurn([...graphics, ['scroll-story', ScrollStoryElement]]);
