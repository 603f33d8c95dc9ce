// Probes of what a page does, for the browser tests and the bench alike (no test runner here).
import type { Page } from 'playwright-core';

/** One event of a Chromium trace, as far as the tests read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  id2?: { local?: string };
  args?: { data?: Record<string, unknown> };
}

/** Chromium's own trace, in the given categories, of what the page does while `action` runs. */
export async function traceWhile<T>(
  page: Page,
  categories: string,
  action: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    return { result: await action(), events };
  } finally {
    await cdp.send('Tracing.end');
    await traced;
    await cdp.detach();
  }
}

/**
 * Records what `sample` returns in every frame from now on, as the frame renders: a ResizeObserver
 * on a probe resized each frame calls it after the frame's animation callbacks and layout. Returns
 * a reader of the samples so far. `sample` runs in the page, so it may use only page globals.
 */
export async function recordFrames<T>(page: Page, sample: () => T): Promise<() => Promise<T[]>> {
  const install = (take: () => unknown) => {
    const samples: unknown[] = [];
    (window as unknown as { __frames: unknown[] }).__frames = samples;
    const probe = document.body.appendChild(document.createElement('div'));
    probe.setAttribute('aria-hidden', 'true');
    Object.assign(probe.style, { position: 'fixed', top: '0', left: '0', height: '1px', width: '1px' });
    new ResizeObserver(() => samples.push(take())).observe(probe);
    const tick = () => {
      probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  await page.evaluate(`(${install.toString()})(${sample.toString()})`);
  return () => page.evaluate(() => (window as unknown as { __frames: T[] }).__frames);
}
