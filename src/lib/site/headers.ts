import { routes } from './routes';

/**
 * The _headers file static hosts read (Netlify, Cloudflare Pages): security headers everywhere;
 * stories and the site's own pages framed only by the site itself, embeds framed anywhere; hashed
 * assets cached for a year. Each page also carries its script/style policy in a <meta> tag, but
 * frame-ancestors can only come from a header. Rules are listed per path, never overlapping on
 * Content-Security-Policy: hosts that match two rules would send both and browsers enforce both.
 */
export function headersFile(storySlugs: readonly string[]): string {
  const self = (path: string) => `${path}\n  Content-Security-Policy: frame-ancestors 'self'`;
  return [
    '# Made by the build (src/lib/site/headers.ts) for static hosts that read a _headers file.',
    '',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()',
    '',
    "# Stories and the site's own pages may only be framed by the site itself.",
    self(routes.home()),
    ...storySlugs.map((slug) => self(routes.story(slug))),
    '',
    "# Embeds are made to be framed anywhere (the journalists' page, /embed/, may be too).",
    `${routes.embeds()}*`,
    '  Content-Security-Policy: frame-ancestors *',
    '',
    '# Hashed build assets never change: cache them for a year.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
