import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('an outlet that quotes the speaker in an aside', () => {
  it('reads ", quoted by the newspaper X, said" as the outlet\'s report of the speaker', () => {
    const a = run(
      'A spokesman for the African Union, quoted by the Maputo newspaper Diario do Sol, said the bloc would send engineers.',
      'The mayor, quoted by local radio, said the roads would reopen.',
    );
    expect(labelOf(a, 'send engineers')).toMatchObject({ label: 'report', source: 'Diario do Sol', via: 'the African Union' });
    expect(labelOf(a, 'roads would reopen')).toMatchObject({ label: 'report', source: 'local radio', via: 'The mayor' });
  });

  it('leaves "speaking to the BBC" as the speaker\'s own claim', () => {
    const a = run('The minister, speaking to the BBC, said the plan was sound.');
    expect(labelOf(a, 'plan was sound')).toMatchObject({ label: 'claim', source: 'The minister' });
  });
});

describe('respondents polled by a named pollster', () => {
  it('reads "economists polled by Reuters" as Reuters\' report when no poll was cited before', () => {
    const a = run('The central bank held rates at 4%.', 'Most economists polled by Reuters had expected the decision to hold rates.');
    expect(labelOf(a, 'expected the decision')).toMatchObject({ label: 'report', source: 'Reuters' });
  });

  it('keeps the poll already cited: the pollster named later is the one who ran it', () => {
    const a = run(
      'A new poll conducted for the Daily Record found support for the plan.',
      'And 87% of the 1,000 adults quizzed by Ipsum said politicians did not deliver.',
    );
    expect(labelOf(a, 'did not deliver')).toMatchObject({ label: 'report', source: 'A new poll conducted for the Daily Record' });
  });
});

describe('a police force\'s own appeal', () => {
  it('reads "Police said officers were appealing for witnesses" as the police\'s claim', () => {
    const a = run(
      'Police said officers were appealing for witnesses.',
      'Det Insp Ruth Kane, of West Yorkshire Police, said detectives were still appealing for information.',
      'His family said police were appealing for witnesses.',
    );
    expect(labelOf(a, 'Police said officers')).toMatchObject({ label: 'claim', source: 'Police' });
    expect(labelOf(a, 'detectives were still')).toMatchObject({ label: 'claim', source: 'Ruth Kane' });
    expect(labelOf(a, 'His family')).toMatchObject({ label: 'report', source: 'His family' });
  });
});

describe('a document seen by an outlet, with a finding verb', () => {
  it('reads "The documents, seen by the Guardian, show …" as the outlet\'s report', () => {
    const a = run('The documents, seen by the Guardian, show the firm knew of the risk.');
    expect(labelOf(a, 'knew of the risk')).toMatchObject({ label: 'report', source: 'the Guardian' });
  });
});
