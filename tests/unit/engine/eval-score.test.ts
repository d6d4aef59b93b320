import { describe, expect, it } from 'vitest';
import { align, normalize } from '../../../scripts/eval/align';
import { finish, rawScores, sourceKey, sourceMatches, type ScoredItem } from '../../../scripts/eval/score';

describe('alignment', () => {
  it('ignores white space and quote style', () => {
    expect(normalize('“It’s  here,” he said.')).toBe(normalize('"It\'s here," he said.'));
    const pairs = align(['“It’s here,” he said.', 'Then he left.'], ['"It\'s here," he said.', 'Then  he left.']);
    expect(pairs.map((p) => p.ours)).toEqual([0, 1]);
  });

  it('lets a sentence that covers most of a gold sentence stand for it, and marks missing ones', () => {
    const pairs = align(['One two three.', 'Four five.', 'Missing text here.'], ['One two three. Four five.']);
    expect(pairs[0]?.ours).toBe(0);
    expect(pairs[1]?.ours).toBe(0);
    expect(pairs[2]?.ours).toBe(-1);
  });
});

describe('scores', () => {
  const entities = [
    { id: 'a', name: 'Amir Khan Muttaqi', aliases: ['Muttaqi'] },
    { id: 'b', name: 'the Express Tribune', aliases: ['Express Tribune'] },
  ];
  it('matches sources lower-cased without a leading "the" or trailing "\'s"', () => {
    expect(sourceKey("The Express Tribune's")).toBe('express tribune');
    expect(sourceMatches('Express Tribune', entities[1])).toBe(true);
    expect(sourceMatches('muttaqi', entities[0])).toBe(true);
    expect(sourceMatches('Durrani', entities[0])).toBe(false);
  });

  it('computes per-label F1, source accuracy, split and counts-exact', () => {
    const items: ScoredItem[] = [
      { goldLabel: 'claim', goldSource: 'a', predLabel: 'claim', predSource: 'Muttaqi', predId: 's1' },
      { goldLabel: 'claim', goldSource: 'a', predLabel: 'claim', predSource: 'Amir Khan Muttaqi', predId: 's2' },
      { goldLabel: 'report', goldSource: 'b', predLabel: 'claim', predSource: 'the Express Tribune', predId: 's3' },
      { goldLabel: 'none', goldSource: null, predLabel: 'pledge', predSource: 'X', predId: 's4' },
    ];
    const s = finish(rawScores(items, entities));
    expect(s.perLabel.claim.p).toBeCloseTo(2 / 3);
    expect(s.perLabel.claim.r).toBe(1);
    expect(s.perLabel.report.f1).toBe(0);
    expect(s.sourceAccuracy).toBe(1);
    expect(s.sourceSplit).toBe(1.5); // a: 2 predicted sources, b: 1
    expect(s.countsExact).toBe(0.5); // a exact (2 claims), b not (claim instead of report)
  });

  it('leaves a label that occurs neither in gold nor in predictions out of macro-F1', () => {
    const items: ScoredItem[] = [
      { goldLabel: 'claim', goldSource: 'a', predLabel: 'claim', predSource: 'Muttaqi', predId: 's1' },
    ];
    expect(finish(rawScores(items, entities)).macroF1).toBe(1);
  });
});
