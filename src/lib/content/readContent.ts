import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFiles, type DataCollection, type DataEntry } from '../../schemas';
import { checkReferences, type LocatedData } from './checkReferences';
import { checkStories } from './checkStories';
import type { ContentError } from './contentError';
import { parseStory, type ParsedStory } from './parseStory';
import { parseYamlList } from './parseYamlList';
import { validateEntries } from './validateEntries';

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
  if (!unreadable.has('sources')) errors.push(...checkStories(stories, knownIds.sources ?? new Set(), knownIds));

  const content = Object.fromEntries(
    (Object.keys(located) as DataCollection[]).map((c) => [c, located[c].map((e) => e.data)]),
  ) as unknown as Content;
  content.stories = stories;
  return { content, errors };
}
