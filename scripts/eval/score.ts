/**
 * Scores as defined in the attribution guide: per-label P/R/F1, macro-F1 over
 * claim/report/pledge, source accuracy, source split, and counts-exact (docs/attribution.md).
 */
export const ATTRIBUTED = ['claim', 'report', 'pledge'] as const;
export type Attributed = (typeof ATTRIBUTED)[number];
export type AnyLabel = Attributed | 'none';

export interface GoldEntity { id: string; name: string; aliases: string[] }
export interface ScoredItem {
  goldLabel: AnyLabel;
  goldSource: string | null;
  predLabel: AnyLabel;
  /** Our source's name, and our entity id (for split). */
  predSource: string | null;
  predId: string | null;
}

export interface Tally { tp: number; fp: number; fn: number }
export interface Scores {
  perLabel: Record<Attributed, Tally & { p: number; r: number; f1: number }>;
  macroF1: number;
  sourceHits: number;
  sourceTotal: number;
  sourceAccuracy: number;
  splitSum: number;
  splitEntities: number;
  sourceSplit: number;
  countsExact: number;
  countsExactHits: number;
  countsEntities: number;
}

export const sourceKey = (text: string): string =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '').replace(/'s$/, '').trim();

export function sourceMatches(pred: string | null, entity: GoldEntity | undefined): boolean {
  if (!pred || !entity) return false;
  const k = sourceKey(pred);
  return [entity.name, ...entity.aliases].some((a) => sourceKey(a) === k);
}

const prf = (t: Tally) => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { ...t, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Raw tallies for one article (or many), to be summed before computing ratios. */
export interface RawScores {
  tallies: Record<Attributed, Tally>;
  sourceHits: number;
  sourceTotal: number;
  splitSum: number;
  splitEntities: number;
  countsExactHits: number;
  countsEntities: number;
}

export function emptyRaw(): RawScores {
  return {
    tallies: { claim: { tp: 0, fp: 0, fn: 0 }, report: { tp: 0, fp: 0, fn: 0 }, pledge: { tp: 0, fp: 0, fn: 0 } },
    sourceHits: 0, sourceTotal: 0, splitSum: 0, splitEntities: 0, countsExactHits: 0, countsEntities: 0,
  };
}

export function rawScores(items: ScoredItem[], entities: GoldEntity[]): RawScores {
  const raw = emptyRaw();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const it of items) {
    for (const l of ATTRIBUTED) {
      const t = raw.tallies[l];
      if (it.predLabel === l && it.goldLabel === l) t.tp++;
      else if (it.predLabel === l) t.fp++;
      else if (it.goldLabel === l) t.fn++;
    }
    if (it.goldLabel !== 'none' && it.predLabel !== 'none') {
      raw.sourceTotal++;
      if (sourceMatches(it.predSource, byId.get(it.goldSource ?? ''))) raw.sourceHits++;
    }
  }
  // Source split: distinct predicted sources per gold entity (over its sentences predicted attributed).
  const perEntity = new Map<string, Set<string>>();
  for (const it of items) {
    if (it.goldLabel === 'none' || it.predLabel === 'none' || !it.goldSource) continue;
    const set = perEntity.get(it.goldSource) ?? new Set<string>();
    set.add(it.predId ?? it.predSource ?? '?');
    perEntity.set(it.goldSource, set);
  }
  for (const set of perEntity.values()) { raw.splitSum += set.size; raw.splitEntities++; }
  // Counts-exact: a gold entity's per-label counts equal the counts of sentences we attribute
  // to a source matching that entity.
  for (const e of entities) {
    const gold = { claim: 0, report: 0, pledge: 0 };
    const ours = { claim: 0, report: 0, pledge: 0 };
    for (const it of items) {
      if (it.goldLabel !== 'none' && it.goldSource === e.id) gold[it.goldLabel]++;
      if (it.predLabel !== 'none' && sourceMatches(it.predSource, e)) ours[it.predLabel]++;
    }
    if (gold.claim + gold.report + gold.pledge === 0) continue;
    raw.countsEntities++;
    if (ATTRIBUTED.every((l) => gold[l] === ours[l])) raw.countsExactHits++;
  }
  return raw;
}

export function addRaw(a: RawScores, b: RawScores): RawScores {
  const out = emptyRaw();
  for (const l of ATTRIBUTED) {
    out.tallies[l] = { tp: a.tallies[l].tp + b.tallies[l].tp, fp: a.tallies[l].fp + b.tallies[l].fp, fn: a.tallies[l].fn + b.tallies[l].fn };
  }
  out.sourceHits = a.sourceHits + b.sourceHits;
  out.sourceTotal = a.sourceTotal + b.sourceTotal;
  out.splitSum = a.splitSum + b.splitSum;
  out.splitEntities = a.splitEntities + b.splitEntities;
  out.countsExactHits = a.countsExactHits + b.countsExactHits;
  out.countsEntities = a.countsEntities + b.countsEntities;
  return out;
}

/** Mean F1 over the labels that occur (in gold or predicted); a label absent from both is left out. */
function macro(perLabel: Scores['perLabel']): number {
  const used = ATTRIBUTED.filter((l) => perLabel[l].tp + perLabel[l].fp + perLabel[l].fn > 0);
  return used.length ? used.reduce((sum, l) => sum + perLabel[l].f1, 0) / used.length : 1;
}

export function finish(raw: RawScores): Scores {
  const perLabel = {
    claim: prf(raw.tallies.claim), report: prf(raw.tallies.report), pledge: prf(raw.tallies.pledge),
  };
  return {
    perLabel,
    macroF1: macro(perLabel),
    sourceHits: raw.sourceHits,
    sourceTotal: raw.sourceTotal,
    sourceAccuracy: raw.sourceTotal ? raw.sourceHits / raw.sourceTotal : 1,
    splitSum: raw.splitSum,
    splitEntities: raw.splitEntities,
    sourceSplit: raw.splitEntities ? raw.splitSum / raw.splitEntities : 1,
    countsExactHits: raw.countsExactHits,
    countsEntities: raw.countsEntities,
    countsExact: raw.countsEntities ? raw.countsExactHits / raw.countsEntities : 1,
  };
}
