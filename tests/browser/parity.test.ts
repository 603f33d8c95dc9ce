// Parity: for every step of every story, the static figure a reader gets with JavaScript off (its
// words in the page, its drawing in the step's SVG files), the figure print builds from the live
// graphic, and the live graphic a reader gets after scrolling to that step are the same picture:
// the same marks, with the same texts, emphasis, geometry and colours. Three pieces of code draw
// them (the build writes the static SVG, the client moves the live one between states and writes a
// step's state into a copy for print); this holds them together. Stories and steps are read from
// the build, so new ones are covered as they come.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, scrollToStep, useSite } from '../support/browserPage';
import { builtStories, type BuiltStory } from '../support/stories';

const stories = builtStories();
const env = useSite();

/** A figure as flat "where › property" → value pairs (see readFigure). */
type Picture = Record<string, string>;

/**
 * What a figure shows, read the same way from a static figure and a live one. Runs in the page
 * (installed from its source, see installReader), so it uses page globals only.
 *
 * The figure's state (its data-* attributes) and words (caption, list of places, key); then every
 * element inside each layout variant (svg[data-variant]), named by its keyed mark (data-key, under
 * the class of the group holding it) and its place inside that mark, with its text, its attributes
 * (numbers rounded to one decimal) and the computed paint that reaches the screen.
 */
function readFigure(figure: Element | null, drawings: Array<{ root: Element; variant: string }>): Picture {
  // Left out, each because it legitimately differs between the static figure and the live one:
  const ignoredAttributes = new Set([
    // Ids, and references to them: each figure has its own idPrefix (step-<id>-…, sticky-…).
    'id',
    'aria-labelledby',
    'aria-describedby',
    // Only the live captions are live regions: they announce each step's new state.
    'aria-live',
    // The live diagram's interactive enhancement: its SVG becomes a group, its nodes buttons in one tab stop.
    'role',
    'tabindex',
    'aria-pressed',
    'aria-label',
    'aria-roledescription',
  ]);
  // The computed paint of every drawn element: the colours and lines that reach the screen.
  const paint = [
    'fill',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'opacity',
    'marker-end',
    'font-size',
    'font-weight',
  ];
  const rounded = (value: string) =>
    value
      .replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => String(Math.round(Number(n) * 10) / 10 || 0))
      .replace(/\s+/g, ' ')
      .trim();
  const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const out: Record<string, string> = {};

  // The figure's state and words. (Not the details panel: only the live diagram has one.)
  if (figure) {
    for (const a of figure.attributes) if (a.name.startsWith('data-')) out[`figure › @${a.name}`] = a.value;
    out['caption › kicker'] = words(figure.querySelector('.graphic-kicker'));
    out['caption › title'] = words(figure.querySelector('.graphic-title'));
    out['caption › description'] = words(figure.querySelector('[data-role="description"]'));
    const list = (selector: string, key: string) =>
      [...figure.querySelectorAll(selector)].map((li) => `${li.getAttribute(key)}: ${words(li)}`).join(' | ');
    if (figure.querySelector('[data-role="places"]'))
      out['places on this map'] = list('[data-role="places"] li', 'data-key');
    if (figure.querySelector('.diagram-legend')) out['key'] = list('.diagram-legend li', 'data-type');
  }

  // The marks, in each layout variant. (The live map's flight layer, .map-flight, lies beside its
  // SVG, not in it: it holds pictures of the land only while the map flies, and is not read.)
  const name = (el: Element) => {
    const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
    const key = el.getAttribute('data-key');
    return `${el.tagName}${cls ? `.${cls}` : ''}${key === null ? '' : `[${key}]`}`;
  };
  for (const { root: svg, variant } of drawings) {
    // The root's viewBox and state (data-*), but not its display: that is which variant the
    // frame's width shows. (A file's root is the group inside its <svg> that holds the marks.)
    const box = (svg.closest('svg') ?? svg).getAttribute('viewBox');
    if (box !== null) out[`${variant} › svg › @viewBox`] = rounded(box);
    for (const a of svg.attributes)
      if (a.name.startsWith('data-')) out[`${variant} › svg › @${a.name}`] = rounded(a.value);
    const seen = new Set<string>();
    // Elements not drawn (display none, visibility hidden, opacity 0), and everything inside them.
    const undrawn = new Set<Element>();
    for (const el of svg.querySelectorAll('*')) {
      // A keyed mark is known by its key under its group; anything else by its place in its mark.
      const parts: string[] = [];
      for (let n: Element = el; n !== svg; n = n.parentElement!) {
        if (n.hasAttribute('data-key')) {
          const group: Element = n.parentElement!;
          parts.unshift(...(group === svg ? [] : [name(group)]), name(n));
          break;
        }
        const alike = [...n.parentElement!.children].filter((c) => name(c) === name(n));
        parts.unshift(alike.length > 1 ? `${name(n)}:${alike.indexOf(n) + 1}` : name(n));
      }
      let where = `${variant} › ${parts.join(' > ')}`;
      for (let i = 2; seen.has(where); i++) where = `${variant} › ${parts.join(' > ')} #${i}`;
      seen.add(where);
      // Inside an element that is not drawn nothing reaches the screen (the live map leaves a
      // hidden pointer's arrow and words where the last view put them): that it is hidden is what
      // must agree, and that is read on the element itself.
      if (undrawn.has(el.parentElement!)) {
        undrawn.add(el);
        continue;
      }
      const style = getComputedStyle(el);
      // An SVG's title and description are never drawn: they are its words for screen readers.
      const spoken = el.tagName === 'title' || el.tagName === 'desc';
      if (!spoken && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')) {
        undrawn.add(el);
        out[`${where} › drawn`] = 'no';
        // Its state says why it is hidden (data-visible, data-active ...).
        for (const a of el.attributes) if (a.name.startsWith('data-')) out[`${where} › @${a.name}`] = a.value;
        continue;
      }
      for (const a of el.attributes)
        if (!ignoredAttributes.has(a.name))
          // A shape <use>d from a shared file (the map's geometry) is the same shape as the one a
          // standalone file carries under the same id: only the fragment names it.
          out[`${where} › @${a.name}`] =
            a.name === 'href' ? a.value.slice(a.value.indexOf('#')) : rounded(a.value);
      const text = [...el.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) out[`${where} › text`] = text;
      // Type reaches the screen in text only: elsewhere it is the size inherited from the page
      // around (a file's own is the browser's default).
      const typeset = ['text', 'tspan', 'textPath'].includes(el.tagName);
      for (const p of paint)
        if (typeset || !p.startsWith('font-')) out[`${where} › ${p}`] = rounded(style.getPropertyValue(p));
    }
  }
  return out;
}

type Reader = {
  __readFigure: (figure: Element | null, drawings: Array<{ root: Element; variant: string }>) => Picture;
};

/** In the page: a figure's words and its layouts (svg[data-variant]), as readFigure reads them. */
function readWhole(figure: Element): Picture {
  const drawings = [...figure.querySelectorAll<SVGSVGElement>('svg[data-variant]')].map((root) => ({
    root: root as Element,
    variant: root.dataset.variant!,
  }));
  return (window as unknown as Reader).__readFigure(figure, drawings);
}

/** Puts readFigure in the page as window.__readFigure (from its source: the page may run no scripts). */
const installReader = (page: Page) =>
  page.evaluate(
    `window.__readFigure = ${readFigure.toString()}; window.__readWhole = ${readWhole.toString()}`,
  );
const readWholeIn = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const figure = document.querySelector(selector);
    return figure ? (window as unknown as { __readWhole: typeof readWhole }).__readWhole(figure) : undefined;
  }, selector);

/** One page per story with JavaScript off, shared by its readings (each sets its viewport and scheme). */
const scriptless = new Map<string, ReturnType<typeof openPage>>();
afterAll(async () => {
  for (const opened of scriptless.values()) await (await opened).close();
});

/** Each step's static figure, as a reader with JavaScript off sees it, by step id. */
async function staticFigures(story: BuiltStory, options: BrowserContextOptions) {
  if (!scriptless.has(story.path))
    scriptless.set(
      story.path,
      openPage(env.browser(), env.site(), story.path, { ...options, javaScriptEnabled: false }),
    );
  const { page, problems } = await scriptless.get(story.path)!;
  await page.setViewportSize(options.viewport!);
  await page.emulateMedia({
    colorScheme: options.colorScheme,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  // A change of scheme fades some marks' colours (CSS transitions): read them once they are set.
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0);
  await installReader(page);
  const figures = await page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => {
          const figure = document.querySelector(`#step-${CSS.escape(id)} .step-figure figure`);
          // Its words: its drawing is in the step's files (stepFiles).
          return [id, figure ? (window as unknown as Reader).__readFigure(figure, []) : undefined];
        }),
      ),
    story.steps.map((s) => s.id),
  );
  return { figures, problems };
}

/**
 * A step's drawing as the reader without scripts gets it: each layout file its <picture> shows
 * (narrow, wide), opened as a document of its own in the reading's size and scheme, read as
 * readFigure reads a figure's layouts, keyed by the layout.
 */
async function stepFiles(page: Page, story: BuiltStory, stepId: string): Promise<Picture> {
  const out: Picture = {};
  for (const variant of ['narrow', 'wide']) {
    const address = `${story.path}figures/${stepId}-${variant}.svg`;
    const response = await page.goto(new URL(address, env.site().url).href);
    expect(response?.status(), address).toBe(200);
    await installReader(page);
    Object.assign(
      out,
      await page.evaluate(
        (variant) =>
          (window as unknown as Reader).__readFigure(null, [
            { root: document.querySelector('svg > g[data-variant]')!, variant },
          ]),
        variant,
      ),
    );
  }
  return out;
}

/**
 * A picture without its undrawn elements: a file leaves out the marks hidden in its state, which
 * the live graphic keeps, hidden, to fade them in at another step. What must agree is that they
 * are not drawn; a file that drew one would still differ.
 */
function drawnOnly(picture: Picture): Picture {
  const undrawn = Object.keys(picture)
    .filter((k) => k.endsWith(' › drawn') && picture[k] === 'no')
    .map((k) => k.slice(0, -' › drawn'.length));
  return Object.fromEntries(
    Object.entries(picture).filter(([k]) => !undrawn.some((w) => k.startsWith(`${w} › `))),
  );
}

/** Only the layouts a step's picture offers, and the figure's words. */
function pictureLayouts(picture: Picture): Picture {
  const layouts = Object.keys(picture)
    .filter((k) => k.endsWith(' › svg › @viewBox'))
    .map((k) => k.split(' › ')[0]!);
  const other = layouts.filter((l) => l !== 'narrow' && l !== 'wide');
  return Object.fromEntries(Object.entries(picture).filter(([k]) => !other.includes(k.split(' › ')[0]!)));
}

/** The state a figure says it shows: its data-* attributes (data-view, data-relations ...). */
const stateOf = (picture: Picture): Picture =>
  Object.fromEntries(
    Object.entries(picture)
      .filter(([k]) => k.startsWith('figure › @'))
      .map(([k, v]) => [k.slice('figure › @'.length), v]),
  );

/**
 * The live graphic once it has settled on a step: the story has taken the step; the step's graphic
 * is on show and reachable (not inert); its figure says it shows the step's state (`state`, as the
 * static figure says it); nothing in it moves (no flight, no transition or animation running); and
 * two reads, two frames and an idle period apart, agree (the layout variant off screen is brought
 * up to date at idle time). Gives up after `patience` ms, saying what it waited for.
 */
async function liveFigure(page: Page, step: BuiltStory['steps'][number], state: Picture, patience = 10_000) {
  return page.evaluate(
    async ({ id, graphic, state, patience }) => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const idle = () => new Promise((done) => requestIdleCallback(done, { timeout: 1000 }));
      const story = document.querySelector<HTMLElement>('scroll-story')!;
      const box = document.querySelector<HTMLElement>('.sticky-graphics')!;
      // The live graphic whose figure draws this kind of graphic (map, diagram, timeline ...).
      const shown = [...box.children].find(
        (c) => c.querySelector('figure')?.getAttribute('data-graphic') === graphic,
      ) as HTMLElement | undefined;
      const figure = shown?.querySelector('figure');
      if (!shown || !figure) return { settled: false as const, why: `no live ${graphic} in the story` };
      const giveUp = performance.now() + patience;
      let last = '';
      let why = '';
      while (performance.now() < giveUp) {
        await (story as HTMLElement & { settled(): Promise<void> }).settled();
        const wrong = Object.entries(state).find(([name, value]) => figure.getAttribute(name) !== value);
        why =
          story.dataset.activeStep !== id
            ? `the story is at step ${story.dataset.activeStep}`
            : !shown.hasAttribute('data-shown')
              ? `the ${graphic} is not the graphic on show`
              : shown.inert
                ? `the ${graphic} is still inert`
                : wrong
                  ? `its figure has ${wrong[0]}="${figure.getAttribute(wrong[0])}", not "${wrong[1]}"`
                  : shown.querySelector('[data-moving="true"]')
                    ? 'the map is still flying'
                    : shown.getAnimations({ subtree: true }).some((a) => a.playState === 'running')
                      ? 'a transition or animation is still running'
                      : '';
        const now = why
          ? ''
          : JSON.stringify(
              (window as unknown as { __readWhole: (f: Element) => Picture }).__readWhole(figure),
            );
        if (now && now === last) return { settled: true as const, picture: JSON.parse(now) as Picture };
        if (now && last) why = 'its marks were still changing';
        last = now;
        await frame();
        await frame();
        await idle();
      }
      return { settled: false as const, why };
    },
    { id: step.id, graphic: step.graphic, state, patience },
  );
}

/** Two values are the same if equal, their numbers at most one step of the rounding (0.1) apart. */
function same(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const number = /-?\d+(?:\.\d+)?/g;
  if (a.replace(number, '#') !== b.replace(number, '#')) return false;
  const [x, y] = [a.match(number) ?? [], b.match(number) ?? []];
  return x.every((n, i) => Math.abs(Number(n) - Number(y[i])) <= 0.1 + 1e-9);
}

/** Every property that differs, as "where › property: … ≠ live …". */
function differences(where: string, staticFigure: Picture, live: Picture): string[] {
  const keys = [...new Set([...Object.keys(staticFigure), ...Object.keys(live)])].sort();
  const shown = (v: string | undefined) => (v === undefined ? '(absent)' : JSON.stringify(v));
  return keys
    .filter((k) => !same(staticFigure[k], live[k]))
    .map((k) => `${where} › ${k}: ${shown(staticFigure[k])} ≠ live ${shown(live[k])}`);
}

/** A readable failure: the first lines of the differences and how many more there are. */
function report(lines: string[], shown = 80): string {
  const more = lines.length > shown ? `\n… and ${lines.length - shown} more` : '';
  return `${lines.length} differences between the static or print figure and the live one:\n${lines.slice(0, shown).join('\n')}${more}`;
}

// A phone and a desktop (narrow and wide layout on screen) in light, reading down the story; and
// the phone in dark, with reduced motion (the map moves at once, over two frames, instead of
// flying), reading back up (the map moves back, graphics come back on show).
const readings: { name: string; options: BrowserContextOptions; backwards?: boolean }[] = [
  { name: '390 × 844, light', options: { viewport: { width: 390, height: 844 }, colorScheme: 'light' } },
  { name: '1280 × 800, light', options: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' } },
  {
    name: '390 × 844, dark, reduced motion, reading back up',
    options: { viewport: { width: 390, height: 844 }, colorScheme: 'dark', reducedMotion: 'reduce' },
    backwards: true,
  },
];

describe('the live graphic at each step is the picture of the step’s static figure and its print figure', () => {
  it('finds the stories and their steps in the build', () => {
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) expect(story.steps.length, story.path).toBeGreaterThan(0);
  });

  for (const story of stories)
    for (const reading of readings)
      it(`${story.path} at ${reading.name}`, async () => {
        const off = await staticFigures(story, reading.options);
        const { page, problems, close } = await openPage(
          env.browser(),
          env.site(),
          story.path,
          reading.options,
        );
        const first = story.steps[0]!.id;
        const files = await openPage(
          env.browser(),
          env.site(),
          `${story.path}figures/${first}-narrow.svg`,
          reading.options,
        );
        try {
          await installReader(page);
          // The figures print builds, all at once while the graphics show the first step: each
          // must take its own step's state whatever the live graphic showed when it was copied.
          await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
          const diffs: string[] = [];
          for (const step of reading.backwards ? [...story.steps].reverse() : story.steps) {
            const where = `${story.path} ${step.id} (${step.graphic})`;
            const words = off.figures[step.id];
            expect(words, `${where}: no static figure`).toBeDefined();
            const drawing = await stepFiles(files.page, story, step.id);
            const print = await readWholeIn(page, `#step-${step.id} .step-figure figure`);
            expect(print, `${where}: no print figure`).toBeDefined();
            await scrollToStep(page, step.id);
            const live = await liveFigure(page, step, stateOf(words!));
            expect(live.settled ? '' : live.why, `${where}: the live graphic never settled`).toBe('');
            if (!live.settled) continue;
            diffs.push(
              ...differences(
                `${where} static`,
                drawnOnly({ ...words, ...drawing }),
                drawnOnly(pictureLayouts(live.picture)),
              ),
              ...differences(`${where} print`, print!, live.picture),
            );
          }
          expect(diffs.length, report(diffs)).toBe(0);
          // (An SVG opened as a page has no icon link, so Chromium asks for /favicon.ico: a 404 it
          // reports in the console, not a problem of the file's.)
          const fileProblems = files.problems.filter(
            (p) => !p.startsWith('console: Failed to load resource'),
          );
          expect([...off.problems, ...problems, ...fileProblems]).toEqual([]);
        } finally {
          await files.close();
          await close();
        }
      }, 240_000);
});
