/** Where links point when SITE_URL is not set: the local preview server (`npm run preview`). */
export const localSite = 'http://localhost:4321';

/**
 * The site's published origin, from SITE_URL; without it, the local preview's, and a notice for the
 * build to print once: every canonical link, og:url, embed code, oEmbed and feed would name localhost.
 */
export function siteUrl(env: Record<string, string | undefined>): { site: string; notice?: string } {
  const set = env.SITE_URL?.trim();
  if (set) return { site: set };
  return {
    site: localSite,
    notice: [
      `SITE_URL is not set: canonical links, share cards, embed codes, oEmbed, the feed and the sitemap will point at ${localSite}.`,
      'To publish, set it to the address the site is served from, e.g.:',
      '  SITE_URL=https://graphics.example.org npm run build',
    ].join('\n'),
  };
}
