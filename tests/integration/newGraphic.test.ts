// A graphic is one folder and one registry entry: a copy of the project gets a fourth graphic (a
// tally of the actors, from tests/fixtures/tally-graphic) and a step that shows it, is built, and
// the new graphic is found in the step's static figure, the live graphics, an embed, oEmbed,
// the journalists' page and the downloads, with no other file changed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/contentFixture';

const copy = mkdtempSync(path.join(tmpdir(), 'project-'));
const dist = path.join(copy, 'dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
let build: ReturnType<typeof spawnSync>;

function edit(file: string, from: string, to: string): void {
  const full = path.join(copy, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(full, text.replace(from, to));
}

beforeAll(() => {
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'content',
    'public',
    'scripts',
  ])
    cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  // The folder, and the one entry.
  cpSync(path.join(projectRoot, 'tests/fixtures/tally-graphic'), path.join(copy, 'src/graphics/tally'), {
    recursive: true,
  });
  edit(
    'src/graphics/registry.ts',
    '] as const satisfies readonly GraphicInfo[];',
    `  { id: 'tally', tag: 'tally-graphic', kicker: 'Tally', title: 'Tally of the actors', description: 'One dot per actor.', embedHeight: 120 },\n] as const satisfies readonly GraphicInfo[];`,
  );
  // An editor's step that shows it.
  writeFileSync(
    path.join(copy, 'content/stories/mediation.mdx'),
    `${readFileSync(path.join(copy, 'content/stories/mediation.mdx'), 'utf8')}\n<Step id="tally" graphic="tally" map="region" actors="qatar egypt">\n\nTwo of the mediators.\n\n</Step>\n`,
  );
  build = spawnSync(
    process.execPath,
    [path.join(copy, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
}, 240_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a fourth graphic, registered in a copy of the project', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it("is the new step's static figure, in its state, and one of the story's live graphics", () => {
    const html = read('mediation/index.html');
    const step = html.slice(html.indexOf('id="step-tally"'));
    expect(step).toContain('class="tally-figure"');
    expect(step).toContain('2 actors named');
    expect(html).toContain('"graphic":"tally"');
    // The live graphics are a file the story's script fetches (src/graphics/liveGraphicsFile.ts).
    const live = /data-live="\/(graphics\/[^"]+)"/.exec(html)?.[1];
    expect(live).toBeDefined();
    expect(read(live!)).toMatch(/<tally-graphic[^>]*data-graphic="tally"/);
  });

  it('has its embed, oEmbed and a place on the journalists’ page', () => {
    expect(read('embed/mediation/tally/index.html')).toMatch(/<tally-graphic[^>]*data-shown/);
    expect(JSON.parse(read('oembed/mediation/tally.json')).title).toBe('Tally of the actors');
    expect(read('embed/index.html')).toContain('/embed/mediation/tally/');
  });

  it('has its downloads', () => {
    expect(read('downloads/mediation/tally.svg')).toContain('tally-dot');
    expect(existsSync(path.join(dist, 'downloads/mediation/tally.png'))).toBe(true);
  });
});
