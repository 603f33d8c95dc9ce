import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/contentError';
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

describe('each kind of editor mistake is reported with file, line, entry, field and fix', () => {
  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());

  for (const bad of badContentCases) {
    it(bad.kind, () => {
      fixture = contentFixture();
      bad.break(fixture);
      const { errors } = readContent(fixture.dir, fixture.dir);
      const text = errors.map(formatContentError).join('\n');
      expect(errors.length).toBeGreaterThan(0);
      for (const part of bad.expect) expect(text).toContain(part);
    });
  }

  it('reports every error at once, not only the first', () => {
    fixture = contentFixture();
    for (const bad of badContentCases.slice(0, 5)) bad.break(fixture);
    const { errors } = readContent(fixture.dir, fixture.dir);
    expect(errors.length).toBeGreaterThanOrEqual(5);
  });

  it('names a missing data file', () => {
    fixture = contentFixture();
    fixture.edit('events.yaml', /[\s\S]*/, 'id: not-a-list\n');
    const { errors } = readContent(fixture.dir, fixture.dir);
    expect(errors.map(formatContentError).join('\n')).toContain(
      'events.yaml:1: the file must be a list of entries',
    );
  });
});
