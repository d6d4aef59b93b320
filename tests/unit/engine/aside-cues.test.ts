import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('attributions set beside the sentence', () => {
  it('reads "As <outlet> reports, ..." as a report by the outlet, over the main clause', () => {
    const a = run('As The Times has reported, the council announced that it would close the library.');
    expect(labelOf(a, 'close the library')).toMatchObject({ label: 'report', source: 'The Times' });
  });

  it('reads "as X put it" and "in X\'s words" as the speaker\'s claim', () => {
    const a = run(
      'The clinic relies on volunteers, “people with time and no money,” as Maria Soto put it.',
      'In Dr. Lena Park\'s words, “the results surprised everyone in the lab.”',
      'As we reported, the vote failed.',
    );
    expect(labelOf(a, 'time and no money')).toMatchObject({ label: 'claim', source: 'Maria Soto' });
    expect(labelOf(a, 'surprised everyone')).toMatchObject({ label: 'claim', source: 'Lena Park' });
    expect(labelOf(a, 'vote failed').label).toBe('none');
  });
});

describe('speech that did not happen', () => {
  it('gives no attribution to "might have suggested" or "should have told"', () => {
    const a = run(
      'For its part, the company might have suggested that it would send buses.',
      'The mayor should have told residents that the water was unsafe.',
    );
    expect(labelOf(a, 'send buses').label).toBe('none');
    expect(labelOf(a, 'water was unsafe').label).toBe('none');
  });
});

describe('a lead-in that ends in a colon before a quotation', () => {
  it('gives the quotation and its continuation to the lead-in\'s subject', () => {
    const a = run(
      'Rachel Stone, an analyst at a research firm, shared her view of the findings: “Teams feel they were never asked about the new tools. They are worried about their jobs.”',
    );
    expect(labelOf(a, 'never asked')).toMatchObject({ label: 'claim', source: 'Rachel Stone' });
    expect(labelOf(a, 'worried about their jobs')).toMatchObject({ label: 'claim', source: 'Rachel Stone' });
  });

  it('does not make a copula or a thing the speaker', () => {
    const a = run('The recipe is simple: “flour, water, salt and a great deal of patience.”');
    expect(labelOf(a, 'patience').label).toBe('none');
  });
});

describe('documents that carry the content', () => {
  it('reads "As the report states:" and "a large body of studies has pointed out" as reports', () => {
    const a = run(
      'As the report states: “Where you are born matters more here than in most rich countries.”',
      'A large body of studies has pointed out that the brain is busy even at rest.',
    );
    expect(labelOf(a, 'Where you are born')).toMatchObject({ label: 'report', source: 'the report' });
    expect(labelOf(a, 'busy even at rest').label).toBe('report');
  });
});

describe('relay inside a quotation', () => {
  it('reads a quotation that opens with a group\'s belief as a report by the speaker', () => {
    const a = run('Andrew Marr is the political editor.', 'He added: “Lots of ministers believe the prime minister will move the chancellor after the election.”');
    expect(labelOf(a, 'Lots of ministers')).toMatchObject({ label: 'report', source: 'Andrew Marr' });
  });

  it('keeps the speaker\'s claim when the group only appears later in the quotation', () => {
    const a = run('Michael Howard is the Tory leader.', 'He added: “When the police say that, you have to take them seriously.”');
    expect(labelOf(a, 'take them seriously')).toMatchObject({ label: 'claim', source: 'Michael Howard' });
  });
});

describe('figures, forecasts and quotations carried by outlets', () => {
  it('reads government figures, statistics to a date, a report\'s forecast and "quoted in the Herald" as reports', () => {
    const a = run(
      'Government figures suggest TB has increased by 25% over the past 10 years.',
      'Statistics to the end of November showed a decline from 785 to 708.',
      'Overall, the report forecast total growth of 3.6% in 2004.',
      'Mr Houston was quoted in the Herald newspaper saying: "I feel the party has over reacted."',
    );
    expect(labelOf(a, 'increased by 25%').label).toBe('report');
    expect(labelOf(a, 'decline from 785').label).toBe('report');
    expect(labelOf(a, 'total growth').label).toBe('report');
    expect(labelOf(a, 'over reacted')).toMatchObject({ label: 'report', source: 'the Herald newspaper' });
  });
});

describe('"it" for the document just cited', () => {
  it('reads "It showed that ..." after a report as the report\'s', () => {
    const a = run('The report, carried out by consultants, placed the UK third.', 'It showed British firms used broadband in increased numbers.');
    expect(labelOf(a, 'broadband').label).toBe('report');
  });

  it('reads "As X reported on Saturday morning, ..." past the time phrase', () => {
    const a = run("As the Ledger's Amy Rusk reported on Saturday morning, police believe the driver acted alone.");
    expect(labelOf(a, 'acted alone')).toMatchObject({ label: 'report', source: 'Amy Rusk' });
  });
});
