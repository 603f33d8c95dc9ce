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
  /** The text of the step being read that is under or behind something at the reading line, if any. */
  textHidden: boolean;
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
    const line = innerHeight * Number.parseFloat(getComputedStyle(story).getPropertyValue('--reading-line'));
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    const step = (steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? steps[0]!).dataset
      .step!;
    const shownEl = story.querySelector<HTMLElement>('.sticky-graphics > [data-shown]');
    const svg = [...(shownEl?.querySelectorAll<SVGSVGElement>('svg[data-variant]') ?? [])].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const none = { y: scrollY, step, shown: shownEl?.dataset.graphic ?? null, wanted: graphicOf[step]! };
    if (!svg) return { ...none, inView: 0, clear: 0, share: 0, smallest: 0, smallestMain: 0, textHidden: true };
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
        if (style.display === 'none' || style.visibility === 'hidden' || t.textContent!.trim() === '') return false;
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
