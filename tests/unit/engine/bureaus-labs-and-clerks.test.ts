import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('bureaus, labs and clerks', () => {
  it('"the bureau" speaks and forecasts', () => {
    const a = run('The bureau said heavy falls were likely.', 'The bureau has forecast further heavy falls of up to 150 millimetres on Friday.');
    expect(labelOf(a, 'were likely').label).toBe('claim');
    expect(labelOf(a, '150 millimetres').label).toBe('claim');
  });

  it('a clerk described by her age tells officers', () => {
    const a = run('The clerk, a 19-year-old woman, told officers the man had been in the store earlier.');
    expect(labelOf(a, 'in the store')).toMatchObject({ label: 'claim', source: 'The clerk' });
  });

  it('"her lab would repeat the experiment" commits the speaker\'s lab', () => {
    const a = run('Dr Maya Reinholt said her lab would repeat the experiment next year.');
    expect(labelOf(a, 'repeat the experiment').label).toBe('pledge');
  });
});

describe('projections', () => {
  it('"projects that …" is a forecast stated; "projected onto a wall" is not speech', () => {
    const a = run('The Department of Finance projects that unemployment will rise to 5.8%.', 'The film was projected onto a wall.', 'She projected confidence throughout the debate.');
    expect(labelOf(a, 'unemployment')).toMatchObject({ label: 'claim', source: 'The Department of Finance' });
    expect(labelOf(a, 'onto a wall').label).toBe('none');
    expect(labelOf(a, 'confidence').label).toBe('none');
  });
});
