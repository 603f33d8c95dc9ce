import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** An attribute of a <Step> that is not a plain string, so it cannot declare the graphics' state. */
export interface InvalidStepAttribute {
  /** The attribute's name as written, e.g. "map"; a spread such as {...props} is named by its source text. */
  name: string;
  /** 1-based line of the attribute in the .mdx file; the tag's line if the parser gives none (Sätteri). */
  line: number;
  /** Why it is not a plain string, e.g. 'is a JSX expression ({x}), not a plain string'. */
  reason: string;
}

/** A step of a story as written in MDX: its id and the attributes that declare the graphics' state. */
export interface StoryStep {
  id: string;
  /** Every plain-string attribute as written, e.g. { id: "rafah", map: "gaza" }; invalid ones are left out. */
  attributes: Record<string, string>;
  /** 1-based line of the <Step> tag in the .mdx file. */
  line: number;
  /**
   * Attributes that are not plain strings (map={x}, a bare `map`, {...props}): absent from `attributes`,
   * listed here for the content check to report. Present only when there is at least one.
   */
  invalid?: InvalidStepAttribute[];
}

/** A story whose MDX cannot be parsed: where, and what the parser says. */
export interface StepParseError {
  /** 1-based line in the .mdx file (1 when the parser gives no place). */
  line: number;
  /** 1-based column, when the parser gives one. */
  column?: number;
  problem: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type JsxAttribute = JsxElement['attributes'][number];

// One frozen processor: MDX with a YAML front matter block, the same syntax Astro compiles the stories with.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).freeze();

/** The <Step> elements of an mdast tree, in document order, however deeply nested (e.g. inside a <div>). */
export function stepsOf(tree: Root): StoryStep[] {
  const steps: StoryStep[] = [];
  // Depth-first, children in order, without recursion so deep nesting cannot overflow the stack.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isStep(node)) steps.push(stepOf(node));
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return steps;
}

/** The <Step> tags of an MDX text; throws on an MDX syntax error (parseStepsChecked locates it instead). */
export function parseSteps(text: string): StoryStep[] {
  const { steps, errors } = parseStepsChecked(text);
  const error = errors[0];
  if (error) throw new Error(`line ${error.line}: ${error.problem}`);
  return steps;
}

/** The <Step> tags of an MDX text, or, if the text is not valid MDX, the located syntax error. */
export function parseStepsChecked(text: string): { steps: StoryStep[]; errors: StepParseError[] } {
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    return { steps: [], errors: [syntaxError(error)] };
  }
  return { steps: stepsOf(tree), errors: [] };
}

function isStep(node: Nodes): node is JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step';
}

function stepOf(node: JsxElement): StoryStep {
  const line = node.position?.start.line ?? 1;
  const attributes: Record<string, string> = {};
  const invalid: InvalidStepAttribute[] = [];
  for (const attribute of node.attributes) {
    const problem = attributeProblem(attribute);
    const at = attribute.position?.start.line ?? line;
    if (problem) invalid.push({ name: problem.name, line: at, reason: problem.reason });
    else if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
      attributes[attribute.name] = attribute.value;
    }
  }
  const step: StoryStep = { id: attributes.id ?? '', attributes, line };
  if (invalid.length > 0) step.invalid = invalid;
  return step;
}

/** Why an attribute is not a plain string, or undefined if it is one. */
function attributeProblem(attribute: JsxAttribute): { name: string; reason: string } | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return { name: `{${attribute.value}}`, reason: 'is a spread expression, not a plain-string attribute' };
  }
  const { name, value } = attribute;
  if (value === null || value === undefined) return { name, reason: 'has no value (write it as name="…")' };
  if (typeof value !== 'string') {
    return { name, reason: `is a JSX expression ({${value.value}}), not a plain string in quotes` };
  }
  return undefined;
}

/** A parser exception as a located error: micromark's errors carry line and column, an unclosed tag's only its message. */
function syntaxError(error: unknown): StepParseError {
  const e = error as { line?: unknown; column?: unknown; reason?: unknown; message?: unknown };
  const problem = String(e.reason ?? e.message ?? error);
  // e.g. "Expected a closing tag for `<Step>` (3:1-3:22)": the place of the tag left open.
  const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(problem);
  const line = typeof e.line === 'number' ? e.line : place ? Number(place[1]) : 1;
  const column = typeof e.column === 'number' ? e.column : place ? Number(place[2]) : undefined;
  return column === undefined ? { line, problem } : { line, column, problem };
}
