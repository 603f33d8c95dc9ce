import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/contentFixture';

const run = promisify(execFile);
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  );
}

describe('deterministic build', { timeout: 180_000 }, () => {
  it('two builds of the same content give byte-identical output', async () => {
    const outs = [0, 1].map(() => path.join(mkdtempSync(path.join(tmpdir(), 'det-')), 'dist'));
    for (const outDir of outs) {
      await run(process.execPath, [astro, 'build', '--outDir', outDir], {
        cwd: projectRoot,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    }
    const [a, b] = outs.map((o) => files(o!).sort());
    expect(a!.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
    for (const file of a!) {
      expect(
        readFileSync(path.join(outs[1]!, file)).equals(readFileSync(path.join(outs[0]!, file))),
        file,
      ).toBe(true);
    }
  });
});
