import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('wire reports that cite, and bodies by their kind', () => {
  it('"reported last month, citing documents, that …" is the outlet\'s report', () => {
    const a = run('The trade publication SpaceNews reported last month, citing internal documents, that engineers had raised concerns about the landing legs.');
    expect(labelOf(a, 'landing legs')).toMatchObject({ label: 'report', source: 'SpaceNews' });
  });

  it('a closing ", citing a person familiar …" is the report\'s source, and never a speaker of its own', () => {
    const a = run('Bloomberg News reported on Tuesday that the attackers had entered through a contractor account, citing a person familiar with the investigation.');
    expect(labelOf(a, 'attackers')).toMatchObject({ label: 'report', source: 'Bloomberg News', via: 'a person familiar with the investigation' });
  });

  it('citing a reason is no relay', () => {
    const a = run('In an interview, Senator Tom Avery insisted that the jury was still out on the tax cuts, citing the strong economic growth.');
    expect(labelOf(a, 'jury was still out')).toMatchObject({ label: 'claim', source: 'Tom Avery' });
  });

  it('"was quoted by the X newspaper earlier this month as saying" is the paper\'s report', () => {
    const a = run('Board member Tobias Reinholt was quoted by the Handelsblatt newspaper earlier this month as saying the bank was in a good place.');
    expect(labelOf(a, 'good place')).toMatchObject({ label: 'report', source: 'the Handelsblatt newspaper' });
  });

  it('a paper named after its description reports', () => {
    const a = run('Chilean newspaper El Mercurio reported that the government had offered to mediate.');
    expect(labelOf(a, 'offered to mediate')).toMatchObject({ label: 'report', source: 'El Mercurio' });
  });

  it('a plural capitalised only as the first word is no one in view for "they"', () => {
    const a = run('People familiar with the matter said the deal was close.', 'Terms could still change and the talks could fall apart, they said.');
    expect(labelOf(a, 'fall apart').source).toBe('People familiar with the matter');
  });

  it('"the bank" is no public agency; "the federal agency" is the one in view', () => {
    const a = run(
      'Orrin Foods is recalling several lots of infant formula, Health Canada says.',
      'In a recall notice, the federal agency said no illnesses had been reported.',
      'The Financial Conduct Authority fined Harrowgate Bank.',
      'The bank said it had since spent more than 120 million pounds on its systems.',
    );
    expect(labelOf(a, 'no illnesses').source).toBe('Health Canada');
    expect(labelOf(a, '120 million').source).not.toBe('The Financial Conduct Authority');
  });
});
