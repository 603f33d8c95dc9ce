import { createHash } from 'node:crypto';

/** A text's hash as a Content-Security-Policy source names it: base64 of its SHA-256 (build time only). */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64');
