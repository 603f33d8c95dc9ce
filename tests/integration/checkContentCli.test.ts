// `npm run check:content` as an editor runs it, once, on one mistake: the table of every kind of
// mistake runs in-process (tests/content/readContent.test.ts); this proves the command prints it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentFixture, projectRoot } from '../support/contentFixture';
import { badContentCases } from '../content/badContent';

const run = promisify(execFile);

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('prints the mistake with file, line, entry, field and fix, and exits 1', async () => {
    const bad = badContentCases.find((c) => c.kind === 'unknown field (typo)')!;
    const fixture = contentFixture();
    try {
      bad.break(fixture);
      const result = await run('npm', ['run', '--silent', 'check:content'], {
        cwd: projectRoot,
        env: { ...process.env, CONTENT_DIR: fixture.dir, NO_COLOR: '1' },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          output: e.stdout + e.stderr,
        }),
      );
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/^1 content error:$/m);
      for (const part of bad.expect) expect(result.output).toContain(part);
    } finally {
      fixture.remove();
    }
  });
});
