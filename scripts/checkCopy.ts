// `npm run check:copy -- path/to/source.txt [--words N]`: lists every run of N or more consecutive
// words (8 by default) that a content file shares with the given source text, so editors can see
// what to put in their own words. Exit 0: nothing copied; 1: runs found (printed); 2: bad usage.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { copiedRuns, sourceRuns } from '../src/lib/content/copiedRuns';
import { contentDir } from '../src/lib/content/readContent';

const args = process.argv.slice(2);
const wordsAt = args.indexOf('--words');
const n = wordsAt < 0 ? 8 : Number(args[wordsAt + 1]);
const sources = wordsAt < 0 ? args : args.filter((_, i) => i !== wordsAt && i !== wordsAt + 1);
if (sources.length !== 1 || !Number.isInteger(n) || n < 3 || !existsSync(sources[0]!)) {
  console.error('Usage: npm run check:copy -- path/to/source.txt [--words N]   (N at least 3; 8 by default)');
  process.exit(2);
}

/** The editors' files under the content folder: stories and data. */
const files = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return files(full);
      return /\.(mdx|md|ya?ml)$/.test(name) ? [full] : [];
    });

const source = sourceRuns(readFileSync(sources[0]!, 'utf8'), n);
const dir = contentDir();
let found = 0;
for (const file of files(dir)) {
  for (const run of copiedRuns(readFileSync(file, 'utf8'), source, n)) {
    found++;
    console.log(`${path.relative(process.cwd(), file)}:${run.line}: ${run.length} words: "${run.text}"`);
  }
}
console.log(
  found === 0
    ? `No run of ${n} or more words is copied from ${sources[0]}.`
    : `\n${found} run${found === 1 ? '' : 's'} of ${n} or more words copied from ${sources[0]}: put them in your own words, or quote and attribute them.`,
);
process.exit(found === 0 ? 0 : 1);
