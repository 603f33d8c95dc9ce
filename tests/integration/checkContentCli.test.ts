// `npm run check:content` as an editor runs it: every mistake named with file, entry and field, all at once.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentFixture, projectRoot } from '../support/contentFixture';
import { badContentCases } from './badContent';

const run = promisify(execFile);

async function checkContent(contentDir: string) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/checkContent.ts'],
      { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' } },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('passes the real content, counting what it checked', async () => {
    const fixture = contentFixture();
    try {
      const { code, output } = await checkContent(fixture.dir);
      expect(code).toBe(0);
      expect(output).toMatch(/Content OK: .*\d+ stories/);
    } finally {
      fixture.remove();
    }
  });

  for (const bad of badContentCases) {
    it.concurrent(`fails on: ${bad.kind}`, async () => {
      const fixture = contentFixture();
      try {
        bad.break(fixture);
        const { code, output } = await checkContent(fixture.dir);
        expect(code).toBe(1);
        for (const part of bad.expect) expect(output).toContain(part);
      } finally {
        fixture.remove();
      }
    });
  }

  it('prints every error at once, not only the first', async () => {
    const fixture = contentFixture();
    const cases = [badContentCases[0]!, badContentCases[4]!, badContentCases.at(-2)!];
    try {
      for (const bad of cases) bad.break(fixture);
      const { code, output } = await checkContent(fixture.dir);
      expect(code).toBe(1);
      expect(output).toMatch(/^3 content errors:/m);
      for (const bad of cases) for (const part of bad.expect) expect(output).toContain(part);
    } finally {
      fixture.remove();
    }
  });
});
