import { overlaps, type Box } from '../labelLayout';
import type { DiagramNode, DiagramSize } from './diagramModel';

/** The box of a node, viewBox pixels. */
export function nodeBox(n: Pick<DiagramNode, 'x' | 'y' | 'width' | 'height'>): Box {
  return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
}

/** The part of a node that separation reads and moves: centre and size in viewBox pixels. */
export type SeparableNode = Pick<DiagramNode, 'x' | 'y' | 'width' | 'height' | 'main'>;

/** Moves nodes in place until no two boxes are within `gap` viewBox pixels; all 4 px inside the frame. */
export function separateBoxes(nodes: SeparableNode[], size: DiagramSize, gap = 6): void {
  const clamp = (n: SeparableNode) => {
    n.x = Math.min(Math.max(n.x, n.width / 2 + 4), size.width - n.width / 2 - 4);
    n.y = Math.min(Math.max(n.y, n.height / 2 + 4), size.height - n.height / 2 - 4);
  };
  nodes.forEach(clamp);
  for (let pass = 0; pass < 400; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (!overlaps(nodeBox(a), nodeBox(b), gap)) continue;
        moved = true;
        const dx = (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x);
        const dy = (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y);
        // Main nodes hold their place; satellites give way.
        const share = a.main === b.main ? 0.5 : a.main ? 0.15 : 0.85;
        if (dx < dy) {
          const sign = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += sign * dx * share + sign * 0.01;
          b.x -= sign * dx * (1 - share) + sign * 0.01;
        } else {
          const sign = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += sign * dy * share + sign * 0.01;
          b.y -= sign * dy * (1 - share) + sign * 0.01;
        }
        clamp(a);
        clamp(b);
      }
    }
    if (!moved) return;
  }
}
