import { StoryFrontmatterSchema } from '../../schemas';
import type { StoryFrontmatter } from '../../schemas/story';
import type { ContentError } from './contentError';
import { parseYamlList } from './parseYamlList';
import { validateEntries } from './validateEntries';

/** A place in a story's body where a claim cites a source. */
export interface StoryCite {
  source: string;
  /** 1-based line in the .mdx file. */
  line: number;
}

/** A step of a story as written in MDX: its id and the attributes that declare the graphics' state. */
export interface StoryStep {
  id: string;
  /** Every attribute as written, e.g. { id: "rafah", map: "gaza" }. */
  attributes: Record<string, string>;
  line: number;
}

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
const stepPattern = /<Step\b([^>]*)>/g;
const attributePattern = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The <Step> tags of an MDX text, with their attributes as written and their lines. */
export function parseSteps(text: string): StoryStep[] {
  return [...text.matchAll(stepPattern)].map((m) => {
    const attributes = Object.fromEntries(
      [...m[1]!.matchAll(attributePattern)].map((a) => [a[1]!, a[2] ?? a[3] ?? '']),
    );
    return { id: attributes.id ?? '', attributes, line: lineAt(text, m.index) };
  });
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
  const steps = parseSteps(text);
  return { story: { slug: entry.data.slug ?? slug, file, frontmatter: entry.data, fieldLines, cites, steps }, errors };
}
