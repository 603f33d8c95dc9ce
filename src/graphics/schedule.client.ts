// Work on what the reader can see now; leave hidden copies (the other layout, the graphics not on
// show) to idle time, so a step change never blocks the main thread for long. Visibility is known
// from state (which graphic is on show, how wide the frame is), never read back from the DOM after
// a change: a read there would force the browser to restyle the whole page mid-frame.

// One query, kept: asking matchMedia anew at each step costs a few milliseconds on a slow phone.
const motionQuery = matchMedia('(prefers-reduced-motion: reduce)');

/** Whether the reader asks for reduced motion (read live: the setting may change while reading). */
export const reducedMotion = (): boolean => motionQuery.matches;

/** Runs work when the browser is idle (or soon, where requestIdleCallback is missing). */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 200);
}

/**
 * Frames, idle periods and timers for one element, counted: settled() resolves once every piece
 * of work scheduled (and the work it scheduled in turn) has run. Tests and embeds wait on it
 * rather than on guessed delays.
 */
export class Scheduler {
  #pending = 0;
  #waiters: Array<() => void> = [];

  #run(work: () => void): () => void {
    this.#pending++;
    return () => {
      try {
        work();
      } finally {
        this.#done();
      }
    };
  }

  #done(): void {
    if (--this.#pending > 0) return;
    const waiters = this.#waiters.splice(0);
    waiters.forEach((resolve) => resolve());
  }

  /** In the next animation frame. */
  frame(work: () => void): void {
    requestAnimationFrame(this.#run(work));
  }

  /** In the frame after the next one (a task's own changes render in the next). */
  frameAfterNext(work: () => void): void {
    this.frame(() => this.frame(work));
  }

  /** When the browser is idle. */
  idle(work: () => void): void {
    whenIdle(this.#run(work));
  }

  /** After `ms` milliseconds. */
  later(ms: number, work: () => void): void {
    setTimeout(this.#run(work), ms);
  }

  /** Counts a promise (an animation) as pending work until it settles. */
  hold(promise: Promise<unknown>): void {
    this.#pending++;
    promise.then(
      () => this.#done(),
      () => this.#done(),
    );
  }

  /** Resolves when nothing scheduled is left to run. */
  settled(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}

/** The layout variant CSS shows in a frame of this width (matches the container queries' 520 px). */
export function variantFor(width: number): 'narrow' | 'wide' {
  return width >= 520 ? 'wide' : 'narrow';
}

/**
 * Keeps a graphic's current layout variant up to date as its frame resizes; calls back on a change.
 * The frame is measured by a ResizeObserver, after layout: reading its box while the page loads
 * would force the browser to lay the whole page out there and then. Asked before the observer has
 * reported, it measures once.
 */
export function watchVariant(
  frame: Element,
  onChange: (variant: 'narrow' | 'wide') => void,
): () => 'narrow' | 'wide' {
  let variant: 'narrow' | 'wide' | undefined;
  new ResizeObserver(([entry]) => {
    const next = variantFor(entry!.contentRect.width);
    const known = variant !== undefined;
    if (next !== variant) {
      variant = next;
      if (known) onChange(next);
    }
  }).observe(frame);
  return () => (variant ??= variantFor(frame.getBoundingClientRect().width));
}
