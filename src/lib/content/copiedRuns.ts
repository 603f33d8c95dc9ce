/** A run of words that a content file shares with the source text. */
export interface CopiedRun {
  /** 1-based line of the content file where the run starts. */
  line: number;
  /** The run's words as they are compared: lower case, markup and punctuation dropped. */
  text: string;
  /** How many words long it is. */
  length: number;
}

interface Word {
  word: string;
  line: number;
}

/** The words of a text with their lines; tags are dropped and curly apostrophes straightened, so markup hides no copy. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  text.split('\n').forEach((lineText, i) => {
    const plain = lineText.replace(/<[^>]*>/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
    for (const match of plain.matchAll(/[\p{L}\p{N}']+/gu)) {
      const word = match[0].replace(/^'+|'+$/g, '');
      if (word) words.push({ word, line: i + 1 });
    }
  });
  return words;
}

/** Every run of `n` consecutive words of the source, to look runs up in. */
export function sourceRuns(source: string, n: number): Set<string> {
  const words = wordsOf(source).map((w) => w.word);
  const runs = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

/**
 * The runs of `n` or more consecutive words of `text` that also appear, in the same order, in the
 * source (given as its `sourceRuns` for `n`). Overlapping matches merge into one longest run.
 */
export function copiedRuns(text: string, source: ReadonlySet<string>, n: number): CopiedRun[] {
  const words = wordsOf(text);
  const matches = (i: number) =>
    i + n <= words.length &&
    source.has(
      words
        .slice(i, i + n)
        .map((w) => w.word)
        .join(' '),
    );
  const runs: CopiedRun[] = [];
  let i = 0;
  while (i + n <= words.length) {
    if (!matches(i)) {
      i++;
      continue;
    }
    let end = i;
    while (matches(end + 1)) end++;
    const run = words.slice(i, end + n);
    runs.push({ line: run[0]!.line, text: run.map((w) => w.word).join(' '), length: run.length });
    i = end + n;
  }
  return runs;
}
