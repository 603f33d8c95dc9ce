import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const realContent = path.join(projectRoot, 'content');

/** A throwaway copy of the real content folder that a test can break one edit at a time. */
export interface ContentFixture {
  dir: string;
  /** Replaces `from` by `to` in a file of the copy; throws if `from` is absent, so a stale fixture fails loudly. */
  edit(file: string, from: string | RegExp, to: string): void;
  append(file: string, text: string): void;
  read(file: string): string;
  remove(): void;
}

export function contentFixture(): ContentFixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(realContent, dir, { recursive: true });
  const full = (file: string) => path.join(dir, file);
  return {
    dir,
    edit(file, from, to) {
      const text = readFileSync(full(file), 'utf8');
      const found = typeof from === 'string' ? text.includes(from) : from.test(text);
      if (!found) throw new Error(`fixture: ${String(from)} not found in ${file}`);
      writeFileSync(full(file), text.replace(from, to));
    },
    append(file, text) {
      writeFileSync(full(file), readFileSync(full(file), 'utf8') + text);
    },
    read: (file) => readFileSync(full(file), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
