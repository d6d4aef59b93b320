import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('joint speakers named just before ("both banks", "the two companies")', () => {
  it('gives "Both banks" to the first of the two banks just named, as the guide gives joint speakers', () => {
    const a = run(
      'Bank of Carlow has increased its mortgage rates.',
      'Bank of Leitrim has raised its fixed rates by half a point.',
      'Both banks blamed rising funding costs.',
    );
    expect(labelOf(a, 'rising funding costs')).toMatchObject({ label: 'claim', source: 'Bank of Carlow' });
  });

  it('gives "the two companies" to the first named company, however often it is read', () => {
    const a = run(
      'Acme said it would cut 200 jobs.',
      'Globex said it would cut 300 jobs.',
      'The two companies blamed rising costs.',
      'Both sides said the talks went well.',
    );
    expect(labelOf(a, 'rising costs').source).toBe('Acme');
    expect(labelOf(a, 'talks went well').source).toBe('Both sides');
  });
});
