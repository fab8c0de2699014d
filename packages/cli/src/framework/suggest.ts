// Close matches of a mistyped name, for "Did you mean …?".

/** Edit distance (Levenshtein) between two strings, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[right.length] as number;
}

/**
 * The candidates closest to what was typed, best first: those within a third of its length (at
 * least 2 edits), or that contain it.
 */
export function closest(typed: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = typed.toLowerCase();
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate);
    const contains = wanted.length >= 3 && candidate.toLowerCase().includes(wanted);
    if (distance <= threshold || contains) {
      scored.push({ candidate, score: contains ? Math.min(distance, 1) : distance });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return [...new Set(scored.map((s) => s.candidate))].slice(0, limit);
}
