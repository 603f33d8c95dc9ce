import type { StoryFrontmatter } from '../../schemas/story';
import { formatTimestamp, isLaterUpdate } from '../story/timestamps';
import { routes } from './routes';

/** The feed's own title and description (also the title of the <link rel="alternate"> in every page). */
export const feedTitle = 'The graphics desk: explainers';
export const feedDescription =
  'Scrolling news explainers from the graphics desk, with their updates and corrections.';

/**
 * One story as a feed item: its title, dek, address and first publication; its last update and
 * every correction follow the dek, so a reader of the feed learns of them as readers of the page do.
 */
export function feedItem(slug: string, story: StoryFrontmatter) {
  const updated = isLaterUpdate(story.published, story.updated)
    ? ` Updated ${formatTimestamp(story.updated)}.`
    : '';
  const corrections = story.corrections.map((c) => ` Correction (${c.date}): ${c.text}`).join('');
  return {
    title: story.title,
    description: `${story.dek}${updated}${corrections}`,
    link: routes.story(slug),
    pubDate: new Date(story.published),
    customData: isLaterUpdate(story.published, story.updated)
      ? `<atom:updated>${new Date(story.updated).toISOString()}</atom:updated>`
      : undefined,
  };
}
