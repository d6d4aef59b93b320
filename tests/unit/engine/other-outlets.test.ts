import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('rules from non-BBC held-out articles', () => {
  it('a request for comment is not a statement', () => {
    const a = run('The magazine is asking the ministry for comment and will update this story.', 'Reporters asked the firm to comment on the findings.');
    expect(labelOf(a, 'asking the ministry').label).toBe('none');
    expect(labelOf(a, 'asked the firm').label).toBe('none');
  });

  it('"advises X on Y" is a job, not advice given', () => {
    const a = run('The team included Jane Holt, who advises the treasurer on tax matters, and two aides.');
    expect(labelOf(a, 'Jane Holt').label).toBe('none');
  });

  it('"advised that" is still speech', () => {
    const a = run('Doctor Ann Lee advised that patients should stay at home.');
    expect(labelOf(a, 'Ann Lee').label).toBe('claim');
  });

  it('a negative quantifier is no source', () => {
    const a = run('Few would argue against the use of such tools to catch thieves.', 'Nobody would deny that the roads are busy.');
    expect(labelOf(a, 'Few would').label).toBe('none');
    expect(labelOf(a, 'Nobody would').label).toBe('none');
  });

  it('"the courts have held that" is a ruling; "held talks" is not', () => {
    const a = run('The courts have held that a change of business counts as a sale.', 'The company held talks with the union on Monday.');
    expect(labelOf(a, 'courts have held')).toMatchObject({ label: 'claim', source: 'The courts' });
    expect(labelOf(a, 'held talks').label).toBe('none');
  });

  it('"considered <things>" is weighing, not a view', () => {
    const a = run('Another review would be pointless, as the panel has already received and considered dozens of letters on the matter.');
    expect(labelOf(a, 'dozens of letters').label).toBe('none');
  });

  it('a pseudo-cleft "what X want" names the holder', () => {
    const a = run('That is what farm owners want, too, although they would accept a delay.');
    expect(labelOf(a, 'farm owners')).toMatchObject({ label: 'claim', source: 'farm owners' });
  });
});

describe('rules from non-BBC held-out articles (set 7, second pass)', () => {
  it('keeps a person named after a fronted phrase in view ("In Leeds, skipper Tom Hale ...")', () => {
    const a = run('In Leeds, skipper Tom Hale keeps an eye on the catch.', '“The fish are lovely this year,” he said.');
    expect(labelOf(a, 'lovely')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
  });

  it('a closing outlet cue may end with a time phrase and relays a titled speaker', () => {
    const a = run('Acme co-founder and CEO Jane Roe said in a memo that the “old plan is less relevant” as sales fell, the Daily Ledger reported earlier this year.');
    expect(labelOf(a, 'old plan')).toMatchObject({ label: 'report', source: 'Daily Ledger' });
  });

  it('steps over a relative clause after an appositive to the subject', () => {
    const a = run('Bob Hale leads the group.', 'Hale, a member of the Northern Fish Board, which sets catch limits, described it as a stable resource.');
    expect(labelOf(a, 'stable resource')).toMatchObject({ label: 'claim', source: 'Bob Hale' });
  });

  it('reads "the company claims its ... have" as speech even when tagged a noun', () => {
    const a = run('Acme sells food.', 'At the same time, the company claims its new prices have saved shoppers millions.', 'The insurance claims the company paid were large.');
    expect(labelOf(a, 'saved shoppers')).toMatchObject({ label: 'claim', source: 'Acme' });
    expect(labelOf(a, 'insurance claims').label).toBe('none');
  });

  it('a quotation split from its bare closing cue takes that speaker', () => {
    const a = run('Jane Roe, an analyst, spoke first.', '“They were first,” said Bob Lee, a farmer.', '“Do they take the profit and then put it back into food?” Roe said.');
    expect(labelOf(a, 'Do they take')).toMatchObject({ label: 'claim', source: 'Jane Roe' });
  });

  it('"touted" and "wonders when" are a source\'s own view', () => {
    const a = run('Acme touted a rare low price for salmon this week.', 'Tom Forte said prices fell.', 'But he wonders when the price cuts will be broader.', 'No wonder the shares fell.');
    expect(labelOf(a, 'touted')).toMatchObject({ label: 'claim', source: 'Acme' });
    expect(labelOf(a, 'wonders')).toMatchObject({ label: 'claim', source: 'Tom Forte' });
    expect(labelOf(a, 'No wonder').label).toBe('none');
  });

  it('"as X has pointed out, it would be used ..." is an observation, not a pledge', () => {
    const a = run('But, as the Audit Office has pointed out, the data would also be used to track reporters.', 'The Audit Office said the records would be deleted.');
    expect(labelOf(a, 'pointed out')).toMatchObject({ label: 'claim', source: 'the Audit Office' });
    expect(labelOf(a, 'deleted').label).toBe('pledge');
  });
});

describe('"summed up" with a quotation', () => {
  it('is speech only with "up" and a colon or quotation after it', () => {
    const a = run('Bob Lee summed up the long trip from the boat to the store: “It’s old school meets new school.”', 'She summed up the evidence for the jury.');
    expect(labelOf(a, 'old school')).toMatchObject({ label: 'claim', source: 'Bob Lee' });
    expect(labelOf(a, 'for the jury').label).toBe('none');
  });
});

describe('document findings (set 8)', () => {
  it('"Now research shows ..." is the research\'s report even when wink tags "research" a verb', () => {
    const a = run('Now research shows the opposite is true: feeding babies early works.');
    expect(labelOf(a, 'opposite')).toMatchObject({ label: 'report', source: 'research' });
  });

  it('"The study is published ... . It found that ..." resolves "it" to the study', () => {
    const a = run('The study is published in a medical journal, and it was presented at a meeting.', 'It found that early feeding cut the risk.');
    expect(labelOf(a, 'early feeding')).toMatchObject({ label: 'report', source: 'The study' });
  });

  it('"a report identifies ..." is a finding; "police identified the man" is not', () => {
    const a = run('A new report identifies three urgent threats.', 'Police identified the man on Friday.');
    expect(labelOf(a, 'urgent threats')).toMatchObject({ label: 'report', source: 'A new report' });
    expect(labelOf(a, 'Police identified').label).toBe('none');
  });
});

describe('"according to reports in" an outlet', () => {
  it('gives the sentence to the outlet, with a day after it or not', () => {
    const a = run(
      'One vice-chancellor said the university could go private, according to reports in The Times.',
      'Another is warning it could raise fees, according to reports in the Guardian newspaper today.',
    );
    expect(labelOf(a, 'could go private')).toMatchObject({ label: 'report', source: 'The Times' });
    expect(labelOf(a, 'raise fees').label).toBe('report');
    expect(labelOf(a, 'raise fees').source).toMatch(/Guardian/);
  });
});

describe('a web address', () => {
  it('is one name: a publication in lower case, the company when capitalised', () => {
    const a = run(
      'Gamers could be waiting until January for the console, says gamesindustry.biz.',
      'Shopcart.com said on Tuesday it would hire 1,000 workers.',
      '“Sales are strong,” said Jo Reyes, editor of Gadgetnews.com.',
    );
    expect(labelOf(a, 'waiting until January')).toMatchObject({ label: 'report', source: 'gamesindustry.biz' });
    expect(labelOf(a, 'hire 1,000')).toMatchObject({ label: 'pledge', source: 'Shopcart.com' });
    expect(labelOf(a, 'Sales are strong').source).toBe('Jo Reyes');
  });
});

describe('an outlet\'s report set off after the words', () => {
  it('reads "..., reports Reuters" like "..., says Reuters"', () => {
    const a = run('The merger was called off on Tuesday, reports Reuters.');
    expect(labelOf(a, 'merger')).toMatchObject({ label: 'report', source: 'Reuters' });
  });
});

describe('"the publication"', () => {
  it('is the outlet last named, like "the newspaper"', () => {
    const a = run(
      'The bank was fined last week, the Harbour Times reported.',
      'It had ignored three warnings, the publication reported.',
    );
    expect(labelOf(a, 'three warnings')).toMatchObject({ label: 'report', source: 'the Harbour Times' });
  });
});

describe('"according to" an outlet, then the speaker it quotes', () => {
  it('gives the outlet as source and the speaker as via, and keeps the outlet for the quotation that runs on', () => {
    const a = run('According to the Evening Courier, Rosa Mint, founder of the Victims Coalition, said, "It is bittersweet. We expect to appeal."');
    expect(labelOf(a, 'bittersweet')).toMatchObject({ label: 'report', source: 'the Evening Courier', via: 'Rosa Mint' });
    expect(labelOf(a, 'expect to appeal')).toMatchObject({ label: 'report', source: 'the Evening Courier' });
  });
});

describe('words issued by a body', () => {
  it('reads "a statement issued by X said" as X speaking', () => {
    const a = run(
      'A statement issued by the Office of the Prime Minister said the delegation visited the port.',
      'A statement released by the Harbour Board on Monday said profits fell.',
    );
    expect(labelOf(a, 'visited the port')).toMatchObject({ label: 'claim', source: 'the Office of the Prime Minister' });
    expect(labelOf(a, 'profits fell')).toMatchObject({ label: 'claim', source: 'the Harbour Board' });
  });
});

describe('an outlet that quotes someone, in the present', () => {
  it('reads "“…,” the agency quotes him as saying" as the agency\'s report via him', () => {
    const a = run(
      'Ali Karimi is the foreign minister.',
      '"The sanctions are a failure," the Mehr news agency quotes him as saying.',
    );
    expect(labelOf(a, 'sanctions')).toMatchObject({ label: 'report', source: 'the Mehr news agency', via: 'Ali Karimi' });
  });
});
