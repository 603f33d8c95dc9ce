// The steps' static figures: light in the story's HTML (words and a <picture>), their drawings in
// SVG files that stand alone (their geometry, styles and both colour schemes inside).
import { describe, expect, it } from 'vitest';
import { builtFile } from '../../src/lib/site/routes';
import { attr, descendants, elements, readDist, stepFigureFiles, type Element } from '../support/dist';
import { builtStories } from '../support/stories';

const stories = builtStories();
const holders = (html: string) => [...html.matchAll(/<noscript data-step-figure>[\s\S]*?<\/noscript>/g)];
/**
 * A step's figure in the HTML, in bytes, beside the text alternatives no picture can stand for and
 * every step of a kind repeats (the diagram's key, the timeline's list of events): 1.5 KB a step
 * over the story, and no one step past 2 KB.
 */
const perStep = { average: 1536, most: 2048 };
const alternatives = /<ul class="diagram-legend"[\s\S]*?<\/ul>|<ol class="timeline-list[\s\S]*?<\/ol>/g;

describe('the steps’ figures', () => {
  it('finds the stories', () => expect(stories.length).toBeGreaterThan(0));

  for (const story of stories) {
    const html = readDist(builtFile(story.path));

    it(`${story.path}: each step's figure in the HTML is its words and a picture, 1.5 KB a step`, () => {
      const found = holders(html).map((m) => m[0]);
      expect(found).toHaveLength(story.steps.length);
      const bytes = found.map((markup) => markup.replace(alternatives, '').length);
      expect(bytes.reduce((a, b) => a + b, 0) / found.length).toBeLessThanOrEqual(perStep.average);
      expect(
        bytes.map((b, i) => ({ step: story.steps[i]!.id, bytes: b })).filter((s) => s.bytes > perStep.most),
      ).toEqual([]);
      for (const markup of found) {
        expect(markup).not.toMatch(/<svg[^>]*data-variant/);
        expect(markup).toMatch(/<picture>/);
      }
    });

    it(`${story.path}: every figure file exists, and is a standalone SVG with what it draws inside`, () => {
      const files = stepFigureFiles(html);
      expect(files).toHaveLength(story.steps.length * 2);
      for (const file of files) {
        const svg = readDist(builtFile(file));
        expect(svg, file).toMatch(
          /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 [\d.]+ [\d.]+"/,
        );
        // Both colour schemes: an image follows the reader's.
        expect(svg, file).toMatch(/@media \(prefers-color-scheme:\s*dark\)/);
        expect(svg, file).toMatch(/--map-land:/);
        // Nothing from elsewhere: every reference resolves inside the file, and only what is used is there.
        const all = elements(svg);
        const ids = new Set(all.map((e) => attr(e, 'id')).filter(Boolean));
        const references = [...svg.matchAll(/(?:href="|url\(#)([^"')]*)/g)].map((m) => m[1]!);
        for (const ref of references)
          expect(ref.startsWith('#') ? ids.has(ref.slice(1)) : ids.has(ref), `${file}: ${ref}`).toBe(true);
        const defs = all.find((e) => e.tagName === 'defs');
        for (const def of defs ? defs.childNodes.filter((c): c is Element => 'tagName' in c) : []) {
          const inside = [def, ...descendants(def)].map((e) => attr(e, 'id'));
          expect(
            inside.some((id) => id && (svg.includes(`href="#${id}"`) || svg.includes(`url(#${id})`))),
            `${file}: <${def.tagName} id="${attr(def, 'id')}"> is never used`,
          ).toBe(true);
        }
        // A map draws its land from the geometry copied in.
        if (svg.includes('class="map-svg"')) expect(ids.has('map-land'), file).toBe(true);
      }
    });
  }
});
