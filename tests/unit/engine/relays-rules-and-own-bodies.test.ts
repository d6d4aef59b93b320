import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('relays past a place, a possessive and a reporting verb', () => {
  it('reads "told Reuters that colleagues in Argentina had reported similar losses" as a report', () => {
    const a = run('Lead researcher Dr Ignacio Ferrer told Reuters that colleagues in Argentina had reported similar losses.');
    expect(labelOf(a, 'similar losses')).toMatchObject({ label: 'report', source: 'Ignacio Ferrer' });
  });

  it('reads "his client had assured him" as passing on the client\'s words', () => {
    const a = run('Her lawyer, Samuel Otte, told the AFP news agency that his client had assured him she had never taken a banned substance.');
    expect(labelOf(a, 'banned substance')).toMatchObject({ label: 'report', source: 'Samuel Otte' });
  });

  it('leaves "companies reported for the first time" (nothing reported) as the speaker\'s claim', () => {
    const a = run('Peter Knoll, director of Contexto, says 24 companies reported for the first time this year.');
    expect(labelOf(a, 'first time')).toMatchObject({ label: 'claim', source: 'Peter Knoll' });
  });
});

describe('"according to" a body\'s rules', () => {
  it('reads "according to the rules of the World Anti-Doping Agency" as no source', () => {
    const a = run('The sample was collected and stored according to the rules of the World Anti-Doping Agency.');
    expect(labelOf(a, 'stored').label).toBe('none');
  });
});

describe('a speaker\'s own body described by a relative clause', () => {
  it('reads "the foundation that runs the award would review" as a pledge', () => {
    const a = run('Neil Carrow, the chairman, said the foundation that runs the award would review the matter carefully.');
    expect(labelOf(a, 'review the matter')).toMatchObject({ label: 'pledge', source: 'Neil Carrow' });
  });
});
