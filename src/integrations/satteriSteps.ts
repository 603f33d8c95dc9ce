import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { stepsOf } from '../lib/story/parseSteps';

/**
 * For Sätteri (Astro 7's MDX processor): puts the story's <Step> tags in
 * its front matter as `steps`, read by a page as `(await render(story)).remarkPluginFrontmatter.steps`.
 */
export const satteriSteps = defineMdastPlugin({
  name: 'steps',
  // Sätteri leaves positions out unless asked, and a step's line comes from its position.
  options: { position: true },
  after(root, ctx) {
    // Astro seeds data.astro.frontmatter for every file; outside Astro, create it so the result is still kept.
    const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
    const astro = (data.astro ??= {});
    (astro.frontmatter ??= {}).steps = stepsOf(root as Root);
  },
});
