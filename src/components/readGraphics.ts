import { loadContent } from '../lib/content/loadContent';
import type { Content } from '../lib/content/readContent';
import geography from '../generated/geography.json';
import { diagramBuild } from '../lib/actors/diagramData';
import type { Geography } from '../lib/geo/geography';
import { mapBuild } from '../lib/geo/mapData';
import { timelineBuild } from '../lib/timeline/timelineData';

// The one content read keeps every list in the order editors wrote it, which the graphics follow.
async function load(content: Content) {
  const { places, views, actors, relations, events, sources } = content;
  return {
    places,
    views,
    actors,
    relations,
    events,
    sources,
    map: mapBuild(geography as Geography, places, views),
    diagram: diagramBuild(actors, relations),
    timeline: timelineBuild(events),
  };
}

let cached: { content: Content; graphics: ReturnType<typeof load> } | undefined;

/** Content and every graphic's models for this build (or this state of the content in dev), computed once. */
export function readGraphics(): ReturnType<typeof load> {
  const { content } = loadContent();
  if (cached?.content !== content) cached = { content, graphics: load(content) };
  return cached.graphics;
}
