import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFiles, type DataCollection, type DataEntry } from '../../schemas';
import { checkReferences, type LocatedData } from './checkReferences';
import { checkStories } from './checkStories';
import type { ContentError } from './contentError';
import { parseStory, type ParsedStory } from './parseStory';
import { parseYamlList } from './parseYamlList';
import { validateEntries } from './validateEntries';
import { reservedSlugs } from '../site/routes';

/** All editor content, validated and cross-checked. */
export type Content = { [C in DataCollection]: DataEntry<C>[] } & { stories: ParsedStory[] };

const singular: Record<DataCollection, string> = {
  sources: 'a source',
  places: 'a place',
  actors: 'an actor',
  relations: 'a relation',
  events: 'an event',
  views: 'a map view',
};

function idOf(value: unknown): string[] {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? [id] : [];
}

/** Each story needs an address of its own that the site does not already use. */
function checkSlugs(stories: readonly ParsedStory[]): ContentError[] {
  const errors: ContentError[] = [];
  const taken = new Map<string, ParsedStory>();
  for (const story of stories) {
    const fromFile = story.frontmatter.slug === undefined;
    const base = {
      file: story.file,
      line: fromFile ? 1 : story.fieldLines.slug,
      entry: 'front matter',
      field: 'slug',
    };
    const other = taken.get(story.slug);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(story.slug)) {
      errors.push({
        ...base,
        problem: `the file name gives the address "${story.slug}", which is not lowercase words joined by hyphens`,
        fix: 'rename the file, e.g. stories/qatar-role.mdx, or set slug: in the front matter.',
      });
    } else if (reservedSlugs.includes(story.slug)) {
      errors.push({
        ...base,
        problem: `"${story.slug}" is an address the site uses for itself`,
        fix: `choose another slug; these are taken: ${reservedSlugs.join(', ')}.`,
      });
    } else if (other) {
      errors.push({
        ...base,
        problem: `"${story.slug}" is already the address of ${other.file}; two stories cannot share /${story.slug}/`,
        fix: `give this story its own slug: in the front matter (e.g. slug: ${story.slug}-2), or rename the file.`,
      });
    } else taken.set(story.slug, story);
  }
  return errors;
}

/** The content folder: CONTENT_DIR when set (tests point it at fixtures), else ./content. */
export function contentDir(root = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** Reads and validates every content file; returns the content and the full list of errors (empty when all is well). */
export function readContent(
  dir = contentDir(),
  root = process.cwd(),
): { content: Content; errors: ContentError[] } {
  const prefix = path.relative(root, dir) || '.';
  const errors: ContentError[] = [];
  const located = {} as LocatedData;
  const unreadable = new Set<DataCollection>();
  const knownIds: Partial<Record<DataCollection, Set<string>>> = {};

  for (const collection of Object.keys(dataFiles) as DataCollection[]) {
    const { file, schema } = dataFiles[collection];
    const relative = `${prefix}/${file}`;
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      errors.push({
        file: relative,
        problem: 'the file is missing',
        fix: `create it with a list of ${collection}; see the editors' guide in README.md.`,
      });
      located[collection] = [];
      unreadable.add(collection);
      continue;
    }
    const parsed = parseYamlList(readFileSync(full, 'utf8'), relative);
    const validated = validateEntries(parsed.items, schema, relative, singular[collection]);
    errors.push(...parsed.errors, ...validated.errors);
    if (parsed.errors.length > 0) unreadable.add(collection);
    knownIds[collection] = new Set(parsed.items.flatMap((i) => idOf(i.value)));
    (located as Record<DataCollection, unknown>)[collection] = validated.entries;
  }
  errors.push(...checkReferences(located, prefix, unreadable, knownIds));

  const storiesDir = path.join(dir, 'stories');
  const storyFiles = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  if (storyFiles.length === 0) {
    errors.push({
      file: `${prefix}/stories`,
      problem: 'there is no story',
      fix: 'add a story as content/stories/<slug>.mdx.',
    });
  }
  const stories: ParsedStory[] = [];
  for (const name of storyFiles) {
    const relative = `${prefix}/stories/${name}`;
    const result = parseStory(
      readFileSync(path.join(storiesDir, name), 'utf8'),
      relative,
      name.replace(/\.mdx$/, ''),
    );
    errors.push(...result.errors);
    if (result.story) stories.push(result.story);
  }
  errors.push(...checkSlugs(stories));
  if (!unreadable.has('sources')) errors.push(...checkStories(stories, knownIds.sources ?? new Set(), knownIds));

  const content = Object.fromEntries(
    (Object.keys(located) as DataCollection[]).map((c) => [c, located[c].map((e) => e.data)]),
  ) as unknown as Content;
  content.stories = stories;
  return { content, errors };
}
