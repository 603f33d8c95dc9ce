import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paintFirstPage } from '../lib/site/paintFirst';

/**
 * After the build, each story page (the pages with a <scroll-story>) starts its script once its
 * first paint is on screen (src/lib/site/paintFirst.ts says why). Embeds keep theirs as it is: an
 * embed's script tells the host page its height, which is wanted at once.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

export function paintFirst(): AstroIntegration {
  return {
    name: 'paint-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let rewritten = 0;
        for (const page of pages) {
          const file = path.join(root, page);
          const html = await readFile(file, 'utf8');
          if (!html.includes('<scroll-story')) continue;
          await writeFile(file, paintFirstPage(html, page, sha256));
          rewritten++;
        }
        logger.info(`${rewritten} story pages start their script after the first paint`);
      },
    },
  };
}
