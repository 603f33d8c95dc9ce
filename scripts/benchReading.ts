// The reading contract, measured: each story scrolled a quarter of the screen at a time at four
// screen sizes. Prints, per size, the share of stops where the graphic for the text being read is
// shown, in view (≥ 90 % on screen) and clear (≥ 85 % uncovered), its smallest share of the screen
// and its smallest label in px. With SHOTS=dir, saves a screenshot at each step's reading position.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';
import { walkStory, type ReadingStop } from '../tests/support/readingProbe';

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
        const stops = await walkStory(page, async (stop, n) => {
          if (!shots) return;
          mkdirSync(shots, { recursive: true });
          const name = `${story}-${width}x${height}-${String(n).padStart(2, '0')}-${stop.step}.png`;
          await page.screenshot({ path: path.join(shots, name) });
        });
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
            console.log(
              `   y=${Math.round(s.y)} ${s.step} shown=${s.shown} want=${s.wanted} view=${s.inView.toFixed(2)} clear=${s.clear.toFixed(2)} share=${s.share.toFixed(2)} min=${s.smallest.toFixed(1)} main=${s.smallestMain.toFixed(1)} hidden=${s.textHidden}`,
            );
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
  await benchReading(
    path.join(root, 'dist'),
    (process.env.STORIES ?? 'mediation,qatar').split(','),
    process.env.SHOTS,
  );
}
