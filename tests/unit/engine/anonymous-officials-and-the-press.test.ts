import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('anonymous officials of a named body, and people talking to the press', () => {
  it('"an official of the X Association who did not wish to be named said" speaks', () => {
    const a = run('A senior official of the Ogun Football Association who did not wish to be named said the club had tried to keep him.');
    expect(labelOf(a, 'tried to keep')).toMatchObject({ label: 'claim', source: 'A senior official of the Ogun Football Association' });
  });

  it('"Speaking to ANI, an official …" does not make the agency the official', () => {
    const a = run(
      'Speaking to ANI, a senior official of the Ogun Football Association who did not wish to be named said the club had tried to keep him.',
      '"He still has a lot of football left in him," the official said.',
    );
    expect(labelOf(a, 'tried to keep').source).toBe('a senior official of the Ogun Football Association');
    expect(labelOf(a, 'football left').source).toBe('a senior official of the Ogun Football Association');
  });

  it('people who spoke to reporters or a paper speak for themselves', () => {
    const a = run('Residents who spoke to the Lagos Herald said the water had been cut off for a week.', 'Parents who spoke to reporters said the school had not warned them.');
    expect(labelOf(a, 'cut off')).toMatchObject({ label: 'claim', source: 'Residents' });
    expect(labelOf(a, 'not warned')).toMatchObject({ label: 'claim', source: 'Parents' });
  });

  it('a source who spoke to others still passes their words on', () => {
    const a = run('The source, who had spoken to people inside the prison, said the guards had fled.');
    expect(labelOf(a, 'guards had fled').label).toBe('report');
  });
});
