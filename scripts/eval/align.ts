/**
 * Aligns gold sentences to the engine's sentences by text, ignoring white space and quote
 * style: each gold sentence maps to the engine sentence covering most of its characters.
 */

/** Text with white space removed and quote marks/apostrophes unified, for matching. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, '').replace(/[“”„«»"]/g, '"').replace(/[‘’`´]/g, "'").replace(/[\u00ad\u200b]/g, '');
}

export interface AlignedPair {
  gold: number;
  /** Index of our sentence standing for the gold one, or -1 when no sentence covers it. */
  ours: number;
  /** Share of the gold sentence's characters our sentence covers. */
  coverage: number;
}

export function align(goldTexts: string[], ourTexts: string[]): AlignedPair[] {
  // One stream of our text, with the sentence each character came from.
  const owner: number[] = [];
  let stream = '';
  ourTexts.forEach((t, k) => {
    const n = normalize(t);
    stream += n;
    for (let i = 0; i < n.length; i++) owner.push(k);
  });
  const pairs: AlignedPair[] = [];
  let cursor = 0;
  goldTexts.forEach((g, gi) => {
    const n = normalize(g);
    if (!n) { pairs.push({ gold: gi, ours: -1, coverage: 0 }); return; }
    let at = stream.indexOf(n, cursor);
    if (at < 0) at = stream.indexOf(n);
    if (at < 0) {
      // Fall back to the longest prefix that matches (extraction may differ at the end).
      for (let len = Math.floor(n.length * 0.8); len >= 12 && at < 0; len = Math.floor(len * 0.8)) {
        at = stream.indexOf(n.slice(0, len), cursor);
        if (at < 0) at = stream.indexOf(n.slice(0, len));
      }
    }
    if (at < 0) { pairs.push({ gold: gi, ours: -1, coverage: 0 }); return; }
    const end = Math.min(stream.length, at + n.length);
    const tally = new Map<number, number>();
    for (let i = at; i < end; i++) tally.set(owner[i] as number, (tally.get(owner[i] as number) ?? 0) + 1);
    let best = -1;
    let bestCount = 0;
    for (const [k, c] of tally) if (c > bestCount) { best = k; bestCount = c; }
    pairs.push({ gold: gi, ours: best, coverage: bestCount / n.length });
    cursor = end;
  });
  return pairs;
}
