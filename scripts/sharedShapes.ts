// Standalone SVG from the site's figures: a figure's <use> elements may name shapes in the graphics'
// shared files (/graphics/<name>.svg#<id>, the map's geometry, src/graphics/sharedFiles.ts), which a
// file on its own (a download) cannot reach. This brings those shapes in, chosen as the steps' image
// files choose theirs (definitionsUsed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { definitionsUsed } from '../src/graphics/stepFigureFile';

/**
 * `markup` with every <use> of a shared file pointed at an id inside the markup itself; `defs`, the
 * shapes those ids name (each once), for the standalone SVG's <defs>; `css`, the files' own rules.
 * `dist` is the built site; `base` the path it is served under (BASE_PATH), if any.
 */
export function inlineSharedShapes(
  markup: string,
  dist: string,
  base = (process.env.BASE_PATH ?? '').replace(/\/+$/, ''),
): { markup: string; defs: string; css: string } {
  const wanted = new Map<string, Set<string>>();
  const local = markup.replace(/href="([^"#]+\.svg)#([^"]+)"/g, (_, url: string, id: string) => {
    const inSite = base && url.startsWith(`${base}/`) ? url.slice(base.length) : url;
    if (!inSite.startsWith('/'))
      throw new Error(`a figure uses ${url}: only the site's own files can be inlined`);
    const file = path.join(dist, inSite);
    if (!wanted.has(file)) wanted.set(file, new Set());
    wanted.get(file)!.add(id);
    return `href="#${id}"`;
  });
  const defs: string[] = [];
  const css: string[] = [];
  for (const [file, ids] of wanted) {
    const text = readFileSync(file, 'utf8');
    const shapes = definitionsUsed(/<defs>([\s\S]*)<\/defs>/.exec(text)?.[1] ?? '', ids);
    for (const id of ids) if (!shapes.includes(`id="${id}"`)) throw new Error(`${file} has no shape "${id}"`);
    defs.push(shapes);
    css.push(/<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '');
  }
  return { markup: local, defs: defs.join('\n'), css: css.join('\n') };
}
