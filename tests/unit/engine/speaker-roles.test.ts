import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('an office named without a name speaks', () => {
  it('reads "premier" before a verb as the office, not an adjective', () => {
    const a = run('Snow closed the roads on Monday.', 'The Ontario premier said that the province would ask Ottawa for help.');
    expect(labelOf(a, 'Ontario premier')).toMatchObject({ source: 'The Ontario premier' });
    expect(labelOf(a, 'Ontario premier').label).not.toBe('none');
  });

  it('takes a magistrate and a pundit as speakers, and "Magistrate" as a title before a name', () => {
    const a = run(
      'Magistrate Ruth Okello remanded the two men in custody on Tuesday.',
      'The magistrate noted that the charges were serious.',
      'Some pundits believe the case will go to the high court.',
    );
    expect(labelOf(a, 'The magistrate noted')).toMatchObject({ label: 'claim', source: 'Ruth Okello' });
    expect(labelOf(a, 'Some pundits')).toMatchObject({ label: 'claim', source: 'Some pundits' });
  });
});

describe('a surname the tagger reads as a verb', () => {
  it('is the speaker before "said"', () => {
    const a = run('Storms closed the ferry on Monday.', 'Cooper said help was coming.');
    expect(labelOf(a, 'help was coming')).toMatchObject({ label: 'claim', source: 'Cooper' });
  });
});

describe('a role named by a short form', () => {
  it('links "the CBN governor" to the Governor of the Central Bank of Nigeria, and "the Fed chairman" to the Federal Reserve Chairman', () => {
    const a = run(
      'The Governor of the Central Bank of Nigeria (CBN), Mr. Ade Okoro, said on Wednesday that rates would stay high.',
      'The CBN governor said inflation was falling.',
      'Federal Reserve Chairman Tom Ruiz told Congress that growth was steady.',
      'The Fed chairman said the recovery would endure.',
    );
    expect(labelOf(a, 'inflation was falling').source).toBe('Ade Okoro');
    expect(labelOf(a, 'recovery would endure').source).toBe('Tom Ruiz');
  });

  it('keeps a role whose capitalised modifier is no short form of the known one apart', () => {
    const a = run(
      'The Governor of the Central Bank of Nigeria, Mr. Ade Okoro, said rates would stay high.',
      'The Kano governor said the roads were closed.',
    );
    expect(labelOf(a, 'roads were closed').source).not.toBe('Ade Okoro');
  });
});
