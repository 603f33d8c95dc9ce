import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const realContent = path.join(projectRoot, 'content');

/** A throwaway copy of the real content folder that a test can break one edit at a time. */
export interface ContentFixture {
  /** The copy, a folder named content/ so messages name files as editors see them. */
  dir: string;
  /** The folder holding the copy: read from here, files are named content/places.yaml .... */
  root: string;
  /** Replaces `from` by `to` in a file of the copy; throws if `from` is absent, so a stale fixture fails loudly. */
  edit(file: string, from: string | RegExp, to: string): void;
  append(file: string, text: string): void;
  read(file: string): string;
  remove(): void;
}

export function contentFixture(): ContentFixture {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  const dir = path.join(root, 'content');
  cpSync(realContent, dir, { recursive: true });
  const full = (file: string) => path.join(dir, file);
  return {
    dir,
    root,
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
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
