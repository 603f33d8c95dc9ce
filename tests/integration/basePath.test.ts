// Publishing under a path (GitHub Pages project sites, a section of a newsroom's domain): a build with
// BASE_PATH keeps every link, asset, embed code and header rule under that path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/contentFixture';
import { internalAddresses, servedFile } from '../support/internalLinks';

const base = '/explainers';
let work: string;
let dist: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'base-'));
  dist = path.join(work, 'dist');
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        BASE_PATH: base,
        SITE_URL: 'https://news.example.org',
        DIST_DIR: dist,
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  build = { status: result.status, output: result.stdout + result.stderr };
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(path.join(dir, e.name))
      : e.name.endsWith('.html')
        ? [path.join(dir, e.name)]
        : [],
  );

describe(`a build with BASE_PATH=${base}`, () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('links and loads only addresses under the base path, each of them a built file', () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const addresses = internalAddresses(readFileSync(page, 'utf8'));
      expect(addresses.length, page).toBeGreaterThan(0);
      expect(
        addresses.filter((a) => !servedFile(dist, base, a)),
        path.relative(dist, page),
      ).toEqual([]);
    }
  });

  it('gives embed codes, canonical links and share cards the full published address', () => {
    const embeds = readFileSync(path.join(dist, 'embed/index.html'), 'utf8');
    expect(embeds).toContain(`https://news.example.org${base}/embed/mediation/map/`);
    expect(embeds).toContain(`https://news.example.org${base}/embed.js`);
    const story = readFileSync(path.join(dist, 'mediation/index.html'), 'utf8');
    expect(story).toContain(`<link rel="canonical" href="https://news.example.org${base}/mediation/">`);
    expect(story).toContain(`content="https://news.example.org${base}/downloads/mediation/map-share.png"`);
  });

  it('writes its header rules under the base path', () => {
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    const rules = headers.split('\n').filter((l) => l.startsWith('/'));
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) expect(rule.startsWith(`${base}/`), rule).toBe(true);
  });
});
