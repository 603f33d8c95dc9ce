import { describe, expect, it } from 'vitest';
import { diagramEdges, edgePath, exitPoint, fanBend } from '../../../src/graphics/diagram/edgeGeometry';
import type { DiagramNode } from '../../../src/graphics/diagram/diagramModel';
import type { Relation } from '../../../src/schemas/relation';

const box = { x: 100, y: 100, width: 60, height: 20 };

/** The numbers of an SVG path, in order. */
const numbers = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);

describe('exitPoint', () => {
  for (const [tx, ty] of [
    [300, 100],
    [100, -50],
    [0, 0],
    [180, 140],
  ] as const) {
    it(`towards (${tx}, ${ty}): lands on the box's outline, padded, on the way to the target`, () => {
      const [x, y] = exitPoint(box, tx, ty, 3);
      const onSide = Math.abs(Math.abs(x - box.x) - (box.width / 2 + 3)) < 1e-9;
      const onTop = Math.abs(Math.abs(y - box.y) - (box.height / 2 + 3)) < 1e-9;
      expect(onSide || onTop).toBe(true);
      expect(Math.abs(x - box.x)).toBeLessThanOrEqual(box.width / 2 + 3 + 1e-9);
      expect(Math.abs(y - box.y)).toBeLessThanOrEqual(box.height / 2 + 3 + 1e-9);
      // On the segment from the centre to the target: the cross product is zero.
      expect(Math.abs((x - box.x) * (ty - box.y) - (y - box.y) * (tx - box.x))).toBeLessThan(1e-6);
    });
  }

  it('stays at the target when the target is inside the padded box', () => {
    expect(exitPoint(box, 110, 104)).toEqual([110, 104]);
  });
});

describe('edgePath', () => {
  const b = { x: 400, y: 160, width: 80, height: 30 };

  it('draws a straight line that starts and ends outside both boxes', () => {
    const d = edgePath(box, b, 0);
    expect(d).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
    const [x1, , x2] = numbers(d);
    expect(x1).toBeGreaterThanOrEqual(box.x + box.width / 2);
    expect(x2).toBeLessThanOrEqual(b.x - b.width / 2);
  });

  it('bends to opposite sides for opposite bends, by more for a larger bend', () => {
    const controlY = (bend: number) => numbers(edgePath(box, b, bend))[3]!;
    const straightMidY = (box.y + b.y) / 2;
    expect(Math.sign(controlY(26) - straightMidY)).toBe(-Math.sign(controlY(-26) - straightMidY));
    expect(Math.abs(controlY(52) - straightMidY)).toBeGreaterThan(Math.abs(controlY(26) - straightMidY));
  });
});

describe('fanBend and diagramEdges', () => {
  it('gives the first relation of a pair a straight line and every later one its own bend', () => {
    const bends = [0, 1, 2, 3, 4, 5].map(fanBend);
    expect(bends[0]).toBe(0);
    expect(new Set(bends).size).toBe(bends.length);
  });

  it('fans out relations between the same two actors, whichever way they point', () => {
    const node = (key: string, x: number): DiagramNode => ({
      key,
      name: key,
      kind: 'state',
      main: true,
      x,
      y: 100,
      width: 60,
      height: 24,
      lines: [key],
      fontSize: 15,
    });
    const nodeById = new Map([node('a', 100), node('b', 400)].map((n) => [n.key, n]));
    const relation = (id: string, from: string, to: string): Relation => ({
      id,
      from,
      to,
      type: 'spoke-to',
      label: id,
      source: 's',
    });
    const edges = diagramEdges(
      [relation('r1', 'a', 'b'), relation('r2', 'b', 'a'), relation('r3', 'a', 'b')],
      nodeById,
    );
    expect(edges.map((e) => e.key)).toEqual(['r1', 'r2', 'r3']);
    expect(new Set(edges.map((e) => e.d)).size).toBe(3);
    expect(edges[0]!.d).toContain('L');
    expect(edges[1]!.d).toContain('Q');
  });
});
