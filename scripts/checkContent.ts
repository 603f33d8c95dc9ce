// Validates all content and cross-references without building; prints every error; exits 1 if any.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { countErrors, formatContentReport } from '../src/lib/content/contentError';
import { contentDir, readContent } from '../src/lib/content/readContent';

// The check of places against land needs the prepared geography: prepare it once, on a fresh clone.
const root = path.resolve(import.meta.dirname, '..');
if (!existsSync(path.join(root, 'src/generated/geography.json'))) {
  spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/prepareGeography.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

const report = readContent(contentDir());
if (report.errors.length > 0) {
  console.error(`${countErrors(report.errors.length)}:\n${formatContentReport(report)}`);
  process.exit(1);
}
const counts = Object.entries(report.content)
  .map(([name, list]) => `${list.length} ${name}`)
  .join(', ');
console.log(`Content OK: ${counts}.`);
