/** Edit distance between two short strings (Levenshtein), for "did you mean" hints. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to a mistyped word, if it is close enough to be the likely intent. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  // A longer spelling of a short field name ("lattitude" for "lat") is a likely intent too.
  const stem = [...candidates].find(
    (c) => c.length >= 3 && lower.startsWith(c.toLowerCase()) && lower !== c.toLowerCase(),
  );
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // A third of the word's length tolerates typos without proposing unrelated ids.
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : stem;
}

/** " — did you mean "x"?" to end a problem with, or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = closest(word, candidates);
  return guess === undefined ? '' : ` — did you mean "${guess}"?`;
}
