import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { countErrors, formatContentReport } from '../lib/content/contentError';
import { overlayError } from '../lib/content/devOverlay';
import { loadContent } from '../lib/content/loadContent';
import { contentDir } from '../lib/content/readContent';

/**
 * Guards the content.
 * - `astro build`: checks everything before the build starts, so a mistake stops it with every error
 *   listed and nothing written. (Astro's own YAML loader logs syntax errors and builds on regardless.)
 * - `astro dev`: checks at start and after every edit under content/. A mistake is printed once in the
 *   terminal and shown as an overlay, naming file, entry and field, in every open preview; the fix
 *   reloads the preview.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const read = loadContent();
        if (read.errors.length === 0) return;
        logger.error(`${countErrors(read.errors.length)}; nothing was built.\n${formatContentReport(read)}`);
        // Exit rather than throw: Astro would present a thrown error as "an unhandled error in a hook".
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        const root = process.cwd();
        const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
        let broken = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const check = () => {
          const report = loadContent(dir, root);
          if (report.errors.length > 0) {
            broken = true;
            logger.error(
              `${countErrors(report.errors.length)}; the preview shows them until they are fixed:\n${formatContentReport(report)}`,
            );
            const err = overlayError(report, (file) => path.resolve(root, file), read);
            // Marked as prepared: Astro would otherwise escape the overlay's text a second time.
            server.hot.send({ type: 'error', err, __isEnhancedAstroErrorPayload: true } as never);
          } else if (broken) {
            broken = false;
            logger.info('Content is valid again: reloading the preview.');
            server.hot.send({ type: 'full-reload', path: '*' });
          }
        };
        check();
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
