import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('who can be a source', () => {
  it('gives no source to things that "describe", "suggest" or "hold"', () => {
    const a = run(
      'The model uses six equations that describe how heat moves through the ocean.',
      'The Grand Hotel, as its name suggests, is not small.',
      'One theory holds that the wreck drifted north.',
    );
    expect(labelOf(a, 'heat moves').label).toBe('none');
    expect(labelOf(a, 'not small').label).toBe('none');
    expect(labelOf(a, 'drifted north').label).toBe('none');
  });

  it('keeps people, bodies, documents and online handles as sources', () => {
    const a = run(
      'The prosecution argued that the contract had been forged.',
      'A number of economists have warned that the cuts will deepen the slump.',
      'The project has committed to providing security fixes for two years.',
      '“The price has doubled since May,” user kit4life wrote on the forum.',
      'The victim said she had been followed for weeks.',
    );
    expect(labelOf(a, 'forged')).toMatchObject({ label: 'claim', source: 'The prosecution' });
    expect(labelOf(a, 'deepen the slump').label).toBe('claim');
    expect(labelOf(a, 'security fixes').label).toBe('pledge');
    expect(labelOf(a, 'price has doubled').label).toBe('claim');
    expect(labelOf(a, 'followed for weeks')).toMatchObject({ label: 'claim', source: 'The victim' });
  });
});
