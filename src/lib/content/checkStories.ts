import type { ContentError } from './contentError';
import { unknownIdError } from './checkReferences';
import type { ParsedStory } from './parseStory';

/** Checks that each story lists real sources and cites only sources it lists. */
export function checkStories(
  stories: readonly ParsedStory[],
  sourceIds: ReadonlySet<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const story of stories) {
    const listed = new Set(story.frontmatter.sources);
    story.frontmatter.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) {
        errors.push(
          unknownIdError(
            {
              file: story.file,
              line: story.fieldLines.sources,
              entry: 'front matter',
              field: `sources.${i}`,
            },
            id,
            'sources',
            sourceIds,
          ),
        );
      }
    });
    for (const cite of story.cites) {
      const base = {
        file: story.file,
        line: cite.line,
        entry: `<Cite> on line ${cite.line}`,
        field: 'source',
      };
      if (!sourceIds.has(cite.source)) errors.push(unknownIdError(base, cite.source, 'sources', sourceIds));
      else if (!listed.has(cite.source)) {
        errors.push({
          ...base,
          problem: `cites "${cite.source}", which the front matter's sources list does not include`,
          fix: `add "${cite.source}" to "sources" in the front matter, so it is listed with the story's sources.`,
        });
      }
    }
  }
  return errors;
}
