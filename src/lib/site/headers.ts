import { routes } from './routes';

/**
 * The _headers file static hosts read (Netlify, Cloudflare Pages): security headers everywhere;
 * stories and the site's own pages framed only by the site itself, embeds framed anywhere; hashed
 * assets cached for a year. Each page also carries its script/style policy in a <meta> tag, but
 * frame-ancestors can only come from a header. Rules are listed per path, never overlapping on
 * Content-Security-Policy: hosts that match two rules would send both and browsers enforce both.
 */
export function headersFile(storySlugs: readonly string[], basePath = ''): string {
  const base = basePath.replace(/\/+$/, '');
  const self = (path: string) => `${path}\n  Content-Security-Policy: frame-ancestors 'self'`;
  return [
    '# Made by the build (src/lib/site/headers.ts) for static hosts that read a _headers file.',
    '',
    `${base}/*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()',
    '',
    "# Stories and the site's own pages may only be framed by the site itself.",
    self(`${base}${routes.home()}`),
    ...storySlugs.map((slug) => self(`${base}${routes.story(slug)}`)),
    '',
    "# Embeds are made to be framed anywhere (the journalists' page, /embed/, may be too).",
    `${base}${routes.embeds()}*`,
    '  Content-Security-Policy: frame-ancestors *',
    '',
    '# Hashed build assets never change: cache them for a year.',
    `${base}/_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    "# The graphics' shared files (client models, the map's geometry) are named by their content's hash too.",
    `${base}/graphics/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
