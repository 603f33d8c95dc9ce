import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { defineMiddleware } from 'astro:middleware';
import { overlayError, overlayPage } from './lib/content/devOverlay';
import { loadContent } from './lib/content/loadContent';
import { routes } from './lib/site/routes';

/**
 * In `astro dev`, a page asked for while the content is wrong is the error overlay with every content
 * error, rather than a page built from wrong content. It is served, not thrown, so the terminal keeps
 * the one report the content guard printed. (A build never gets here with wrong content.)
 */
export const onRequest = defineMiddleware((context, next) => {
  if (import.meta.env.DEV && !context.url.pathname.startsWith('/_') && !context.url.pathname.includes('.')) {
    const report = loadContent();
    if (report.errors.length > 0) {
      const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
      const overlay = overlayError(report, (file) => path.resolve(file), read);
      return new Response(overlayPage(overlay, routes.asset('favicon.svg')), {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    }
  }
  return next();
});
