// The steps' data the page carries (src/graphics/stepsData.ts), decoded by the same stepState()
// the build uses.
import { stepState, type StepState } from '../lib/story/stepState';
import type { StepData } from '../graphics/stepsData';

export interface ClientStep {
  state: StepState;
  descriptions: StepData['descriptions'];
}

/** Reads the JSON in `script[data-steps]` under `root`; missing or malformed data gives no steps. */
export function readSteps(root: ParentNode): ClientStep[] {
  try {
    const data = JSON.parse(root.querySelector('script[data-steps]')?.textContent ?? '[]') as StepData[];
    return Array.isArray(data)
      ? data.map((d) => ({ state: stepState(d.attributes ?? {}), descriptions: d.descriptions ?? {} }))
      : [];
  } catch {
    return [];
  }
}
