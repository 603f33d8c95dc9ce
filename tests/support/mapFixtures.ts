import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../../src/lib/content/readContent';
import type { Geography } from '../../src/lib/geography';
import { projectRoot, realContent } from './contentFixture';

/** The prepared geography (npm test runs `npm run geo` before the tests) and the real content. */
export function mapInputs() {
  const file = path.join(projectRoot, 'src/generated/geography.json');
  const geography = JSON.parse(readFileSync(file, 'utf8')) as Geography;
  const { content } = readContent(realContent, projectRoot);
  return { geography, places: content.places, views: content.views };
}
