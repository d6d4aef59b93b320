import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('complement clauses and subjects of cue verbs', () => {
  it('reads a that-less clause opening with an adjective or a number as the content', () => {
    const a = run(
      'Sir Alan Grove claimed strong painkillers he was taking had reacted badly with his drink.',
      'The minister hinted further reforms could be unveiled next year.',
      'Ms Ray claimed 40 families had been moved without notice.',
    );
    expect(labelOf(a, 'painkillers')).toMatchObject({ label: 'claim', source: 'Sir Alan Grove' });
    expect(labelOf(a, 'further reforms').label).toBe('claim');
    expect(labelOf(a, '40 families')).toMatchObject({ label: 'claim', source: 'Ms Ray' });
  });

  it('does not read an object with its relative clause as a complement ("admit new patients who ...")', () => {
    const a = run('The two hospitals will admit new patients who will be sent to wards clear of the virus.');
    expect(labelOf(a, 'new patients').label).toBe('none');
  });

  it('never takes a sentence adverb for the subject of a verb wink mis-tags', () => {
    const a = run('However, only state controlled carriers will be able to fly the Gulf routes for three years.');
    expect(labelOf(a, 'Gulf routes').label).toBe('none');
  });
});

describe('a clause that opens with a count', () => {
  it('reads "claimed fewer than 200 homes had been built" and "estimated more than 3,000 had attended" as claims', () => {
    const a = run(
      'The Greens claimed fewer than 200 new homes had been built across the city.',
      'Tom Hale estimated more than 3,000 people had attended.',
    );
    expect(labelOf(a, 'new homes')).toMatchObject({ label: 'claim', source: 'The Greens' });
    expect(labelOf(a, 'had attended')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
  });
});
