import type { AstroIntegration } from 'astro';
import { sha256 } from './cspHash';
import { paintFirstPage } from '../lib/site/paintFirst';
import { rewritePages } from './builtPages';

/**
 * After the build, each story page (the pages with a <scroll-story>) starts its script once its
 * first paint is on screen (src/lib/site/paintFirst.ts says why). Embeds keep theirs as it is: an
 * embed's script tells the host page its height, which is wanted at once.
 */
export function paintFirst(): AstroIntegration {
  return {
    name: 'paint-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { rewritten } = await rewritePages(dir, (html, page) =>
          html.includes('<scroll-story') ? paintFirstPage(html, page, sha256) : html,
        );
        logger.info(`${rewritten} story pages start their script after the first paint`);
      },
    },
  };
}
