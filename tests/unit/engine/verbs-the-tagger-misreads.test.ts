import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('speech verbs the tagger reads as adjectives or nouns', () => {
  it('reads "further informed that" as speech', () => {
    const a = run('General Ravi Menon further informed that 20 militants had been arrested.');
    expect(labelOf(a, 'militants')).toMatchObject({ label: 'claim', source: 'Ravi Menon' });
  });

  it('reads "forecast in 2015 that" as speech, past the year', () => {
    const a = run('The Treasury forecast in 2015 that the line would cost $12bn.');
    expect(labelOf(a, 'would cost')).toMatchObject({ label: 'claim', source: 'The Treasury' });
  });

  it('leaves "the well informed public" alone', () => {
    expect(labelOf(run('The well informed public knew the risks.'), 'public').label).toBe('none');
  });
});
