import { getCollection, type CollectionEntry } from 'astro:content';

/** Every story, newest first (by first publication; the file name breaks ties). Its id is its slug. */
export async function readStories(): Promise<CollectionEntry<'stories'>[]> {
  const stories = await getCollection('stories');
  // Compared as instants: the same moment may be written with different offsets.
  const time = (story: CollectionEntry<'stories'>) => Date.parse(story.data.published);
  return stories.sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
}

/** The story first published: the one the site's original, unprefixed embed addresses pointed at. */
export async function firstStory(): Promise<CollectionEntry<'stories'>> {
  const stories = await readStories();
  return stories.at(-1)!;
}
