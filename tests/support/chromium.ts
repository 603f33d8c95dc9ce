import { access, constants, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// Keep the browser quiet and offline; @sparticuz/chromium was tested to need nothing more.
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

const NO_BROWSER_MESSAGE = `No Chromium executable found. Provide one by either:
  - setting CHROME_PATH=/path/to/chrome,
  - installing it system-wide (apt-get install chromium), or
  - running \`npm ci\` so the @sparticuz/chromium devDependency is present.`;

// @sparticuz/chromium always inflates to os.tmpdir()/chromium.
const BUNDLED_BINARY = join(tmpdir(), 'chromium');
const EXTRACT_LOCK = join(tmpdir(), 'sparticuz-chromium.lock');
const EXTRACT_DONE = join(tmpdir(), 'sparticuz-chromium.done');
const WAIT_LIMIT_MS = 120_000;
const POLL_MS = 100;

async function hasAccess(path: string, mode: number = constants.X_OK): Promise<boolean> {
  return access(path, mode)
    .then(() => true)
    .catch(() => false);
}

// The lock records the extractor's pid so a lock left by a killed process is not waited on.
async function tryLock(): Promise<boolean> {
  try {
    await writeFile(EXTRACT_LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function removeStaleLock(): Promise<void> {
  const pid = Number(await readFile(EXTRACT_LOCK, 'utf8').catch(() => ''));
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') await rm(EXTRACT_LOCK, { force: true });
  }
}

async function inflateUnderLock(): Promise<string> {
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    // A binary without the done marker may be truncated by an interrupted extraction.
    await rm(BUNDLED_BINARY, { force: true });
    const path = await chromium.executablePath();
    await writeFile(EXTRACT_DONE, '');
    return path;
  } finally {
    await rm(EXTRACT_LOCK, { force: true });
  }
}

// Parallel test workers share one extraction: running a half-written binary fails with ETXTBSY.
async function extractBundledChromium(): Promise<string> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (Date.now() < deadline) {
    const done = await hasAccess(EXTRACT_DONE, constants.F_OK);
    if (done && (await hasAccess(BUNDLED_BINARY))) return BUNDLED_BINARY;
    if (await tryLock()) return inflateUnderLock();
    await removeStaleLock();
    await sleep(POLL_MS);
  }
  throw new Error(`Timed out waiting for another process to release ${EXTRACT_LOCK}`);
}

// Kept as the missing-browser error's cause, to show why the @sparticuz/chromium fallback failed.
let bundledFailure: unknown;

export async function findChromium(): Promise<string | undefined> {
  const fromEnv = process.env['CHROME_PATH'] ?? '';
  // CHROMIUM_SKIP_SYSTEM=1 ignores /usr/bin browsers so the @sparticuz/chromium fallback can be exercised.
  const system = process.env['CHROMIUM_SKIP_SYSTEM'] === '1' ? [] : SYSTEM_PATHS;
  for (const path of [fromEnv, ...system]) {
    if (path && (await hasAccess(path))) return path;
  }
  return extractBundledChromium().catch((error: unknown) => {
    bundledFailure = error;
    return undefined;
  });
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE, { cause: bundledFailure });
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: LAUNCH_ARGS });
}

export function browserRequired(): boolean {
  const ci = process.env['CI'];
  return ci === 'true' || ci === '1';
}
