// The editors' live preview: `astro dev` on a copy of the content, driven by real edits to its files.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../support/chromium';
import { contentFixture, projectRoot, type ContentFixture } from '../support/contentFixture';
import { storyPath } from '../support/stories';

let dev: ChildProcess;
let output = '';
let url = '';
let browser: Browser;
let fixture: ContentFixture;

const editorEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
  );

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  fixture = contentFixture();
  const port = await freePort();
  dev = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'],
    {
      cwd: projectRoot,
      // As an editor's shell would run it: without the test runner's own variables (VITEST, NODE_ENV=test).
      env: {
        ...editorEnv(),
        CONTENT_DIR: fixture.dir,
        PORT: String(port),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  dev.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  // Wait for the server to say where it listens, then for the story to be served.
  const deadline = Date.now() + 60_000;
  let last: unknown;
  for (;;) {
    const local = /Local\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
    if (local) {
      url = local;
      const status = await fetch(`${url}${storyPath}`, { signal: AbortSignal.timeout(10_000) })
        .then((r) => r.status)
        .catch((e: unknown) => ((last = (e as { cause?: unknown }).cause ?? e), 0));
      if (status === 200) break;
      last = `HTTP ${status}`;
    }
    if (Date.now() > deadline)
      throw new Error(`astro dev did not serve ${storyPath} within 60 s (${String(last)}):\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  fixture?.remove();
});

/**
 * The text of Astro's error overlay, or '' when there is none. The dev server may reload the page
 * again after its overlay is up (a read then fails with the page's context gone): read it in a poll.
 */
const overlayText = (page: Page) =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

/** The overlay's parts as a reader sees them: title, message, hint, and the code frame's file and marked line. */
const overlayParts = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('vite-error-overlay')!.shadowRoot!;
    const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';
    return {
      title: text('#title'),
      message: text('#message-content'),
      hint: text('#hint-content'),
      file: text('#code header h2'),
      marked: text('#code-content .error-line'),
    };
  });

/** How many times the dev server has printed `text` since `from`. */
const printed = (text: string, from: number) => output.slice(from).split(text).length - 1;

describe('npm run dev: the editors live preview', { timeout: 90_000 }, () => {
  it('reloads on a content edit, shows a mistake as an overlay and in the terminal, and recovers when it is fixed', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${url}${storyPath}`, { waitUntil: 'load' });
      const label = async () =>
        (await page.locator('.map-label[data-key="rafah"]').first().textContent())?.trim();
      expect(await label()).toBe('Rafah');

      // A good edit appears by itself.
      fixture.edit('places.yaml', 'name: Rafah', 'name: Rafah City');
      await expect.poll(label, { timeout: 20_000 }).toBe('Rafah City');

      // A mistake: an overlay names the file, line, entry, field and what is allowed.
      const logged = output.length;
      fixture.edit('places.yaml', /lat: 31\.2\d+/, 'lat: 131.3');
      for (const part of [
        'places.yaml',
        'entry "rafah"',
        'field "lat"',
        'from -90 to 90',
        'page reloads by itself',
      ])
        await expect.poll(() => overlayText(page), { timeout: 20_000 }).toContain(part);
      expect(output.slice(logged)).toMatch(/places\.yaml:\d+: entry "rafah".*field "lat"/);

      // Reloading while the content is wrong shows the overlay too, not a stale page.
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toContain('field "lat"');

      // The fix: the overlay goes, the page comes back with the edit.
      fixture.edit('places.yaml', 'lat: 131.3', 'lat: 31.29722');
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toBe('');
      await expect.poll(label, { timeout: 20_000 }).toBe('Rafah City');
    } finally {
      await page.close();
    }
  });

  it('shows a mistake in a story step the same way', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${url}${storyPath}`, { waitUntil: 'load' });
      fixture.edit('stories/mediation.mdx', '<Step id="rafah" map="gaza"', '<Step id="rafah" map="gazza"');
      for (const part of ['stories/mediation.mdx', '<Step id="rafah">', 'did you mean "gaza"?'])
        await expect.poll(() => overlayText(page), { timeout: 20_000 }).toContain(part);
      fixture.edit('stories/mediation.mdx', 'map="gazza"', 'map="gaza"');
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toBe('');
      await expect.poll(() => page.locator('#step-rafah').count(), { timeout: 20_000 }).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('shows a misspelt field once, escaped once, at its own line, and prints it once however often the page loads', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${url}${storyPath}`, { waitUntil: 'load' });
      const logged = output.length;
      fixture.edit('places.yaml', 'lat: 31.29722', 'lattitude: 31.29722');
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toContain('lattitude');
      const check = async () => {
        const shown = await overlayParts(page);
        expect(shown.message).toContain(
          'places.yaml:27: entry "rafah" (item 3), field "lattitude": is not a field of a place — did you mean "lat"?',
        );
        expect(shown.hint).toMatch(/^Fix: rename it "lat"/);
        expect(shown.title).toMatch(/^1 content error: fix and save/);
        expect(shown.file).toMatch(/places\.yaml:27/);
        expect(shown.marked).toContain('lattitude: 31.29722');
        for (const part of Object.values(shown)) expect(part).not.toMatch(/&quot;|&lt;|&gt;|&amp;|<br>/);
      };
      await vi.waitFor(check, { timeout: 20_000 });
      // The page asked for again while the content is wrong: the same overlay, and nothing new printed.
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toContain('lattitude');
      await vi.waitFor(check, { timeout: 20_000 });
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toContain('lattitude');
      expect(printed('field "lattitude"', logged)).toBe(1);
      expect(output.slice(logged)).not.toMatch(/unhandled error|ContentValidationError/i);
      // Neither the story nor the overlay page leaves the browser asking for a favicon that is not there.
      expect(output).not.toContain('favicon.ico');

      fixture.edit('places.yaml', 'lattitude: 31.29722', 'lat: 31.29722');
      await expect.poll(() => overlayText(page), { timeout: 20_000 }).toBe('');
      await expect.poll(() => page.locator('#step-rafah').count(), { timeout: 20_000 }).toBe(1);
    } finally {
      await page.close();
    }
  });
});
