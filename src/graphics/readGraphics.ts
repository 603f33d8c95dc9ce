import { getCollection } from 'astro:content';
import type { DataCollection, DataEntry } from '../schemas';
import { readContent, type Content } from '../lib/content/readContent';
import geography from '../generated/geography.json';
import { buildGraphics } from './builders';
import type { GraphicContent } from './content';
import type { Geography } from './map/geography';

/** A collection's entries in the order editors wrote them (the content store sorts by id). */
async function ordered<C extends DataCollection>(name: C, content: Content) {
  const rank = new Map(content[name].map((e, i) => [e.id, i]));
  const list = (await getCollection(name)).map((e) => e.data as DataEntry<C>);
  return list.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

async function load() {
  const { content } = readContent();
  const [places, views, actors, relations, events, sources] = await Promise.all([
    ordered('places', content),
    ordered('views', content),
    ordered('actors', content),
    ordered('relations', content),
    ordered('events', content),
    ordered('sources', content),
  ]);
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

let cached: ReturnType<typeof load> | undefined;

/** Content and every graphic's models for this build, computed once and shared by all components. */
export function readGraphics(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
