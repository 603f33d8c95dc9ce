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

const latest = new WeakMap<Element, symbol>();

/**
 * Applies `apply` to each element: now for those `shown` says are on screen, at idle time for the
 * rest. A later call supersedes pending idle work for the same element.
 */
export function applyVisibleFirst<E extends Element>(
  elements: Iterable<E>,
  shown: (element: E) => boolean,
  apply: (element: E, shown: boolean) => void,
): void {
  for (const element of elements) {
    const token = Symbol('latest');
    latest.set(element, token);
    if (shown(element)) apply(element, true);
    else whenIdle(() => latest.get(element) === token && apply(element, false));
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
