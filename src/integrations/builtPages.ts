import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Rewrites the built pages (every .html under the build's folder, `dir` as an astro:build:done hook
 * gives it): `rewrite` returns a page's new text, or its old one to leave it. Resolves to how many
 * were written and how many there are.
 */
export async function rewritePages(
  dir: URL,
  rewrite: (html: string, page: string) => string,
): Promise<{ rewritten: number; pages: number }> {
  const root = fileURLToPath(dir);
  const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  let rewritten = 0;
  for (const page of pages) {
    const file = path.join(root, page);
    const html = await readFile(file, 'utf8');
    const out = rewrite(html, page);
    if (out !== html) {
      await writeFile(file, out);
      rewritten++;
    }
  }
  return { rewritten, pages: pages.length };
}
