// How the build grows with the number of stories: builds a copy of the content with 2 and with 50
// stories (generated from the real ones) and prints time and output size for each, then the time of
// a rebuild after one of the 50 stories changes, when unchanged charts' PNGs come from the cache.
// Run alone with `npm run bench:stories`; `npm run bench` runs it at its end.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');

/** Total bytes and number of files under a folder. */
function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else [bytes, files] = [bytes + statSync(full).size, files + 1];
    }
  };
  walk(dir);
  return { bytes, files };
}

/** A content folder whose stories are `count` variants of the real ones, each with its own title and date. */
function contentWith(count: number, work: string): string {
  const dir = path.join(work, 'content');
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  const stories = path.join(dir, 'stories');
  const originals = readdirSync(stories)
    .sort()
    .map((f) => readFileSync(path.join(stories, f), 'utf8'));
  rmSync(stories, { recursive: true });
  mkdirSync(stories);
  for (let i = 1; i <= count; i++) {
    const text = originals[(i - 1) % originals.length]!.replace(/^title: (['"]?)/m, `title: $1Story ${i}: `)
      .replace(/^slug: .*\n/m, '')
      .replace(/^published: .*$/m, `published: '2026-11-25T${String(i % 24).padStart(2, '0')}:00:00Z'`);
    writeFileSync(path.join(stories, `story-${String(i).padStart(3, '0')}.mdx`), text);
  }
  return dir;
}

/** One run of the real build script on a content folder: seconds and PNGs rendered; exits when it fails. */
function build(contentDir: string, dist: string, cache: string): { seconds: number; rendered: string } {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: dist, DOWNLOADS_CACHE: cache, NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    console.error(run.stdout + run.stderr);
    process.exit(run.status ?? 1);
  }
  const made = /(\d+) PNGs rendered, (\d+) unchanged/.exec(run.stdout);
  const rendered = made ? `${made[1]} PNGs rendered, ${made[2]} from cache` : '';
  return { seconds: (performance.now() - start) / 1000, rendered };
}

export function benchStories(counts: readonly number[] = [2, 50]): void {
  const rows = [['stories', 'build', 'output', 'files', 'note']];
  for (const count of counts) {
    const work = mkdtempSync(path.join(tmpdir(), `bench-stories-${count}-`));
    try {
      const content = contentWith(count, work);
      const [dist, cache] = [path.join(work, 'dist'), path.join(work, 'cache')];
      const clean = build(content, dist, cache);
      const { bytes, files } = sizeOf(dist);
      rows.push([
        String(count),
        `${clean.seconds.toFixed(1)} s`,
        `${(bytes / 1e6).toFixed(1)} MB`,
        String(files),
        `clean, empty cache: ${clean.rendered}`,
      ]);
      if (count === Math.max(...counts)) {
        const story = path.join(content, 'stories', 'story-001.mdx');
        writeFileSync(story, `${readFileSync(story, 'utf8')}\nOne more sentence, to change one story.\n`);
        const again = build(content, dist, cache);
        rows.push([
          String(count),
          `${again.seconds.toFixed(1)} s`,
          '',
          '',
          `one story changed: ${again.rendered}`,
        ]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log('Build time and size by number of stories (scripts/build.ts: Astro, downloads, headers)');
  for (const r of rows) console.log(r.map((c, i) => (i === 4 ? c : c.padStart(widths[i]!))).join('  '));
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) benchStories();
