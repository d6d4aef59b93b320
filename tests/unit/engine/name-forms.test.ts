import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('the forms a source\'s name takes', () => {
  it('names the person, not the employer, in "Sgt. Ana Ruiz with the Millbrook Police Department said"', () => {
    const a = run(
      '"The driver did not stop," Sgt. Ana Ruiz with the Millbrook Police Department said.',
      '"We are still looking for him."',
      'A spokesman with the county agency said the bridge would stay shut.',
    );
    expect(labelOf(a, 'did not stop')).toMatchObject({ label: 'claim', source: 'Ana Ruiz' });
    expect(labelOf(a, 'still looking')).toMatchObject({ label: 'claim', source: 'Ana Ruiz' });
    expect(labelOf(a, 'bridge would stay shut').source).toBe('A spokesman with the county agency');
  });

  it('keeps "with" a group\'s qualifier, a meeting and a means no affiliation', () => {
    const a = run(
      'Police clashed with protesters, officials said.',
      'Mr Odell met with Ms Hart and said the talks went well.',
      'The watchdog dealt a blow to Mr Odell with a scathing report warning that the jails were full.',
    );
    expect(labelOf(a, 'clashed').source).toBe('officials');
    expect(labelOf(a, 'talks went well').source).toBe('Mr Odell');
    expect(labelOf(a, 'jails were full')).toMatchObject({ label: 'report', source: 'a scathing report' });
  });

  it('leaves a picture credit out of the name in a caption ("Lena Vask Image Credit: Reuters")', () => {
    const a = run(
      'Finnish Foreign Minister Lena Vask Image Credit: Reuters',
      'Vask said the talks would resume in May.',
      'Piet Maas Photo: AFP',
      'Maas said he was hopeful.',
    );
    expect(labelOf(a, 'talks would resume').source).toBe('Lena Vask');
    expect(labelOf(a, 'was hopeful').source).toBe('Piet Maas');
  });

  it('reads "Van Dorn" opening a sentence as the surname of "Elsa van Dorn", one source', () => {
    const a = run(
      'Van Dorn promises cheaper homes within ten years',
      'Mayor Elsa van Dorn spoke at the housing gala on Tuesday night.',
      'Van Dorn added that the city had a plan for market-rate housing.',
      '"We will build them," van Dorn told the crowd.',
    );
    expect(labelOf(a, 'market-rate housing').source).toBe('Elsa van Dorn');
    expect(labelOf(a, 'cheaper homes').source).toBe('Elsa van Dorn');
    expect(new Set(a.sentences.filter((s) => s.label !== 'none').map((s) => s.sourceId)).size).toBe(1);
  });

  it('keeps a first name that looks like a particle ("Al Mercer") a first name', () => {
    const a = run('Al Mercer said the vote was close.', 'Mercer said it again on Friday.');
    expect(labelOf(a, 'said it again').source).toBe('Al Mercer');
  });

  it('gives a paragraph\'s full stop back from a weekday\'s short form ("according to The Sun.")', () => {
    const a = run('A second quake struck closer to shore, according to The Sun.', 'The Sun said later that the coast road was shut.');
    expect(labelOf(a, 'second quake')).toMatchObject({ label: 'report', source: 'The Sun' });
    expect(a.sources.filter((e) => e.name.startsWith('The Sun')).map((e) => e.name)).toEqual(['The Sun']);
  });

  it('keeps what an anonymous source knows in its name after "according to"', () => {
    const a = run(
      'The announcement is due on Tuesday, according to a person familiar with the plans.',
      'The person said the investment had been in the works for months.',
      'The bus leaves at noon, according to plans.',
    );
    expect(labelOf(a, 'due on Tuesday')).toMatchObject({ label: 'report', source: 'a person familiar with the plans' });
    expect(labelOf(a, 'in the works').source).toBe('a person familiar with the plans');
    expect(labelOf(a, 'leaves at noon').label).toBe('none');
  });

  it('reads a first name, a middle initial and an outlet\'s name as a person ("Mayor Michael R. Forbes")', () => {
    const a = run('Mayor Michael R. Forbes said a walkout would cost the city $10 million a day.', '“The days of easy raises are over,” Forbes said.');
    expect(labelOf(a, 'walkout')).toMatchObject({ label: 'claim', source: 'Michael R. Forbes' });
    expect(labelOf(a, 'easy raises')).toMatchObject({ label: 'claim', source: 'Michael R. Forbes' });
  });

  it('reads "The Sun" and "the Baltimore Sun" as newspapers whose "reported" is a report', () => {
    const a = run('A second quake followed, The Sun reported on Friday.', 'The Baltimore Sun reported that the mayor had resigned.');
    expect(labelOf(a, 'second quake')).toMatchObject({ label: 'report', source: 'The Sun' });
    expect(labelOf(a, 'mayor had resigned')).toMatchObject({ label: 'report', source: 'The Baltimore Sun' });
  });

  it('keeps an initial "A" in a name after a capitalised office ("Defence Minister A K Antony")', () => {
    const a = run('Defence Minister A K Bose said the submarine was late.', '"The first boat is now due in 2015," Bose said.');
    expect(labelOf(a, 'submarine was late').source).toBe('A K Bose');
    expect(labelOf(a, 'first boat').source).toBe('A K Bose');
  });

  it('names the person before a bare office and its division ("Jane Roe, executive vice-president, English Services, said")', () => {
    const a = run('Jane Roe, executive vice-president, English Services, said the cuts were deep.', '"We will make fewer shows," she said.');
    expect(labelOf(a, 'cuts were deep').source).toBe('Jane Roe');
    expect(labelOf(a, 'fewer shows')).toMatchObject({ label: 'pledge', source: 'Jane Roe' });
  });
});
