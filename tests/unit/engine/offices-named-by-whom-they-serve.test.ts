import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('an office named by whom it serves ("an aide to", "ambassador to")', () => {
  it('gives the whole description as the speaker', () => {
    const a = run(
      'An aide to the governor said the talks had failed.',
      'The Irish ambassador to the UN said the vote was a mistake.',
      'A close adviser to Mrs Okafor told reporters she would not resign.',
    );
    expect(labelOf(a, 'talks had failed')).toMatchObject({ label: 'claim', source: 'An aide to the governor' });
    expect(labelOf(a, 'vote was a mistake')).toMatchObject({ label: 'claim', source: 'The Irish ambassador to the UN' });
    expect(labelOf(a, 'would not resign').source).toBe('A close adviser to Mrs Okafor');
  });

  it('keeps "to" an ordinary preposition after other nouns', () => {
    const a = run('The letter to the minister said the plan was unlawful.', 'They sent a gift to the mayor said to be ill.');
    expect(labelOf(a, 'plan was unlawful').source).not.toBe('the minister');
    expect(labelOf(a, 'said to be ill').label).toBe('none');
  });
});

describe('a source described by what it knows', () => {
  it('ends the head at "close to" and "familiar with", not at "a close aide" or "a familiar face"', () => {
    const a = run(
      'People close to the talks said a deal was near.',
      'A close aide said the minister was tired.',
      'A familiar face at the club, the coach Ann Ray, said the team was ready.',
    );
    expect(labelOf(a, 'deal was near').source).toBe('People close to the talks');
    expect(labelOf(a, 'minister was tired').source).toBe('A close aide');
    expect(labelOf(a, 'team was ready').source).toBe('Ann Ray');
  });
});
