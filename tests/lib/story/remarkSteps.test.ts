import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSteps } from '../../../src/integrations/remarkSteps';
import { parseSteps } from '../../../src/lib/story/parseSteps';

// As Astro hands it to remark: the front matter blanked to spaces, so lines are the .mdx file's.
const text =
  '   \n   \n   \n\n<Step id="a" map="region">\n\nOne.\n\n</Step>\n\n<Step id="b" map={x}>\n\nTwo.\n\n</Step>\n';

async function run(file: VFile) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSteps);
  await processor.run(processor.parse(file), file);
  return file.data.astro as { frontmatter: Record<string, unknown> };
}

describe('remarkSteps', () => {
  it("adds the steps to the page's front matter, keeping what is there", async () => {
    const file = new VFile({ value: text, data: { astro: { frontmatter: { title: 'T' } } } });
    const { frontmatter } = await run(file);
    expect(frontmatter.title).toBe('T');
    expect(frontmatter.steps).toEqual([
      { id: 'a', attributes: { id: 'a', map: 'region' }, line: 5 },
      {
        id: 'b',
        attributes: { id: 'b' },
        line: 11,
        invalid: [
          { name: 'map', line: 11, reason: 'is a JSX expression ({x}), not a plain string in quotes' },
        ],
      },
    ]);
  });

  it('gives the same steps as parseSteps on the same text', async () => {
    const { frontmatter } = await run(new VFile({ value: text, data: { astro: { frontmatter: {} } } }));
    expect(frontmatter.steps).toEqual(parseSteps(text));
  });

  it('creates the front matter when run outside Astro', async () => {
    const { frontmatter } = await run(new VFile({ value: text }));
    expect((frontmatter.steps as unknown[]).length).toBe(2);
  });
});
