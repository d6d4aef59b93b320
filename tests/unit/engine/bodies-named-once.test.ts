import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a bare description of the one body the article names', () => {
  it('reads "the council" as the council named in narrative before', () => {
    const a = run(
      'The decision was taken at a meeting of Eastmoor Borough Council on Tuesday.',
      'Around 40 posts will go, although the council said most staff would be offered other jobs.',
    );
    expect(labelOf(a, 'other jobs').source).toBe('Eastmoor Borough Council');
  });

  it('does not guess when the article names two bodies of that kind', () => {
    const a = run(
      'The scheme covers homes in areas run by Eastmoor Borough Council and by Westfold District Council.',
      'The council said the cuts were unavoidable.',
    );
    expect(labelOf(a, 'unavoidable').source).toBe('The council');
  });

  it('reads "the NHS trust" as the one trust whose name has those words, even named later', () => {
    const a = run(
      'Plans to downgrade the ward have been put on hold, the NHS trust that runs it has said.',
      'The chief executive of Ravenmoor Hospitals NHS Foundation Trust, Dr Ilse Marr, said staff had been consulted.',
    );
    expect(labelOf(a, 'put on hold')).toMatchObject({ label: 'claim', source: 'Ravenmoor Hospitals NHS Foundation Trust' });
  });

  it('reads "the Bank" as the Bank of England named before', () => {
    const a = run(
      'The Bank of England said it would hold rates at 4%.',
      'In its report, the Bank forecast that inflation would fall to 2.4%.',
    );
    expect(labelOf(a, 'fall to 2.4%').source).toBe('The Bank of England');
  });
});

describe('a body described by a relative clause, closing the sentence', () => {
  it('reads "…, the company that owns the site said" as the company speaking', () => {
    const a = run(
      'The plant will close in March, the company that owns the site said.',
      'The ward will reopen next week, the charity which runs it said on Monday.',
    );
    expect(labelOf(a, 'plant will close')).toMatchObject({ label: 'claim', source: 'the company' });
    expect(labelOf(a, 'ward will reopen')).toMatchObject({ label: 'claim', source: 'the charity' });
  });

  it('leaves a relative clause inside the narrative alone', () => {
    const a = run('He spoke to reporters at the hotel that hosted the talks and left.');
    expect(labelOf(a, 'hosted the talks').label).toBe('none');
  });
});
