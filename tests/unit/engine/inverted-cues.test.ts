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
