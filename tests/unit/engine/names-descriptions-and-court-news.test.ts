import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a name after the description of a body or outlet', () => {
  it('reads "The literary magazine Tern Quarterly reported on Monday that …" as the magazine\'s report', () => {
    const a = run('The literary magazine Fern Quarterly reported on Monday that nine passages matched the memoir.');
    expect(labelOf(a, 'nine passages')).toMatchObject({ label: 'report', source: 'Fern Quarterly' });
  });

  it('leaves a description opening the sentence, or a place before it, out of the name', () => {
    const a = run(
      'Delivery company RapidCart said it was "devastated".',
      'A spokesman, quoted by the Maputo newspaper Diario do Norte, said the bridge would reopen.',
    );
    expect(labelOf(a, 'devastated').source).toBe('RapidCart');
    expect(labelOf(a, 'bridge would reopen')).toMatchObject({ label: 'report', source: 'Diario do Norte' });
  });

  it('reads a department whose remit is a list as one body', () => {
    const a = run('The Department for Culture, Media and Sport said decisions were a matter for trustees.');
    expect(labelOf(a, 'matter for trustees').source).toBe('The Department for Culture, Media and Sport');
  });

  it('reads "Her party, the Civic Union, claims to have …" as the party\'s claim', () => {
    const a = run('Her party, the Civic League, claims to have gathered evidence of irregularities.');
    expect(labelOf(a, 'gathered evidence')).toMatchObject({ label: 'claim', source: 'the Civic League' });
  });
});

describe('court reporting', () => {
  it('finds the defendant past an age and a place within a place', () => {
    const a = run('Graham Pellow, 54, from Hexley in Norfolk, denies 11 counts of fraud.');
    expect(labelOf(a, '11 counts').source).toBe('Graham Pellow');
  });

  it('reads "…, a court has heard." as the court\'s, like "the court heard"', () => {
    const a = run('A former finance director stole £1.2m from the health board, a court has heard.');
    expect(labelOf(a, 'stole')).toMatchObject({ label: 'claim', source: 'a court' });
  });

  it('leaves a dismissal from a job and goals conceded as narrative', () => {
    const a = run(
      'Mr Pellow was suspended in March 2022 and dismissed five months later.',
      'Rovers have conceded 21 goals in their last seven matches.',
      'The minister was asked about the report and dismissed the claims as nonsense.',
    );
    expect(labelOf(a, 'five months later').label).toBe('none');
    expect(labelOf(a, '21 goals').label).toBe('none');
    expect(labelOf(a, 'as nonsense').label).toBe('claim');
  });
});
