import { routes } from '../../src/lib/site/routes';
import { stepState } from '../../src/lib/story/stepState';
import { attr, distFiles, elements, readDist, textOf } from './dist';

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
      const data = all.find((e) => e.tagName === 'script' && attr(e, 'data-steps') !== undefined);
      const steps = (JSON.parse(data ? textOf(data) : '[]') as { attributes: Record<string, string> }[])
        .map(({ attributes }) => stepState(attributes))
        .map((state) => ({ id: state.id, graphic: state.graphic as string }));
      const path = `/${file.split(/[\\/]/).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
      return [{ path, steps }];
    });
}
