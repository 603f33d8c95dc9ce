import path from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { ContentValidationError } from './lib/content/contentError';
import { readContent } from './lib/content/readContent';

/**
 * In `astro dev`, a page asked for while the content is wrong shows Astro's error overlay with every
 * content error, rather than a page silently built from the last good version. (A build never gets
 * here with wrong content: the content guard stops it first.)
 */
export const onRequest = defineMiddleware((context, next) => {
  if (import.meta.env.DEV && !context.url.pathname.startsWith('/_') && !context.url.pathname.includes('.')) {
    const { errors } = readContent();
    if (errors.length > 0) {
      const error = new ContentValidationError(errors, 'preview');
      error.loc = { file: path.resolve(errors[0]!.file), line: errors[0]!.line, column: 1 };
      throw error;
    }
  }
  return next();
});
