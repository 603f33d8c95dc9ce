import { getCollection } from 'astro:content';
import geography from '../../generated/geography.json';
import type { Geography } from '../../lib/geo/geography';
import { mapBuild, type MapBuild } from '../../lib/geo/mapData';

let cached: Promise<MapBuild> | undefined;

/** The map for this build, computed once from the content collections and the prepared geography. */
export function readMap(): Promise<MapBuild> {
  cached ??= (async () => {
    const places = (await getCollection('places')).map((e) => e.data);
    const views = (await getCollection('views')).map((e) => e.data);
    return mapBuild(geography as Geography, places, views);
  })();
  return cached;
}
