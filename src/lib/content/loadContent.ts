import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir, readContent, type ContentRead } from './readContent';

interface Cached {
  fingerprint: string;
  read: ContentRead;
}

// One cache per process, shared by every copy of this module: Astro loads the integration, the
// content config, the middleware and the pages as separate module instances.
const cacheKey = Symbol.for('rafah-explainer.content');
const cache = ((globalThis as Record<symbol, unknown>)[cacheKey] ??= new Map<string, Cached>()) as Map<
  string,
  Cached
>;

/** Name, inode, size and modification time of every file under `dir`: any save changes it, and no file is read. */
function fingerprint(dir: string): string {
  const entries = (folder: string): string[] => {
    try {
      return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(folder, e.name);
        if (e.isDirectory()) return entries(full);
        const s = statSync(full);
        return [`${full} ${s.ino} ${s.size} ${s.mtimeMs}`];
      });
    } catch {
      return [`${folder} missing`];
    }
  };
  // The plausibility check reads the prepared geography too.
  const geography = path.resolve(process.cwd(), 'src/generated/geography.json');
  const geo = (() => {
    try {
      return String(statSync(geography).mtimeMs);
    } catch {
      return 'none';
    }
  })();
  return [...entries(dir).sort(), geo].join('\n');
}

/**
 * The content, read and validated once per change: every caller (collections, content guard, dev
 * middleware, graphics, scripts) shares one read until a file under the content folder changes.
 */
export function loadContent(dir = contentDir(), root = process.cwd()): ContentRead {
  const key = `${dir}\n${root}`;
  const print = fingerprint(dir);
  const hit = cache.get(key);
  if (hit?.fingerprint === print) return hit.read;
  const read = readContent(dir, root);
  cache.set(key, { fingerprint: print, read });
  return read;
}
