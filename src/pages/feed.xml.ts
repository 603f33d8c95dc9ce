// The stories as an RSS feed, newest first, for those who follow the desk (linked from every page's head).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { readStories } from '../components/readStories';
import { feedDescription, feedItem, feedTitle } from '../lib/site/feed';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: feedTitle,
    description: feedDescription,
    site: site!.href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: '<language>en</language>',
    items: (await readStories()).map((story) => feedItem(story.id, story.data)),
  });
