// The whole build, published all at once: Astro renders into a staging folder, the downloads and
// the _headers file are added there, and only then does the folder replace dist/. A build that fails
// at any stage leaves the previous dist/ exactly as it was. DIST_DIR moves dist/ (tests use it).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/lib/content/loadContent';
import { headersFile } from '../src/lib/site/headers';
import { siteUrl } from '../src/lib/site/siteUrl';
import { buildDownloads } from './buildDownloads';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const staging = `${dist}.next`;
const previous = `${dist}.previous`;

// Said once, before anything else: a build without SITE_URL is fine locally, wrong to publish.
const { notice } = siteUrl(process.env);
if (notice) console.warn(`\n${notice}\n`);

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(
  process.execPath,
  // --force: Astro's content cache is keyed to the project, not to CONTENT_DIR; starting clean costs
  // under a second and never mixes in entries from another content folder.
  [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', staging],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${path.relative(root, dist) || dist} is unchanged.`);
  process.exit(astro.status ?? 1);
}

try {
  const slugs = loadContent().content.stories.map((s) => s.slug);
  buildDownloads(staging, slugs);
  writeFileSync(path.join(staging, '_headers'), headersFile(slugs, process.env.BASE_PATH ?? ''));
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error);
  console.error(`\nBuild failed: ${path.relative(root, dist) || dist} is unchanged.`);
  process.exit(1);
}

// Swap: two renames on the same file system, so dist/ is never half old, half new.
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`Published ${path.relative(root, dist) || dist}/.`);
