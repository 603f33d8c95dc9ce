// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { asciiPages } from './src/integrations/asciiPages.ts';
import { compileHints } from './src/integrations/compileHints.ts';
import { storyBundle } from './src/integrations/storyBundle.ts';
import { paintFirst } from './src/integrations/paintFirst.ts';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { satteriSteps } from './src/integrations/satteriSteps.ts';
import { siteUrl } from './src/lib/site/siteUrl.ts';
import { graphics } from './src/graphics/registry.ts';

export default defineConfig({
  // Where the site is published: embed codes, canonical links and share cards use it. Set SITE_URL when
  // deploying (`npm run build` says so, once, when it is not set).
  site: siteUrl(process.env).site,
  // The path the site is served under, when not a host's root (e.g. BASE_PATH=/explainers).
  base: process.env.BASE_PATH || '/',
  // `npm run dev` listens on PORT when set (PORT=4400 npm run dev), else on 4321.
  server: { port: Number(process.env.PORT) || 4321 },
  vite: {
    // The same path for the site's own routes (src/lib/site/routes.ts), in every module Vite builds.
    // …and the graphics' ids, so the browser's bundle carries them without the registry's words.
    define: {
      __BASE_PATH__: JSON.stringify(process.env.BASE_PATH || ''),
      __GRAPHIC_IDS__: JSON.stringify(graphics.map((g) => g.id)),
    },
    build: {
      rolldownOptions: {
        // Reading a property of a plain object has no side effect here (no getters are relied on):
        // a constant's read left behind by a module the bundle needs only part of is dropped.
        treeshake: { propertyReadSideEffects: false },
        // Astro's content-assets plugin starts each story's style module with "use astro:head-inject",
        // a marker it reads itself before bundling; Rolldown's warning that bundling drops it is noise.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('"use astro:head-inject"')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  trailingSlash: 'always',
  // Every page's CSS is in the page itself, its print rules too: no stylesheet to fetch before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Every bundled script is compiled as it streams in, not at first use (compileHints); every page
  // is written in ASCII, which the browser decodes and parses on its fast path (asciiPages); a story
  // starts its script once its first paint is on screen (paintFirst).
  // The sitemap lists the stories, the front page and /embed/; the charts' own embed pages are
  // canonical to their stories and the old /embed/<chart>/ addresses only redirect, so they are left out.
  integrations: [
    contentGuard(),
    mdx(),
    compileHints(),
    storyBundle(),
    asciiPages(),
    paintFirst(),
    sitemap({ filter: (page) => !/\/embed\/.+/.test(new URL(page).pathname) }),
  ],
  devToolbar: { enabled: false },
  // No code blocks in the stories: no syntax highlighter (Shiki's inline styles would defeat the CSP).
  // The story's steps are read from the same parse that compiles its MDX (satteriSteps).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [satteriSteps] }) },
  // A strict Content-Security-Policy in every page: Astro hashes the scripts and styles it emits;
  // nothing else may run or load, and only our own origin is ever contacted.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
