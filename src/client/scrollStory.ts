// <scroll-story>: decides which step is being read and announces it. The active step is the last
// one whose top has passed the reading line: a height on the screen the layout sets in CSS
// (--reading-line, a fraction of the viewport's height; mid-screen beside the graphic, lower on a
// phone, where the text passes below a graphic pinned at the top). While scrolling, IntersectionObserver
// names the step on the line, measured after layout, so a scroll never forces the browser to lay
// the page out again; when no step is on the line (above the first, in a gap, after a jump, a
// reload mid-page or a #step deep link) the steps' boxes are read in the next frame instead.
// Each graphic reacts to the step's state itself; this element knows none of them by name.
import type { GraphicElement } from '../graphics/graphicElement.client';
import { Scheduler, reducedMotion } from '../graphics/schedule.client';
import { defineGraphics } from './define';
import { readSteps, type ClientStep } from './stepData';
import { StoryFocus } from './storyFocus';

export class ScrollStoryElement extends HTMLElement {
  static readonly tag = 'scroll-story';
  #sections: HTMLElement[] = [];
  #steps: ClientStep[] = [];
  #active: HTMLElement | undefined;
  #observer: IntersectionObserver | undefined;
  /** The reading line as a fraction of the viewport's height (CSS --reading-line). */
  #line = 0.5;
  #frame = 0;
  /** The step Previous or Next is scrolling to, until the scroll ends: a second press goes on from it. */
  #going: number | undefined;
  readonly #schedule = new Scheduler();

  connectedCallback(): void {
    this.#sections = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    this.#steps = readSteps(this);
    if (this.#sections.length === 0) return;
    this.#observe();
    addEventListener('resize', this.#resized);
    addEventListener('hashchange', this.#look);
    // A jump that starts and ends with no step on the line (from below the story to above it, as
    // focus moving to the top of the page does) crosses no edge the observer reports: look once more.
    addEventListener('scrollend', this.#look);
    new StoryFocus({
      root: this,
      sections: () => this.#sections,
      readingLine: () => this.readingLine(),
      activeStep: () => this.activeStep(),
    });
    this.querySelector('.step-nav')?.addEventListener('click', (event) => {
      const go = (event.target as Element).closest<HTMLElement>('[data-go]')?.dataset.go;
      if (go)
        this.goTo((this.#going ?? this.#sections.indexOf(this.#active ?? this.#sections[0]!)) + Number(go));
    });
    this.#update();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    removeEventListener('resize', this.#resized);
    removeEventListener('hashchange', this.#look);
    removeEventListener('scrollend', this.#look);
  }

  /**
   * Brings a step to the reading line. Focus stays where it is (on Previous or Next, pressed again
   * for the step after); the step counter, a polite live region, announces the step.
   */
  goTo(index: number): void {
    this.#going = Math.max(0, Math.min(this.#sections.length - 1, index));
    const step = this.#sections[this.#going]!;
    addEventListener('scrollend', () => (this.#going = undefined), { once: true });
    scrollTo({
      top: step.getBoundingClientRect().top + scrollY - this.readingLine() + innerHeight * 0.1,
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
    history.replaceState(null, '', `#${step.id}`);
    // An instant jump may cross no observed edge the observer reports in time: look again ourselves.
    this.#look();
  }

  /** The reading line, in pixels from the top of the viewport. */
  readingLine(): number {
    return innerHeight * this.#line;
  }

  /** The step being read: the last whose top is above the reading line (else the first). */
  activeStep(): HTMLElement {
    const line = this.readingLine();
    return this.#sections.findLast((step) => step.getBoundingClientRect().top <= line) ?? this.#sections[0]!;
  }

  /** Resolves once the step being read is drawn by every graphic, in every layout. */
  async settled(): Promise<void> {
    await this.#schedule.settled();
    await Promise.all(this.#graphics().map((g) => g.settled()));
  }

  #graphics(): GraphicElement[] {
    return [...this.querySelectorAll<GraphicElement>('.sticky-graphics > [data-graphic]')];
  }

  /** Steps crossing the reading line: the last one on it is read now; with none on it, look in a frame. */
  #onCross(entries: IntersectionObserverEntry[]): void {
    const onLine = entries
      .filter((entry) => entry.isIntersecting)
      .map((entry) => this.#sections.indexOf(entry.target as HTMLElement));
    if (onLine.length === 0) return this.#look();
    cancelAnimationFrame(this.#frame);
    this.#activate(this.#sections[Math.max(...onLine)]!);
  }

  /** Watches the steps cross the reading line; again when the layout moves the line (a rotation). */
  #observe(): void {
    const line = Number.parseFloat(getComputedStyle(this).getPropertyValue('--reading-line'));
    const fraction = line > 0 && line < 1 ? line : 0.5;
    if (this.#observer && fraction === this.#line) return;
    this.#line = fraction;
    this.#observer?.disconnect();
    const above = (fraction * 100).toFixed(1);
    const below = (100 - fraction * 100).toFixed(1);
    this.#observer = new IntersectionObserver((entries) => this.#onCross(entries), {
      rootMargin: `-${above}% 0px -${below}% 0px`,
    });
    this.#sections.forEach((step) => this.#observer!.observe(step));
  }

  #resized = (): void => {
    this.#observe();
    this.#look();
  };

  #look = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#update());
  };

  #update(): void {
    this.#activate(this.activeStep());
  }

  #activate(section: HTMLElement): void {
    if (section === this.#active) return;
    this.#active?.removeAttribute('aria-current');
    section.setAttribute('aria-current', 'step');
    this.#active = section;
    const index = this.#sections.indexOf(section);
    const step = this.#steps[index];
    this.dataset.activeStep = section.dataset.step;
    performance.mark(`step:${section.dataset.step}`);
    const counter = this.querySelector('[data-role="step-index"]');
    if (counter) counter.textContent = String(index + 1);
    this.#enableNav(index);
    if (step) this.#announce(section, step);
  }

  /** Previous and Next, off at the first and last steps: a button switched off keeps no focus, the other takes it. */
  #enableNav(index: number): void {
    const previous = this.querySelector<HTMLButtonElement>('[data-go="-1"]');
    const next = this.querySelector<HTMLButtonElement>('[data-go="1"]');
    if (!previous || !next) return;
    const [first, last] = [index === 0, index === this.#sections.length - 1];
    if (first && document.activeElement === previous && !last) next.focus({ preventScroll: true });
    if (last && document.activeElement === next && !first) previous.focus({ preventScroll: true });
    previous.disabled = first;
    next.disabled = last;
  }

  /**
   * Focus inside a graphic going off show would fall to <body> when it turns inert: it moves first
   * to the graphic coming on show, at the same place in the reading order, which leaves inert now.
   */
  #keepFocus(shown: GraphicElement): void {
    const focused = document.activeElement;
    const from = this.#graphics().find((g) => g !== shown && g.contains(focused));
    if (!from) return;
    shown.removeAttribute('inert');
    const frame = shown.querySelector<HTMLElement>('figure') ?? shown;
    frame.tabIndex = -1;
    frame.focus({ preventScroll: true });
  }

  /**
   * Tells every graphic the step's state. The one on show moves in a frame of its own, after the
   * frame that renders the step (a switch of graphic takes one more frame, and a graphic that
   * prepares, like a map drawing its flight's labels and pictures, one more for each piece of that
   * work); the others follow when the browser is idle.
   */
  #announce(section: HTMLElement, { state, descriptions }: ClientStep): void {
    const graphics = this.#graphics();
    const shown = graphics.find((g) => g.dataset.graphic === state.graphic);
    const current = () => this.#active === section;
    for (const g of graphics) g.onShow = g === shown;
    const words = (g: GraphicElement) => descriptions[g.dataset.graphic as keyof typeof descriptions];
    const hidden = graphics.filter((g) => g !== shown);
    const apply = () => {
      if (!current()) return;
      shown?.show(state, words(shown));
      // Only the graphic on show takes focus, pointer and screen readers. Making one inert restyles
      // every mark inside it (some 150), so the ones going off show wait for idle time, one per idle
      // period. They are made inert before they take the step's state (idle callbacks run in the
      // order asked), so that state is set at once, with no fade nobody sees, and at idle time too.
      for (const g of hidden) this.#schedule.idle(() => current() && !g.inert && (g.inert = true));
      for (const g of hidden) this.#schedule.idle(() => current() && g.show(state, words(g)));
    };
    // The graphic's preparation, a piece a frame (a map's flight: its labels, its pictures, its
    // animations), then the move itself in the frame after: no frame carries two of them.
    const move = () => {
      const pieces = current() ? (shown?.prepare(state) ?? []) : [];
      const next = () => {
        if (!current()) return;
        const piece = pieces.shift();
        if (!piece) return apply();
        piece();
        this.#schedule.frame(next);
      };
      next();
    };
    const switched = shown !== undefined && !shown.hasAttribute('data-shown');
    if (switched) {
      graphics.forEach((g) => g.toggleAttribute('data-shown', g === shown));
      this.#keepFocus(shown);
      // The graphic coming on show leaves inert before its description changes: a live region
      // inside an inert element is not in the accessibility tree, and its news would go unheard.
      this.#schedule.frameAfterNext(() => {
        if (current()) shown.removeAttribute('inert');
        this.#schedule.frame(move);
      });
    } else {
      // A step right after a switch may come before the frame that lifts inert: lift it now.
      shown?.removeAttribute('inert');
      this.#schedule.frame(() => this.#schedule.frame(move));
    }
  }
}

// The story's script is also the embeds' shared code (src/integrations/storyBundle.ts): on an embed's
// page, with no story, it defines nothing.
if (document.querySelector('scroll-story')) void defineGraphics(ScrollStoryElement);
