import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentFixture, projectRoot } from '../support/contentFixture';
import { badContentCases } from './badContent';

const run = promisify(execFile);
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Runs `astro build` on a content folder into a fresh output folder; resolves with exit code and output. */
async function build(contentDir: string) {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'dist-')), 'out');
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { code: 0, output: stdout + stderr, outDir };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr, outDir };
  }
}

describe(
  'astro build stops on every kind of content mistake, publishing nothing',
  { timeout: 60_000 },
  () => {
    for (const bad of badContentCases) {
      it(bad.kind, async () => {
        const fixture = contentFixture();
        try {
          bad.break(fixture);
          const { code, output, outDir } = await build(fixture.dir);
          expect(code).not.toBe(0);
          for (const part of bad.expect) expect(output).toContain(part);
          expect(output).toContain('nothing was built');
          expect(existsSync(outDir)).toBe(false);
        } finally {
          fixture.remove();
        }
      });
    }
  },
);
