import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/graphics/map/compactPath';

/** The absolute vertices of a path of M, m, L, l and z/Z commands, subpath by subpath. */
function vertices(d: string): Array<Array<[number, number]>> {
  const subpaths: Array<Array<[number, number]>> = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (/[Zz]/.test(command!)) continue;
    for (let i = 0; i < n.length; i += 2) {
      const relative = command === 'm' || command === 'l';
      [x, y] = relative ? [x + n[i]!, y + n[i + 1]!] : [n[i]!, n[i + 1]!];
      if (i === 0 && /[Mm]/.test(command!)) subpaths.push([]);
      subpaths.at(-1)!.push([x, y]);
    }
  }
  return subpaths;
}

describe('compactPath', () => {
  const coast = 'M597.76,-573.89L598.01,-574.13L598.95,-574.78L599.52,-575.47L600.52,-575.47Z';

  it('keeps every vertex within half a grid step, in fewer characters', () => {
    const short = compactPath(coast, 0.1);
    expect(short.length).toBeLessThan(coast.length * 0.7);
    const [before] = vertices(coast);
    const [after] = vertices(short);
    expect(after).toHaveLength(before!.length);
    after!.forEach(([x, y], i) => {
      expect(Math.abs(x - before![i]![0])).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(y - before![i]![1])).toBeLessThanOrEqual(0.05 + 1e-9);
    });
    expect(short.endsWith('z')).toBe(true);
  });

  it('does not let rounding errors add up along a long line', () => {
    const many = `M0,0${Array.from({ length: 500 }, (_, i) => `L${(i + 1) * 0.37},${(i + 1) * -0.23}`).join('')}`;
    const last = vertices(compactPath(many, 0.1))[0]!.at(-1)!;
    expect(last[0]).toBeCloseTo(185, 1);
    expect(last[1]).toBeCloseTo(-115, 1);
  });

  it('keeps each subpath (islands, a MultiLineString), and drops the ones the grid shrinks to a point', () => {
    const d = 'M0,0L10,0L10,10ZM20,20L20.01,20.01ZM30,30L31,31';
    const out = vertices(compactPath(d, 0.1));
    expect(out).toHaveLength(2);
    expect(out[1]).toEqual([
      [30, 30],
      [31, 31],
    ]);
  });

  it('writes signs and leading dots as separators, as path syntax allows', () => {
    expect(compactPath('M0.5,-0.5L1,-1L1.55,-1.05', 0.05)).toBe('M.5-.5l.5-.5.55-.05');
  });

  it('leaves a path with other commands (arcs of a point) as it is', () => {
    const arc = 'M10,10m0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
    expect(compactPath(arc, 0.1)).toBe(arc);
  });
});
