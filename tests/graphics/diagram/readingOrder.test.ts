import { describe, expect, it } from 'vitest';
import { diagramBuild } from '../../../src/graphics/diagram/diagramData';
import { keyTarget, readingOrder } from '../../../src/graphics/diagram/readingOrder';
import { readContent } from '../../../src/lib/content/readContent';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);
const box = (x: number, y: number, width = 40, height = 20) => ({ x, y, width, height });

describe('readingOrder: rows from the top, each left to right', () => {
  it('reads a row left to right, then the next row', () => {
    // Row one: 0 (top, right), 1 (a little lower but level with 0, left); row two: 2 and 3.
    const boxes = [box(200, 50), box(20, 58), box(150, 120), box(60, 125)];
    expect(readingOrder(boxes)).toEqual([1, 0, 3, 2]);
  });

  it('starts a new row at a node whose centre lies below the row’s first box', () => {
    // 1's centre (61) is below the bottom of 0's box (60): a row of its own, though the boxes touch.
    expect(readingOrder([box(200, 50), box(20, 61)])).toEqual([0, 1]);
    expect(readingOrder([box(200, 50), box(20, 60)])).toEqual([1, 0]);
  });

  it('breaks ties by position, not by input order', () => {
    expect(readingOrder([box(100, 50), box(100, 50, 10, 10), box(10, 50)])).toEqual([2, 0, 1]);
    expect(readingOrder([])).toEqual([]);
  });

  for (const [variant, model] of Object.entries(diagramBuild(content.actors, content.relations)))
    it(`orders every actor of the story’s ${variant} layout once, row by row`, () => {
      const order = readingOrder(model.nodes);
      expect([...order].sort((a, b) => a - b)).toEqual(model.nodes.map((_, i) => i));
    });
});

describe('keyTarget: one order for every arrow', () => {
  it('goes forward with Right and Down, back with Left and Up, and stops at the ends', () => {
    expect(keyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(keyTarget('ArrowDown', 1, 3)).toBe(2);
    expect(keyTarget('ArrowDown', 2, 3)).toBe(2);
    expect(keyTarget('ArrowLeft', 2, 3)).toBe(1);
    expect(keyTarget('ArrowUp', 0, 3)).toBe(0);
  });

  it('takes Home and End to the first and last, and ignores other keys', () => {
    expect(keyTarget('Home', 2, 3)).toBe(0);
    expect(keyTarget('End', 0, 3)).toBe(2);
    expect(keyTarget('a', 0, 3)).toBeUndefined();
  });
});
