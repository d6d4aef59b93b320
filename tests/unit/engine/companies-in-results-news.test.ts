import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('companies in results news, and bodies named with "and"', () => {
  const a = run(
    'Heartland Outfitters Inc. on Tuesday reported a 22% drop in fourth-quarter profit.',
    'The Omaha, Nebraska-based sporting goods chain said net income fell to $61.4 million.',
    'Analysts polled by LSEG had expected $1.07 per share.',
    'The company said it would close 35 underperforming stores by the end of July.',
  );

  it('a company reporting its own results claims them, past a long figure', () => {
    expect(labelOf(a, '22% drop')).toMatchObject({ label: 'claim', source: 'Heartland Outfitters Inc.' });
  });

  it('"the Nebraska-based chain" and "the company" are the company in the story, not the pollster', () => {
    expect(labelOf(a, 'net income').source).toBe('Heartland Outfitters Inc.');
    expect(labelOf(a, '35 underperforming')).toMatchObject({ label: 'pledge', source: 'Heartland Outfitters Inc.' });
  });

  it('"Avon and Somerset Police" and "the Nurses and Midwives Union of Ireland" are one body each', () => {
    const b = run('Avon and Somerset Police said the victim had been with friends.', 'The Nurses and Midwives Union of Ireland said its members had voted to strike.');
    expect(labelOf(b, 'with friends').source).toBe('Avon and Somerset Police');
    expect(labelOf(b, 'voted to strike').source).toBe('The Nurses and Midwives Union of Ireland');
  });

  it('two named bodies joined by "and" still take the first', () => {
    const b = run('Roscosmos and NASA said the launch would go ahead.');
    expect(labelOf(b, 'launch').source).toBe('Roscosmos');
  });
});
