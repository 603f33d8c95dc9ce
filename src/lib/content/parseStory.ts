import { StoryFrontmatterSchema } from '../../schemas';
import type { StoryFrontmatter } from '../../schemas/story';
import type { ContentError } from './contentError';
import { parseYamlList } from './parseYamlList';
import { validateEntries } from './validateEntries';
import { parseStepsChecked, type StoryStep } from '../story/parseSteps';

/** A place in a story's body where a claim cites a source. */
export interface StoryCite {
  source: string;
  /** 1-based line in the .mdx file. */
  line: number;
}

export type { StoryStep } from '../story/parseSteps';

/** What the content check needs of a story: its front matter and the sources its body cites. */
export interface ParsedStory {
  /** The story's address, /<slug>/: its front matter's slug, else its file name. */
  slug: string;
  file: string;
  frontmatter: StoryFrontmatter;
  fieldLines: Record<string, number>;
  cites: StoryCite[];
  steps: StoryStep[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const citePattern = /<Cite\b[^>]*?\bsource\s*=\s*["']([^"']*)["']/g;

/** The story's steps, from its MDX syntax tree; a syntax error or a step attribute that is not text is a content error. */
function storySteps(text: string, file: string): { steps: StoryStep[]; errors: ContentError[] } {
  const parsed = parseStepsChecked(text);
  const syntax = parsed.errors.map((e) => ({
    file,
    line: e.line,
    entry: 'story text',
    problem: `the MDX cannot be read: ${e.problem}`,
    fix: 'close every tag you open, and write comments as {/* ... */}; the message above says where the parser stopped.',
  }));
  const attributes = parsed.steps.flatMap((step) =>
    (step.invalid ?? []).map((a) => ({
      file,
      line: a.line,
      entry: `step "${step.id}"`,
      field: a.name,
      problem: a.reason,
      fix: `write the value in quotes, e.g. ${a.name}="an-id".`,
    })),
  );
  return { steps: parsed.steps, errors: [...syntax, ...attributes] };
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Reads a story's front matter and citations; every problem comes back as a located error. */
export function parseStory(
  text: string,
  file: string,
  slug: string,
): { story?: ParsedStory; errors: ContentError[] } {
  const match = frontmatterPattern.exec(text);
  if (!match) {
    return {
      errors: [
        {
          file,
          line: 1,
          entry: 'front matter',
          problem: 'the story has no front matter',
          fix: 'start the file with a block between two "---" lines holding title, dek, byline, dateline, published and sources.',
        },
      ],
    };
  }
  // Parse the front matter as a one-entry list so it shares the data files' checks and messages.
  const yaml = match[1]!
    .split('\n')
    .map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`))
    .join('\n');
  // The front matter starts on the file's second line, after the opening "---".
  const parsed = parseYamlList(yaml, file, 2);
  const item = parsed.items[0];
  if (!item) return { errors: parsed.errors.map((e) => ({ ...e, entry: 'front matter' })) };
  item.value ??= {};
  const fieldLines = item.fieldLines;
  const result = validateEntries([{ ...item, fieldLines, line: 1 }], StoryFrontmatterSchema, file, 'a story');
  // A key written twice is its own error; the story still parses, with the later value.
  const errors = [...parsed.errors, ...result.errors].map((e) => ({ ...e, entry: 'front matter' }));
  const entry = result.entries[0];
  if (!entry) return { errors };

  const cites = [...text.matchAll(citePattern)].map((m) => ({ source: m[1]!, line: lineAt(text, m.index) }));
  const { steps, errors: stepErrors } = storySteps(text, file);
  const story = { slug: entry.data.slug ?? slug, file, frontmatter: entry.data, fieldLines, cites, steps };
  return { story, errors: [...errors, ...stepErrors] };
}
