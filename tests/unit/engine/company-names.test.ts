import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('company names', () => {
  it('a name ending in a commodity or an industry is a company ("Andina Copper"), and "the company" finds it', () => {
    const a = run('Andina Copper, which operates the mine, said production had been reduced.', 'The company said it would not improve on its final offer.');
    expect(a.sources.find((x) => x.name === 'Andina Copper')?.kind).toBe('organisation');
    expect(labelOf(a, 'final offer')).toMatchObject({ label: 'pledge', source: 'Andina Copper' });
  });

  it('the first words of a company\'s name stand for it ("Atlantic Gateway" for "Atlantic Gateway Terminals")', () => {
    const a = run(
      'Workers at Atlantic Gateway Terminals have ratified a new contract.',
      'Atlantic Gateway said in a statement that it would clear the backlog within two weeks.',
      'The company also promised not to seek damages from the union.',
    );
    expect(labelOf(a, 'clear the backlog')).toMatchObject({ label: 'pledge', source: 'Atlantic Gateway Terminals' });
    expect(labelOf(a, 'seek damages').source).toBe('Atlantic Gateway Terminals');
  });

  it('a person\'s name is not cut from a company that bears it', () => {
    const a = run('Walker Logistics opened a depot.', 'John Walker said the depot would hire 40 people.');
    expect(labelOf(a, 'hire 40').source).toBe('John Walker');
  });
});
