import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { projectRoot } from './contentFixture';

export const distDir = path.join(projectRoot, 'dist');

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every file under dist/ with the given extension, as paths relative to dist/. */
export function distFiles(extension: string): string[] {
  if (!existsSync(distDir))
    throw new Error('dist/ is missing: run `npm run build` before the build-output tests');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(path.join(dir, e.name))
        : e.name.endsWith(extension)
          ? [path.join(dir, e.name)]
          : [],
    );
  return walk(distDir).map((f) => path.relative(distDir, f));
}

export function readDist(file: string): string {
  return readFileSync(path.join(distDir, file), 'utf8');
}

/**
 * A built page as a browser running its script ends up with it: a story's live graphics fetched and
 * put in their pane (src/client/define.ts). Other pages as they are.
 */
export function readPage(file: string): string {
  return readDist(file).replace(
    /(<div class="sticky-graphics" data-live="[^"]*\/(graphics\/[^"/]+)"[^>]*>)(<\/div>)/,
    (_, open: string, live: string, close: string) => open + readDist(live) + close,
  );
}

/**
 * All elements of an HTML document, depth first, in document order, as a browser running scripts
 * reads it; with `scripting: false`, as one with scripting off does, <noscript> content included.
 */
export function elements(html: string, { scripting = true } = {}): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) out.push(node);
    const children =
      'content' in node && node.content
        ? node.content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    children.forEach(visit);
  };
  visit(parse(html, { scriptingEnabled: scripting }));
  return out;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function childrenOf(node: Node): Node[] {
  // A <template>'s markup lives in its content fragment, not among its children.
  if ('tagName' in node && node.tagName === 'template')
    return (node as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** The text of an element and its descendants (template content included), with whitespace folded. */
export function textOf(element: Node): string {
  if ('value' in element && element.nodeName === '#text') return element.value;
  return childrenOf(element).map(textOf).join('').replace(/\s+/g, ' ');
}

/** Every element below a root, in document order, template content included. */
export function descendants(root: Node): Element[] {
  return childrenOf(root).flatMap((c) => ('tagName' in c ? [c, ...descendants(c)] : []));
}

/**
 * The addresses of the steps' figure files a story page shows readers without scripts: each
 * step's <picture> (its <img> and <source>), in page order.
 */
export function stepFigureFiles(html: string): string[] {
  const all = elements(html, { scripting: false });
  const inSteps = all.filter((e) => attr(e, 'class')?.split(/\s+/).includes('step-figure'));
  return inSteps.flatMap((holder) =>
    descendants(holder).flatMap((e) =>
      e.tagName === 'img' ? [attr(e, 'src')!] : e.tagName === 'source' ? [attr(e, 'srcset')!] : [],
    ),
  );
}
