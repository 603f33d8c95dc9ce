import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../support/dist';

// The project's own rules, loaded explicitly so every string validated here gets them.
const config = JSON.parse(
  readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(config);

describe('every built page is valid HTML (html-validate)', () => {
  // The stories' live graphics (src/graphics/liveGraphicsFile.ts) too: markup the page takes in whole.
  const pages = [...distFiles('.html'), ...distFiles('.htm')];
  it('there are pages to check, and the validator flags broken markup', async () => {
    expect(pages.length).toBeGreaterThan(0);
    const broken = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div id="a"></div><div id="a"></div></body></html>',
    );
    expect(broken.valid).toBe(false);
  });
  for (const page of pages) {
    it(page, async () => {
      const report = await validator.validateString(readDist(page), page);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(messages).toEqual([]);
    });
  }
});

// Chromium decodes and parses an all-ASCII page on its fast path (src/lib/site/asciiHtml.ts).
describe('every built page is ASCII outside the code of its scripts and style sheets', () => {
  const pages = distFiles('.html');
  const code = /<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
  for (const page of pages) {
    it(page, () => {
      const html = readDist(page);
      const outside = html.replace(code, (whole, _tag: string, attributes: string) =>
        /application\/(?:ld\+)?json/.test(attributes) ? whole : '',
      );
      expect(outside.match(/[\u0080-\u{10ffff}]/gu) ?? []).toEqual([]);
    });
  }
  it('and the story, parsed, still reads its middle dots and dashes', () => {
    const story = pages.find((page) => readDist(page).includes('<scroll-story'))!;
    expect(readDist(story)).not.toContain('Explainer · Israel–Hamas war');
    expect(serialize(parse(readDist(story)))).toContain('Explainer · Israel–Hamas war');
  });
});
