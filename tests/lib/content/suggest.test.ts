import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../../src/lib/content/suggest';

describe('closest', () => {
  const fields = ['id', 'name', 'lon', 'lat', 'kind', 'note', 'figures', 'source'];
  it('finds the intended word behind a typo', () => {
    expect(closest('soruce', fields)).toBe('source');
    expect(closest('nmae', fields)).toBe('name');
    expect(closest('isreal', ['israel', 'hamas', 'qatar'])).toBe('israel');
  });
  it('maps a longer spelling onto a short field name', () => {
    expect(closest('lattitude', fields)).toBe('lat');
    expect(closest('longitude', fields)).toBe('lon');
  });
  it('proposes nothing for an unrelated word', () => {
    expect(closest('population', fields)).toBeUndefined();
    expect(didYouMean('zzzzzz', fields)).toBe('');
  });
});
