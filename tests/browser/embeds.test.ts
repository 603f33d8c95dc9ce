import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphicInfo } from '../../src/graphics/registry';
import { embedCode } from '../../src/lib/embed/embedCode';
import { charts } from '../../src/lib/embed/embedOptions';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile, routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';
import { leadSlug } from '../support/stories';
import { formatViolations, runAxe } from '../support/axe';
import { openPage, settled, traceWhile } from '../support/browserPage';
import { launchChromium } from '../support/chromium';
import { distDir, readDist } from '../support/dist';
import { serveStatic, type StaticServer } from '../support/serveStatic';
import { hostileValues } from '../support/hostileValues';

const require = createRequire(import.meta.url);
const { content } = readContent(realContent, projectRoot);
let site: StaticServer;
let host: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(distDir);
  // A journalist's page on another origin: each chart once under real Pym.js, once under our script.
  const dir = mkdtempSync(path.join(tmpdir(), 'host-'));
  copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), path.join(dir, 'pym.v1.min.js'));
  const ours = charts
    .map((c) => `<h2>${c} (our script)</h2>${embedCode(site.url, leadSlug, c, graphicInfo(c).title)}`)
    .join('\n');
  const pyms = charts.map((c) => `<h2>${c} (Pym.js)</h2><div id="pym-${c}"></div>`).join('\n');
  const parents = charts
    .map((c) => `new pym.Parent('pym-${c}', '${site.url}${routes.embed(leadSlug, c)}', { title: '${c}' });`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>body{margin:0;font-family:sans-serif}main{padding:0 8px}</style></head>
<body><main>${pyms}\n${ours}</main><script src="/pym.v1.min.js"></script><script>${parents}</script></body></html>`,
  );
  host = await serveStatic(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** For every embed on the host page: the iframe's height and its content's height. */
async function fits(page: Page) {
  const out: Array<{ src: string; frame: number; content: number; scrolls: boolean }> = [];
  for (const handle of await page.locator('iframe').elementHandles()) {
    const frame = (await handle.contentFrame()) as Frame;
    const box = await handle.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrolls: document.documentElement.scrollHeight > innerHeight + 1,
    }));
    out.push({
      src: await handle.evaluate((f) => (f as HTMLIFrameElement).src),
      frame: box,
      content: inner.content,
      scrolls: inner.scrolls,
    });
  }
  return out;
}

describe('embeds in a host page on another origin', () => {
  it('fit their content at 320, 600 and 1200 px and after shrinking back, under Pym.js and under our script', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    try {
      await page.goto(`${host.url}/`, { waitUntil: 'load' });
      expect(await page.locator('iframe').count()).toBe(charts.length * 2);
      for (const width of [320, 600, 1200, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await expect
          .poll(
            async () => (await fits(page)).filter((f) => Math.abs(f.frame - f.content) > 2 || f.scrolls),
            { timeout: 10_000 },
          )
          .toEqual([]);
      }
    } finally {
      await page.context().close();
    }
  });

  it('ignore height messages that are not from one of their iframes, or not of the protocol', async () => {
    const page = await (await browser.newContext({ viewport: { width: 600, height: 900 } })).newPage();
    try {
      await page.goto(`${host.url}/`, { waitUntil: 'load' });
      const ours = page.locator('iframe[data-explainer-embed]').first();
      await expect.poll(() => ours.evaluate((f) => f.style.height)).toMatch(/px$/);
      const before = await ours.evaluate((f) => f.style.height);
      await page.evaluate(async () => {
        for (const message of [
          'pymxPYMxexplainerxPYMxheightxPYMx5',
          'pymxPYMxexplainerxPYMxheightxPYMx99999',
          { height: 5 },
          '<img src=x onerror=alert(1)>',
        ]) {
          window.postMessage(message, '*');
        }
        // Messages arrive in the order sent: once this last one has, every one before it was handled.
        await new Promise<void>((resolve) => {
          const done = (event: MessageEvent) => {
            if (event.data !== 'test:handled') return;
            removeEventListener('message', done);
            resolve();
          };
          addEventListener('message', done);
          window.postMessage('test:handled', '*');
        });
      });
      expect(await ours.evaluate((f) => f.style.height)).toBe(before);
    } finally {
      await page.context().close();
    }
  });
});

describe('embeds without any script on the host page', () => {
  // The code's iframe keeps the height it is written with; oEmbed consumers size by its width and height.
  for (const story of content.stories)
    for (const chart of charts) {
      it(`${routes.embed(story.slug, chart)} fits whole in its code's height at 600 px and in oEmbed's size`, async () => {
        const oembed = JSON.parse(readDist(builtFile(routes.oembed(story.slug, chart)))) as {
          html: string;
          width: number;
          height: number;
        };
        const fallback = Number(/<iframe [^>]*\bheight="(\d+)"/.exec(oembed.html)![1]);
        for (const [width, room] of [
          [600, fallback],
          [oembed.width, fallback],
          [oembed.width, oembed.height],
        ] as const) {
          const { page, problems, close } = await openPage(browser, site, routes.embed(story.slug, chart), {
            viewport: { width, height: 600 },
          });
          try {
            await settled(page);
            const height = await page.evaluate(() =>
              Math.ceil(document.documentElement.getBoundingClientRect().height),
            );
            expect(height, `at ${width} px the chart is ${height} px high`).toBeLessThanOrEqual(room);
            expect(problems).toEqual([]);
          } finally {
            await close();
          }
        }
      });
    }
});

describe('an embed on a narrow phone', () => {
  // A 320 px phone, the narrowest the site serves: every word in every chart is at least 10 px high.
  for (const chart of charts)
    it(`${routes.embed(leadSlug, chart)} sets every text in its chart at 10 px or more at 320 px`, async () => {
      const { page, problems, close } = await openPage(browser, site, routes.embed(leadSlug, chart), {
        viewport: { width: 320, height: 700 },
      });
      try {
        await settled(page);
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>('svg[data-variant]')]
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .flatMap((svg) => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll('text')]
                .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none')
                .map((t) => ({
                  text: (t.textContent ?? '').trim(),
                  px: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10,
                }));
            }),
        );
        expect(sizes.length).toBeGreaterThan(0);
        expect(sizes.filter((s) => s.px < 10)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
});

describe('an embed receiving messages', () => {
  it('answers only its parent, only in the Pym.js shape, only for its own id; anything else is inert', async () => {
    const page = await (await browser.newContext({ viewport: { width: 600, height: 900 } })).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    try {
      await page.goto(`${host.url}/`, { waitUntil: 'load' });
      const frame = page.locator('iframe[data-explainer-embed]').first();
      await expect.poll(() => frame.evaluate((f) => f.style.height)).toMatch(/px$/);
      // Count the height messages the embed sends back from now on.
      const heights = () => page.evaluate(() => (window as unknown as { __heights: number }).__heights);
      await page.evaluate(() => {
        (window as unknown as { __heights: number }).__heights = 0;
        addEventListener('message', (e) => {
          if (typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx'))
            (window as unknown as { __heights: number }).__heights++;
        });
      });
      const send = (messages: unknown[]) =>
        frame.evaluate((f, list) => {
          for (const m of list) (f as HTMLIFrameElement).contentWindow!.postMessage(m, '*');
        }, messages);
      // The one well-formed request for this child comes last: the embed handles its messages in
      // order and its answers arrive in order, so any answer to the others would come before its own.
      await send([
        'pymxPYMxsomeone-elsexPYMxwidthxPYMx600',
        'pymxPYMxexplainerxPYMxwidth',
        `pymxPYMxexplainerxPYMxwidthxPYMx${'9'.repeat(600)}`,
        'pymxPYMx<img src=x onerror=alert(1)>xPYMxwidthxPYMx600',
        { type: 'width', id: 'explainer', value: 600 },
        null,
        12,
        ['pymxPYMxexplainerxPYMxwidthxPYMx600'],
        '<script>alert(1)</script>',
        'pymxPYMxexplainerxPYMxwidthxPYMx600',
      ]);
      await expect.poll(heights).toBeGreaterThan(0);
      expect(await heights()).toBe(1);
      const inside = page.frameLocator('iframe[data-explainer-embed] >> nth=0');
      expect(await inside.locator('img[src="x"], script:not([src]):not([type])').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('an embed resized', () => {
  // Chart text is set at its own size and scaled with the chart (see global.css), so a chart at a
  // new scale reuses the font instances it has; text sized for the screen would need new ones, each
  // a round trip to the browser process on Linux. The widths keep the page's own text at its
  // smallest and largest size: only the charts scale.
  const fontsMadeWhile = async (page: Page, action: () => Promise<unknown>) => {
    const { events } = await traceWhile(page, 'fonts', async () => {
      await action();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    });
    return events.filter((e) => e.name === 'FontCache::GetFontPlatformData' && e.ph === 'X').length;
  };
  // The chart on show: the layout variant the frame's width selects (the other is not displayed).
  const shownChart = (page: Page) => page.locator('figure svg[data-variant]:visible');
  const chartWidth = async (page: Page) => Math.round((await shownChart(page).boundingBox())!.width);
  for (const chart of charts) {
    it(`${routes.embed(leadSlug, chart)} needs no new font for its text at a new scale`, async () => {
      for (const [from, to] of [
        [300, 280],
        [1300, 1500],
      ] as const) {
        const { page, close } = await openPage(browser, site, routes.embed(leadSlug, chart), {
          viewport: { width: from, height: 800 },
        });
        try {
          const before = await chartWidth(page);
          const made = await fontsMadeWhile(page, () => page.setViewportSize({ width: to, height: 800 }));
          expect(await chartWidth(page), `${from} → ${to} px: the chart scales`).not.toBe(before);
          expect(made, `${from} → ${to} px`).toBe(0);
          // The probe itself sees a font being made: chart text at a size not used yet.
          const control = await fontsMadeWhile(page, () =>
            shownChart(page)
              .locator('text')
              .first()
              .evaluate((text: SVGTextElement) => text.style.setProperty('font-size', '13.37px')),
          );
          expect(control, 'a new size makes a font').toBeGreaterThan(0);
        } finally {
          await close();
        }
      }
    });
  }
});

describe('embed options', () => {
  it('open the chart at a step, in a theme', async () => {
    const { page, problems, close } = await openPage(
      browser,
      site,
      `${routes.embed(leadSlug, 'map')}?step=rafah&theme=dark`,
    );
    try {
      await expect.poll(() => page.locator('locator-map figure').getAttribute('data-view')).toBe('gaza');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // The heading names the view shown (its own title, built for the opening view, is replaced).
      const gaza = content.views.find((v) => v.id === 'gaza')!;
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe(`${graphicInfo('map').kicker}: ${gaza.title}`);
      expect(await page.title()).toBe(`${graphicInfo('map').kicker}: ${gaza.title}`);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('are light on a reader whose system is dark, unless the code asks for dark or auto', async () => {
    const colours = async (query: string, javaScriptEnabled = true) => {
      const { page, problems, close } = await openPage(
        browser,
        site,
        `${routes.embed(leadSlug, 'map')}${query}`,
        { colorScheme: 'dark', javaScriptEnabled },
      );
      try {
        expect(problems).toEqual([]);
        return await page.evaluate(() => ({
          bg: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.body).color,
        }));
      } finally {
        await close();
      }
    };
    const plain = await colours('');
    const light = await colours('?theme=light');
    const dark = await colours('?theme=dark');
    expect(plain).toEqual(light);
    expect(dark).not.toEqual(light);
    // auto follows the reader's (dark) setting; without scripts the embed is light all the same.
    expect(await colours('?theme=auto')).toEqual(dark);
    expect(await colours('', false)).toEqual(light);
  });

  it("address steps per story: a step of another story is ignored, the story's own applies", async () => {
    const other = content.stories.find((s) => s.slug !== leadSlug)!;
    const foreign = content.stories
      .find((s) => s.slug === leadSlug)!
      .steps.find(
        (s) => !other.steps.some((o) => o.id === s.id) && s.attributes.map !== other.steps[0]!.attributes.map,
      )!;
    const own = other.steps.find((s) => s.attributes.map !== other.steps[0]!.attributes.map)!;
    const view = async (query: string) => {
      const { page, problems, close } = await openPage(
        browser,
        site,
        `${routes.embed(other.slug, 'map')}?${query}`,
      );
      try {
        await settled(page);
        expect(problems).toEqual([]);
        return await page.locator('locator-map figure').getAttribute('data-view');
      } finally {
        await close();
      }
    };
    expect(await view(`step=${foreign.id}`)).toBe(other.steps[0]!.attributes.map);
    expect(await view(`step=${own.id}`)).toBe(own.attributes.map);
  });

  it("sends the first story's old embed addresses on to their new ones", async () => {
    const { page, problems, close } = await openPage(browser, site, '/embed/map/');
    try {
      await page.waitForURL(`**${routes.embed(leadSlug, 'map')}`);
      await expect.poll(() => page.locator('locator-map').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('treat hostile values as absent: default state, no markup, no script', async () => {
    for (const value of hostileValues.slice(0, 6)) {
      const q = encodeURIComponent(value);
      const { page, problems, close } = await openPage(
        browser,
        site,
        `${routes.embed(leadSlug, 'map')}?step=${q}&view=${q}&theme=${q}`,
      );
      try {
        let dialog = false;
        page.on('dialog', (d) => ((dialog = true), void d.dismiss()));
        await settled(page);
        expect(await page.locator('locator-map figure').getAttribute('data-view')).toBe('region');
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(await page.content()).not.toContain('alert(1)</script>');
        expect(dialog).toBe(false);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  for (const chart of charts) {
    it(`${routes.embed(leadSlug, chart)} has no axe violations, light and dark`, async () => {
      for (const theme of ['light', 'dark']) {
        const { page, close } = await openPage(
          browser,
          site,
          `${routes.embed(leadSlug, chart)}?theme=${theme}&step=qatar-speaks`,
          { viewport: { width: 600, height: 800 } },
        );
        try {
          await settled(page);
          const violations = await runAxe(page);
          expect(violations, `${theme}: ${formatViolations(violations)}`).toEqual([]);
        } finally {
          await close();
        }
      }
    });
  }

  it('the embed page has no axe violations and copies a code', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/embed/`, { waitUntil: 'load' });
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.locator(`[data-copy="code-${leadSlug}-map"]`).click();
      await expect
        .poll(() => page.locator(`[data-status="code-${leadSlug}-map"]`).textContent())
        .toMatch(/Copied|Selected/);
      const code = await page.locator(`#code-${leadSlug}-map`).inputValue();
      expect(code).toContain(`${site.url}${routes.embed(leadSlug, 'map')}`);
    } finally {
      await context.close();
    }
  });
});
