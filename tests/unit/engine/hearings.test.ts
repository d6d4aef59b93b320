import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('what a court or committee heard', () => {
  it('is a claim, with the hearing body as its source', () => {
    const a = run(
      'Brackley Crown Court heard that the officer had hidden the cash in his locker.',
      'The waiting lists were growing again, the health committee heard on Tuesday.',
    );
    expect(labelOf(a, 'hidden the cash')).toMatchObject({ label: 'claim', source: 'Brackley Crown Court' });
    expect(labelOf(a, 'waiting lists')).toMatchObject({ label: 'claim', source: 'the health committee' });
  });

  it('is no cue for anyone else who hears, nor for what a jury hears in general', () => {
    const a = run('He heard the news on the radio.', 'In such trials a jury hears the evidence and decides.');
    expect(labelOf(a, 'heard the news').label).toBe('none');
    expect(labelOf(a, 'a jury hears').label).toBe('none');
  });
});

describe('what a court was told', () => {
  it('is the court\'s claim like what it heard; anyone else told is no source', () => {
    const a = run('Three firms were paying the gang to stop attacks on workers, the court was told.', 'He was told to leave the building.');
    expect(labelOf(a, 'paying the gang')).toMatchObject({ label: 'claim', source: 'the court' });
    expect(labelOf(a, 'told to leave').label).toBe('none');
  });
});

describe('arguments submitted in court', () => {
  it('are the speaker\'s claim; submitting a document is not', () => {
    const a = run('The law does not follow from the recitals, the attorney general submitted.', 'Counsel submitted that the order was unlawful.', 'The firm submitted a proposal for the unit.');
    expect(labelOf(a, 'does not follow').label).toBe('claim');
    expect(labelOf(a, 'order was unlawful')).toMatchObject({ label: 'claim', source: 'Counsel' });
    expect(labelOf(a, 'submitted a proposal').label).toBe('none');
  });
});

describe('countering others\' words', () => {
  it('is a claim ("countered the arguments that ..."); countering an attack is not', () => {
    const a = run('The attorney general countered the arguments that the court should not hear the case.', 'The home side countered the attack.');
    expect(labelOf(a, 'should not hear').label).toBe('claim');
    expect(labelOf(a, 'countered the attack').label).toBe('none');
  });
});
