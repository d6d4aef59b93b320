import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('commitments in more wordings', () => {
  it('reads a commitment word in scare quotes as the word itself', () => {
    const a = run('The agency said that it was “determined” to reopen the plant by spring.');
    expect(labelOf(a, 'determined')).toMatchObject({ label: 'pledge', source: 'The agency' });
  });

  it('takes a pledge restated as a clause ("reiterated a pledge that ...")', () => {
    const a = run('Alan Pike, the central bank governor, reiterated a pledge that rates would stay low for an extended period.');
    expect(labelOf(a, 'reiterated a pledge')).toMatchObject({ label: 'pledge', source: 'Alan Pike' });
  });

  it('takes "restated her commitment to" as a pledge, but restating figures is no cue', () => {
    const a = run('Mayor Lena Ortiz restated her commitment to the new tram line.', 'The council restated the figures.');
    expect(labelOf(a, 'restated her commitment')).toMatchObject({ label: 'pledge', source: 'Lena Ortiz' });
    expect(labelOf(a, 'restated the figures')).toMatchObject({ label: 'none', source: null });
  });
});

describe('"I\'m", which the tagger keeps as one word', () => {
  it('reads "I\'m not going to" as a commitment, "I\'m told" as hearsay, and an indirect question as neither', () => {
    const a = run(
      'Senator Ray Moss opposed the bill.',
      '"I\'m not going to let this be a unanimous vote," he said.',
      '“I’m told that most of the shops have collapsed,” he said.',
      '"I have no idea what I\'m going to wear," he said.',
    );
    expect(labelOf(a, 'unanimous vote')).toMatchObject({ label: 'pledge', source: 'Ray Moss' });
    expect(labelOf(a, 'shops have collapsed')).toMatchObject({ label: 'report', source: 'Ray Moss' });
    expect(labelOf(a, 'going to wear')).toMatchObject({ label: 'claim', source: 'Ray Moss' });
  });
});

describe('an arrangement of one\'s own', () => {
  it('reads a progressive with a time ahead as a pledge', () => {
    const a = run(
      '“I am meeting the mayors of Arden, Bellow and Crane on Thursday,” the health minister, Ravi Menon, said.',
      'The company said it is launching the phone next month.',
    );
    expect(labelOf(a, 'I am meeting')).toMatchObject({ label: 'pledge', source: 'Ravi Menon' });
    expect(labelOf(a, 'launching the phone')).toMatchObject({ label: 'pledge', source: 'The company' });
  });

  it('leaves a progressive of the present, or of a state, a claim', () => {
    const a = run('“We are meeting every demand right now,” Ravi Menon said.', '“We are seeing more cases next month,” Ravi Menon said.');
    expect(labelOf(a, 'every demand')).toMatchObject({ label: 'claim', source: 'Ravi Menon' });
    expect(labelOf(a, 'more cases')).toMatchObject({ label: 'claim', source: 'Ravi Menon' });
  });

  it('reads an act the speaker expects of itself as a pledge, a state it expects as a claim', () => {
    const a = run(
      'The regulator said it expects to accept the offer unless new evidence emerges.',
      '“I expect to be re-elected,” Ravi Menon said.',
    );
    expect(labelOf(a, 'accept the offer')).toMatchObject({ label: 'pledge', source: 'The regulator' });
    expect(labelOf(a, 're-elected')).toMatchObject({ label: 'claim', source: 'Ravi Menon' });
  });
});

describe('a commitment in quotation marks', () => {
  it('is still promoted as the speaker\'s own ("underlined their “ironclad commitment” to")', () => {
    const a = run('The leaders also underlined their “ironclad commitment” to the alliance’s mutual defence clause.');
    expect(labelOf(a, 'ironclad commitment')).toMatchObject({ label: 'pledge', source: 'The leaders' });
  });
});

describe('strikers staying out', () => {
  it('is a pledge from the union\'s side, a claim from the police or an analyst', () => {
    const a = run(
      'Union spokesman Tom Baza said that until the pay system was fixed, their members would remain on strike.',
      'The police said the workers would remain on strike.',
      'An analyst said the drivers would stay on strike.',
    );
    expect(labelOf(a, 'their members would remain')).toMatchObject({ label: 'pledge', source: 'Tom Baza' });
    expect(labelOf(a, 'The police said').label).toBe('claim');
    expect(labelOf(a, 'An analyst said').label).toBe('claim');
  });
});

describe('confirming', () => {
  it('a measure of one\'s own is a pledge; a fact confirmed is a claim', () => {
    const a = run(
      'The EU also confirmed a new $21m aid package.',
      'In August the ministry confirmed a 5 per cent limit on rent rises.',
      'Government officials had earlier confirmed heavy fighting in the town.',
    );
    expect(labelOf(a, 'aid package')).toMatchObject({ label: 'pledge', source: 'The EU' });
    expect(labelOf(a, '5 per cent limit').label).toBe('pledge');
    expect(labelOf(a, 'heavy fighting')).toMatchObject({ label: 'claim', source: 'Government officials' });
  });
});

describe('announcing', () => {
  it('news is a claim, a deal of one\'s own a pledge, a product nothing', () => {
    const a = run(
      'Indonesia announced its 93rd death from the virus on Friday.',
      'The carmaker has just announced a deal with a chip firm to build a new engine.',
      'The firm announced a new phone.',
    );
    expect(labelOf(a, '93rd death')).toMatchObject({ label: 'claim', source: 'Indonesia' });
    expect(labelOf(a, 'a deal with').label).toBe('pledge');
    expect(labelOf(a, 'a new phone').label).toBe('none');
  });
});

describe('a product launch', () => {
  it('announced by its maker is a pledge; forecast by an analyst a claim', () => {
    const a = run('The phone maker has said the long-awaited handset will launch in the first quarter.', 'An analyst said the handset will ship in May.');
    expect(labelOf(a, 'will launch').label).toBe('pledge');
    expect(labelOf(a, 'will ship').label).toBe('claim');
  });
});

describe("a union's members taking industrial action", () => {
  it('is the union\'s pledge even without "its members"; losing jobs is not', () => {
    const a = run(
      'Union officials said the talks had failed and that workers would take industrial action as planned.',
      'The federation of labour unions said that members will continue to mount strikes until the law is withdrawn.',
      'Union officials said workers would lose their jobs.',
    );
    expect(labelOf(a, 'industrial action')).toMatchObject({ label: 'pledge', source: 'Union officials' });
    expect(labelOf(a, 'mount strikes').label).toBe('pledge');
    expect(labelOf(a, 'lose their jobs').label).toBe('claim');
  });
});

describe('the palace or the presidency as the speaker\'s side', () => {
  it('reads "the press secretary said the Palace will let ..." as a pledge', () => {
    const a = run('Press Secretary Ana Cruz said the Palace will let local councils decide whether to close offices.');
    expect(labelOf(a, 'local councils')).toMatchObject({ label: 'pledge', source: 'Ana Cruz' });
  });
});

describe('undertakings given as a noun', () => {
  it('reads "made a commitment to", "gave an assurance that" as pledges, not "issued a statement that"', () => {
    const a = run(
      'Tom Hale made a commitment to cut fares.',
      'The government gave an assurance that no jobs would be lost.',
      'Ann Cole gave an undertaking to repay the money.',
      'Tom Hale issued a statement that the vote was fair.',
    );
    expect(labelOf(a, 'cut fares')).toMatchObject({ label: 'pledge', source: 'Tom Hale' });
    expect(labelOf(a, 'no jobs')).toMatchObject({ label: 'pledge', source: 'The government' });
    expect(labelOf(a, 'repay the money')).toMatchObject({ label: 'pledge', source: 'Ann Cole' });
    expect(labelOf(a, 'vote was fair')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
  });
});

describe('a business noun for the speaker\'s own company', () => {
  it('reads "the automaker / the airline is planning to" from its spokesperson as a pledge, not from an analyst', () => {
    const a = run(
      'Norvik Motors spokesman Pat Lowe said the automaker is planning to make an announcement on Tuesday.',
      'A Skyway spokeswoman said the airline would refund passengers.',
      'The analyst said the airline would cut fares.',
    );
    expect(labelOf(a, 'announcement')).toMatchObject({ label: 'pledge', source: 'Pat Lowe' });
    expect(labelOf(a, 'refund passengers').label).toBe('pledge');
    expect(labelOf(a, 'cut fares').label).toBe('claim');
  });
});

describe('commitments past a medium or after "but"', () => {
  it('reads "threatened on Twitter to" and "said ... but would do whatever was necessary" as pledges', () => {
    const a = run(
      'Earlier this month, Ana Silva threatened on Twitter to tax the imports.',
      'Mayor Tom Reese said he was not convinced the troops were needed but would do whatever was necessary.',
      'Tom Hale said the plan was sound but would cost more than expected.',
    );
    expect(labelOf(a, 'tax the imports')).toMatchObject({ label: 'pledge', source: 'Ana Silva' });
    expect(labelOf(a, 'whatever was necessary')).toMatchObject({ label: 'pledge', source: 'Tom Reese' });
    expect(labelOf(a, 'cost more').label).toBe('claim');
  });
});

describe('the speaker\'s own aim, stated as what they are to do', () => {
  it('reads "her priority would be to deliver" as a pledge, not a past aim or a duty', () => {
    const a = run(
      'Railway Minister Anita Rao told parliament that her priority would be to deliver on the budget promises.',
      'Vera Holt said her intention was to honour the flag.',
      '"Our task is to rebuild the coalition," Tom Hale said.',
    );
    expect(labelOf(a, 'budget promises')).toMatchObject({ label: 'pledge', source: 'Anita Rao' });
    expect(labelOf(a, 'honour the flag').label).toBe('claim');
    expect(labelOf(a, 'rebuild the coalition').label).toBe('claim');
  });

  it('reads a commitment whose quotation opens on its verb (said the Government "will go back to talks")', () => {
    const a = run(
      'Health Secretary Ann Roe said the Government "will go back to the talks any day".',
      'Acme said it "will cut 200 jobs".',
      'The analyst Tom Reed said prices "will rise".',
    );
    expect(labelOf(a, 'back to the talks')).toMatchObject({ label: 'pledge', source: 'Ann Roe' });
    expect(labelOf(a, '200 jobs')).toMatchObject({ label: 'pledge', source: 'Acme' });
    expect(labelOf(a, 'will rise').label).toBe('claim');
  });

  it('reads "X said ..., and he pledged to ..." as the speaker\'s pledge, by pronoun of the same speaker', () => {
    const a = run(
      'Acme chief executive Tom Hale spoke on Monday.',
      'Hale said Globex had already helped Britain to become the largest digital economy in Europe, and he pledged to go further.',
      'Mary Stone said the plan was sound and he promised to publish it.',
    );
    expect(labelOf(a, 'go further')).toMatchObject({ label: 'pledge', source: 'Tom Hale' });
    expect(labelOf(a, 'publish it')).toMatchObject({ label: 'claim', source: 'Mary Stone' });
  });
});
