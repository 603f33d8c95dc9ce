import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFiles, type DataCollection, type DataEntry } from '../../schemas';
import { checkReferences, skippedChecks, type LocatedData } from './checkReferences';
import { checkPlausibility } from './checkPlausibility';
import { checkViewFigures } from './checkViewFigures';
import { checkStories } from './checkStories';
import type { Geography } from '../geography';
import type { ContentError, ContentReport } from './contentError';
import { parseStory, type ParsedStory } from './parseStory';
import { parseYamlList } from './parseYamlList';
import { validateEntries } from './validateEntries';
import { reservedSlugs } from '../site/routes';

/** All editor content, validated and cross-checked, each list in the order editors wrote it. */
export type Content = { [C in DataCollection]: DataEntry<C>[] } & { stories: ParsedStory[] };

/** What a read of the content gives: the content, every error, and the checks left out because of them. */
export interface ContentRead extends ContentReport {
  content: Content;
  errors: ContentError[];
  skipped: string[];
}

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

/** The prepared land areas (npm run geo writes them), for the plausibility of coordinates; absent before. */
function readGeography(): Geography | undefined {
  const file = path.resolve(process.cwd(), 'src/generated/geography.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Geography) : undefined;
}

/** The content folder: CONTENT_DIR when set (tests point it at fixtures), else ./content. */
export function contentDir(root = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** Reads and validates the YAML data files, in entry order; a file that cannot be read is "unreadable". */
function readDataFiles(dir: string, prefix: string) {
  const errors: ContentError[] = [];
  const located = {} as LocatedData;
  const unreadable = new Set<DataCollection>();
  const knownIds: Partial<Record<DataCollection, Set<string>>> = {};
  for (const collection of Object.keys(dataFiles) as DataCollection[]) {
    const { file, schema } = dataFiles[collection];
    const relative = `${prefix}/${file}`;
    const full = path.join(dir, file);
    located[collection] = [];
    if (!existsSync(full)) {
      errors.push({
        file: relative,
        problem: 'the file is missing',
        fix: `create it with a list of ${collection}; see the editors' guide in README.md`,
      });
      unreadable.add(collection);
      continue;
    }
    const parsed = parseYamlList(readFileSync(full, 'utf8'), relative);
    const validated = validateEntries(parsed.items, schema, relative, singular[collection]);
    errors.push(...parsed.errors, ...validated.errors);
    // A file that does not parse has no entries: checks of ids that name it would all be false alarms.
    if (parsed.items.length === 0 && parsed.errors.length > 0) unreadable.add(collection);
    else knownIds[collection] = new Set(parsed.items.flatMap((i) => idOf(i.value)));
    (located as Record<DataCollection, unknown>)[collection] = validated.entries;
  }
  return { errors, located, unreadable, knownIds };
}

/** Reads every story in content/stories, in file-name order. */
function readStories(dir: string, prefix: string) {
  const storiesDir = path.join(dir, 'stories');
  const names = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  const errors: ContentError[] = [];
  if (names.length === 0) {
    errors.push({
      file: `${prefix}/stories`,
      problem: 'there is no story',
      fix: 'add a story as content/stories/<slug>.mdx',
    });
  }
  const stories: ParsedStory[] = [];
  for (const name of names) {
    const text = readFileSync(path.join(storiesDir, name), 'utf8');
    const result = parseStory(text, `${prefix}/stories/${name}`, name.replace(/\.mdx$/, ''));
    errors.push(...result.errors);
    if (result.story) stories.push(result.story);
  }
  return { stories, errors };
}

/** Reads and validates every content file; returns the content, every error, and the checks left out. */
export function readContent(dir = contentDir(), root = process.cwd()): ContentRead {
  const prefix = path.relative(root, dir) || '.';
  const data = readDataFiles(dir, prefix);
  const { stories, errors: storyErrors } = readStories(dir, prefix);
  const errors = [
    ...data.errors,
    ...checkReferences(data.located, prefix, data.unreadable, data.knownIds),
    ...storyErrors,
    ...checkSlugs(stories),
    ...checkStories(stories, data.knownIds),
    ...checkPlausibility(data.located.places, data.located.views, `${prefix}/${dataFiles.places.file}`, readGeography()),
    ...checkViewFigures(
      data.located.views,
      data.located.places.map((p) => p.data),
      `${prefix}/${dataFiles.views.file}`,
    ),
  ];
  const content = Object.fromEntries(
    (Object.keys(data.located) as DataCollection[]).map((c) => [c, data.located[c].map((e) => e.data)]),
  ) as unknown as Content;
  content.stories = stories;
  return { content, errors, skipped: skippedChecks(data.unreadable, prefix) };
}
