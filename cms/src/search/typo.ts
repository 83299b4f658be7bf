/**
 * Small-typo tolerance: a word with no match is replaced by the indexed words closest to it
 * (optimal string alignment distance, so a swapped pair of letters counts as one edit).
 */

/** How many edits a word of this length may contain: none for short words, where any edit is another word. */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 6 ? 1 : 2;
}

export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The closest candidates (all those at the smallest distance, at most `max`), best first. */
export function closestWords(word: string, candidates: readonly string[], max = 3): string[] {
  const limit = allowedEdits(word);
  if (limit === 0) return [];
  let best = limit + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best && distance <= limit) {
      found.push(candidate);
    }
  }
  return found.sort().slice(0, max);
}
