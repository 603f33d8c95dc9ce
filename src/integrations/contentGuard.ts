import type { AstroIntegration } from 'astro';
import { ContentValidationError } from '../lib/content/contentError';
import { readContent } from '../lib/content/readContent';

/**
 * Checks all content before a build starts, so a mistake stops it with every error listed and
 * nothing written to dist/. (Astro's own YAML loader logs syntax errors and builds on regardless.)
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const { errors } = readContent();
        if (errors.length > 0) throw new ContentValidationError(errors);
      },
    },
  };
}
