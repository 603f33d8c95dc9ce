import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storyPath } from '../support/stories';
import { readContent } from '../../src/lib/content/readContent';
import { formatViolations, runAxe } from '../support/axe';
import {
  builtSteps,
  emulatePrint,
  mapState,
  modelTransform,
  openPage,
  recordFrames,
  readStep,
  scrollToStep,
  settled,
  traceWhile,
  useSite,
} from '../support/browserPage';
import { projectRoot, realContent } from '../support/contentFixture';
import type { ViewTransform } from '../../src/graphics/map/projection';
import { isStill, type Frame } from '../../src/graphics/map/viewMove';
import { stepState, type StepState } from '../../src/lib/story/stepState';

/** The page's <locator-map>, as far as these tests drive it. */
type LocatorMap = HTMLElement & { show(state: StepState): void };

/** A step's state that shows a map view (what these tests hand the map's show()). */
const at = (view: string): StepState => stepState({ map: view });

const { content } = readContent(realContent, projectRoot);
const steps = content.stories.find((s) => s.slug === 'mediation')!.steps;
const env = useSite();

/** The wide map's view models, as the page ships them. */
const wideViews = (page: Page) =>
  page.evaluate(async () => {
    // The model file the page names (data-model), as its script fetches it.
    const json = await (
      await fetch(document.querySelector<HTMLElement>('locator-map')!.dataset.model!)
    ).json();
    return json.views.wide as Record<
      string,
      {
        transform: ViewTransform;
        size: Frame;
        highlightedAreas: string[];
        offMap: unknown[];
        figureChart: { visible: boolean };
      }
    >;
  });

/** Every ordered pair of two different views. */
const viewPairs = (views: Record<string, unknown>) =>
  Object.keys(views).flatMap((from) =>
    Object.keys(views)
      .filter((to) => to !== from)
      .map((to) => [from, to] as const),
  );

/**
 * What the wide map shows in one frame: whether it flies, its land and markers, its labels (all of
 * them, and in their three parts: names, off-map arrows, the chart of figures), its highlights.
 */
interface MoveFrame {
  moving: boolean;
  land: string;
  labels: string;
  names: string;
  offMap: string;
  chart: string;
  highlights: string;
}

/**
 * The frames the wide map renders while it moves from one view to another, once at rest again.
 * The move is started from an animation frame callback, as <scroll-story> starts it.
 */
async function framesOfMove(page: Page, from: string, to: string): Promise<MoveFrame[]> {
  const show = (id: string) =>
    page.evaluate(
      (state) =>
        requestAnimationFrame(() => (document.querySelector('locator-map') as LocatorMap).show(state)),
      at(id),
    );
  // Landed (show() runs in a frame after this returns, so first the land at the view), then settled.
  const rests = async (id: string) => {
    await expect
      .poll(() => mapState(page).then((s) => s.moving === false && s.transform), { timeout: 5000 })
      .toBe(await modelTransform(page, id));
    await settled(page);
  };
  await show(from);
  await rests(from);
  const samples = await recordFrames(page, (): MoveFrame => {
    const svg = document.querySelector('locator-map svg.map-svg--wide')!;
    const attrs = (selector: string, names: string[]) =>
      [...svg.querySelectorAll(selector)].map((el) => names.map((n) => el.getAttribute(n)).join(' ')).join();
    const names = attrs('.map-labels .map-label, .map-area-label, .map-border-label', [
      'x',
      'y',
      'data-visible',
    ]);
    const offMap = attrs('.map-offmap > g, .map-offmap-arrow', ['transform', 'x1', 'x2', 'data-visible']);
    const chart = attrs('.map-chart, .map-chart-unit, .map-chart-text', [
      'transform',
      'x',
      'y',
      'data-visible',
    ]);
    return {
      moving: svg.getAttribute('data-moving') === 'true',
      land: `${svg.querySelector('.map-geo')!.getAttribute('transform')} ${attrs('.map-place', ['transform'])}`,
      labels: `${names} ${offMap} ${chart}`,
      names,
      offMap,
      chart,
      highlights: attrs('.map-area-hl, .map-route', ['data-active']),
    };
  });
  await expect.poll(async () => (await samples()).length).toBeGreaterThan(2);
  await show(to);
  await rests(to);
  return samples();
}

/** The first frame in which a part of the map differs from the first frame recorded. */
const firstChange = (frames: MoveFrame[], part: Exclude<keyof MoveFrame, 'moving'>) =>
  frames.findIndex((f) => f[part] !== frames[0]![part]);

describe('the sticky map follows the story', () => {
  it('shows each step’s view when the reader reaches it, and the first again on the way back', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      // On the way back, the first step finds the map already at its view (moved while hidden)
      // but captioned for another: the caption must catch up when the map comes back on show.
      const built = await builtSteps(page);
      for (const step of [...built, ...[...built].reverse()]) {
        // Settled: a flight has landed, and a move too small to fly, written over two frames (land,
        // then labels and highlights), has rendered both.
        await readStep(page, step.id);
        const view = content.views.find((v) => v.id === step.view)!;
        const state = await mapState(page);
        expect({ ...state, activeAreas: state.activeAreas.sort() }, step.id).toMatchObject({
          activeStep: step.id,
          svgView: step.view,
          transform: await modelTransform(page, step.view),
          moving: false,
          activeAreas: [...view.highlight.areas].sort(),
        });
        // The caption (an inert, unseen graphic's words) follows only while the map is on show.
        if (step.graphic === 'map')
          expect(state, step.id).toMatchObject({ view: view.id, title: view.title });
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  // The shared geometry is a file of its own, named by its content's hash and cached as immutable
  // (_headers): the land drawn by both layouts and by a flight's pictures is one request, not one
  // a use. Served as a static host serves the site, with its caching headers (support/serveStatic).
  it('asks for the shared geometry once over a whole read, flights included', async () => {
    const context = await env.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/map-geometry/.test(r.url())) asked.push(r.url());
    });
    try {
      await page.goto(new URL(storyPath, env.site().url).href, { waitUntil: 'load' });
      await page.waitForFunction(() => !!customElements.get('scroll-story'));
      const steps = await builtSteps(page);
      for (const step of steps) await readStep(page, step.id);
      await page.setViewportSize({ width: 1280, height: 860 });
      for (const step of [...steps].reverse()) await readStep(page, step.id);
      expect(asked.length).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('moves instantly under reduced motion', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'reduce',
    });
    try {
      const start = (await mapState(page)).transform;
      const rafah = steps.find((s) => s.attributes.map === 'gaza')!;
      const expected = await modelTransform(page, 'gaza');
      expect(start).not.toBe(expected);
      // Every frame from the step on: the wide map's land, and whether it or its flight layer moves.
      const samples = await recordFrames(page, () => {
        const svg = document.querySelector('locator-map svg.map-svg--wide')!;
        return {
          transform: svg.querySelector('.map-geo')!.getAttribute('transform'),
          moving:
            svg.getAttribute('data-moving') === 'true' ||
            document.querySelector('locator-map .map-flight[data-flying]') !== null,
        };
      });
      await scrollToStep(page, rafah.id);
      await expect.poll(async () => (await samples()).at(-1)?.transform, { timeout: 5000 }).toBe(expected);
      // No frame flies, and none shows a view between the two: the land jumps.
      const frames = await samples();
      expect(frames.filter((f) => f.moving)).toEqual([]);
      expect([...new Set(frames.map((f) => f.transform))].sort()).toEqual([start, expected].sort());
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('flies between views that differ, and makes a move of a pixel or two at once', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await scrollToStep(page, steps[0]!.id);
      const views = await wideViews(page);
      // Every ordered pair of views: after show(), the land is either moving or already in place,
      // as the shift a reader would see says.
      for (const from of Object.keys(views)) {
        for (const to of Object.keys(views)) {
          if (from === to) continue;
          await page.evaluate(
            (state) => (document.querySelector('locator-map') as LocatorMap).show(state),
            at(from),
          );
          await settled(page);
          expect((await mapState(page)).transform, from).toBe(await modelTransform(page, from));
          const after = await page.evaluate((state) => {
            (document.querySelector('locator-map') as LocatorMap).show(state);
            const svg = document.querySelector<SVGSVGElement>('locator-map svg.map-svg--wide')!;
            const layer = svg.previousElementSibling;
            const flying =
              layer?.classList.contains('map-flight') === true &&
              layer.getAnimations({ subtree: true }).some((a) => a.playState === 'running');
            return {
              moving: flying && svg.dataset.moving === 'true',
              transform: svg.querySelector('.map-geo')!.getAttribute('transform'),
            };
          }, at(to));
          const still = isStill(views[from]!.transform, views[to]!.transform, views[to]!.size);
          expect(after.moving, `${from} → ${to}`).toBe(!still);
          if (still) expect(after.transform, `${from} → ${to}`).toBe(await modelTransform(page, to));
          await settled(page);
          expect(await mapState(page), `${from} → ${to}`).toMatchObject({
            moving: false,
            transform: await modelTransform(page, to),
          });
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('makes a flight ahead a piece a frame (labels, pictures, animations not yet played), and starts it making none of them again, after a switch too', async () => {
    // A flight from a map step, reading on; and one from a step that shows another graphic,
    // reading back: there the map comes back on show and flies in the same step. Each on a page
    // of its own, so its pictures rest as no flight has drawn them.
    for (const reading of ['on', 'back'] as const) {
      const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
        viewport: { width: 1280, height: 860 },
      });
      try {
        const views = await wideViews(page);
        const built = await builtSteps(page);
        // Whether the map flies to step `to` from step `from`, and from a graphic of the kind asked.
        const flies = (from: number, to: number) =>
          !!built[from] &&
          built[to]!.graphic === 'map' &&
          (built[from]!.graphic === 'map') === (reading === 'on') &&
          !isStill(
            views[built[from]!.view]!.transform,
            views[built[to]!.view]!.transform,
            views[built[to]!.view]!.size,
          );
        const by = reading === 'on' ? -1 : 1;
        const to = built.findIndex((_, i) => flies(i + by, i));
        expect(to, `a step the map flies to, reading ${reading}`).toBeGreaterThanOrEqual(0);
        const [before, next] = [built[to + by]!, built[to]!];
        // Settled: idle work done, the pictures rest as the last flight (or none) left them.
        await readStep(page, before.id);
        expect(await mapState(page)).toMatchObject({
          moving: false,
          transform: await modelTransform(page, before.view),
        });
        // Counts the animation effects made for the flight layers' pictures and labels (Element.animate
        // makes one too).
        await page.evaluate(`(() => {
          const made = (window.__made = { n: 0 });
          window.KeyframeEffect = class extends KeyframeEffect {
            constructor(target, ...rest) {
              super(target, ...rest);
              if (target?.closest?.('.map-flight')) made.n++;
            }
          };
          const animate = Element.prototype.animate;
          Element.prototype.animate = function (...args) {
            if (this.closest('.map-flight')) made.n++;
            return animate.apply(this, args);
          };
        })()`);
        // What each frame renders: whether the wide map's flight layer flies, which labels it
        // holds, how its pictures are drawn, and how many animations have been made so far.
        const samples = await recordFrames(page, () => {
          const layer = document.querySelector('locator-map svg.map-svg--wide')!.previousElementSibling!;
          return {
            flying: layer.getAttribute('data-flying') === 'true',
            labels: layer.querySelector<HTMLElement>('.map-flight-labels')!.dataset.labels ?? '',
            made: (window as unknown as { __made: { n: number } }).__made.n,
            drawn: [...layer.querySelectorAll<SVGSVGElement>('.map-picture')]
              .map(
                (p) =>
                  `${p.dataset.step}|${p.querySelector('.map-geo')!.getAttribute('transform')}|${p.style.getPropertyValue('--k')}|` +
                  [...p.querySelectorAll<SVGElement>('.map-area-hl')].map((a) => a.dataset.active).join(','),
              )
              .join(' / '),
          };
        });
        await expect.poll(async () => (await samples()).length).toBeGreaterThan(2);
        await scrollToStep(page, next.id);
        await expect.poll(async () => (await samples()).some((f) => f.flying), { timeout: 5000 }).toBe(true);
        const frames = await samples();
        const fly = frames.findIndex((f) => f.flying);
        const drawn = frames.findIndex((f) => f.drawn === frames[fly]!.drawn);
        // The flight's pictures differ from how they rested, were drawn in an earlier frame than the
        // one that starts it, and that frame left them as they were.
        const move = `${before.id} → ${next.id}`;
        expect(frames[0]!.drawn, move).not.toBe(frames[fly]!.drawn);
        expect(drawn, move).toBeGreaterThan(0);
        expect(drawn, move).toBeLessThan(fly);
        expect(frames[fly - 1]!.drawn, move).toBe(frames[fly]!.drawn);
        // The work before the flight comes a piece a frame: its labels' pictures, then its pictures
        // drawn, then its animations made (not played); the frame that starts it makes none.
        const labelled = frames.findIndex((f) => f.labels === frames[fly]!.labels);
        const armed = frames.findIndex((f) => f.made === frames[fly]!.made);
        expect(frames[0]!.labels, move).not.toBe(frames[fly]!.labels);
        expect(labelled, move).toBeGreaterThan(0);
        expect(labelled, move).toBeLessThan(drawn);
        expect(frames[fly]!.made, move).toBeGreaterThan(frames[0]!.made);
        expect(armed, move).toBeGreaterThan(drawn);
        expect(armed, move).toBeLessThan(fly);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('makes a move of a pixel or two in two frames: land and markers, then labels and highlights', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await scrollToStep(page, steps[0]!.id);
      // Two views framed alike (so the map does not fly) whose highlights differ.
      const views = await wideViews(page);
      const pair = viewPairs(views).find(
        ([from, to]) =>
          isStill(views[from]!.transform, views[to]!.transform, views[to]!.size) &&
          views[from]!.highlightedAreas.join() !== views[to]!.highlightedAreas.join(),
      );
      expect(pair).toBeDefined();
      const [from, to] = pair!;
      const frames = await framesOfMove(page, from, to);
      const [land, labels, highlights] = [
        firstChange(frames, 'land'),
        firstChange(frames, 'labels'),
        firstChange(frames, 'highlights'),
      ];
      // The land and markers move in one frame, the labels and highlights in a later one (how many
      // frames apart is for `npm run bench` to report), and then everything rests at the new view.
      expect(land).toBeGreaterThan(0);
      expect(frames[land]!.moving).toBe(false);
      expect(labels).toBeGreaterThan(land);
      expect(highlights).toBeGreaterThan(land);
      expect(frames.at(-1)).toEqual(frames[Math.max(labels, highlights)]);
      const state = await mapState(page);
      expect(state.activeAreas.sort()).toEqual([...views[to]!.highlightedAreas].sort());
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('places its hidden marks, names, off-map arrows and chart each in a frame of its own while it flies', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await scrollToStep(page, steps[0]!.id);
      const views = await wideViews(page);
      // A flight that changes every part: from a view with an off-map arrow to one with a chart.
      const [from, to] = viewPairs(views).find(
        ([a, b]) =>
          !isStill(views[a]!.transform, views[b]!.transform, views[b]!.size) &&
          views[a]!.offMap.length > 0 &&
          views[b]!.figureChart.visible,
      )!;
      const frames = await framesOfMove(page, from, to);
      const parts = (['land', 'names', 'offMap', 'chart'] as const).map((part) => firstChange(frames, part));
      // Each placed while the map still flies (hidden behind its pictures), each in a later frame.
      expect(parts[0]).toBeGreaterThan(0);
      for (const frame of parts) expect(frames[frame]!.moving).toBe(true);
      for (let i = 1; i < parts.length; i++) expect(parts[i]).toBeGreaterThan(parts[i - 1]!);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('flies on the compositor: pictures that agree at every moment, then the map lands', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await scrollToStep(page, steps[0]!.id);
      const show = (id: string) =>
        page.evaluate((state) => (document.querySelector('locator-map') as LocatorMap).show(state), at(id));
      await show('region');
      await settled(page);
      expect((await mapState(page)).moving).toBe(false);

      // Chromium's own trace says whether an animation could not run on the compositor.
      const { events } = await traceWhile(page, 'blink.animations', async () => {
        const started = await page.evaluate((gaza) => {
          (document.querySelector('locator-map') as LocatorMap).show(gaza);
          const svg = document.querySelector<SVGSVGElement>('locator-map svg.map-svg--wide')!;
          const layer = svg.previousElementSibling as HTMLElement;
          const all = layer.getAnimations({ subtree: true });
          const of = (a: Animation) => (a.effect as KeyframeEffect).target as Element;
          const animations = all.filter((a) => of(a).classList.contains('map-picture'));
          const labels = all.filter((a) => of(a).classList.contains('map-flight-label'));
          const names = (a: Animation) => (a.effect as KeyframeEffect).getKeyframes().flatMap(Object.keys);
          return {
            labels: labels.length,
            labelMoves: labels.filter((a) => names(a).includes('transform') && names(a).includes('opacity'))
              .length,
            animations: animations.length,
            moves: animations.filter((a) => names(a).includes('transform')).length,
            fades: animations.filter((a) => names(a).includes('opacity')).length,
            // What to look at if it fails: the map's state and its flight layer's.
            state: `${svg.dataset.view} moving=${svg.dataset.moving} layer=${layer.className} hidden=${layer.hidden} flying=${layer.dataset.flying} width=${layer.style.width} pictures=${layer.children.length}`,
          };
        }, at('gaza'));
        // The 40× zoom onto Gaza uses three pictures, one animation each: three moves, and a fade
        // for the two on top; each label the flight carries moves and fades in one more.
        expect(started, started.state).toMatchObject({ animations: 3, moves: 3, fades: 2 });
        expect(started.labels).toBeGreaterThan(0);
        expect(started.labelMoves).toBe(started.labels);
        await settled(page);
        expect((await mapState(page)).moving).toBe(false);
      });
      const animations = events.filter((e) => e.name === 'Animation');
      const pictures = new Set(
        animations
          .filter((e) => e.ph === 'b' && /map-picture|map-flight-label/.test(String(e.args?.data?.nodeName)))
          .map((e) => e.id2?.local),
      );
      expect(pictures.size).toBeGreaterThan(0);
      // The labels the flight carries are among them: moved and faded by the compositor too.
      expect(
        animations.some((e) => e.ph === 'b' && String(e.args?.data?.nodeName).includes('map-flight-label')),
      ).toBe(true);
      // Any reason but one means a picture was moved on the main thread. The exception, "no visible
      // change", is Blink skipping an animation it has nothing to draw for (a picture still
      // transparent), not a fallback to the main thread.
      const noVisibleChange = 1 << 17;
      const failed = animations.filter(
        (e) => pictures.has(e.id2?.local) && Number(e.args?.data?.compositeFailed ?? 0) & ~noVisibleChange,
      );
      expect(failed.map((e) => e.args?.data)).toEqual([]);

      // Paused at moments through a flight back, both pictures put the land in the same place, the
      // place of the view in between; the map's own land is hidden and the layer is not read out.
      await show('region');
      const views = await wideViews(page);
      for (const t of [0, 150, 375, 600, 750]) {
        const seen = await page.evaluate((time) => {
          const svg = document.querySelector<SVGSVGElement>('locator-map svg.map-svg--wide')!;
          const layer = svg.previousElementSibling as HTMLElement;
          for (const a of layer.getAnimations({ subtree: true })) {
            a.pause();
            a.currentTime = time;
          }
          const perUnit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const used = [...layer.querySelectorAll<SVGSVGElement>('.map-picture:not([data-step="none"])')];
          const lands = used.map((picture) => {
            const m = new DOMMatrix(getComputedStyle(picture).transform);
            const [, x, y, k] = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/
              .exec(picture.querySelector('.map-geo')!.getAttribute('transform')!)!
              .map(Number);
            return { k: m.a * k!, x: m.a * x! + m.e / perUnit, y: m.d * y! + m.f / perUnit };
          });
          return {
            lands,
            // The map's own land is out of the render while the pictures fly (not merely transparent).
            hidden: getComputedStyle(svg.querySelector('.map-geo')!).display,
            ariaHidden: layer.getAttribute('aria-hidden'),
          };
        }, t);
        const [a, ...others] = seen.lands;
        expect(others.length).toBeGreaterThanOrEqual(1);
        for (const b of others) {
          expect(b.k / a!.k, `t=${t}`).toBeCloseTo(1, 3);
          expect(Math.abs(b.x - a!.x), `t=${t}`).toBeLessThan(0.5);
          expect(Math.abs(b.y - a!.y), `t=${t}`).toBeLessThan(0.5);
        }
        expect(seen.hidden).toBe('none');
        expect(seen.ariaHidden).toBe('true');
        if (t === 0) expect(a!.k / views.gaza!.transform.k).toBeCloseTo(1, 3);
        if (t === 750) expect(a!.k / views.region!.transform.k).toBeCloseTo(1, 3);
      }
      await page.evaluate(() => {
        const layer = document.querySelector('locator-map svg.map-svg--wide')!.previousElementSibling!;
        for (const a of layer.getAnimations({ subtree: true })) a.finish();
      });
      await expect
        .poll(() => mapState(page), { timeout: 5000 })
        .toMatchObject({ moving: false, svgView: 'region' });
      expect(
        await page.evaluate(() => {
          const svg = document.querySelector('locator-map svg.map-svg--wide')!;
          const land = getComputedStyle(svg.querySelector('.map-geo')!);
          return [getComputedStyle(svg.previousElementSibling!).opacity, land.opacity, land.display];
        }),
      ).toEqual(['0', '1', 'inline']);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const [width, height] of [
    [1280, 860],
    [390, 844],
  ] as const)
    it(`keeps names on screen all through a flight, in and out, at ${width} px`, async () => {
      const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
        viewport: { width, height },
      });
      try {
        await scrollToStep(page, steps[0]!.id);
        const show = (id: string) =>
          page.evaluate((state) => (document.querySelector('locator-map') as LocatorMap).show(state), at(id));
        await show('region');
        await settled(page);
        for (const [from, to] of [
          ['region', 'gaza'],
          ['gaza', 'region'],
        ] as const) {
          await show(to);
          // Paused at moments through the flight: the labels the flight layer shows, with their opacity
          // (theirs and the layer's) and whether they lie on the map, above its footer, in the window.
          const samples: Array<{ t: number; shown: string[]; ends: string[] }> = [];
          let landed: Record<string, { x: number; y: number }> = {};
          for (let t = 0; t <= 750; t += 75) {
            const seen = await page.evaluate((time) => {
              const svg = [...document.querySelectorAll<SVGSVGElement>('locator-map svg.map-svg')].find(
                (s) => s.getBoundingClientRect().width > 0,
              )!;
              const layer = svg.previousElementSibling as HTMLElement;
              for (const a of layer.getAnimations({ subtree: true })) {
                a.pause();
                a.currentTime = time;
              }
              const map = svg.getBoundingClientRect();
              const perUnit = map.width / svg.viewBox.baseVal.width;
              const footer = map.bottom - 26 * perUnit;
              const layerOpacity = Number(getComputedStyle(layer).opacity);
              const labels = [...layer.querySelectorAll<SVGSVGElement>('.map-flight-label')].map((label) => {
                const text = label.querySelector('text')!;
                const r = text.getBoundingClientRect();
                const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
                return {
                  text: text.textContent!,
                  end: label.dataset.end!,
                  at: { x: r.x, y: r.y },
                  opacity: Number(getComputedStyle(label).opacity) * layerOpacity,
                  onMap:
                    cx > map.left &&
                    cx < map.right &&
                    cy > map.top &&
                    cy < footer &&
                    cy > 0 &&
                    cy < innerHeight,
                };
              });
              return { flying: svg.dataset.moving === 'true', labels };
            }, t);
            expect(seen.flying, `${from} → ${to} at ${t} ms`).toBe(true);
            const shown = seen.labels.filter((l) => l.opacity > 0 && l.onMap);
            samples.push({ t, shown: shown.map((l) => l.text), ends: [...new Set(shown.map((l) => l.end))] });
            if (t === 750)
              landed = Object.fromEntries(
                seen.labels.filter((l) => l.end === 'destination').map((l) => [l.text, l.at]),
              );
          }
          // Some name is on show at every moment: the view left at the start, the one reached at the end.
          expect(
            samples.filter((s) => s.shown.length === 0).map((s) => s.t),
            `${from} → ${to}`,
          ).toEqual([]);
          expect(samples[0]!.ends).toEqual(['source']);
          expect(samples.at(-1)!.ends).toEqual(['destination']);
          // Landed, the map's own labels stand where the flight's last showed them. Chromium sets the
          // copies' text about 1 % narrower (measured: a long bold name ends a pixel further right
          // than the map's own when centred or anchored at its end), so within a pixel and a half.
          await page.evaluate(() => {
            for (const a of document.querySelector('locator-map')!.querySelectorAll('.map-flight'))
              for (const anim of a.getAnimations({ subtree: true })) anim.finish();
          });
          await settled(page);
          await expect.poll(() => mapState(page), { timeout: 5000 }).toMatchObject({ moving: false });
          const own = await page.evaluate(() => {
            const svg = [...document.querySelectorAll<SVGSVGElement>('locator-map svg.map-svg')].find(
              (s) => s.getBoundingClientRect().width > 0,
            )!;
            return Object.fromEntries(
              [...svg.querySelectorAll<SVGTextElement>(':is(.map-label, .map-area-label, .map-border-label)')]
                .filter((t) => t.dataset.visible !== 'false' && getComputedStyle(t).opacity !== '0')
                .map((t) => [
                  t.textContent!,
                  { x: t.getBoundingClientRect().x, y: t.getBoundingClientRect().y },
                ]),
            );
          });
          expect(Object.keys(landed).length).toBeGreaterThan(0);
          for (const [text, at] of Object.entries(landed)) {
            expect(own[text], text).toBeDefined();
            expect(Math.abs(own[text]!.x - at.x), text).toBeLessThan(1.5);
            expect(Math.abs(own[text]!.y - at.y), text).toBeLessThan(1.5);
          }
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });

  it('opens on the right step when loaded mid-story', async () => {
    const last = steps.at(-1)!;
    const { page, close } = await openPage(env.browser(), env.site(), `${storyPath}#step-${last.id}`, {
      viewport: { width: 390, height: 844 },
    });
    try {
      await expect.poll(() => mapState(page), { timeout: 5000 }).toMatchObject({ view: last.attributes.map });
    } finally {
      await close();
    }
  });

  for (const [width, colorScheme] of [
    [1280, 'light'],
    [390, 'dark'],
  ] as const) {
    it(`has no axe violations in any view (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
        viewport: { width, height: 860 },
        colorScheme,
        reducedMotion: 'reduce',
      });
      try {
        for (const view of content.views) {
          const step = steps.find((s) => s.attributes.map === view.id)!;
          await scrollToStep(page, step.id);
          await expect.poll(() => mapState(page).then((s) => s.view)).toBe(view.id);
          const violations = await runAxe(page);
          expect(violations, `${view.id}: ${formatViolations(violations)}`).toEqual([]);
        }
      } finally {
        await close();
      }
    });
  }

  it('with JavaScript off, hides the sticky map and shows every step’s own figure', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    try {
      expect(await page.locator('.scrolly-graphic').isVisible()).toBe(false);
      for (const step of steps) {
        const figure = page.locator(`#step-${step.id} .step-figure figure`);
        expect(await figure.isVisible(), step.id).toBe(true);
        const graphic = step.attributes.graphic ?? 'map';
        expect(await figure.getAttribute('data-graphic')).toBe(graphic);
        if (graphic === 'map') expect(await figure.getAttribute('data-view')).toBe(step.attributes.map);
        // Its drawing: the narrow layout's image at a phone's width, loaded, at its size (no shift).
        const image = figure.locator('picture img');
        expect(await image.count(), step.id).toBe(1);
        await expect
          .poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), {
            message: step.id,
          })
          .toBe(true);
        const drawn = await image.evaluate((i: HTMLImageElement) => ({
          src: new URL(i.currentSrc).pathname,
          ratio: i.getBoundingClientRect().width / i.getBoundingClientRect().height,
          declared: i.width / i.height,
        }));
        expect(drawn.src, step.id).toBe(`${storyPath}figures/${step.id}-narrow.svg`);
        expect(drawn.ratio, step.id).toBeCloseTo(drawn.declared, 1);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Nothing floats over the text here, so a link to a step opens with the step at the top.
      const linked = steps.at(-2)!;
      await page.evaluate((id) => (location.hash = `#step-${id}`), linked.id);
      await expect
        .poll(() => page.locator(`#step-${linked.id}`).evaluate((s) => s.getBoundingClientRect().top))
        .toBeLessThan(40);
    } finally {
      await close();
    }
  });

  it('prints each step with its own figure and no sticky map', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await emulatePrint(page);
      expect(await page.locator('.scrolly-graphic').isVisible()).toBe(false);
      for (const step of steps) {
        const figure = page.locator(`#step-${step.id} .step-figure figure`);
        expect(await figure.isVisible(), step.id).toBe(true);
        if ((step.attributes.graphic ?? 'map') === 'map')
          expect(await figure.getAttribute('data-view')).toBe(step.attributes.map);
        // Built from the live graphic: every layout's SVG, drawn at the step's state.
        expect(await figure.locator('svg[data-variant]').count(), step.id).toBeGreaterThanOrEqual(2);
        if ((step.attributes.graphic ?? 'map') === 'map')
          for (const view of await figure
            .locator('svg[data-variant]')
            .evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-view'))))
            expect(view, step.id).toBe(step.attributes.map);
      }
      // Without what only the live graphics have, and every id once in the page.
      const copies = await page.evaluate(() => {
        const figures = document.querySelectorAll('.step-figure');
        const inFigures = (selector: string) =>
          [...figures].reduce((n, f) => n + f.querySelectorAll(selector).length, 0);
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return {
          liveOnly: inFigures(
            '[aria-live], [inert], .map-flight, [data-role="details"], template, [tabindex]',
          ),
          repeatedIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        };
      });
      expect(copies).toEqual({ liveOnly: 0, repeatedIds: [] });
    } finally {
      await close();
    }
  });

  it('builds the steps’ figures only when the page is printed, and they reach the paper', async () => {
    const pages: number[] = [];
    for (const withFigures of [true, false]) {
      const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
        viewport: { width: 1280, height: 860 },
      });
      try {
        // Scripts have run: the figures are still the text of their <noscript>, not elements.
        expect(await page.locator('.step-figure figure').count()).toBe(0);
        expect(await page.locator('noscript[data-step-figure]').count()).toBe(steps.length);
        if (!withFigures)
          await page.evaluate(() =>
            document.querySelectorAll('noscript[data-step-figure]').forEach((n) => n.remove()),
          );
        // A real print: Chromium's print to PDF fires beforeprint, then lays the page out for paper.
        const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
        pages.push(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0);
        if (withFigures) {
          expect(await page.locator('.step-figure figure').count()).toBe(steps.length);
          expect(await page.locator('noscript[data-step-figure]').count()).toBe(0);
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }
    // Eight figures take pages of their own: printed without them, the story is far shorter.
    expect(pages[1]).toBeGreaterThan(0);
    expect(pages[0]).toBeGreaterThan(pages[1]! + steps.length / 2);
  });
});
