import { loadContent } from '../lib/content/loadContent';
import type { Content } from '../lib/content/readContent';
import geography from '../generated/geography.json';
import { buildGraphics } from './builders';
import type { GraphicContent } from './content';
import type { Geography } from '../lib/geography';

// The one content read keeps every list in the order editors wrote it, which the graphics follow.
async function load(content: Content) {
  const { places, views, actors, relations, events, sources } = content;
  const data: GraphicContent = {
    geography: geography as Geography,
    places,
    views,
    actors,
    relations,
    events,
    sources,
  };
  return { ...data, content: data, builds: buildGraphics(data) };
}

let cached: { content: Content; graphics: ReturnType<typeof load> } | undefined;

/** Content and every graphic's models for this build (or this state of the content in dev), computed once. */
export function readGraphics(): ReturnType<typeof load> {
  const { content } = loadContent();
  if (cached?.content !== content) cached = { content, graphics: load(content) };
  return cached.graphics;
}
