import { routes } from '../../src/lib/site/routes';
import { attr, distFiles, elements, readDist } from './dist';

/** The story the browser tests read through: the longest, using every graphic. */
export const leadSlug = 'mediation';
export const storyPath = routes.story(leadSlug);

/** A scrolling story as built: its address and its steps, in order, with the graphic each shows. */
export interface BuiltStory {
  path: string;
  steps: { id: string; graphic: string }[];
}

/**
 * Every scrolling story in dist/ (a page with a <scroll-story>), found from the built pages
 * themselves, so a story or step added to the content is covered with no change to a test.
 */
export function builtStories(): BuiltStory[] {
  return distFiles('.html')
    .sort()
    .flatMap((file) => {
      const all = elements(readDist(file));
      if (!all.some((e) => e.tagName === 'scroll-story')) return [];
      const steps = all
        .filter((e) => e.tagName === 'section' && attr(e, 'data-step') !== undefined)
        .map((e) => ({ id: attr(e, 'data-step')!, graphic: attr(e, 'data-graphic') ?? 'map' }));
      const path = `/${file.split(/[\\/]/).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
      return [{ path, steps }];
    });
}
