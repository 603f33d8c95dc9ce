import { routes } from '../../src/lib/site/routes';

/** The story the browser tests read through: the longest, using every graphic. */
export const leadSlug = 'mediation';
export const storyPath = routes.story(leadSlug);
