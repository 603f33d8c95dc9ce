// Nothing on the page moves by itself while a reader scrolls it: from the first paint to the last
// source, at a phone's size and a desktop's, every story's layout-shift entries (those not caused by
// input) add up to zero. A graphic laid out only when a step brings it on show (content-visibility:
// hidden on the ones off show, tried for issue 27) shifted its drawing as it came: 0.016 a switch.
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from '../support/browserPage';
import { builtStories } from '../support/stories';

const env = useSite();

describe('no layout shift while reading', () => {
  for (const story of builtStories())
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const)
      it(`${story.path} at ${width} × ${height}, scrolled by the wheel from top to bottom`, async () => {
        const { page, problems, close } = await openPage(env.browser(), env.site(), story.path, {
          viewport: { width, height },
        });
        try {
          // Only what moves while the reader scrolls counts here (as in the scroll bench): from a
          // moment after the load, so the page's own load is not read into it.
          await page.waitForTimeout(800);
          await page.evaluate(() => {
            const w = window as unknown as { __shifts: string[] };
            w.__shifts = [];
            const from = performance.now();
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<
                PerformanceEntry & {
                  value: number;
                  hadRecentInput: boolean;
                  sources?: Array<{ node?: Node }>;
                }
              >)
                if (!entry.hadRecentInput && entry.value > 0 && entry.startTime >= from)
                  w.__shifts.push(
                    `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${(entry.sources ?? [])
                      .map((s) =>
                        s.node instanceof Element
                          ? `${s.node.tagName}.${s.node.getAttribute('class')}`
                          : s.node?.nodeName,
                      )
                      .join(', ')}`,
                  );
            }).observe({ type: 'layout-shift', buffered: true });
          });
          // As a reader scrolls: the wheel, a notch at a time (a wheel is not input that excuses a shift).
          const total = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
          await page.mouse.move(width / 3, height / 2);
          for (let y = 0; y < total; y += 120) {
            await page.mouse.wheel(0, 120);
            await page.waitForTimeout(30);
          }
          await page.waitForTimeout(800);
          const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
          expect(shifts).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
});
