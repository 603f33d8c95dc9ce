// The editors' guide in README.md cannot go stale: every worked example is applied, as written, to
// a copy of the content; the copy is built with the real build; each addition must appear where the
// guide says. Then a broken edit is built over that site, which must stay exactly as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtFile, routes } from '../../src/lib/site/routes';
import { contentFixture, projectRoot, type ContentFixture } from '../support/contentFixture';
import { badContentCases } from '../content/badContent';
import { attr, descendants, elements, stepFigureFiles, textOf, type Element } from '../support/dist';

interface Example {
  action: 'append' | 'front-matter' | 'create';
  /** Path under content/, e.g. "places.yaml" or "stories/mediation.mdx". */
  file: string;
  code: string;
}

/** Every `<!-- example: <action> content/<file> -->` in the README, with the fenced block under it. */
function guideExamples(readme: string): Example[] {
  const pattern = /<!-- example: (append|front-matter|create) content\/(\S+) -->\s*```\w*\n([\s\S]*?)```/g;
  return [...readme.matchAll(pattern)].map((m) => ({
    action: m[1] as Example['action'],
    file: m[2]!,
    code: m[3]!,
  }));
}

function apply(fixture: ContentFixture, example: Example): void {
  const full = path.join(fixture.dir, example.file);
  if (example.action === 'create') {
    expect(existsSync(full), `${example.file} must be new`).toBe(false);
    writeFileSync(full, example.code);
  } else if (example.action === 'append') {
    fixture.append(example.file, `\n${example.code}`);
  } else {
    // As the guide says: the example's lines replace the lines of the fields it sets (each field's
    // line and the lines indented under it); a field the story lacks is added at the end.
    const text = fixture.read(example.file);
    const match = /^---\n([\s\S]*?\n)---\n/.exec(text)!;
    const keys = new Set(Object.keys(parse(example.code) as Record<string, unknown>));
    const lines = match[1]!.split(/(?<=\n)/);
    const kept: string[] = [];
    let at = -1;
    for (let i = 0; i < lines.length; i++) {
      const key = /^([\w-]+):/.exec(lines[i]!)?.[1];
      if (key === undefined || !keys.has(key)) {
        kept.push(lines[i]!);
        continue;
      }
      if (at < 0) at = kept.length;
      while (i + 1 < lines.length && /^\s/.test(lines[i + 1]!)) i++;
    }
    kept.splice(at < 0 ? kept.length : at, 0, example.code);
    writeFileSync(full, `---\n${kept.join('')}---\n${text.slice(match[0].length)}`);
  }
}

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const examples = guideExamples(readme);
const yamlEntry = (file: string) => {
  const example = examples.find((e) => e.file === file && e.action === 'append')!;
  return (parse(example.code) as Record<string, unknown>[])[0]!;
};

let fixture: ContentFixture;
let work: string;
let dist: string;
let build: { status: number | null; output: string };

function runBuild(contentDir: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: dist, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

beforeAll(() => {
  fixture = contentFixture();
  for (const example of examples) apply(fixture, example);
  work = mkdtempSync(path.join(tmpdir(), 'guide-'));
  dist = path.join(work, 'dist');
  build = runBuild(fixture.dir);
}, 300_000);

afterAll(() => {
  fixture?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

// Every figure the page publishes, the steps' own included: their words inside <noscript>, their
// drawings in the SVG files their pictures show.
const page = (sitePath: string) => {
  const html = readFileSync(path.join(dist, builtFile(sitePath)), 'utf8');
  const files = stepFigureFiles(html).map((file) => readFileSync(path.join(dist, builtFile(file)), 'utf8'));
  return [html, ...files].flatMap((markup) => elements(markup, { scripting: false }));
};
const byClass = (all: Element[], name: string) =>
  all.filter((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(name));
const keyed = (all: Element[], cls: string, key: string) =>
  byClass(all, cls).filter((e) => attr(e, 'data-key') === key);

describe("the editors' guide in README.md, applied to a copy of the content", () => {
  it('has a worked example for a source, place, actor, relation, event, view, step, correction and story', () => {
    const targets = examples.map((e) => `${e.action} ${e.file.startsWith('stories/') ? 'story' : e.file}`);
    expect(targets).toEqual(
      expect.arrayContaining([
        'append sources.yaml',
        'append places.yaml',
        'append actors.yaml',
        'append relations.yaml',
        'append events.yaml',
        'append map-views.yaml',
        'append story',
        'front-matter story',
        'create story',
      ]),
    );
  });

  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    // Without SITE_URL the build says once where links will point and how to set it; with it, nothing.
    const notices = build.output.split('SITE_URL is not set').length - 1;
    expect(notices).toBe(process.env.SITE_URL ? 0 : 1);
  });

  const story = () => routes.story('mediation');

  it('a new place: marked and labelled on the map of the view that frames it', () => {
    const place = yamlEntry('places.yaml');
    const view = yamlEntry('map-views.yaml');
    // A map drawing of the view: an SVG in the page, or the group of marks in a step's figure file.
    const map = page(story()).filter(
      (e) => (e.tagName === 'svg' || e.tagName === 'g') && attr(e, 'data-view') === view.id,
    );
    expect(map.length).toBeGreaterThan(0);
    const inside = descendants(map[0]!);
    expect(keyed(inside, 'map-place', String(place.id)).map((e) => attr(e, 'data-visible'))).toContain(
      'true',
    );
    const label = keyed(inside, 'map-label', String(place.id));
    expect(label.map(textOf).map((t) => t.trim())).toContain(place.name);
  });

  it("a new actor: a node in the diagram and an entry in the who's who", () => {
    const actor = yamlEntry('actors.yaml');
    const all = page(story());
    expect(keyed(all, 'diagram-node', String(actor.id)).length).toBeGreaterThan(0);
    expect(textOf(all.find((e) => attr(e, 'id') === 'whos-who')!)).toContain(actor.name);
  });

  it('a new relation: drawn in the diagram, in words in "Who relates to whom", linked to its new source', () => {
    const relation = yamlEntry('relations.yaml');
    const source = yamlEntry('sources.yaml');
    const all = page(story());
    expect(keyed(all, 'diagram-edge', String(relation.id)).length).toBeGreaterThan(0);
    const list = all.find((e) => attr(e, 'id') === 'relations')!;
    expect(textOf(list)).toContain(relation.label);
    expect(textOf(list)).toContain(source.outlet);
    expect(all.some((e) => attr(e, 'id') === `source-${source.id}`)).toBe(true);
  });

  it('a new event: on the timeline', () => {
    const event = yamlEntry('events.yaml');
    const all = page(story());
    const marks = keyed(all, 'timeline-event', String(event.id));
    expect(marks.length).toBeGreaterThan(0);
    // The label may wrap over several lines (tspans): compare the words, not the spacing.
    const words = (text: unknown) => String(text).replace(/\s+/g, '');
    expect(words(textOf(marks[0]!))).toContain(words(event.label));
  });

  it('a new step: in the story, linkable, with its own figure showing its view, and embeddable by id', () => {
    const example = examples.find((e) => e.action === 'append' && e.file.startsWith('stories/'))!;
    const id = /<Step id="([^"]+)"[^>]*\bmap="([^"]+)"/.exec(example.code)!;
    const all = page(routes.story(example.file.replace(/^stories\/|\.mdx$/g, '')));
    const step = all.find((e) => attr(e, 'id') === `step-${id[1]}`)!;
    expect(step).toBeDefined();
    expect(textOf(step)).toContain(/^## (.+)$/m.exec(example.code)![1]);
    const figure = descendants(step).find((e) => e.tagName === 'figure')!;
    expect(attr(figure, 'data-view')).toBe(id[2]);
    // Its drawing, in every layout, is of that view.
    const files = descendants(step).flatMap((e) =>
      e.tagName === 'img' ? [attr(e, 'src')!] : e.tagName === 'source' ? [attr(e, 'srcset')!] : [],
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const drawn = elements(readFileSync(path.join(dist, builtFile(file)), 'utf8'));
      expect(
        drawn.some((e) => attr(e, 'data-view') === id[2]),
        file,
      ).toBe(true);
    }
    const embed = readFileSync(path.join(dist, builtFile(routes.embed('mediation', 'map'))), 'utf8');
    expect(embed).toContain(`"id":"${id[1]}"`);
  });

  it('a correction: an "Updated" time, the corrections box and the structured data', () => {
    const example = examples.find((e) => e.action === 'front-matter')!;
    const { updated, corrections } = parse(example.code) as {
      updated: string;
      corrections: { date: string; text: string }[];
    };
    const all = page(routes.story(example.file.replace(/^stories\/|\.mdx$/g, '')));
    expect(all.filter((e) => e.tagName === 'time').map((e) => attr(e, 'datetime'))).toContain(updated);
    const box = byClass(all, 'corrections')[0]!;
    for (const c of corrections) expect(textOf(box)).toContain(c.text);
    const ld = JSON.parse(
      textOf(all.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')!),
    ) as { dateModified: string; correction: { text: string }[] };
    expect(ld.dateModified).toBe(updated);
    expect(ld.correction.map((c) => c.text)).toEqual(corrections.map((c) => c.text));
    // Those who follow the desk by its feed learn of the correction too.
    const feed = readFileSync(path.join(dist, builtFile(routes.feed())), 'utf8');
    const item = feed.split('<item>').find((i) => i.includes(`${routes.story('mediation')}</link>`));
    for (const c of corrections) expect(item).toContain(c.text.replace(/'/g, '&apos;'));
  });

  it("a story's chart text: its embed, embed code, oEmbed, /embed/, SVG download and share card say it", () => {
    const example = examples.find((e) => e.action === 'front-matter' && 'charts' in parse(e.code))!;
    const slug = example.file.replace(/^stories\/|\.mdx$/g, '');
    const charts = (parse(example.code) as { charts: Record<string, { title?: string; alt?: string }> })
      .charts;
    const index = readFileSync(path.join(dist, 'embed/index.html'), 'utf8');
    for (const [chart, text] of Object.entries(charts) as [
      'map' | 'diagram',
      { title: string; alt?: string },
    ][]) {
      const embed = page(routes.embed(slug, chart));
      expect(textOf(embed.find((e) => e.tagName === 'h1')!)).toBe(text.title);
      expect(textOf(embed.find((e) => e.tagName === 'title')!)).toBe(text.title);
      const oembed = JSON.parse(
        readFileSync(path.join(dist, builtFile(routes.oembed(slug, chart))), 'utf8'),
      ) as {
        title: string;
        html: string;
      };
      expect(oembed.title).toBe(text.title);
      expect(oembed.html).toContain(`title="${text.title}"`);
      const svg = readFileSync(path.join(dist, routes.download(slug, chart, 'svg')), 'utf8');
      expect(svg).toContain(`>${text.title}</title>`);
      if (text.alt) expect(svg).toContain(`>${text.alt}</desc>`);
      // The share card is rendered from the embed page's words; its alt text is the chart's.
      const cardAlt = embed.find((e) => attr(e, 'property') === 'og:image:alt');
      expect(attr(cardAlt!, 'content')).toBe(
        text.alt ??
          attr(
            embed.find((e) => attr(e, 'name') === 'description')!,
            'content',
          ),
      );
      expect(index).toContain(text.title.replace(/'/g, '&#39;'));
    }
    // The other story keeps its own titles.
    const other = page(routes.embed('mediation', 'map'));
    expect(textOf(other.find((e) => e.tagName === 'h1')!)).not.toBe(charts.map!.title);
  });

  it('a new story: its own page, first on the front page, with its own embeds and downloads', () => {
    const example = examples.find((e) => e.action === 'create')!;
    const slug = example.file.replace(/^stories\/|\.mdx$/g, '');
    const title = /^title: '?(.*?)'?$/m.exec(example.code)![1]!;
    const all = page(routes.story(slug));
    expect(textOf(all.find((e) => e.tagName === 'h1')!)).toBe(title);
    const first = byClass(page(routes.home()), 'story-card')[0]!;
    expect(
      attr(
        descendants(first).find((e) => e.tagName === 'a')!,
        'href',
      ),
    ).toBe(routes.story(slug));
    for (const chart of ['map', 'diagram', 'timeline'] as const) {
      expect(existsSync(path.join(dist, builtFile(routes.embed(slug, chart))))).toBe(true);
      expect(existsSync(path.join(dist, routes.download(slug, chart, 'png')))).toBe(true);
    }
  });
});

/** Every file under a folder with a hash of its bytes and its modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else
        out[path.relative(dir, full)] =
          `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${statSync(full).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

// The one failing build of the suite: a content mistake stops it as a content error (not as a crash of
// Astro's hooks), and the published site stays exactly as it was.
describe('a failed build', () => {
  it(
    'says what is wrong, leaves the previously published dist/ exactly as it was, and says so',
    { timeout: 120_000 },
    () => {
      expect(build.status).toBe(0);
      const before = snapshot(dist);
      const bad = badContentCases.find((c) => c.kind === 'unknown field (typo)')!;
      bad.break(fixture);
      const failed = runBuild(fixture.dir);
      expect(failed.status).not.toBe(0);
      for (const part of bad.expect) expect(failed.output).toContain(part);
      expect(failed.output).toContain('1 content error; nothing was built.');
      expect(failed.output).not.toMatch(/unhandled error|astro:config:setup/);
      expect(failed.output).toMatch(/Build failed: .*dist is unchanged/);
      expect(snapshot(dist)).toEqual(before);
      expect(existsSync(`${dist}.next`)).toBe(false);
    },
  );
});
