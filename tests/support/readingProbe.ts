import type { Page } from 'playwright-core';

/** What a reader sees of the story's graphic at one scroll position (see probeReading). */
export interface ReadingStop {
  /** The scroll position, px. */
  y: number;
  /** The step whose top is last above the reading line (the one being read), by the layout's CSS. */
  step: string;
  /** The graphic on show, and the one the step being read asks for. */
  shown: string | null;
  wanted: string;
  /** Share of the graphic's drawing (its visible SVG) inside the viewport, 0–1. */
  inView: number;
  /** Share of 49 sample points of the drawing's on-screen part not covered by anything else, 0–1. */
  clear: number;
  /** The drawing's area as a share of the screen's, 0–1. */
  share: number;
  /** The smallest label drawn, and the smallest main label (places, main actors), in screen px. */
  smallest: number;
  smallestMain: number;
  /** The text of the step being read is under or behind something at the reading line. */
  textHidden: boolean;
  /** The height of the graphic's pane (controls, caption, drawing, key), px, and the screen's. */
  pane: number;
  screen: number;
}

/**
 * Reads, in the page, what the reader sees now: which graphic is shown against the step at the
 * reading line, how much of its drawing is on screen and uncovered, how big, and its smallest
 * label on screen. Independent of the page's script: the reading line comes from the layout's CSS
 * (--reading-line) and the step from the sections' boxes.
 */
export function probeReading(page: Page, graphicOf: Record<string, string>): Promise<ReadingStop> {
  return page.evaluate((graphicOf) => {
    const story = document.querySelector('scroll-story')!;
    const line =
      innerHeight * (Number.parseFloat(getComputedStyle(story).getPropertyValue('--reading-line')) || 0.5);
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    const step = (steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? steps[0]!).dataset
      .step!;
    const shownEl = story.querySelector<HTMLElement>('.sticky-graphics > [data-shown]');
    const svg = [...(shownEl?.querySelectorAll<SVGSVGElement>('svg[data-variant]') ?? [])].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const none = {
      y: scrollY,
      step,
      shown: shownEl?.dataset.graphic ?? null,
      wanted: graphicOf[step]!,
      pane: story.querySelector('.scrolly-graphic')!.getBoundingClientRect().height,
      screen: innerHeight,
    };
    if (!svg)
      return { ...none, inView: 0, clear: 0, share: 0, smallest: 0, smallestMain: 0, textHidden: true };
    const box = svg.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, vw);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    const onScreen = Math.max(0, right - left) * Math.max(0, bottom - top);
    let clearPoints = 0;
    let points = 0;
    if (onScreen > 0)
      for (let i = 0; i < 7; i++)
        for (let j = 0; j < 7; j++) {
          const x = left + 1 + ((right - left - 2) * i) / 6;
          const y = top + 1 + ((bottom - top - 2) * j) / 6;
          points++;
          if (document.elementFromPoint(x, y)?.closest('.sticky-graphics > [data-shown]') === shownEl)
            clearPoints++;
        }
    const scale = svg.getScreenCTM()?.a ?? 1;
    const sizes = [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => {
        const style = getComputedStyle(t);
        if (style.display === 'none' || style.visibility === 'hidden' || t.textContent!.trim() === '')
          return false;
        for (let e: Element | null = t; e && e !== svg; e = e.parentElement)
          if (Number(getComputedStyle(e).opacity) === 0) return false;
        return t.getBBox().width > 0;
      })
      .map((t) => ({
        px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
        main: t.matches('.map-label, .diagram-node[data-main="true"] text, .diagram-node-main text'),
      }));
    // The text being read: the step's own words at the reading line, on top (not under the graphic).
    const current = steps.find((s) => s.dataset.step === step)!;
    const text = current.querySelector('.step-text') ?? current;
    const tb = text.getBoundingClientRect();
    const under =
      tb.top <= line && tb.bottom >= line
        ? [0.2, 0.5, 0.8].some((f) => {
            const hit = document.elementFromPoint(tb.left + tb.width * f, line);
            return !!hit && !text.contains(hit) && hit !== text && !hit.contains(text);
          })
        : false;
    return {
      ...none,
      inView: onScreen / (box.width * box.height),
      clear: points === 0 ? 0 : clearPoints / points,
      share: (box.width * box.height) / (vw * innerHeight),
      smallest: Math.min(...sizes.map((s) => s.px)),
      smallestMain: Math.min(...sizes.filter((s) => s.main).map((s) => s.px), Infinity),
      textHidden: under,
    };
  }, graphicOf);
}

/** The graphic each step asks for, by step id, from the steps data the page carries. */
export function graphicsOfSteps(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const data = JSON.parse(document.querySelector('script[data-steps]')!.textContent!) as Array<{
      attributes: { id: string; graphic?: string };
    }>;
    const first = document.querySelector<HTMLElement>('.sticky-graphics > [data-graphic]')!.dataset.graphic!;
    return Object.fromEntries(data.map((s) => [s.attributes.id, s.attributes.graphic ?? first]));
  });
}

/**
 * Scrolls the story a quarter of the screen at a time, from its first step at the reading line to
 * the end of its last step's text there, and reads each stop once the page has settled on the
 * step the layout puts at the reading line.
 */
export async function walkStory(
  page: Page,
  onStop?: (stop: ReadingStop, index: number) => Promise<void>,
): Promise<ReadingStop[]> {
  const graphicOf = await graphicsOfSteps(page);
  const { start, end, height } = await page.evaluate(() => {
    const story = document.querySelector('scroll-story') as unknown as HTMLElement & {
      readingLine(): number;
    };
    const steps = [...story.querySelectorAll('[data-step]')];
    const text = steps.at(-1)!.querySelector('.step-text') ?? steps.at(-1)!;
    const line = story.readingLine?.() ?? innerHeight / 2;
    return {
      start: Math.max(0, steps[0]!.getBoundingClientRect().top + scrollY - line),
      end: text.getBoundingClientRect().bottom + scrollY - line,
      height: innerHeight,
    };
  });
  const stops: ReadingStop[] = [];
  for (let y = start; y <= end; y += height / 4) {
    await page.evaluate((y) => scrollTo(0, y), y);
    // Waits for the step the layout puts at the reading line to be the one the page announces; a
    // page that never gets there is read as it stands, and the stop shows the wrong graphic.
    await page
      .waitForFunction(
        () => {
          const story = document.querySelector<HTMLElement>('scroll-story')!;
          const line =
            innerHeight *
            (Number.parseFloat(getComputedStyle(story).getPropertyValue('--reading-line')) || 0.5);
          const steps = [...story.querySelectorAll<HTMLElement>('[data-step]')];
          const at = steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? steps[0]!;
          return story.dataset.activeStep === at.dataset.step;
        },
        null,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    await page.evaluate(() =>
      (document.querySelector('scroll-story') as unknown as { settled(): Promise<void> }).settled(),
    );
    await page
      .waitForFunction(
        () => {
          const shown = document.querySelector<HTMLElement>('.sticky-graphics > [data-shown]');
          return !!shown && !shown.inert;
        },
        null,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    const stop = await probeReading(page, graphicOf);
    stops.push(stop);
    await onStop?.(stop, stops.length);
  }
  return stops;
}
