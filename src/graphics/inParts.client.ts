// A graphic put into the page a part a frame. Laying out a live graphic once it is in costs 35–55 ms
// at 4x CPU slowdown (the map, the diagram, the timeline alike): mostly its chart text, each new
// size and weight of it one more font to find. Laid out whole, each is a long task just after the
// first paint. Cut into parts of a few dozen elements, each part is laid out in a frame of its own.
// Self-contained (no imports), so the browser tests can load it on its own.

/** A task after the browser's next frame: what came before it is on screen, and input was answered. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Nodes taken out of a graphic, to be put back last in `parent`; `size` is how many elements they hold. */
type Part = [parent: Element, size: number, ...nodes: Node[]];

/**
 * Puts `graphic` (not yet in the page) into `place`, a part a frame. It is taken apart into parts
 * of at most `limit` elements, in document order: a part is a run of siblings (text between them
 * included), or an element bigger than `limit` on its own, empty, its children parted in turn.
 * The graphic goes in empty; then, a frame apiece, as many parts as hold `limit` elements that will
 * be laid out, and with them any part whose place has no box (display: none, as a layout variant
 * the frame's width hides), which costs no layout. Resolves once the graphic is whole again.
 */
export async function putInParts(graphic: Element, place: Element, limit: number): Promise<void> {
  const parts: Part[] = [];
  const take = (parent: Element): void => {
    let run: Part | undefined;
    for (const node of [...parent.childNodes]) {
      const size = node instanceof Element ? 1 + node.getElementsByTagName('*').length : 0;
      (node as ChildNode).remove();
      if (size > limit) {
        parts.push([parent, 1, node]);
        run = undefined;
        take(node as Element);
      } else {
        if (!run || run[1] + size > limit) parts.push((run = [parent, 0]));
        run.push(node);
        run[1] += size;
      }
    }
  };
  take(graphic);
  place.append(graphic);
  for (let next = 0; next < parts.length;) {
    await nextFrame();
    // Read before anything is added, while the page is laid out and reading costs nothing. A part
    // whose place is not in yet counts in full; it is read again next frame.
    for (const part of parts.slice(next))
      if (part[0].isConnected && !(part[0].checkVisibility?.() ?? true)) part[1] = 0;
    for (let size = 0; next < parts.length && (size += parts[next]![1]) <= limit; next++) {
      const [parent, , ...nodes] = parts[next]!;
      parent.append(...nodes);
    }
  }
}
