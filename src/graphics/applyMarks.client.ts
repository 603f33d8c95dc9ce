// Joins a graphic's marks onto the SVG the build wrote, by key (as d3-selection's keyed data join
// does, without its enter and exit machinery: the build already wrote every mark), and writes what
// differs. Elements whose key has no mark are left as they are.
import type { Layer, Mark, Marks } from './marks';
import { set, setText } from './writes.client';

/** The join key of an element: its own or its nearest keyed ancestor's data-key, inside `root`. */
function keyOf(el: Element, root: Element): string {
  const keyed = el.closest<HTMLElement | SVGElement>('[data-key]');
  return keyed && root.contains(keyed) ? (keyed.dataset.key ?? '') : '';
}

function write(el: Element, mark: Mark): void {
  for (const [name, value] of Object.entries(mark.attrs)) {
    if (value === undefined) el.removeAttribute(name);
    else set(el, name, value);
  }
  if (mark.text !== undefined) setText(el, mark.text);
}

/** Applies one layer's marks to the elements matching its selector in `root`. */
export function applyLayer(root: Element, layer: Layer): void {
  const byKey = new Map(layer.marks.map((m) => [m.key, m]));
  for (const el of root.querySelectorAll(layer.selector)) {
    const mark = byKey.get(keyOf(el, root));
    if (mark) write(el, mark);
  }
}

/** Applies the named layers of a graphic's marks (all of them when no names are given). */
export function applyMarks<N extends string>(root: Element, marks: Marks<N>, names?: readonly N[]): void {
  for (const name of names ?? (Object.keys(marks) as N[])) applyLayer(root, marks[name]);
}
