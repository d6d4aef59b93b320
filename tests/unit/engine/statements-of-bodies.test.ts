import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a body\'s own statement speaks for the body', () => {
  it('gives the body named after "a statement from" or before "statement" as the source', () => {
    const a = run(
      'A statement from the Ministry of Fisheries said two boats had been seized.',
      'The Harbour Board statement said the quay was unsafe.',
      'A statement from Mr Leo Tran said he was innocent.',
    );
    expect(labelOf(a, 'boats had been seized')).toMatchObject({ label: 'claim', source: 'the Ministry of Fisheries' });
    expect(labelOf(a, 'quay was unsafe')).toMatchObject({ label: 'claim', source: 'Harbour Board' });
    expect(labelOf(a, 'he was innocent')).toMatchObject({ label: 'claim', source: 'Leo Tran' });
  });

  it('counts the body\'s statement with the body\'s other words', () => {
    const a = run(
      'The Harbour Board said the quay would close.',
      'A later Harbour Board statement said repairs would take a year.',
    );
    expect(a.sources.filter((s) => /Harbour Board/.test(s.name))).toHaveLength(1);
  });
});
