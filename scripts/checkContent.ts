// Validates all content and cross-references without building; prints every error; exits 1 if any.
import { formatContentError } from '../src/lib/content/contentError';
import { contentDir, readContent } from '../src/lib/content/readContent';

const dir = contentDir();
const { content, errors } = readContent(dir);
if (errors.length > 0) {
  console.error(`${errors.length} content error${errors.length === 1 ? '' : 's'}:`);
  for (const error of errors) console.error(`  - ${formatContentError(error)}`);
  process.exit(1);
}
const counts = Object.entries(content)
  .map(([name, list]) => `${list.length} ${name}`)
  .join(', ');
console.log(`Content OK: ${counts}.`);
