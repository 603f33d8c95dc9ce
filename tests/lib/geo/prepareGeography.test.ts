import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Geography } from '../../../src/lib/geography';
import { areaIds } from '../../../src/schemas/areas';
import { projectRoot } from '../../support/contentFixture';

const run = promisify(execFile);
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

async function prepare(): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'geo-')), 'geography.json');
  await run(tsx, ['scripts/prepareGeography.ts'], {
    cwd: projectRoot,
    env: { ...process.env, GEOGRAPHY_OUT: out },
  });
  return readFileSync(out, 'utf8');
}

describe('scripts/prepareGeography.ts', { timeout: 60_000 }, () => {
  it('writes the same bytes twice, with every area and rounded coordinates', async () => {
    const [a, b] = await Promise.all([prepare(), prepare()]);
    expect(a).toBe(b);
    const geography = JSON.parse(a) as Geography;
    expect(geography.areas.features.map((f) => f.id)).toEqual(areaIds);
    expect(geography.source).toMatch(/Natural Earth/);
    expect(a).not.toMatch(/\d\.\d{5}/);
  });

  it('keeps the Gaza Strip as its own area, inside the Strip’s real bounds', async () => {
    const geography = JSON.parse(await prepare()) as Geography;
    const gaza = geography.areas.features.find((f) => f.id === 'gaza-strip')!;
    const points = gaza.geometry.coordinates.flat(2);
    const lons = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeGreaterThan(34.1);
    expect(Math.max(...lons)).toBeLessThan(34.7);
    expect(Math.min(...lats)).toBeGreaterThan(31.1);
    expect(Math.max(...lats)).toBeLessThan(31.7);
    expect(points.length).toBeGreaterThan(20);
  });
});
