import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('outlets named by what they are, and whom they cite', () => {
  it('reads a name after an outlet noun as an outlet ("state news agency MENA", "the newspaper Dawn")', () => {
    const a = run(
      'Egypt will raise bread prices in May, state news agency MENA reported.',
      'The newspaper Dawn reported that the talks had failed.',
    );
    expect(labelOf(a, 'bread prices')).toMatchObject({ label: 'report', source: 'MENA' });
    expect(labelOf(a, 'talks had failed').label).toBe('report');
  });
});
