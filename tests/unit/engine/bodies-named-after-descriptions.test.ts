import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a body named after its description, or with an institution word', () => {
  it('reads "a report from research firm Tallis Insights found" as the firm\'s report', () => {
    const a = run('Funding for start-ups fell 41% last year, a report from research firm Tallow Insights found.');
    expect(labelOf(a, 'fell 41%')).toMatchObject({ label: 'report', source: 'Tallow Insights' });
  });

  it('reads "a study by the Bengaluru Urban Mobility Forum" as the forum\'s, not a person\'s', () => {
    const a = run('According to a 2022 study by the Northgate Urban Mobility Forum, commuters spend 94 minutes a day in traffic.');
    expect(labelOf(a, '94 minutes')).toMatchObject({ label: 'report', source: 'the Northgate Urban Mobility Forum' });
  });

  it('reads "A Directorate of Medical Education survey in 2021 found that" as a report', () => {
    const a = run('A Directorate of Medical Training survey in 2021 found that nearly 40 per cent of patients travelled more than 50 km.');
    expect(labelOf(a, '50 km').label).toBe('report');
  });
});

describe('people described before and after their names', () => {
  it('leaves an occupation before a first name out of the name', () => {
    const a = run('Actor Tessa Lindholm says she nearly turned down the role.');
    expect(labelOf(a, 'turned down').source).toBe('Tessa Lindholm');
  });

  it('finds the name past an age and an appositive ending in a place, before "who said"', () => {
    const a = run('Among those at the rally was Dorothy Kemble, 68, a retired nurse from nearby Harlow, who said she pays $400 a month for her medicine.');
    expect(labelOf(a, '$400')).toMatchObject({ label: 'claim', source: 'Dorothy Kemble' });
  });

  it('reads a court\'s bench as a speaker', () => {
    const a = run('The bench, however, said the auction itself was void.');
    expect(labelOf(a, 'auction itself')).toMatchObject({ label: 'claim', source: 'The bench' });
  });
});
