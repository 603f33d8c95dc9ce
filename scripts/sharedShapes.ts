// Standalone SVG from the site's figures: a figure's <use> elements may name shapes in the graphics'
// shared files (/graphics/<name>.svg#<id>, the map's geometry, src/graphics/sharedFiles.ts), which a
// file on its own (a download, an image) cannot reach. This brings those shapes in.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A shared file's top-level shapes (a <g> with its shapes, or a <path>), each with every id it holds. */
function shapesOf(file: string): { css: string; shapes: Array<{ ids: Set<string>; markup: string }> } {
  const text = readFileSync(file, 'utf8');
  const defs = /<defs>([\s\S]*)<\/defs>/.exec(text)?.[1];
  if (defs === undefined) throw new Error(`${file} has no <defs>`);
  const shapes = [...defs.matchAll(/<g id="[^"]+">[\s\S]*?<\/g>|<path id="[^"]+"[^>]*\/>/g)].map((m) => ({
    ids: new Set([...m[0].matchAll(/\sid="([^"]+)"/g)].map((id) => id[1]!)),
    markup: m[0],
  }));
  return { css: /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '', shapes };
}

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
    const shared = shapesOf(file);
    css.push(shared.css);
    for (const id of ids)
      if (!shared.shapes.some((s) => s.ids.has(id))) throw new Error(`${file} has no shape "${id}"`);
    defs.push(...shared.shapes.filter((s) => [...s.ids].some((id) => ids.has(id))).map((s) => s.markup));
  }
  return { markup: local, defs: defs.join('\n'), css: css.join('\n') };
}
