import { describe, expect, it } from 'vitest';
import { embedCode, embedMinHeight } from '../../../src/lib/embed/embedCode';
import { parseEmbedOptions } from '../../../src/lib/embed/embedOptions';
import { formatPymMessage, parseHeight, parsePymMessage } from '../../../src/lib/embed/pym';
import { hostileValues } from '../../support/hostileValues';

const allowed = { steps: ['war', 'rafah'], views: ['region', 'gaza'] };

describe('parseEmbedOptions', () => {
  it('takes allowed ids and themes exactly as given', () => {
    expect(parseEmbedOptions('?step=rafah&view=gaza&theme=dark&childId=pym-1', allowed)).toEqual({
      step: 'rafah',
      view: 'gaza',
      theme: 'dark',
      childId: 'pym-1',
    });
  });

  it('falls back to the defaults for every hostile or unknown value', () => {
    for (const value of hostileValues) {
      const q = encodeURIComponent(value);
      expect(
        parseEmbedOptions(`?step=${q}&view=${q}&theme=${q}&childId=${q}`, allowed),
        JSON.stringify(value.slice(0, 40)),
      ).toEqual({
        step: undefined,
        view: undefined,
        theme: 'light',
        // A child id may be any short word (Pym.js makes them); markup, spaces and odd characters never pass.
        childId: value === 'RAFAH' ? 'RAFAH' : undefined,
      });
    }
  });

  it('ignores a query longer than any real one, and repeated or odd parameters', () => {
    expect(parseEmbedOptions(`?step=rafah&x=${'y'.repeat(3000)}`, allowed).step).toBeUndefined();
    expect(parseEmbedOptions('?theme=Dark', allowed).theme).toBe('light');
    expect(parseEmbedOptions('', allowed).theme).toBe('light');
    expect(parseEmbedOptions('?theme=auto', allowed).theme).toBe('auto');
    expect(parseEmbedOptions('?step=war&step=rafah', allowed).step).toBe('war');
  });
});

describe('Pym.js messages', () => {
  it('formats and parses the protocol', () => {
    const message = formatPymMessage('pym-1', 'height', 512);
    expect(message).toBe('pymxPYMxpym-1xPYMxheightxPYMx512');
    expect(parsePymMessage(message)).toEqual({ id: 'pym-1', type: 'height', value: '512' });
  });

  it('rejects anything not of the exact shape', () => {
    for (const data of [
      { height: 5 },
      42,
      null,
      'hello',
      'pymxPYMx<b>xPYMxheightxPYMx5',
      'pymxPYMxaxPYMxheight',
      `pymxPYMxaxPYMxheightxPYMx${'9'.repeat(600)}`,
    ]) {
      expect(parsePymMessage(data)).toBeUndefined();
    }
    expect(parseHeight('480')).toBe(480);
    expect(parseHeight('480.2')).toBe(481);
    for (const bad of ['-5', '0', 'NaN', '1e9', '999999', '12px', ''])
      expect(parseHeight(bad), bad).toBeUndefined();
  });
});

describe('embedCode', () => {
  const attrs = (code: string) =>
    Object.fromEntries([...code.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));

  it("is a plain lazy iframe at the story's chart address with a sensible height, plus the host script", () => {
    const code = embedCode('https://example.org/', 'qatar', 'map', 'Map: "Gaza"', 'step=doha-base');
    const [iframe, script] = code.split('</iframe>');
    expect(iframe!.startsWith('<iframe ')).toBe(true);
    const a = attrs(iframe!);
    expect(a.src).toBe('https://example.org/embed/qatar/map/?step=doha-base');
    expect(a.title).toBe('Map: &quot;Gaza&quot;');
    expect(a.loading).toBe('lazy');
    expect(Number(a.height)).toBe(embedMinHeight('map'));
    expect(a).toHaveProperty('data-explainer-embed');
    expect(script).toBe('<script src="https://example.org/embed.js" async></script>');
  });

  it('gives each story its own address and leaves the query off when there is none', () => {
    const a = attrs(embedCode('https://example.org', 'mediation', 'timeline', 'T').split('</iframe>')[0]!);
    expect(a.src).toBe('https://example.org/embed/mediation/timeline/');
  });
});
