import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartType } from '../../src/graphics/chartType';
import { projectRoot } from '../support/contentFixture';

const typeCss = readFileSync(path.join(projectRoot, 'src/styles/type.css'), 'utf8');

describe("the charts' type sizes", () => {
  // The models lay labels out at chartType's sizes and the CSS sets the map's at type.css's: were
  // they to differ, labels would be measured at one size and drawn at another.
  it('are the same in the models and in the type scale', () => {
    const css = Object.fromEntries(
      [...typeCss.matchAll(/--chart-([\w-]+):\s*([\d.]+)px/g)].map((m) => [m[1]!, Number(m[2])]),
    );
    expect(css).toEqual(chartType);
  });

  it('are a few, none a near-duplicate of another', () => {
    const sizes = Object.values(chartType).sort((a, b) => a - b);
    expect(new Set(sizes).size).toBe(sizes.length);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]! - sizes[i - 1]!).toBeGreaterThanOrEqual(1);
  });
});
