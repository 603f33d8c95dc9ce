// The messages the README shows editors are the real output: each `<!-- message: <kind> -->` block
// is what the checker prints for that kind of mistake in tests/content/badContent.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/contentError';
import { readContent } from '../../src/lib/content/readContent';
import { contentFixture, projectRoot } from '../support/contentFixture';
import { badContentCases } from './badContent';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const shown = [...readme.matchAll(/<!-- message: (.+?) -->\s*```text\n([\s\S]*?)```/g)].map((m) => ({
  kind: m[1]!,
  lines: m[2]!.trim().split('\n'),
}));

describe("the messages in the README's editors' guide", () => {
  it('are there', () => {
    expect(shown.length).toBeGreaterThanOrEqual(3);
  });

  for (const { kind, lines } of shown) {
    it(`are what the check prints: ${kind}`, () => {
      const bad = badContentCases.find((c) => c.kind === kind);
      expect(bad, `no case "${kind}" in tests/content/badContent.ts`).toBeDefined();
      const fixture = contentFixture();
      try {
        bad!.break(fixture);
        const { errors } = readContent(fixture.dir, fixture.root);
        expect(errors.map(formatContentError)).toEqual(lines);
      } finally {
        fixture.remove();
      }
    });
  }
});
