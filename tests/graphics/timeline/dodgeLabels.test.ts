import { describe, expect, it } from 'vitest';
import { dodgeLabels, type DodgeItem } from '../../../src/graphics/timeline/dodgeLabels';

/** A small seeded random source, so every run tests the same crowds. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** Checks the promises: order kept, `gap` between neighbours, all within [min, max]. */
function expectStacked(items: readonly DodgeItem[], tops: number[], min: number, max: number, gap: number) {
  expect(tops).toHaveLength(items.length);
  for (let i = 0; i < tops.length; i++) {
    expect(tops[i]!).toBeGreaterThanOrEqual(min - 1e-9);
    expect(tops[i]! + items[i]!.height).toBeLessThanOrEqual(max + 1e-9);
    if (i > 0)
      expect(tops[i - 1]! + items[i - 1]!.height + gap, `${i - 1} above ${i}`).toBeLessThanOrEqual(
        tops[i]! + 1e-9,
      );
  }
}

describe('dodgeLabels', () => {
  it('leaves blocks that are already apart centred on their anchors', () => {
    const items = [
      { anchor: 50, height: 20 },
      { anchor: 120, height: 30 },
      { anchor: 200, height: 16 },
    ];
    expect(dodgeLabels(items, 0, 300, 5)).toEqual([40, 105, 192]);
  });

  it('stacks blocks that share one anchor in their given order, gap apart', () => {
    const items = Array.from({ length: 5 }, () => ({ anchor: 150, height: 24 }));
    const tops = dodgeLabels(items, 0, 300, 5);
    expectStacked(items, tops, 0, 300, 5);
  });

  it('pulls a crowd at the bottom edge back inside the frame', () => {
    const items = Array.from({ length: 4 }, (_, i) => ({ anchor: 290 + i, height: 30 }));
    const tops = dodgeLabels(items, 10, 300, 5);
    expectStacked(items, tops, 10, 300, 5);
    expect(tops.at(-1)! + 30).toBe(300);
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`crowd ${seed}: keeps date order with no overlaps whenever the blocks fit`, () => {
      const r = random(seed);
      const anchors = Array.from({ length: 12 }, () => 20 + r() * 400).sort((a, b) => a - b);
      const items = anchors.map((anchor) => ({ anchor, height: 14 + r() * 40 }));
      const needed = items.reduce((sum, b) => sum + b.height + 5, 0);
      const max = Math.max(440, needed + 20);
      expectStacked(items, dodgeLabels(items, 10, max, 5), 10, max, 5);
    });
  }

  it('moves each block as little as needed: a lone block far from the crowd stays put', () => {
    const items = [
      { anchor: 100, height: 20 },
      { anchor: 102, height: 20 },
      { anchor: 400, height: 20 },
    ];
    expect(dodgeLabels(items, 0, 500, 5)[2]).toBe(390);
  });
});
