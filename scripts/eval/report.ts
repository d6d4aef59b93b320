/** Prints the evaluation: per article, overall, and the sentences it gets wrong. */
import { ATTRIBUTED, type Scores } from './score';

const f = (x: number) => x.toFixed(3);

export function header(): string {
  return `${'article'.padEnd(32)} ${'sent'.padStart(4)} ${'macroF1'.padStart(7)} ${'claimF1'.padStart(7)} ${'reportF1'.padStart(8)} ${'pledgeF1'.padStart(8)} ${'srcAcc'.padStart(7)} ${'split'.padStart(6)} ${'counts'.padStart(7)}`;
}

/** F1 of one label, or "-" when the label occurs neither in gold nor in our output. */
const labelF1 = (t: Scores['perLabel']['claim']) => (t.tp + t.fp + t.fn ? f(t.f1) : '-');

export function row(name: string, sentences: number, s: Scores): string {
  return `${name.slice(0, 32).padEnd(32)} ${String(sentences).padStart(4)} ${f(s.macroF1).padStart(7)} ${labelF1(s.perLabel.claim).padStart(7)} ${labelF1(s.perLabel.report).padStart(8)} ${labelF1(s.perLabel.pledge).padStart(8)} ${f(s.sourceAccuracy).padStart(7)} ${s.sourceSplit.toFixed(2).padStart(6)} ${f(s.countsExact).padStart(7)}`;
}

export function labelTable(s: Scores): string {
  const lines = [`${'label'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`];
  for (const l of ATTRIBUTED) {
    const t = s.perLabel[l];
    lines.push(`${l.padEnd(8)} ${f(t.p).padStart(6)} ${f(t.r).padStart(6)} ${f(t.f1).padStart(6)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}`);
  }
  lines.push(`macro-F1 ${f(s.macroF1)}   source accuracy ${f(s.sourceAccuracy)} (${s.sourceHits}/${s.sourceTotal})   source split ${s.sourceSplit.toFixed(3)} (${s.splitSum}/${s.splitEntities})   counts exact ${f(s.countsExact)} (${s.countsExactHits}/${s.countsEntities})`);
  return lines.join('\n');
}

export interface ErrorLine {
  article: string;
  text: string;
  gold: string;
  goldSource: string | null;
  pred: string;
  predSource: string | null;
  cue: string | null;
  kind: 'label' | 'source' | 'unaligned';
}

export function errorLines(errors: ErrorLine[]): string {
  return errors.map((e) =>
    `[${e.article}] ${e.kind.toUpperCase()} gold ${e.gold}${e.goldSource ? `(${e.goldSource})` : ''} ours ${e.pred}${e.predSource ? `(${e.predSource})` : ''}${e.cue ? ` cue "${e.cue}"` : ''}\n    ${e.text.length > 220 ? `${e.text.slice(0, 220)}…` : e.text}`,
  ).join('\n');
}
