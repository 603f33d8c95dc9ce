import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, textWidth } from '../../src/graphics/labelLayout';

const frame = { x: 0, y: 0, width: 100, height: 100 };

describe('placeLabels', () => {
  it('takes the first candidate that is inside the frame and clear of what is already placed', () => {
    const placed = placeLabels(
      [
        { key: 'a', candidates: [{ x: 10, y: 10, width: 30, height: 10 }] },
        {
          key: 'b',
          candidates: [
            { x: 20, y: 12, width: 30, height: 10 },
            { x: 90, y: 40, width: 30, height: 10 },
            { x: 20, y: 40, width: 30, height: 10 },
          ],
        },
      ],
      frame,
    );
    expect(placed.map((p) => [p.key, p.candidate, p.visible])).toEqual([
      ['a', 0, true],
      ['b', 2, true],
    ]);
  });

  it('hides a label that fits nowhere, and keeps clear of obstacles', () => {
    const obstacle = { x: 0, y: 0, width: 100, height: 50 };
    const [p] = placeLabels([{ key: 'a', candidates: [{ x: 10, y: 10, width: 10, height: 10 }] }], frame, [
      obstacle,
    ]);
    expect(p!.visible).toBe(false);
  });

  it('detects overlap with a gap', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 5, height: 5 }, 2)).toBe(
      true,
    );
  });
});

describe('textWidth', () => {
  it('grows with length, weight and capitals', () => {
    expect(textWidth('Rafah', 13)).toBeGreaterThan(textWidth('Gaza', 13));
    expect(textWidth('Rafah', 13, { bold: true })).toBeGreaterThan(textWidth('Rafah', 13));
    expect(textWidth('EGYPT', 10, { caps: true, tracking: 0.08 })).toBeGreaterThan(textWidth('Egypt', 10));
  });
});
