import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent';
import { contentFixture, type ContentFixture } from '../support/contentFixture';

describe('loadContent: the one content read every part of the build shares', () => {
  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());

  it('reads once while nothing changes, keeping entry order and lines', () => {
    fixture = contentFixture();
    const first = loadContent(fixture.dir, fixture.root);
    expect(loadContent(fixture.dir, fixture.root)).toBe(first);
    expect(first.content.places.map((p) => p.id).slice(0, 3)).toEqual(['gaza-strip', 'gaza-city', 'rafah']);
  });

  it('reads again after a change under the content folder, stories included', () => {
    fixture = contentFixture();
    const before = loadContent(fixture.dir, fixture.root);
    fixture.edit('places.yaml', 'name: Rafah', 'name: Rafah City');
    const after = loadContent(fixture.dir, fixture.root);
    expect(after).not.toBe(before);
    expect(after.content.places.find((p) => p.id === 'rafah')!.name).toBe('Rafah City');
    fixture.edit('stories/qatar.mdx', '<Step id="doha-base"', '<Step id="doha-bsae"');
    const story = loadContent(fixture.dir, fixture.root).content.stories.find((s) => s.slug === 'qatar')!;
    expect(story.steps[0]!.id).toBe('doha-bsae');
  });

  it('keeps each content folder apart', () => {
    fixture = contentFixture();
    const other = contentFixture();
    try {
      other.edit('places.yaml', 'name: Rafah', 'name: Rafah Town');
      const names = [fixture, other].map(
        (f) => loadContent(f.dir, f.root).content.places.find((p) => p.id === 'rafah')!.name,
      );
      expect(names).toEqual(['Rafah', 'Rafah Town']);
    } finally {
      other.remove();
    }
  });
});
