// "Did you mean": the one edit distance of the library (rule names, CLI commands, options).

/** The smallest edit distance between `a` and `b` (Levenshtein), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(row[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The nearest of `names` to `word` within 40 % of its length (at least 1, at most 3 edits). */
export function nearest(word: string, names: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length * 0.4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  // A prefix is a good guess too: `cs-policy cal` → calendar.
  return best ?? names.find((n) => word.length >= 3 && n.startsWith(word));
}
