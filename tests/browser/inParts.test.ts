// The live graphics go into the page a part a frame (src/graphics/inParts.client.ts). Here the
// module runs on its own in a blank page, on markup made to catch what a split can get wrong:
// text between elements, elements too big to be one part, places with no box.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/contentFixture';
import { useSite } from '../support/browserPage';

const source = readFileSync(path.join(projectRoot, 'src/graphics/inParts.client.ts'), 'utf8');
const script = ts
  .transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  })
  .outputText.replace(/^export /gm, '');

const env = useSite();

// 1 + 31 + 1 + 3 = 36 elements under the first <svg>; the <g class="big"> alone holds 31.
const markup =
  '<figure id="g"><figcaption>A <b>caption</b> with <i>text</i> between.</figcaption>' +
  '<svg class="shown" viewBox="0 0 10 10"><title>t</title>' +
  `<g class="big">${Array.from({ length: 30 }, (_, i) => `<circle r="${i}"/>`).join('')}</g>` +
  'loose text<rect width="1" height="1"/><g class="small"><path d="M0 0"/><path d="M1 1"/></g></svg>' +
  `<svg class="hidden" style="display:none">${Array.from({ length: 12 }, (_, i) => `<text>${i}</text>`).join('')}</svg>` +
  '</figure>';

type Run = { same: boolean; shell: string; frames: { added: number; boxed: number }[] };

const run = async (limit: number): Promise<Run> => {
  const page = await env.browser().newPage();
  try {
    await page.setContent(`<div id="pane"></div><template id="t">${markup}</template>`);
    await page.addScriptTag({ content: `${script}\nwindow.putInParts = putInParts;` });
    return await page.evaluate(async (limit) => {
      const { putInParts } = window as unknown as {
        putInParts: (graphic: Element, place: Element, limit: number) => Promise<void>;
      };
      const template = document.querySelector<HTMLTemplateElement>('#t')!;
      const whole = template.innerHTML;
      const graphic = template.content.firstElementChild!.cloneNode(true) as Element;
      // Each frame, as it begins: how many elements came in since the last, and how many of those
      // have a box.
      const frames: { added: number; boxed: number }[] = [];
      let seen = new Set<Element>();
      let sampling = true;
      const sample = () => {
        const now = [...document.querySelectorAll('#pane *')];
        const added = now.filter((e) => !seen.has(e));
        frames.push({ added: added.length, boxed: added.filter((e) => e.checkVisibility()).length });
        seen = new Set(now);
        if (sampling) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      const done = putInParts(graphic, document.querySelector('#pane')!, limit);
      const shell = graphic.outerHTML;
      await done;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      sampling = false;
      return { same: graphic.outerHTML === whole, shell, frames: frames.filter((f) => f.added > 0) };
    }, limit);
  } finally {
    await page.close();
  }
};

describe('a graphic put in a part a frame', () => {
  it('comes back whole and in order, text between its elements included', async () => {
    for (const limit of [1, 3, 8, 40, 1000]) expect((await run(limit)).same, `limit ${limit}`).toBe(true);
  });

  it('goes in empty, then lays out no more than the limit a frame', async () => {
    const { shell, frames } = await run(8);
    expect(shell).toBe('<figure id="g"></figure>');
    for (const frame of frames) expect(frame.boxed).toBeLessThanOrEqual(8);
    // 3 (caption) + 2 (svg, title) + 31 (the big <g>, its circles) + 4 (rect, small group): at 8 a
    // frame, 5 frames or more.
    expect(frames.length).toBeGreaterThanOrEqual(5);
  });

  it('puts in what has no box without counting it against the limit', async () => {
    const { frames } = await run(8);
    // The hidden svg's 12 texts come in one frame, more than the limit: they cost no layout.
    // Without a box too: the svg itself and the <title>, never drawn.
    expect(frames.some((f) => f.added - f.boxed >= 12)).toBe(true);
    expect(frames.reduce((n, f) => n + f.added - f.boxed, 0)).toBe(14);
  });
});
