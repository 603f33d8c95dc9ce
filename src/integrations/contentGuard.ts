import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentValidationError, formatContentError } from '../lib/content/contentError';
import { overlayError } from '../lib/content/devOverlay';
import { contentDir, readContent } from '../lib/content/readContent';

/**
 * Guards the content.
 * - `astro build`: checks everything before the build starts, so a mistake stops it with every error
 *   listed and nothing written. (Astro's own YAML loader logs syntax errors and builds on regardless.)
 * - `astro dev`: re-checks on every edit under content/. A mistake shows at once in the terminal and,
 *   as an overlay naming file, entry and field, in every open preview; the fix reloads the preview.
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
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        const root = process.cwd();
        const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
        let broken = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const check = () => {
          const { errors } = readContent(dir, root);
          if (errors.length > 0) {
            broken = true;
            logger.error(
              `${errors.length} content error${errors.length === 1 ? '' : 's'}; the preview keeps the last good version:\n` +
                errors.map((e) => `  - ${formatContentError(e)}`).join('\n'),
            );
            server.hot.send({
              type: 'error',
              err: overlayError(errors, (file) => path.resolve(root, file), read),
            });
          } else if (broken) {
            broken = false;
            logger.info('Content is valid again: reloading the preview.');
            server.hot.send({ type: 'full-reload', path: '*' });
          }
        };
        server.watcher.add(dir);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(dir)) return;
          // Editors save several files at once: check once they are all written.
          clearTimeout(timer);
          timer = setTimeout(check, 100);
        });
      },
    },
  };
}
