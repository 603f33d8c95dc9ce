import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { stepsOf } from '../lib/story/parseSteps';

/** What Astro's Markdown pipeline keeps on each file: the front matter a page gets as remarkPluginFrontmatter. */
interface AstroFileData {
  frontmatter?: Record<string, unknown>;
}

/**
 * Remark plugin: puts the story's <Step> tags in its front matter as `steps`, so a page reads them from
 * `(await render(story)).remarkPluginFrontmatter.steps`, the same parse that compiles the MDX.
 */
export function remarkSteps() {
  return (tree: Root, file: VFile) => {
    // Astro creates data.astro.frontmatter for every file; outside Astro, create it so the result is still kept.
    const astro = (file.data.astro ??= {}) as AstroFileData;
    (astro.frontmatter ??= {}).steps = stepsOf(tree);
  };
}
