import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriSteps } from '../../../src/integrations/satteriSteps';
import { parseSteps } from '../../../src/lib/story/parseSteps';

const storiesDir = path.join(import.meta.dirname, '../../../content/stories');

/** The steps Sätteri's parse gives, with the text as Astro hands it over: front matter blanked, lines kept. */
function satteriStepsOf(text: string): unknown {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/, (block) => block.replace(/[^\n]/g, ' '));
  const result = mdxToJs(body, { mdastPlugins: [satteriSteps] }) as unknown as {
    data: { astro: { frontmatter: Record<string, unknown> } };
  };
  return result.data.astro.frontmatter.steps;
}

// The content check parses with remark-mdx, the site with Sätteri: they must agree on what a step is.
const fixtures: Record<string, string> = {
  'quotes and a multi-line tag': `<Step id="a" map='m'\n  actors="x y">\n\nOne.\n\n</Step>\n`,
  'a code fence': `<Step id="a" map="m">\n\nOne.\n\n</Step>\n\n\`\`\`mdx\n<Step id="b" map="m">\n\`\`\`\n`,
  'inline code': 'Write `<Step id="x" map="m">` to begin.\n',
  'an MDX comment': `{/* <Step id="x" map="m"> */}\n\n<Step id="a" map="m">\n\nOne.\n\n</Step>\n`,
  'nesting in a div': `<div>\n  <Step id="a" map="m">\n\n  One.\n\n  </Step>\n</div>\n\nSee <Step id="b" map="m">two</Step>.\n`,
};

describe('satteriSteps', () => {
  it.each(Object.entries(fixtures))('finds the same steps as parseSteps in %s', (_, text) => {
    expect(satteriStepsOf(text)).toEqual(parseSteps(text));
  });

  it("reports the same invalid attributes, at the tag's line: Sätteri gives attributes no position", () => {
    const text = `<Step id="a"\n  map={view}\n  graphic\n  {...rest}>\n\nOne.\n\n</Step>\n`;
    const atTag = parseSteps(text).map((s) => ({
      ...s,
      invalid: s.invalid?.map((i) => ({ ...i, line: s.line })),
    }));
    expect(satteriStepsOf(text)).toEqual(atTag);
  });

  it.each(readdirSync(storiesDir).filter((f) => f.endsWith('.mdx')))(
    'finds the same steps as parseSteps in %s, at the lines of the file',
    (file) => {
      const text = readFileSync(path.join(storiesDir, file), 'utf8');
      expect(satteriStepsOf(text)).toEqual(parseSteps(text));
    },
  );
});
