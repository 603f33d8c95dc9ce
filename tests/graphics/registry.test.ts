import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderOf } from '../../src/graphics/builders';
import { defaultGraphic, graphics } from '../../src/graphics/registry';
import { stepState } from '../../src/lib/story/stepState';
import { projectRoot } from '../support/contentFixture';

describe('the registry of graphics', () => {
  it('gives every graphic its own id and a valid custom element name', () => {
    expect(new Set(graphics.map((g) => g.id)).size).toBe(graphics.length);
    expect(new Set(graphics.map((g) => g.tag)).size).toBe(graphics.length);
    for (const g of graphics) expect(g.tag, g.id).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]+$/);
  });

  for (const g of graphics) {
    it(`${g.id}: has a folder with its build, figure and element`, () => {
      const dir = path.join(projectRoot, 'src/graphics', g.id);
      for (const file of ['build.ts', 'Figure.astro', 'element.ts'])
        expect(existsSync(path.join(dir, file)), file).toBe(true);
      expect(typeof builderOf(g.id).build).toBe('function');
      // The element is the file's default export (src/graphics/elements.client.ts takes it from
      // there) and declares the tag the registry gives it.
      const element = readFileSync(path.join(dir, 'element.ts'), 'utf8');
      expect(element).toMatch(/^export default class \w+ extends GraphicElement\b/m);
      expect(element).toContain(`static readonly tag = '${g.tag}'`);
    });
  }

  it('a step that names no graphic, or one that is not registered, shows the first', () => {
    expect(stepState({ id: 'a', map: 'region' }).graphic).toBe(defaultGraphic);
    expect(stepState({ id: 'a', map: 'region', graphic: 'chart' }).graphic).toBe(defaultGraphic);
    for (const g of graphics) expect(stepState({ id: 'a', map: 'region', graphic: g.id }).graphic).toBe(g.id);
  });
});
