// What a built page loads from its own site, with sizes raw and brotli-compressed: the page, its
// stylesheets, scripts (and the modules they import), images, fonts and the graphics' shared files. Used by the bench and the
// budget tests, so both count the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export interface Asset {
  file: string;
  type: string;
  raw: number;
  brotli: number;
}

const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every same-site file a page at `page` (a path under dist/) loads with scripting on, the page first. */
export function pageAssets(dist: string, page: string): Asset[] {
  const seen = new Set<string>();
  const out: Asset[] = [];
  const visit = (file: string) => {
    const full = path.join(dist, file);
    if (seen.has(file) || !existsSync(full)) return;
    seen.add(file);
    const bytes = readFileSync(full);
    out.push({ file, type: path.extname(file).slice(1), raw: bytes.length, brotli: brotli(bytes) });
    const text = bytes.toString('utf8');
    const dir = path.posix.dirname(file);
    // A page, or a story's live graphics (.htm), which it puts in its graphic pane.
    if (/\.html?$/.test(file)) {
      // What <noscript> holds (the steps' images) is loaded only with scripting off.
      const loaded = text.replace(/<noscript\b[\s\S]*?<\/noscript>/g, '');
      const refs = [
        ...loaded.matchAll(
          /<(?:script|img|source)\b[^>]*\bsrc="(\/[^"?#]+)"|<link\b[^>]*\brel="(?:stylesheet|icon|modulepreload|preload)"[^>]*\bhref="(\/[^"?#]+)"/g,
        ),
      ];
      for (const m of refs) visit((m[1] ?? m[2]!).slice(1));
      // The script a story starts after its first paint (src/lib/site/paintFirst.ts), and the
      // graphics' files: a story's live graphics (data-live, followed in turn), the client models
      // their script fetches (data-model) and the geometry their figures <use> (href="/graphics/…svg#id").
      for (const m of text.matchAll(
        /\bimport\("(\/[^"?#]+)"\)|\bdata-(?:live|model)="(\/[^"?#]+)"|<use\b[^>]*\bhref="(\/[^"?#]+)#/g,
      ))
        visit((m[1] ?? m[2] ?? m[3]!).slice(1));
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g))
        visit(path.posix.join(dir, m[1]!));
    } else if (file.endsWith('.css')) {
      for (const m of text.matchAll(/url\(\s*["']?(\/[^"')]+)/g)) visit(m[1]!.slice(1));
    }
  };
  visit(page);
  return out;
}

/** Totals by type, and overall. */
export function weigh(assets: readonly Asset[]): {
  byType: Map<string, { raw: number; brotli: number }>;
  total: { raw: number; brotli: number };
} {
  const byType = new Map<string, { raw: number; brotli: number }>();
  for (const a of assets) {
    const t = byType.get(a.type) ?? { raw: 0, brotli: 0 };
    byType.set(a.type, { raw: t.raw + a.raw, brotli: t.brotli + a.brotli });
  }
  const total = assets.reduce((s, a) => ({ raw: s.raw + a.raw, brotli: s.brotli + a.brotli }), {
    raw: 0,
    brotli: 0,
  });
  return { byType, total };
}
