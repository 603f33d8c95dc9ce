// Keyboard focus in the scrolling story (issue 24, item 5: the reading contract). The browser's own
// Tab order ran through the sticky graphic once, then the text from its first step, and scrolled
// each element it reached into view by the least it could: from the graphic, Tab jumped back to the
// first step; a graphic's element below the fold scrolled the page, which moved the story on and
// made that graphic inert under the focus. So inside the story, Tab and Shift+Tab go where this
// decides, in reading order:
//   - each step's text, then the sticky column as that step shows it (the step nav, the graphic on
//     show), then the next step's text: the graphic can be explored at every step, and one press
//     moves the story by one step at most;
//   - in the sticky column, only what is on screen (a sticky graphic never scrolls into view), and
//     without scrolling the page;
//   - a step with nothing to focus takes its text block as a stop of its own, so no step is skipped;
//   - each stop in the text comes to rest just below the reading line, where the step it is in is
//     the one read, clear of a graphic pinned at the top of a phone's screen.
// Coming in from above the story, Tab reaches the step nav first, then the text at the step read.

const candidates = 'a[href], button, summary, input, select, textarea, iframe, [tabindex]';

/** What the story needs of <scroll-story>: its steps, the reading line and the step read now. */
export interface StoryView {
  readonly root: HTMLElement;
  sections(): HTMLElement[];
  readingLine(): number;
  activeStep(): HTMLElement;
}

/** Whether Tab can reach an element now: tabbable, enabled, not inert, drawn. */
export function tabbable(el: HTMLElement | SVGElement): boolean {
  return (
    el.tabIndex >= 0 &&
    !(el as HTMLButtonElement).disabled &&
    !el.closest('[inert]') &&
    // Drawn: checkVisibility where the browser has it (2024 on), else any box at all.
    (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0)
  );
}

/** Whether an element's box lies wholly inside the viewport. */
export function onScreen(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return (
    box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth
  );
}

const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The nearest ancestor of an element, inside `within`, that scrolls its own content (a details panel). */
function scroller(el: Element, within: Element): HTMLElement | undefined {
  for (let at = el.parentElement; at && at !== within; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return undefined;
}

export class StoryFocus {
  readonly #story: StoryView;
  /**
   * Where the sticky column sits in the reading order now: after this step's text (Tab went there
   * from the end of it, or Shift+Tab from the start of the next); undefined when focus came into it
   * from above the story.
   */
  #after: number | undefined;

  constructor(story: StoryView) {
    this.#story = story;
    story.root.addEventListener('keydown', (e) => this.#onKey(e));
    story.root.addEventListener('focusin', (e) => this.#onFocus(e));
  }

  #graphic(): Element | null {
    return this.#story.root.querySelector('.scrolly-graphic');
  }

  /** The stops in the sticky column: the step nav and the graphic on show, as far as they are on screen. */
  #head(): HTMLElement[] {
    const graphic = this.#graphic();
    if (!graphic) return [];
    return [...graphic.querySelectorAll<HTMLElement>(candidates)].filter(
      (el) => tabbable(el) && onScreen(scroller(el, graphic) ?? el),
    );
  }

  /** The stops in the text, in order: what Tab reaches, and a step's text block where it has nothing. */
  #body(): HTMLElement[] {
    const text = this.#story.root.querySelector('.scrolly-text');
    if (!text) return [];
    const all = [...text.querySelectorAll<HTMLElement>(candidates)].filter(tabbable);
    for (const section of this.#story.sections()) {
      if (all.some((el) => section.contains(el))) continue;
      const block = section.querySelector<HTMLElement>('.step-text') ?? section;
      const at = all.findIndex((el) => follows(block, el));
      all.splice(at < 0 ? all.length : at, 0, block);
    }
    return all;
  }

  /** The index of the step an element of the text is read with: the last step that starts before it. */
  #stepOf(el: Element): number {
    const sections = this.#story.sections();
    const at = sections.findLastIndex((s) => s === el || s.contains(el) || follows(s, el));
    return Math.max(0, at);
  }

  /** The first element Tab reaches after the story (1), or the last before it (-1). */
  #outside(direction: 1 | -1): HTMLElement | undefined {
    const root = this.#story.root;
    const all = [...document.querySelectorAll<HTMLElement>(candidates)].filter(
      (el) => !root.contains(el) && tabbable(el),
    );
    return direction > 0 ? all.find((el) => follows(root, el)) : all.findLast((el) => follows(el, root));
  }

  /** Where Tab (`direction` 1) or Shift+Tab (-1) goes from `from`. */
  #next(from: HTMLElement, direction: 1 | -1): HTMLElement | undefined {
    const head = this.#head();
    const body = this.#body();
    const read = this.#story.sections().indexOf(this.#story.activeStep());
    if (this.#graphic()?.contains(from)) return this.#fromHead(from, direction, head, body, read);
    const step = this.#stepOf(from);
    // Focus left in a step the reader has scrolled away from starts again at the step read now.
    if (step !== read)
      return direction > 0
        ? body.find((el) => this.#stepOf(el) >= read)
        : body.findLast((el) => this.#stepOf(el) <= read);
    if (direction > 0) {
      const to = body.find((el) => follows(from, el) && !from.contains(el));
      if (head.length > 0 && (!to || this.#stepOf(to) > step)) {
        this.#after = step;
        return head[0];
      }
      return to ?? this.#outside(1);
    }
    const to = body.findLast((el) => follows(el, from) && !el.contains(from));
    if (head.length > 0 && (!to || this.#stepOf(to) < step)) {
      this.#after = to ? step - 1 : undefined;
      return head.at(-1);
    }
    return to ?? this.#outside(-1);
  }

  /** From the sticky column: through it, then on to the next step's text, or back to this one's. */
  #fromHead(from: HTMLElement, direction: 1 | -1, head: HTMLElement[], body: HTMLElement[], read: number) {
    const within =
      direction > 0
        ? head.find((el) => follows(from, el) && !from.contains(el))
        : head.findLast((el) => follows(el, from));
    if (within) return within;
    // Previous or Next moved the story meanwhile: the column now sits just before the step read.
    let after = this.#after;
    if (after !== undefined && after !== read && after !== read - 1) after = read - 1;
    if (direction < 0)
      return after === undefined || after < 0
        ? this.#outside(-1)
        : body.findLast((el) => this.#stepOf(el) <= after);
    if (after === undefined) return body.find((el) => this.#stepOf(el) >= read) ?? this.#outside(1);
    const last = body.findLast((el) => this.#stepOf(el) <= after);
    const to = last ? body.find((el) => follows(last, el) && !last.contains(el)) : body[0];
    return to ?? this.#outside(1);
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = document.activeElement;
    if (!(from instanceof HTMLElement || from instanceof SVGElement)) return;
    if (!this.#story.root.contains(from)) return;
    const to = this.#next(from as HTMLElement, event.shiftKey ? -1 : 1);
    if (!to) return;
    event.preventDefault();
    // Out of the story, the browser brings the element into view as it always does.
    if (!this.#story.root.contains(to)) return to.focus();
    // A step's text block is a stop only through here: focusable by script, not in the browser's order.
    if (!to.matches(candidates)) to.tabIndex = -1;
    to.focus({ preventScroll: true });
    const graphic = this.#graphic();
    if (!graphic?.contains(to)) return this.reveal(to);
    // In the sticky column the page stays put; a scrolling panel (the diagram's details) shows it.
    const panel = scroller(to, graphic);
    if (!panel) return;
    const [box, frame] = [to.getBoundingClientRect(), panel.getBoundingClientRect()];
    if (box.top < frame.top) panel.scrollTop -= frame.top - box.top;
    else if (box.bottom > frame.bottom) panel.scrollTop += box.bottom - frame.bottom;
  }

  /** Focus that came by keyboard from elsewhere (Shift+Tab from below the story): brought to the line. */
  #onFocus(event: FocusEvent): void {
    const el = event.target as HTMLElement;
    const from = event.relatedTarget as Node | null;
    if (this.#graphic()?.contains(el) && !(from && this.#story.root.contains(from))) this.#after = undefined;
    if (!this.#story.root.querySelector('.scrolly-text')?.contains(el)) return;
    requestAnimationFrame(() => {
      if (document.activeElement === el && el.matches(':focus-visible')) this.reveal(el);
    });
  }
  /**
   * Scrolls the least that puts a focused element of the text on screen, its top at or below the
   * reading line (clear of a graphic pinned above it) and its step the one read: that step's top
   * at or above the line, the next step's below it.
   */
  reveal(el: HTMLElement): void {
    const sections = this.#story.sections();
    const index = this.#stepOf(el);
    const line = this.#story.readingLine();
    const box = el.getBoundingClientRect();
    const section = sections[index];
    const next = sections[index + 1];
    const margin = Math.min(48, innerHeight * 0.05);
    // A few pixels clear of the line: a step's edge exactly on it is read as either step.
    const clear = 6;
    let low = box.bottom - innerHeight + margin;
    if (section && (section.contains(el) || follows(section, el)))
      low = Math.max(low, section.getBoundingClientRect().top - line + clear);
    let high = box.top - line - clear;
    if (next) high = Math.min(high, next.getBoundingClientRect().top - line - clear);
    // Taller than the room below the line: its top at the line wins.
    const by = low > high ? high : Math.min(Math.max(0, low), high);
    if (Math.abs(by) >= 1) scrollBy({ top: by, behavior: 'instant' });
  }
}
