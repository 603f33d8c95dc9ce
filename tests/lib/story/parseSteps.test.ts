import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSteps, parseStepsChecked } from '../../../src/lib/story/parseSteps';

const storiesDir = path.join(import.meta.dirname, '../../../content/stories');
const frontmatter = "---\ntitle: 'A story'\nsources:\n  - a\n---\n";

describe('parseStepsChecked', () => {
  it('reads attributes in double and single quotes, in the order written', () => {
    const { steps, errors } = parseStepsChecked(
      `<Step id="war" map='region' actors="israel hamas">\n\nText.\n\n</Step>\n`,
    );
    expect(errors).toEqual([]);
    expect(steps).toEqual([
      { id: 'war', attributes: { id: 'war', map: 'region', actors: 'israel hamas' }, line: 1 },
    ]);
  });

  it('reads a tag written over several lines, at the line where it starts', () => {
    const text = `Intro.\n\n<Step\n  id="cairo"\n  map="mediation"\n  event="talks"\n>\n\nText.\n\n</Step>\n`;
    expect(parseSteps(text)).toEqual([
      { id: 'cairo', attributes: { id: 'cairo', map: 'mediation', event: 'talks' }, line: 3 },
    ]);
  });

  it('gives lines of the .mdx file, front matter included', () => {
    const body = `<Step id="a" map="m">\n\nOne.\n\n</Step>\n\n<Step id="b" map="m">\n\nTwo.\n\n</Step>\n`;
    expect(parseSteps(body).map((s) => s.line)).toEqual([1, 7]);
    expect(parseSteps(`${frontmatter}\n${body}`).map((s) => s.line)).toEqual([7, 13]);
  });

  it('does not read the front matter as Markdown: a <Step> written in it is not a step', () => {
    const text = `---\ntitle: 'About <Step id="x" map="m">'\n---\n\nText.\n`;
    expect(parseStepsChecked(text)).toEqual({ steps: [], errors: [] });
  });

  it('ignores a <Step> shown in a code fence (the regex version wrongly counted it)', () => {
    const text = `<Step id="real" map="m">\n\nText.\n\n</Step>\n\n\`\`\`mdx\n<Step id="example" map="m">\n\`\`\`\n`;
    expect(parseSteps(text).map((s) => s.id)).toEqual(['real']);
  });

  it('ignores a <Step> in inline code (the regex version wrongly counted it)', () => {
    expect(parseSteps('Write `<Step id="x" map="m">` to begin a step.\n')).toEqual([]);
  });

  it('ignores a <Step> commented out with an MDX comment {/* */}', () => {
    const text = `{/* <Step id="draft" map="m"> */}\n\n<Step id="real" map="m">\n\nText.\n\n</Step>\n`;
    expect(parseSteps(text).map((s) => s.id)).toEqual(['real']);
  });

  it('reports an HTML comment as a located error: MDX has no HTML comments, so it is not a hidden step', () => {
    const { steps, errors } = parseStepsChecked(`Text.\n\n<!-- <Step id="draft" map="m"> -->\n`);
    expect(steps).toEqual([]);
    expect(errors).toEqual([{ line: 3, column: 2, problem: expect.stringContaining('{/* text */}') }]);
  });

  it('finds steps nested in other JSX, in document order', () => {
    const text = [
      '<Step id="first" map="m">\n\nOne.\n\n</Step>\n',
      '<div class="wide">\n  <aside>\n    <Step id="nested" map="m">\n\n    Two.\n\n    </Step>\n  </aside>\n</div>\n',
      'Inline <Step id="inline" map="m">three</Step> in a paragraph.\n',
    ].join('\n');
    expect(parseSteps(text).map((s) => [s.id, s.line])).toEqual([
      ['first', 1],
      ['nested', 9],
      ['inline', 17],
    ]);
  });

  it('does not count other elements whose names start with Step', () => {
    expect(parseSteps('<Steps>\n\n<StepNote id="x" map="m" />\n\n</Steps>\n')).toEqual([]);
  });

  it('reports JSX-expression, bare and spread attributes as invalid, located, instead of mangling them', () => {
    const text = `<Step id="x"\n  map={view}\n  graphic\n  {...rest}\n  event="e">\n\nText.\n\n</Step>\n`;
    expect(parseSteps(text)).toEqual([
      {
        id: 'x',
        attributes: { id: 'x', event: 'e' },
        line: 1,
        invalid: [
          { name: 'map', line: 2, reason: 'is a JSX expression ({view}), not a plain string in quotes' },
          { name: 'graphic', line: 3, reason: 'has no value (write it as name="…")' },
          { name: '{...rest}', line: 4, reason: 'is a spread expression, not a plain-string attribute' },
        ],
      },
    ]);
  });

  it('gives a step without an id the empty id, as the content check expects', () => {
    expect(parseSteps('<Step map="m">\n\nText.\n\n</Step>\n')).toEqual([
      { id: '', attributes: { map: 'm' }, line: 1 },
    ]);
  });

  it('returns an MDX syntax error as a located error instead of throwing', () => {
    const text = `${frontmatter}\n<Step id="a" map="m">\n\nText with a stray { brace.\n\n</Step>\n`;
    const result = parseStepsChecked(text);
    expect(result.steps).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 9, problem: expect.stringContaining('closing brace') });
  });

  it('locates a step left open at its opening tag', () => {
    const { errors } = parseStepsChecked(`${frontmatter}\n<Step id="a" map="m">\n\nText.\n`);
    expect(errors).toEqual([
      { line: 7, column: 1, problem: expect.stringContaining('closing tag for `<Step>`') },
    ]);
  });
});

describe('parseSteps', () => {
  it('throws on an MDX syntax error, naming the line (parseStepsChecked returns it instead)', () => {
    expect(() => parseSteps('One.\n\nTwo <3.\n')).toThrow(/^line 3: /);
  });
});

describe('the stories in content/stories', () => {
  const files = readdirSync(storiesDir).filter((f) => f.endsWith('.mdx'));

  it('are there to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses without errors, every step with an id and a map', (file) => {
    const { steps, errors } = parseStepsChecked(readFileSync(path.join(storiesDir, file), 'utf8'));
    expect(errors).toEqual([]);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(step.attributes.map).toMatch(/\S/);
      expect(step.invalid).toBeUndefined();
    }
  });
});
