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

describe('forecasts and acts that are no view of anyone\'s', () => {
  it('reads "Australia can expect inflation to rise" inside a governor\'s words as his claim, not a relay', () => {
    const a = run('Reserve Bank Governor Philip Lowe says Australia can expect inflation to rise.');
    expect(labelOf(a, 'inflation to rise')).toMatchObject({ label: 'claim', source: 'Philip Lowe', via: null });
  });

  it('reads "by formally announcing that ..." as the subject\'s speech', () => {
    const a = run('Air Canada has capitalized on its rival\'s strike by formally announcing Thursday that it is expanding capacity.');
    expect(labelOf(a, 'expanding capacity')).toMatchObject({ label: 'claim', source: 'Air Canada' });
  });
});

