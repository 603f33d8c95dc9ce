import type { AstroIntegration } from 'astro';
import { asciiHtml } from '../lib/site/asciiHtml';
import { rewritePages } from './builtPages';

/**
 * Writes every built page in ASCII (src/lib/site/asciiHtml.ts says why): after the build, each
 * HTML file is rewritten with character references for whatever lies past ASCII.
 */
export function asciiPages(): AstroIntegration {
  return {
    name: 'ascii-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { rewritten, pages } = await rewritePages(dir, asciiHtml);
        logger.info(`${rewritten} of ${pages} pages written in ASCII`);
      },
    },
  };
}
