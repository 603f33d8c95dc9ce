import type { DataCollection } from '../../schemas';
import type { ContentError } from './contentError';
import { didYouMean } from './suggest';
import { graphics } from '../story/stepState';
import { unknownIdError } from './checkReferences';
import type { ParsedStory } from './parseStory';

/** Attributes a <Step> may carry, and the collection each names ids of. */
const stepAttributes: Record<string, DataCollection | 'id' | 'graphic'> = {
  id: 'id',
  graphic: 'graphic',
  map: 'views',
  actors: 'actors',
  relations: 'relations',
  event: 'events',
};

/** Checks each step: a unique, well-formed id and attributes that name real content. */
function checkSteps(story: ParsedStory, known: Partial<Record<DataCollection, ReadonlySet<string>>>): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, number>();
  for (const step of story.steps) {
    const base = {
      file: story.file,
      line: step.line,
      entry: step.id ? `<Step id="${step.id}">` : `<Step> on line ${step.line}`,
    };
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(step.id)) {
      errors.push({
        ...base,
        field: 'id',
        problem: step.id ? `"${step.id}" is not a valid step id` : 'is missing',
        fix: 'give every step an id of lowercase words joined by hyphens, e.g. id="rafah"; it becomes the #step-… link.',
      });
    } else if (seen.has(step.id)) {
      errors.push({
        ...base,
        field: 'id',
        problem: `"${step.id}" is already the id of the step on line ${seen.get(step.id)}`,
        fix: 'give each step its own id.',
      });
    } else seen.set(step.id, step.line);
    // A map written as {…} is reported as such (parseStory), not again as missing.
    if (step.attributes.map === undefined && !step.invalid?.some((a) => a.name === 'map')) {
      errors.push({
        ...base,
        field: 'map',
        problem: 'is missing',
        fix: 'say which map view the step shows, e.g. map="region"; views are in content/map-views.yaml.',
      });
    }
    for (const [name, value] of Object.entries(step.attributes)) {
      const target = stepAttributes[name];
      if (target === undefined) {
        const allowed = Object.keys(stepAttributes);
        errors.push({
          ...base,
          field: name,
          problem: `is not an attribute of <Step>${didYouMean(name, allowed)}`,
          fix: `rename it or delete it; a <Step> takes ${allowed.join(', ')}`,
        });
      } else if (target === 'graphic') {
        if (!(graphics as readonly string[]).includes(value)) {
          errors.push({
            ...base,
            field: name,
            problem: `"${value}" is not a graphic${didYouMean(value, graphics)}`,
            fix: `use one of ${graphics.join(', ')}`,
          });
        }
      } else if (target !== 'id') {
        const ids = known[target];
        for (const id of value.split(/\s+/).filter(Boolean)) {
          if (ids && !ids.has(id)) errors.push(unknownIdError({ ...base, field: name }, id, target, ids));
        }
      }
    }
  }
  return errors;
}

/** Checks that a story lists real sources and cites only sources it lists. */
function checkSources(story: ParsedStory, sourceIds: ReadonlySet<string>): ContentError[] {
  const errors: ContentError[] = [];
  const listed = new Set(story.frontmatter.sources);
  story.frontmatter.sources.forEach((id, i) => {
    if (sourceIds.has(id)) return;
    const base = { file: story.file, line: story.fieldLines.sources, entry: 'front matter', field: `sources.${i}` };
    errors.push(unknownIdError(base, id, 'sources', sourceIds));
  });
  for (const cite of story.cites) {
    const base = { file: story.file, line: cite.line, entry: `<Cite> on line ${cite.line}`, field: 'source' };
    if (!sourceIds.has(cite.source)) errors.push(unknownIdError(base, cite.source, 'sources', sourceIds));
    else if (!listed.has(cite.source)) {
      errors.push({
        ...base,
        problem: `cites "${cite.source}", which the front matter's sources list does not include`,
        fix: `add "${cite.source}" to "sources" in the front matter, so it is listed with the story's sources`,
      });
    }
  }
  return errors;
}

/**
 * Checks each story's sources and steps against the ids of the data files. A collection missing from
 * `known` (its file could not be read) is not checked against.
 */
export function checkStories(
  stories: readonly ParsedStory[],
  known: Partial<Record<DataCollection, ReadonlySet<string>>> = {},
): ContentError[] {
  return stories.flatMap((story) => [
    ...checkSteps(story, known),
    ...(known.sources ? checkSources(story, known.sources) : []),
  ]);
}
