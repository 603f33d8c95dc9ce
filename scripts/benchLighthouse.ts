// Lighthouse scores for `npm run bench`: mobile form factor, the four categories, on the explainer and
// an embed. Runs the same local Chromium the tests use, attached over the DevTools port.
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';

export interface LighthouseScores {
  page: string;
  /** Which run on this page (1-based): Lighthouse varies from run to run, so each page is run several times. */
  run: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  /** Each performance metric's value and score (0-100): what a score below 100 comes from. */
  metrics: Record<string, { value: number; score: number }>;
}

/** One Chromium and one server for a series of Lighthouse runs; close() ends both. */
export interface LighthouseSession {
  /** The local server's origin, e.g. to fetch a page once before it is measured. */
  url: string;
  /** A mobile run (Lighthouse's default simulated throttling) of a page, its report as JSON. */
  run(page: string, onlyCategories?: string[]): Promise<Result>;
  close(): Promise<void>;
}

export async function openLighthouse(distDir: string): Promise<LighthouseSession> {
  const server = await serveStatic(distDir);
  const port = 9300 + Math.floor(Math.random() * 500);
  const executablePath = await findChromium();
  if (!executablePath) {
    await server.close();
    throw new Error('No Chromium for Lighthouse: see README (browser for the tests).');
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      `--remote-debugging-port=${port}`,
    ],
  });
  return {
    url: server.url,
    async run(page, onlyCategories) {
      const result = await lighthouse(`${server.url}${page}`, {
        port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories,
        screenEmulation: {
          mobile: true,
          width: 412,
          height: 823,
          deviceScaleFactor: 1.75,
          disabled: false,
        },
      });
      return result!.lhr;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export async function benchLighthouse(
  distDir: string,
  pages: string[],
  runs = 3,
): Promise<LighthouseScores[]> {
  const session = await openLighthouse(distDir);
  try {
    const out: LighthouseScores[] = [];
    for (const page of pages)
      for (let run = 1; run <= runs; run++) {
        const lhr = await session.run(page);
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        out.push({
          page,
          run,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(Number(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)),
          metrics: Object.fromEntries(
            [
              'first-contentful-paint',
              'largest-contentful-paint',
              'total-blocking-time',
              'cumulative-layout-shift',
              'speed-index',
            ].map((id) => [
              id,
              {
                value: Math.round(Number(lhr.audits[id]?.numericValue ?? 0) * 1000) / 1000,
                score: Math.round((lhr.audits[id]?.score ?? 0) * 100),
              },
            ]),
          ),
        });
      }
    return out;
  } finally {
    await session.close();
  }
}
