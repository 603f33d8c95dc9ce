/** A node's box: centre and size, in viewBox pixels. */
export interface OrderBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The order a keyboard walks the diagram's nodes in, as a reader reads it: rows from the top, each
 * left to right. The highest node not yet placed starts a row; every other node whose centre lies
 * level with that node's box (between its top and bottom edges) joins the row. Returns indices
 * into `boxes`. The drawn layout decides, so the narrow and wide layouts have orders of their own.
 */
export function readingOrder(boxes: readonly OrderBox[]): number[] {
  const left = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.y - boxes[b]!.y || boxes[a]!.x - boxes[b]!.x);
  const order: number[] = [];
  while (left.length > 0) {
    const top = boxes[left[0]!]!;
    const bottom = top.y + top.height / 2;
    const row = left.filter((i) => boxes[i]!.y <= bottom);
    row.sort((a, b) => boxes[a]!.x - boxes[b]!.x || boxes[a]!.y - boxes[b]!.y);
    order.push(...row);
    for (const i of row) left.splice(left.indexOf(i), 1);
  }
  return order;
}

/**
 * The keys that walk the nodes, one step along the reading order: forward (Right, Down), back (Left,
 * Up). Every arrow follows the one order, as in a radio group, so any key pressed again and again
 * reaches every actor, and a reader who cannot see the layout hears a predictable sequence.
 */
const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Where a key takes focus in an order of `count` nodes from `at`: no wrapping; Home and End go to the ends. */
export function keyTarget(key: string, at: number, count: number): number | undefined {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = steps[key];
  return step === undefined ? undefined : Math.min(count - 1, Math.max(0, at + step));
}
