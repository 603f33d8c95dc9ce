// Page loads for `npm run bench`: each page opened in Chromium over loopback (brotli, as real hosts
// serve it), counting every request, the requests to any other host, the bytes on the wire, and the
// largest contentful paint and layout shift of the load. A phone-sized viewport, 4x CPU slowdown.
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';

export interface LoadFigures {
  page: string;
  requests: number;
  otherHostRequests: number;
  /** Encoded bytes received, headers excluded (what the network carried). */
  transferredBytes: number;
  lcpMs: number;
  cls: number;
}

export async function benchLoad(distDir: string, pages: string[]): Promise<LoadFigures[]> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  const origin = new URL(server.url).origin;
  try {
    const out: LoadFigures[] = [];
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let transferred = 0;
      cdp.on(
        'Network.loadingFinished',
        (e: { encodedDataLength: number }) => (transferred += e.encodedDataLength),
      );
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url()));
      await page.addInitScript(`
        window.__load = { lcp: 0, cls: 0 };
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__load.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__load.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
      `);
      // The load event first: at 4x slowdown the parser can go 500 ms without a request, and
      // Playwright's network-idle alone then fires before the page's script has even been fetched.
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const { lcp, cls } = (await page.evaluate('window.__load')) as { lcp: number; cls: number };
      // Navigations inside embeds' iframes count as requests too; data: URLs are not requests.
      const requests = urls.filter((u) => !u.startsWith('data:'));
      out.push({
        page: path,
        requests: requests.length,
        otherHostRequests: requests.filter((u) => new URL(u).origin !== origin).length,
        transferredBytes: transferred,
        lcpMs: Math.round(lcp),
        cls,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
