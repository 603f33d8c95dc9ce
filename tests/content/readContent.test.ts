import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError, formatContentReport } from '../../src/lib/content/contentError';
import { readContent } from '../../src/lib/content/readContent';
import { contentFixture, projectRoot, realContent, type ContentFixture } from '../support/contentFixture';
import { badContentCases } from './badContent';

describe('the real content', () => {
  it('validates with no errors', () => {
    const { errors } = readContent(realContent, projectRoot);
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it('holds what the story needs: the places, actors and one story', () => {
    const { content } = readContent(realContent, projectRoot);
    const placeIds = content.places.map((p) => p.id);
    for (const id of ['gaza-strip', 'rafah', 'cairo', 'doha', 'washington']) expect(placeIds).toContain(id);
    expect(placeIds.some((id) => id === 'tel-aviv' || id === 'jerusalem')).toBe(true);
    const kinds = new Set(content.actors.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['armed group', 'outlet', 'person', 'state']);
    expect(content.stories.map((s) => s.slug)).toContain('mediation');
  });
});

// Every kind of mistake, once, through the checker in this process: the CLI and the build each get
// one smoke test of their own (tests/integration), since they print what this returns.
describe('each kind of editor mistake is one message, with file, line, entry, field and fix', () => {
  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());

  for (const bad of badContentCases) {
    it(bad.kind, () => {
      fixture = contentFixture();
      bad.break(fixture);
      const report = readContent(fixture.dir, fixture.root);
      const text = formatContentReport(report);
      expect(report.errors, text).toHaveLength(bad.count ?? 1);
      for (const part of bad.expect) expect(text).toContain(part);
      for (const part of bad.absent ?? []) expect(text).not.toContain(part);
      for (const error of report.errors.map(formatContentError)) {
        // A fix reads as a sentence: an instruction in lower case after "Fix:", ending with a stop.
        expect(error).toMatch(/ Fix: [a-z"'][^]*[.?]$/);
        expect(error).not.toMatch(/Fix: [^]*\b[A-Z][a-z]+: /);
      }
    });
  }

  it('reports every error at once, not only the first', () => {
    fixture = contentFixture();
    const cases = badContentCases.slice(0, 5);
    for (const bad of cases) bad.break(fixture);
    const { errors } = readContent(fixture.dir, fixture.root);
    expect(errors).toHaveLength(cases.reduce((n, bad) => n + (bad.count ?? 1), 0));
  });

  it('names a data file that is not a list', () => {
    fixture = contentFixture();
    fixture.edit('events.yaml', /[\s\S]*/, 'id: not-a-list\n');
    const { errors } = readContent(fixture.dir, fixture.root);
    expect(errors.map(formatContentError).join('\n')).toContain(
      'content/events.yaml:1: the file must be a list of entries',
    );
  });
});
