// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/contentGuard.ts';

export default defineConfig({
  site: 'https://explainer.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
});
