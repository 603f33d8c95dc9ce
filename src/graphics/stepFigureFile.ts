// A step's static figure, one layout of it, as a standalone SVG file: what a reader without scripts
// sees in the step (an <img>), drawn from the very markup the figure components write. Pure string
// work, so it runs in the build (src/pages/[story]/figures/[file].svg.ts) and in tests alike.

/** The element starting at `start` up to its matching closing tag (graphics hold no nested <svg>). */
function elementAt(html: string, start: number, tag: string): string {
  const end = html.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Error(`no <${tag}> found`);
  return html.slice(start, end + tag.length + 3);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * HTML serialisation to XML, and marks hidden in this state left out (invisible anyway; a file a
 * tenth lighter). Astro's value-less scoping attributes are the only boolean ones here. A hidden
 * group holds no nested group (the map's places, pointers, close-up and chart), so the first
 * closing tag is its own.
 */
export function xml(markup: string): string {
  return markup
    .replace(/\sdata-astro-cid-\w+(="[^"]*")?/g, '')
    .replace(/<(use|text)\b[^>]*data-(?:active|visible)="false"[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<g\b[^>]*data-visible="false"[^>]*>[\s\S]*?<\/g>/g, '');
}

/** The ids an SVG's markup and its CSS point at: href="#…", href="<file>#…" and url(#…). */
function referencedIds(...sources: string[]): Set<string> {
  const ids = new Set<string>();
  for (const s of sources)
    for (const m of s.matchAll(/(?:href="[^"#]*#|url\(\s*['"]?#)([\w-]+)/g)) ids.add(m[1]!);
  return ids;
}

/**
 * The top-level definitions in `defs` (the inner markup of a <defs>) that hold an id in `ids`, in
 * their order: only the geometry the figure uses, not the whole page's.
 */
export function definitionsUsed(defs: string, ids: ReadonlySet<string>): string {
  const out: string[] = [];
  const opening = /<(\w+)\b[^>]*>/g;
  let at = 0;
  for (;;) {
    opening.lastIndex = at;
    const open = opening.exec(defs);
    if (!open) break;
    const tag = open[1]!;
    // A self-closed or an empty element, or one holding others of other tags (g, marker).
    const selfClosed = open[0].endsWith('/>');
    const element = selfClosed ? open[0] : elementAt(defs, open.index, tag);
    at = open.index + element.length;
    const inside = [...element.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    if (inside.some((id) => ids.has(id))) out.push(element);
  }
  return out.join('');
}

/**
 * Comments out, whitespace collapsed; container queries out (the file is one layout already), and
 * the tokens a page forces by its data-theme (a file has none: it follows the reader's scheme).
 */
function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@container[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
    .replace(/:root\[data-theme=[^\]]*\]\s*\{[^}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export interface StepFigureFileInput {
  /** The step's figure as the figure component renders it (every layout inside). */
  figure: string;
  /** Which layout (svg[data-variant]) the file draws. */
  variant: string;
  /** The inner markup of the <defs> the figure's <use>s and markers point at (may be ''). */
  defs: string;
  /** The colour tokens (light and dark) and the graphic's own CSS. */
  css: string;
}

/**
 * The file: the layout's SVG with its own title, the CSS (tokens in both schemes: an image follows
 * the reader's), only the definitions it references, and its marks inside a group carrying the
 * SVG's base class and data-* (so the graphic's rules apply, not the page's sizing of its <svg>).
 */
export function stepFigureFile({ figure, variant, defs, css }: StepFigureFileInput): {
  svg: string;
  width: number;
  height: number;
} {
  const at = figure.search(new RegExp(`<svg\\b[^>]*data-variant="${variant}"`));
  if (at < 0) throw new Error(`the figure has no layout "${variant}"`);
  const svg = elementAt(figure, at, 'svg');
  const root = /^<svg[^>]*>/.exec(svg)![0];
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root);
  if (!box) throw new Error(`layout "${variant}" has no viewBox`);
  const [width, height] = [Number(box[1]), Number(box[2])];
  const base = /class="([\w-]+)/.exec(root)?.[1] ?? '';
  const data = [...root.matchAll(/\s(data-[\w-]+)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join('');
  // Geometry is referenced here by its id alone, wherever the page keeps it.
  const body = xml(svg.slice(root.length, -'</svg>'.length)).replace(/href="[^"#]+#/g, 'href="#');
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/.exec(body)?.[1] ?? '';
  const style = compactCss(css);
  const used = definitionsUsed(xml(defs), referencedIds(body, style));
  return {
    width,
    height,
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(title.replace(/&lt;/g, '<').replace(/&amp;/g, '&'))}">`,
      `<style>${style}</style>`,
      used ? `<defs>${used}</defs>` : '',
      `<g class="${base}"${data}>${body.replace(/\s+id="[^"]*"/g, '')}</g>`,
      '</svg>\n',
    ].join(''),
  };
}
