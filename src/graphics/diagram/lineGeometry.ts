import type { DiagramNode } from './diagramModel';

// The geometry of the diagram's lines: where they leave their boxes, how they bend, and which
// actors they pass through.

/** Centre and size of a node, viewBox pixels: all a line needs. */
export type EdgeEnd = Pick<DiagramNode, 'x' | 'y' | 'width' | 'height'>;
type Point = [number, number];
type Placed = EdgeEnd & Pick<DiagramNode, 'key'>;

/** Where the line from a box's centre to (tx, ty) leaves the box, `pad` out; viewBox pixels. */
export function exitPoint(n: EdgeEnd, tx: number, ty: number, pad = 3): [number, number] {
  const dx = tx - n.x;
  const dy = ty - n.y;
  const sx = dx === 0 ? Infinity : (n.width / 2 + pad) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (n.height / 2 + pad) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return [n.x + dx * s, n.y + dy * s];
}

/** The line between two nodes, trimmed to their boxes: its ends, and the control point of its bend. */
export function edgeCurve(
  a: EdgeEnd,
  b: EdgeEnd,
  bend: number,
): { start: [number, number]; control: [number, number]; end: [number, number] } {
  const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Control point off the midpoint, perpendicular to the chord.
  const control: [number, number] = [mx - ((b.y - a.y) / length) * bend, my + ((b.x - a.x) / length) * bend];
  const start = exitPoint(a, bend ? control[0] : b.x, bend ? control[1] : b.y);
  const end = exitPoint(b, bend ? control[0] : a.x, bend ? control[1] : a.y);
  return { start, control, end };
}

/** Points along an edge's curve (a straight edge: its two ends). */
export function curvePoints(
  { start, control, end }: ReturnType<typeof edgeCurve>,
  bent: boolean,
  pieces = 10,
): Array<[number, number]> {
  if (!bent) return [start, end];
  return Array.from({ length: pieces + 1 }, (_, i) => {
    const t = i / pieces;
    const u = 1 - t;
    return [
      u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
      u * u * start[1] + 2 * u * t * control[1] + t * t * end[1],
    ];
  });
}

/** Does the segment a–b pass through the node's box, widened by `pad`? (Liang–Barsky clipping.) */
export function segmentHitsNode(a: Point, b: Point, n: Placed, pad = 2): boolean {
  const [x0, y0] = [n.x - n.width / 2 - pad, n.y - n.height / 2 - pad];
  const [x1, y1] = [n.x + n.width / 2 + pad, n.y + n.height / 2 + pad];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The nodes other than `ends` that a polyline passes through. */
export function nodesCrossed(
  points: readonly Point[],
  ends: readonly string[],
  nodes: readonly Placed[],
): number {
  // Only nodes whose box meets the line's box can be crossed: a cheap test first.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let count = 0;
  for (const n of nodes) {
    if (ends.includes(n.key)) continue;
    if (n.x + n.width / 2 + 2 < x0 || n.x - n.width / 2 - 2 > x1) continue;
    if (n.y + n.height / 2 + 2 < y0 || n.y - n.height / 2 - 2 > y1) continue;
    if (points.some((p, i) => i > 0 && segmentHitsNode(points[i - 1]!, p, n))) count++;
  }
  return count;
}

/**
 * The bend for a relation: its place in the fan (fanBend), or, where that line would pass through
 * another actor, the nearest bend either side that passes clear of every actor (else the one that
 * crosses fewest).
 */
export function clearBend(a: Placed, b: Placed, fan: number, nodes: readonly Placed[]): number {
  const steps = [0, 20, -20, 40, -40, 60, -60, 80, -80, 100, -100, 130, -130, 160, -160, 200, -200];
  const tries = steps.map((d) => fan + (fan < 0 ? -d : d));
  let best = { bend: fan, crossed: Infinity };
  for (const bend of tries) {
    const crossed = nodesCrossed(curvePoints(edgeCurve(a, b, bend), bend !== 0), [a.key, b.key], nodes);
    if (crossed === 0) return bend;
    if (crossed < best.crossed) best = { bend, crossed };
  }
  return best.bend;
}
