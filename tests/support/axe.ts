import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AxeResults, RunOptions, run } from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

type AxeResult = AxeResults['violations'][number];
type RawNode = Pick<AxeResult['nodes'][number], 'target' | 'html'>;
// Only what the report needs crosses back from the page; full results carry every check.
type RawViolation = Omit<AxeViolation, 'nodes'> & { nodes: RawNode[] };

const RUN_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  // Only violations are reported, so skip collecting passes and incomplete results.
  resultTypes: ['violations'],
};

const SNIPPET_LENGTH = 120;

let axeSource: Promise<string> | undefined;

function loadAxeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFile(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
  return axeSource;
}

// Evaluated through the DevTools protocol, so a page CSP that blocks inline scripts
// (and therefore page.addScriptTag) cannot stop the injection.
async function injectAxe(page: Page): Promise<void> {
  const source = await loadAxeSource();
  const loaded = await page.evaluate(
    `(() => { if (!window.axe) { ${source}\n} return typeof window.axe?.run === 'function'; })()`,
  );
  if (loaded !== true) throw new Error('axe-core was injected but window.axe is missing');
}

function describeNode(node: RawNode): string {
  const target = node.target.map((part) => [part].flat().join(' >>> ')).join(' ');
  const html = node.html.replace(/\s+/g, ' ').trim();
  const snippet = html.length > SNIPPET_LENGTH ? `${html.slice(0, SNIPPET_LENGTH)}…` : html;
  return `${target} — ${snippet}`;
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async (options): Promise<RawViolation[]> => {
    const { axe } = window as unknown as { axe: { run: typeof run } };
    const results = await axe.run(document, options);
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, html }) => ({ target, html })),
    }));
  }, RUN_OPTIONS);
  return violations.map((violation) => ({
    ...violation,
    nodes: violation.nodes.map(describeNode),
  }));
}

export function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'No accessibility violations.';
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const { id, impact, help, nodes } of violations) {
    lines.push(`- ${id} [${impact ?? 'unknown impact'}]: ${help}`);
    lines.push(...nodes.map((node) => `    ${node}`));
  }
  return lines.join('\n');
}
