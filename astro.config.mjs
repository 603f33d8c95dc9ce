// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/contentGuard.ts';

export default defineConfig({
  // Where the site is published: embed codes, canonical links and share cards use it. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
});
