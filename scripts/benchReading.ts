// The reading contract, measured: each story scrolled a quarter of the screen at a time at four
// screen sizes. Prints, per size, the share of stops where the graphic for the text being read is
// shown, in view (≥ 90 % on screen) and clear (≥ 85 % uncovered), its smallest share of the screen
// and its smallest label in px. With SHOTS=dir, saves a screenshot at each step's reading position.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';
import { probeReading, type ReadingStop } from '../tests/support/readingProbe';

export const readingSizes = [
  [390, 844],
  [844, 390],
  [1280, 800],
  [1440, 900],
] as const;

export async function benchReading(dist: string, stories: string[], shots?: string): Promise<void> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    console.log('Reading contract: stops a quarter-screen apart, each story, top to end of its last step');
    console.log('size       story        stops  shown  in view+clear  min share  min label  min main');
    for (const [width, height] of readingSizes)
      for (const story of stories) {
        const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${server.url}/${story}/`, { waitUntil: 'load' });
        await page.waitForFunction(() => !!customElements.get('scroll-story'));
        const graphicOf = await page.evaluate(() => {
          const data = JSON.parse(document.querySelector('script[data-steps]')!.textContent!) as Array<{
            attributes: { id: string; graphic?: string };
          }>;
          return Object.fromEntries(data.map((s) => [s.attributes.id, s.attributes.graphic ?? 'map']));
        });
        const stops: ReadingStop[] = [];
        const { start, end } = await page.evaluate(() => {
          const story = document.querySelector('scroll-story')!;
          const steps = [...story.querySelectorAll('[data-step]')];
          const text = steps.at(-1)!.querySelector('.step-text') ?? steps.at(-1)!;
          const line = (story as unknown as { readingLine(): number }).readingLine();
          return {
            start: Math.max(0, steps[0]!.getBoundingClientRect().top + scrollY - line),
            end: text.getBoundingClientRect().bottom + scrollY - line,
          };
        });
        for (let y = start; y <= end; y += height / 4) {
          await page.evaluate((y) => scrollTo(0, y), y);
          await page.evaluate(() => (document.querySelector('scroll-story') as unknown as { settled(): Promise<void> }).settled());
          // The step at the reading line, by the layout, is the one the page announces (or the probe says otherwise).
          await page
            .waitForFunction(
              () => {
                const story = document.querySelector<HTMLElement>('scroll-story')!;
                const line = innerHeight * Number.parseFloat(getComputedStyle(story).getPropertyValue('--reading-line'));
                const steps = [...story.querySelectorAll<HTMLElement>('[data-step]')];
                const at = steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? steps[0]!;
                return story.dataset.activeStep === at.dataset.step;
              },
              null,
              { timeout: 3000 },
            )
            .catch(() => undefined);
          await page.evaluate(() => (document.querySelector('scroll-story') as unknown as { settled(): Promise<void> }).settled());
          await page.waitForFunction(() => {
            const shown = document.querySelector<HTMLElement>('.sticky-graphics > [data-shown]');
            return !!shown && !shown.inert;
          });
          const stop = await probeReading(page, graphicOf);
          stops.push(stop);
          if (shots) {
            mkdirSync(shots, { recursive: true });
            await page.screenshot({ path: path.join(shots, `${story}-${width}x${height}-${String(stops.length).padStart(2, '0')}-${stop.step}.png`) });
          }
        }
        const good = stops.filter((s) => s.shown === s.wanted && s.inView >= 0.9 && s.clear >= 0.85);
        const pct = (n: number) => `${Math.round((100 * n) / stops.length)} %`;
        const min = (f: (s: ReadingStop) => number) => Math.min(...stops.map(f));
        console.log(
          [
            `${width}×${height}`.padEnd(10),
            story.padEnd(12),
            String(stops.length).padStart(5),
            pct(stops.filter((s) => s.shown === s.wanted).length).padStart(6),
            pct(good.length).padStart(14),
            `${Math.round(100 * min((s) => s.share))} %`.padStart(10),
            `${min((s) => s.smallest).toFixed(1)} px`.padStart(10),
            `${min((s) => s.smallestMain).toFixed(1)} px`.padStart(9),
          ].join(' '),
        );
        if (process.env.READING_DETAIL)
          for (const s of stops)
            console.log(`   y=${Math.round(s.y)} ${s.step} shown=${s.shown} want=${s.wanted} view=${s.inView.toFixed(2)} clear=${s.clear.toFixed(2)} share=${s.share.toFixed(2)} min=${s.smallest.toFixed(1)} main=${s.smallestMain.toFixed(1)} hidden=${s.textHidden}`);
        await context.close();
      }
    console.log();
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  await benchReading(path.join(root, 'dist'), (process.env.STORIES ?? 'mediation,qatar').split(','), process.env.SHOTS);
}
