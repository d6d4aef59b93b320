import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('whose spokesman: a role with an owner matches only that owner\'s holder', () => {
  it('keeps the prime minister\'s spokesman apart from another minister\'s', () => {
    const a = run(
      'Ms Petra Lund\'s spokesman said she was "deeply disappointed".',
      'The prime minister\'s official spokesman said there were "no plans" to change the policy.',
      'The mayor\'s spokesman said the office would not comment.',
    );
    expect(labelOf(a, 'no plans').source).toBe('The prime minister\'s official spokesman');
    expect(labelOf(a, 'not comment').source).toBe('The mayor\'s spokesman');
    expect(labelOf(a, 'deeply disappointed').source).toBe('Ms Petra Lund\'s spokesman');
  });

  it('still lets a bare "the spokesman" continue the spokesman in view', () => {
    const a = run(
      'The prime minister\'s official spokesman said there were "no plans" to change the policy.',
      'The spokesman added that no decision had been taken.',
    );
    expect(labelOf(a, 'no decision').source).toBe('The prime minister\'s official spokesman');
  });
});

describe('a business noun never stands for a country or its capital', () => {
  it('reads "the bank" after "Beijing" as a bank of its own', () => {
    const a = run(
      'Beijing has vowed to retaliate if the tariffs go ahead.',
      'The bank warned that prices would keep rising.',
      'The company said its exports had fallen.',
    );
    expect(labelOf(a, 'keep rising')).toMatchObject({ label: 'claim', source: 'The bank' });
    expect(labelOf(a, 'exports had fallen').source).toBe('The company');
  });

  it('still reads "the bank" as the bank named just before', () => {
    const a = run(
      'Northfield Bank said it would close 40 branches.',
      'The bank said no jobs would go.',
    );
    expect(labelOf(a, 'no jobs').source).toBe('Northfield Bank');
  });
});

describe('commitments introduced by "can", and intentions told in the past', () => {
  it('reads "I can promise / assure / guarantee" with a future as a pledge', () => {
    const a = run(
      '"I can promise our customers that prices will not go up this year," Mr Ellis said.',
      '"We can guarantee that every patient will be seen within a week," the director said.',
    );
    expect(labelOf(a, 'prices will not go up')).toMatchObject({ label: 'pledge', source: 'Mr Ellis' });
    expect(labelOf(a, 'every patient')).toMatchObject({ label: 'pledge', source: 'the director' });
  });

  it('leaves "I can assure you" about the present a claim', () => {
    const a = run('"I can assure you there are no problems with the water," Mr Ellis said.');
    expect(labelOf(a, 'no problems')).toMatchObject({ label: 'claim', source: 'Mr Ellis' });
  });

  it('reads "said it aimed to" as the same pledge as "aims to"', () => {
    const a = run(
      'The water authority said it aimed to complete the repairs by June.',
      'The council said the firm had aimed to finish last year.',
    );
    expect(labelOf(a, 'complete the repairs')).toMatchObject({ label: 'pledge', source: 'The water authority' });
    expect(labelOf(a, 'finish last year').label).toBe('claim');
  });
});
