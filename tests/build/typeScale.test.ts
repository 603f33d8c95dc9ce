import { describe, expect, it } from 'vitest';
import { chartType } from '../../src/graphics/chartType';
import { phoneMainFont } from '../../src/graphics/diagram/nodeBoxes';
import { attr, distFiles, elements, readDist } from '../support/dist';

// The type scale (src/styles/type.css, issue 27): every font family the pages name is one their
// readers have or a generic family, nothing is downloaded, and every font size is a step of the
// scale. Each family a system lacks is a failed lookup per font instance while the page is first
// laid out, and each stray size one more instance.

/** The named families allowed besides the generic ones: widely installed (see type.css). */
const namedFamilies = new Set(['georgia']);
const genericFamilies = new Set(['serif', 'sans-serif', 'monospace', 'system-ui']);
const familyTokens = new Set(['--serif', '--sans', '--mono']);
const sizeToken = /^var\(--(?:step-{1,2}\d|chart-[a-z]+)\)$/;

const pages = distFiles('.html');
/** Every stylesheet the site ships, and every <style> block of its pages. */
const stylesheets: [string, string][] = [
  ...distFiles('.css').map((f): [string, string] => [f, readDist(f)]),
  ...pages.flatMap((f) =>
    elements(readDist(f), { scripting: false })
      .filter((e) => e.tagName === 'style')
      .map((e, i): [string, string] => [
        `${f} <style> ${i + 1}`,
        e.childNodes.map((n) => ('value' in n ? n.value : '')).join(''),
      ]),
  ),
];

/** Declarations of a property (or custom property) in minified or plain CSS, as [property, value]. */
const declarations = (css: string, property: RegExp) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(?<=[{;\s])([-\w]+)\s*:\s*([^;{}]+)/g)]
    .map((m) => [m[1]!, m[2]!.trim()] as const)
    .filter(([p]) => property.test(p));

const families = (list: string) =>
  list.split(',').map((f) =>
    f
      .trim()
      .replace(/^['"]|['"]$/g, '')
      .toLowerCase(),
  );

describe('the type scale', () => {
  it('has stylesheets to check', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
    expect(stylesheets.some(([, css]) => css.includes('--step-0'))).toBe(true);
  });

  it('defines each family and step once, and only installed or generic families', () => {
    // Each page carries its CSS inline (astro.config.mjs), so "once" is per stylesheet: per page.
    const perSheet = stylesheets.map(([file, css]) => ({
      file,
      names: declarations(css, /^--(?:serif|sans|mono|step-{1,2}\d|chart-[a-z]+)$/).map(([p]) => p),
    }));
    expect(perSheet.some((s) => s.names.length > 0)).toBe(true);
    for (const { file, names } of perSheet)
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        file,
      ).toEqual([]);
    const defined = stylesheets.flatMap(([, css]) =>
      declarations(css, /^--(?:serif|sans|mono|step-{1,2}\d|chart-[a-z]+)$/),
    );
    for (const [p, value] of defined.filter(([p]) => familyTokens.has(p)))
      for (const f of families(value))
        expect(genericFamilies.has(f) || namedFamilies.has(f), `${p}: ${f}`).toBe(true);
  });

  it('is where every font family and size comes from', () => {
    const stray: string[] = [];
    for (const [file, css] of stylesheets) {
      for (const [p, value] of declarations(css, /^font(?:-family|-size)?$/)) {
        const ok =
          value === 'inherit' ||
          (p === 'font-family' && familyTokens.has(/^var\((--[\w-]+)\)$/.exec(value)?.[1] ?? '')) ||
          (p === 'font-size' && sizeToken.test(value));
        if (!ok) stray.push(`${file}: ${p}: ${value}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('downloads no font', () => {
    for (const [file, css] of stylesheets) expect(css, file).not.toMatch(/@font-face/i);
    expect(distFiles('.woff2')).toEqual([]);
    expect(distFiles('.woff')).toEqual([]);
    expect(distFiles('.ttf')).toEqual([]);
  });

  it("sets the charts' text at the charts' sizes, in the pages' own families", () => {
    const sizes = new Set([...Object.values(chartType), phoneMainFont].map(String));
    const stray = new Set<string>();
    for (const file of pages)
      for (const e of elements(readDist(file), { scripting: false })) {
        const size = attr(e, 'font-size');
        if (size !== undefined && !sizes.has(size)) stray.add(`${file}: <${e.tagName} font-size="${size}">`);
        const family = attr(e, 'font-family');
        if (family !== undefined) stray.add(`${file}: <${e.tagName} font-family="${family}">`);
        if (/font/.test(attr(e, 'style') ?? ''))
          stray.add(`${file}: <${e.tagName} style="${attr(e, 'style')}">`);
      }
    expect([...stray]).toEqual([]);
  });
});
