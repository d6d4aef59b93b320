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
