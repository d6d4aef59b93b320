import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

// Rules found on held-out articles (sets 1-5); every sentence here is written for the test.
describe('rules that transfer to unseen articles', () => {
  it('takes the body in "Shares in X" as the one in view, never the figure itself', () => {
    const a = run(
      'Shares in Bramble Foods Holdings have slumped after the firm revealed it would have to restate its accounts.',
      'The company warned the errors would cut its profits.',
      'Anger at ferry fare rises spilled over into protests last spring.',
    );
    expect(labelOf(a, 'slumped')).toMatchObject({ label: 'claim', source: 'Bramble Foods Holdings' });
    expect(labelOf(a, 'cut its profits')).toMatchObject({ label: 'claim', source: 'Bramble Foods Holdings' });
    expect(a.sources.map((e) => e.name)).not.toContain('Shares in Bramble Foods Holdings');
    expect(labelOf(a, 'Anger at').label).toBe('none');
  });

  it('reads "The new book claims X ..." (a verb tagged as a noun after a document) as the document\'s report', () => {
    const a = run('The new study claims Mr Hale hosted a dinner in May where the chief told Ms Roe he would resign.');
    expect(labelOf(a, 'hosted a dinner')).toMatchObject({ label: 'report', source: 'The new study' });
  });

  it('reads passing on what others advised, found or told the speaker as a report', () => {
    const a = run(
      'Tarn Mills said it had been advised that several of its distributors were in breach of their contracts.',
      'The mayor\'s office said auditors had found "irregularities in the payroll".',
      'Mr Odell said the "customs officer" told him the parcel had been opened.',
      'The minister said the plans would help fight fraud.',
      'Ms Vale said 30 listed firms reported for the first time this year.',
    );
    // ("reported" also means publishing results: no relay.)
    expect(labelOf(a, 'first time this year').label).toBe('claim');
    expect(labelOf(a, 'distributors')).toMatchObject({ label: 'report', source: 'Tarn Mills' });
    expect(labelOf(a, 'payroll').label).toBe('report');
    expect(labelOf(a, 'parcel').label).toBe('report');
    expect(labelOf(a, 'fight fraud').label).toBe('claim');
  });

  it('reads "will not be deterred / distracted" and "I don\'t intend to" as pledges', () => {
    const a = run(
      'The chancellor would not comment, but insisted he would not be "diverted or distracted" from the budget.',
      'The union said it will not be bullied into accepting the offer.',
      'Nadia Perl said: "I haven\'t discussed it and I don\'t intend to."',
      'Analyst Tom Reed said the market would not be moved by the figures.',
    );
    expect(labelOf(a, 'diverted').label).toBe('pledge');
    expect(labelOf(a, 'bullied').label).toBe('pledge');
    expect(labelOf(a, 'intend to')).toMatchObject({ label: 'pledge', source: 'Nadia Perl' });
    expect(labelOf(a, 'moved by the figures').label).toBe('claim');
  });

  it('reads a future of the body the speaker\'s own description names as a pledge, not of a person', () => {
    const a = run(
      'FSA chairman Colin Marsh said the rules were fair.',
      'Mr Marsh said the FSA would review the listing rules for small firms.',
      'Mr Marsh said Parliament would act within a year.',
      'Greens will scrap the road scheme if they win, the party\'s campaign chief Ada Finch has said.',
      'Ms Finch stressed that Mr Doyle would play the same role as before.',
    );
    expect(labelOf(a, 'listing rules')).toMatchObject({ label: 'pledge', source: 'Colin Marsh' });
    expect(labelOf(a, 'within a year').label).toBe('claim');
    expect(labelOf(a, 'scrap the road')).toMatchObject({ label: 'pledge', source: 'Ada Finch' });
    expect(labelOf(a, 'same role').label).toBe('claim');
  });

  it('does not read a lawyer\'s or an analyst\'s passive future as an announced decision', () => {
    const a = run(
      'Jo Platt, the lawyer representing the two men, said the families would be reunited at the airport.',
      'Home Secretary Ann Dale said the list would not be extended.',
    );
    expect(labelOf(a, 'reunited').label).toBe('claim');
    expect(labelOf(a, 'not be extended').label).toBe('pledge');
  });

  it('never takes a person as the antecedent of "which"; a title credited "by" a person is a work', () => {
    const a = run('The row was sparked by claims in Smith\'s Story, by Sunday Times journalist Robert Jones, which suggested the premier broke a pledge.');
    expect(labelOf(a, 'broke a pledge')).toMatchObject({ label: 'report', source: "Smith's Story" });
  });

  it('reads a named body\'s "found" with a clause as its claim', () => {
    const a = run(
      'The Audit Commission found the whole system was "fundamentally flawed" and all three parties have said it has to change.',
      'The Kestrel Group found a buyer for the plant.',
    );
    expect(labelOf(a, 'flawed')).toMatchObject({ label: 'claim', source: 'The Audit Commission' });
    expect(labelOf(a, 'buyer').label).toBe('none');
  });

  it('resolves a bare "the party" to the political party in view, not the first one named', () => {
    const a = run(
      'Labour says it wants to keep the levy but make it fairer.',
      'The party says this year\'s rises will be the lowest in a decade.',
      'The Liberal Democrats want to replace the levy with a local income tax.',
      'The party says it would aim for a higher personal allowance.',
    );
    expect(labelOf(a, 'lowest in a decade')).toMatchObject({ label: 'claim', source: 'Labour' });
    expect(labelOf(a, 'higher personal allowance')).toMatchObject({ label: 'pledge', source: 'The Liberal Democrats' });
  });
});
