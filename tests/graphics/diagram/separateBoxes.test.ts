import { describe, expect, it } from 'vitest';
import { inside, overlaps } from '../../../src/graphics/labelLayout';
import { nodeBox, separateBoxes, type SeparableNode } from '../../../src/graphics/diagram/separateBoxes';

/** A small seeded random source, so every run tests the same piles. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** `count` boxes dropped near the middle of the frame, so many start overlapping. */
function pile(seed: number, count: number, size: { width: number; height: number }): SeparableNode[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    x: size.width / 2 + (r() - 0.5) * size.width * 0.4,
    y: size.height / 2 + (r() - 0.5) * size.height * 0.4,
    width: 40 + r() * 80,
    height: 18 + r() * 20,
    main: i % 3 === 0,
  }));
}

describe('separateBoxes', () => {
  const size = { width: 640, height: 500 };

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`pile ${seed}: leaves no two boxes within the gap, all inside the frame`, () => {
      const nodes = pile(seed, 14, size);
      separateBoxes(nodes, size, 6);
      const frame = { x: 0, y: 0, ...size };
      for (const n of nodes) expect(inside(nodeBox(n), frame)).toBe(true);
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++)
          expect(overlaps(nodeBox(nodes[i]!), nodeBox(nodes[j]!), 6 - 0.001), `${i} × ${j}`).toBe(false);
    });
  }

  it('does not move boxes that are already apart and inside the frame', () => {
    const nodes: SeparableNode[] = [
      { x: 100, y: 100, width: 80, height: 30, main: true },
      { x: 300, y: 100, width: 80, height: 30, main: false },
      { x: 100, y: 300, width: 80, height: 30, main: false },
    ];
    const before = structuredClone(nodes);
    separateBoxes(nodes, size);
    expect(nodes).toEqual(before);
  });

  it('pulls a box that sticks out of the frame back inside', () => {
    const nodes: SeparableNode[] = [{ x: -20, y: 600, width: 80, height: 30, main: true }];
    separateBoxes(nodes, size);
    expect(inside(nodeBox(nodes[0]!), { x: 0, y: 0, ...size })).toBe(true);
  });

  it('makes a satellite give way to a main node rather than the other way round', () => {
    const main = { x: 300, y: 250, width: 100, height: 30, main: true };
    const satellite = { x: 320, y: 255, width: 80, height: 24, main: false };
    separateBoxes([main, satellite], size);
    const moved = (n: SeparableNode, x: number, y: number) => Math.hypot(n.x - x, n.y - y);
    expect(moved(main, 300, 250)).toBeLessThan(moved(satellite, 320, 255));
  });
});
