import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';
import { tokenize } from '../../../lib/engine/nlp';
import { isTimePhrase, onlyTimeFrom, timePhraseAt, timePhraseEndingAt } from '../../../lib/engine/time-phrases';

const tokens = (text: string) => tokenize(text).tokens;

describe('time phrases around a cue', () => {
  it('measures a time phrase forwards and backwards', () => {
    const t = tokens('The group earlier this month said on Sunday the plan was dead since May.');
    expect(timePhraseAt(t, 2)).toBe(3);
    expect(timePhraseEndingAt(t, 4)).toBe(3);
    expect(timePhraseAt(t, 6)).toBe(2);
    expect(timePhraseAt(t, 0)).toBe(0);
    expect(timePhraseAt(tokens('It ended on Thursday morning.'), 2)).toBe(3);
    expect(isTimePhrase(tokens('last Friday'))).toBe(true);
    expect(isTimePhrase(tokens('May'))).toBe(false);
    expect(isTimePhrase(tokens('Roy Peel'))).toBe(false);
    expect(onlyTimeFrom(tokens('reported earlier this year.'), 1)).toBe(true);
    expect(onlyTimeFrom(tokens('reported a loss.'), 1)).toBe(false);
  });

  it('steps over the time phrase wherever a cue meets one', () => {
    const a = run(
      'Carmody Foods announced plans last week to cut 900 jobs.',
      'The union earlier this month said the strike would go ahead.',
      'The cause remains under investigation, The Clarion reported earlier this year.',
      'Two cases were confirmed, Dana Pruitt, a spokeswoman for the clinic, said last Friday.',
      'Ministers said on Monday the talks had stalled.',
    );
    expect(labelOf(a, '900 jobs')).toMatchObject({ label: 'pledge', source: 'Carmody Foods' });
    expect(labelOf(a, 'strike would go ahead').source).toBe('The union');
    expect(labelOf(a, 'under investigation')).toMatchObject({ label: 'report', source: 'The Clarion' });
    expect(labelOf(a, 'Two cases')).toMatchObject({ label: 'claim', source: 'Dana Pruitt' });
    expect(labelOf(a, 'talks had stalled')).toMatchObject({ label: 'claim', source: 'Ministers' });
  });

  it('reads a speech act named by its object past a time phrase, and not an event fixed to a day', () => {
    const a = run(
      'The hospital released a statement on Friday evening saying two patients had died.',
      'Mr Kerr is expected to say that taxes will fall when he makes his announcement on Monday.',
    );
    expect(labelOf(a, 'two patients')).toMatchObject({ label: 'claim', source: 'The hospital' });
    expect(labelOf(a, 'taxes will fall').label).toBe('none');
  });

  it('never takes a figure opening the sentence for the company in view', () => {
    const a = run('Acme Foods had a poor year.', 'Shares fell, the company reported.');
    expect(labelOf(a, 'Shares fell')).toMatchObject({ label: 'claim', source: 'Acme Foods' });
  });
});

describe('a bare weekday between the speaker and the verb, in wire style', () => {
  it('is no part of the speaker\'s name', () => {
    const a = run(
      'Harbour police Thursday said the suspect had fled.',
      'Mayor Dana Reyes Tuesday said the budget was balanced.',
    );
    expect(labelOf(a, 'suspect had fled')).toMatchObject({ label: 'claim', source: 'Harbour police' });
    expect(labelOf(a, 'budget')).toMatchObject({ label: 'claim', source: 'Dana Reyes' });
  });

  it('is stepped over after an appositive too ("Ian Holt, governor of the central bank, Tuesday said")', () => {
    const a = run('Ian Holt, governor of the central bank, Tuesday said inflation was temporary.');
    expect(labelOf(a, 'inflation')).toMatchObject({ label: 'claim', source: 'Ian Holt' });
  });
});
