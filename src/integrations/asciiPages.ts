import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { asciiHtml } from '../lib/site/asciiHtml';

/**
 * Writes every built page in ASCII (src/lib/site/asciiHtml.ts says why): after the build, each
 * HTML file is rewritten with character references for whatever lies past ASCII.
 */
export function asciiPages(): AstroIntegration {
  return {
    name: 'ascii-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let rewritten = 0;
        for (const page of pages) {
          const file = path.join(root, page);
          const html = await readFile(file, 'utf8');
          const ascii = asciiHtml(html);
          if (ascii !== html) {
            await writeFile(file, ascii);
            rewritten++;
          }
        }
        logger.info(`${rewritten} of ${pages.length} pages written in ASCII`);
      },
    },
  };
}
