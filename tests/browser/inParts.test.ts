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

// 1 + 30 + 1 + 3 = 35 elements under <svg>; the <g class="big"> alone holds 31.
const markup =
  '<figure id="g"><figcaption>A <b>caption</b> with <i>text</i> between.</figcaption>' +
  '<svg class="shown" viewBox="0 0 10 10"><title>t</title>' +
  `<g class="big">${Array.from({ length: 30 }, (_, i) => `<circle r="${i}"/>`).join('')}</g>` +
  'loose text<rect width="1" height="1"/><g class="small"><path d="M0 0"/><path d="M1 1"/></g></svg>' +
  `<svg class="hidden" style="display:none">${Array.from({ length: 12 }, (_, i) => `<text>${i}</text>`).join('')}</svg>` +
  '</figure>';

type Run = { same: boolean; taken: string; frames: { added: number; boxed: number }[] };

const run = async (limit: number): Promise<Run> => {
  const page = await env.browser().newPage();
  try {
    await page.setContent(`<div id="pane"></div><template id="t">${markup}</template>`);
    await page.addScriptTag({ content: `${script}\nwindow.inParts = { takeParts, putBack };` });
    return await page.evaluate(async (limit) => {
      const { takeParts, putBack } = (
        window as unknown as {
          inParts: {
            takeParts: (root: Element, limit: number) => unknown[];
            putBack: (parts: unknown[], limit: number, nextFrame: () => Promise<unknown>) => Promise<void>;
          };
        }
      ).inParts;
      const template = document.querySelector<HTMLTemplateElement>('#t')!;
      const whole = template.innerHTML;
      const graphic = template.content.firstElementChild!.cloneNode(true) as Element;
      const parts = takeParts(graphic, limit);
      const taken = graphic.outerHTML;
      document.querySelector('#pane')!.append(graphic);
      // Each frame: how many elements came in since the last, and how many of those have a box.
      const frames: { added: number; boxed: number }[] = [];
      let seen = new Set<Element>(graphic.querySelectorAll('*'));
      const nextFrame = () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const now = [...graphic.querySelectorAll('*')];
            const added = now.filter((e) => !seen.has(e));
            frames.push({ added: added.length, boxed: added.filter((e) => e.checkVisibility()).length });
            seen = new Set(now);
            setTimeout(resolve, 0);
          }),
        );
      await putBack(parts, limit, nextFrame);
      await nextFrame();
      return { same: graphic.outerHTML === whole, taken, frames: frames.filter((f) => f.added > 0) };
    }, limit);
  } finally {
    await page.close();
  }
};

describe('a graphic put in a part a frame', () => {
  it('comes back whole and in order, text between its elements included', async () => {
    for (const limit of [1, 3, 8, 40, 1000]) expect((await run(limit)).same, `limit ${limit}`).toBe(true);
  });

  it('leaves a shell of what is too big to be one part, and lays out no more than the limit a frame', async () => {
    const { taken, frames } = await run(8);
    // The figure, both svgs and the big <g> stay; everything in them waits.
    expect(taken).toBe(
      '<figure id="g"><svg class="shown" viewBox="0 0 10 10"><g class="big"></g></svg><svg class="hidden" style="display:none"></svg></figure>',
    );
    for (const frame of frames) expect(frame.boxed).toBeLessThanOrEqual(8);
    // 3 (caption) + 1 (title) + 30 circles + 4 (rect, small group): at 8 a frame, 5 frames or more.
    expect(frames.length).toBeGreaterThanOrEqual(5);
  });

  it('puts what has no box in with the next part, costing no frame of its own', async () => {
    const { frames } = await run(8);
    // The hidden svg's 12 texts come in one go, alongside a part that has a box (the only other
    // element without one is the <title>, never drawn).
    const hidden = frames.filter((f) => f.added - f.boxed >= 12);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.boxed).toBeGreaterThan(0);
    expect(frames.reduce((n, f) => n + f.added - f.boxed, 0)).toBe(13);
  });
});
