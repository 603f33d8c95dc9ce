// A graphic put into the page a part a frame. Laying out a live graphic once it is in costs 35–55 ms
// at 4x CPU slowdown (the map, the diagram, the timeline alike): mostly its chart text, each new
// size and weight of it one more font to find. Laid out whole, each is a long task just after the
// first paint. Cut into parts of a few dozen elements, each part is laid out in a frame of its own.
// Self-contained (no imports), so the browser tests can load it on its own.

/** Nodes taken out of a graphic, to be put back together: before `before`, or last in `parent`. */
export interface Part {
  parent: Element;
  nodes: Node[];
  before: Node | null;
  /** How many elements the part holds, its own and their descendants. */
  size: number;
}

const elementsIn = (node: Node): number =>
  node instanceof Element ? 1 + node.getElementsByTagName('*').length : 0;

/**
 * Takes `root`'s subtree apart into parts of at most `limit` elements, in document order, and leaves
 * `root` as their shell: what stays is every element too big to be one part, and `root` itself. A
 * part is a run of siblings (text between them included); an element bigger than `limit` stays and
 * its children are parted in turn. Putting the parts back in order, each before its `before`,
 * gives the subtree back as it was.
 */
export function takeParts(root: Element, limit: number): Part[] {
  const parts: Part[] = [];
  const part = (container: Element): void => {
    // A part goes back before the next sibling that stays in the shell (or last): parts between
    // are back by then, as they go back in order.
    let waiting: Part[] = [];
    let run: Node[] = [];
    let size = 0;
    const close = () => {
      if (run.length > 0) waiting.push({ parent: container, nodes: run, before: null, size });
      run = [];
      size = 0;
    };
    const anchor = (before: Node | null) => {
      close();
      for (const p of waiting) p.before = before;
      parts.push(...waiting);
      waiting = [];
    };
    for (const node of [...container.childNodes]) {
      const n = elementsIn(node);
      if (n > limit) {
        anchor(node);
        part(node as Element);
      } else {
        if (size > 0 && size + n > limit) close();
        run.push(node);
        size += n;
      }
    }
    anchor(null);
  };
  part(root);
  for (const { nodes } of parts) for (const node of nodes) node.remove();
  return parts;
}

/** Whether an element has a box: one that does not (display: none) costs no layout, wherever it is put. */
const rendered = (element: Element): boolean => element.checkVisibility?.() ?? true;

/**
 * Puts the parts back, a frame apiece: as many as `limit` elements that will be laid out per frame,
 * and with them any part whose place has no box (a layout variant the frame's width hides). What has
 * a box is read at the start of each frame's task, before anything is added: the page is laid out
 * then, so reading it costs nothing.
 */
export async function putBack(
  parts: Part[],
  limit: number,
  nextFrame: () => Promise<unknown>,
): Promise<void> {
  let next = 0;
  while (next < parts.length) {
    await nextFrame();
    const boxes = new Map<Element, boolean>();
    const shown = (parent: Element) => boxes.get(parent) ?? boxes.set(parent, rendered(parent)).get(parent)!;
    const batch: Part[] = [];
    let size = 0;
    for (; next < parts.length; next++) {
      const part = parts[next]!;
      if (!shown(part.parent)) batch.push(part);
      else if (size === 0 || size + part.size <= limit) {
        batch.push(part);
        size += part.size;
      } else break;
    }
    for (const { parent, nodes, before } of batch) parent.insertBefore(toFragment(nodes), before);
  }
}

function toFragment(nodes: Node[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...nodes);
  return fragment;
}
