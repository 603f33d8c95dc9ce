// A page whose bytes are all ASCII is read by Chromium on its fast path: the decoder copies the
// bytes into 8-bit strings and the parser works on those. One character past ASCII anywhere (a
// middle dot in the kicker, a curly apostrophe in the story) sends the whole document through the
// UTF-8 decoder into 16-bit strings: on the 330 KB story that took 9-38 ms of the load's main
// thread, against 1-4 ms for the same page in ASCII. So the build writes every other character as a
// character reference, which the parser turns back into the same text.

/** The character reference for one character (a whole code point, never half a surrogate pair). */
const reference = (char: string) => `&#${char.codePointAt(0)};`;

/** JSON's escape for one character: \uXXXX, as a surrogate pair above the Basic Multilingual Plane. */
const jsonEscape = (char: string) =>
  char
    .split('') // UTF-16 code units
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

const nonAscii = /[\u0080-\u{10ffff}]/gu;
const rawText = /<(script|style)(?=[\s/>])([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const jsonType = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;

/**
 * Rewrites an HTML document in ASCII, meaning the same: characters past ASCII become numeric
 * character references in text and attributes, and \u escapes inside JSON data blocks. The code of
 * scripts and style sheets is left byte for byte (its hashes are in the page's Content-Security-Policy):
 * whatever it holds past ASCII stays as it is.
 */
export function asciiHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(rawText)) {
    const [whole, tag = '', attributes = '', body = ''] = match;
    const open = whole.slice(0, tag.length + attributes.length + 2);
    const close = whole.slice(open.length + body.length);
    out += html.slice(last, match.index).replace(nonAscii, reference);
    out += open.replace(nonAscii, reference);
    out += jsonType.test(attributes) ? body.replace(nonAscii, jsonEscape) : body;
    out += close;
    last = match.index + whole.length;
  }
  return out + html.slice(last).replace(nonAscii, reference);
}
