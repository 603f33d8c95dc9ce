import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../support/dist';

// The project's own rules, loaded explicitly so every string validated here gets them.
const config = JSON.parse(
  readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(config);

describe('every built page is valid HTML (html-validate)', () => {
  const pages = distFiles('.html');
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
