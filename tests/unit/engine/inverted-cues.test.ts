import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('an inverted "said" with no comma before it', () => {
  it('gives the sentence to the full name after it, then "he" to that person', () => {
    const a = run(
      'Banks are moving their cash machines to new software said Dana Whitfield, an analyst at Ledger Research.',
      'She said many machines would need new card readers.',
      'Regulation remains a live issue said MP Tom Harker.',
    );
    expect(labelOf(a, 'new software')).toMatchObject({ label: 'claim', source: 'Dana Whitfield' });
    expect(labelOf(a, 'new card readers')).toMatchObject({ label: 'claim', source: 'Dana Whitfield' });
    expect(labelOf(a, 'live issue')).toMatchObject({ label: 'claim', source: 'Tom Harker' });
  });

  it('leaves a name that opens the reported clause to its content', () => {
    const a = run('The minister said John Smith was wrong about the figures.');
    expect(labelOf(a, 'John Smith was wrong')).toMatchObject({ label: 'claim', source: 'The minister' });
  });
});

describe('an inverted verb of belief', () => {
  it('gives the sentence to the named believer after it', () => {
    const a = run(
      'If buyers will not pay more, the studios will listen, thinks Mr Okafor.',
      'What this is really about, believes Ms Lindqvist, is a chance to embarrass the government.',
    );
    expect(labelOf(a, 'studios will listen')).toMatchObject({ label: 'claim', source: 'Mr Okafor' });
    expect(labelOf(a, 'really about')).toMatchObject({ label: 'claim', source: 'Ms Lindqvist' });
  });

  it('does not make a first-person aside a source', () => {
    const a = run('Prices will rise, I think.');
    expect(labelOf(a, 'Prices will rise').label).toBe('none');
  });
});

describe('what an inquiry found or a body indicated', () => {
  it('is the claim of a commission, committee or watchdog, and of a body closing with "has indicated"', () => {
    const a = run(
      'The joint committee on prison reform found that those at risk were mainly the most vulnerable.',
      'The energy watchdog found 18 suppliers had overcharged customers.',
      'The prime minister is pressing allies to cut emissions, Downing Street has indicated.',
      'Blog analysis firm Weblog Index estimates the number of blogs has passed five million.',
    );
    expect(labelOf(a, 'most vulnerable')).toMatchObject({ label: 'claim', source: 'The joint committee on prison reform' });
    expect(labelOf(a, 'overcharged').label).toBe('claim');
    expect(labelOf(a, 'cut emissions')).toMatchObject({ label: 'claim', source: 'Downing Street' });
    expect(labelOf(a, 'five million')).toMatchObject({ label: 'claim', source: 'Weblog Index' });
  });
});

describe('an inverted speaker with a clause after it', () => {
  it('keeps an inverted speaker whose reason follows in a new clause (", say the Greens, because ...")', () => {
    const a = run(
      'The tax would not be means tested, say the Greens, because that would create more paperwork.',
      'The scheme is flawed, says Tom Hale, and should be scrapped.',
    );
    expect(labelOf(a, 'means tested')).toMatchObject({ label: 'claim', source: 'the Greens' });
    expect(labelOf(a, 'should be scrapped')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
  });
});
