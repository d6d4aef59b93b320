import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

// Rules from the fourth blind round; every sentence here is written for the test.
describe('pledges by office-holders', () => {
  it('reads an office-holder stating their own plans, report or body\'s future as a pledge', () => {
    const a = run(
      'Transport Minister Alan Perrow said the new plans would not affect existing season tickets.',
      'Ofwat chief Dana Mills said her annual report would make particular reference to leaks.',
      'Housing Minister Rhona Tate said an annual scheme to repair estates would now be extended to council flats.',
    );
    expect(labelOf(a, 'season tickets')).toMatchObject({ label: 'pledge', source: 'Alan Perrow' });
    expect(labelOf(a, 'particular reference')).toMatchObject({ label: 'pledge', source: 'Dana Mills' });
    expect(labelOf(a, 'council flats')).toMatchObject({ label: 'pledge', source: 'Rhona Tate' });
  });

  it('keeps judgements of a plan, other states and commentators\' forecasts as claims', () => {
    const a = run(
      'A spokesman for Commissioner Lena Varga said the plans would contravene EU rules.',
      'Environment Secretary Joan Harte said the US will act on emissions.',
      'The lawyer Tom Bale said the new rules would stop appeals.',
      'Chancellor Ian Moss has said that the cuts will allow funding for more nurses.',
    );
    expect(labelOf(a, 'contravene').label).toBe('claim');
    expect(labelOf(a, 'act on emissions').label).toBe('claim');
    expect(labelOf(a, 'stop appeals').label).toBe('claim');
    expect(labelOf(a, 'more nurses').label).toBe('claim');
  });

  it('reads "went on to promise" as the subject\'s pledge and a body named without gender as "it"', () => {
    const a = run(
      'Mr Dale went on to promise that the council would rebuild the pier.',
      'Rival Kestrel has said it will launch its own handset in May.',
    );
    expect(labelOf(a, 'rebuild the pier')).toMatchObject({ label: 'pledge', source: 'Mr Dale' });
    expect(labelOf(a, 'own handset').label).toBe('pledge');
  });

  it('finds no decision in a question, a condition or what befalls a named person', () => {
    const a = run(
      'Mr Reed, a farmer, had asked whether his use of dogs to scare deer would be outlawed.',
      'The Fair Play group also said Mr Reed would be forced to buy a rifle.',
    );
    expect(labelOf(a, 'scare deer').label).not.toBe('pledge');
    expect(labelOf(a, 'buy a rifle').label).toBe('claim');
  });
});

describe('names and subjects', () => {
  it('keeps a capitalised preposition inside a body\'s name', () => {
    const a = run('The League Against Cruel Traps and the RSPB say they will monitor the estates.');
    expect(labelOf(a, 'monitor the estates')).toMatchObject({ label: 'pledge', source: 'The League Against Cruel Traps' });
  });

  it('reads a bare "chief" before a verb as the speaker', () => {
    const a = run('Ofsted chief Dana Mills visited the school.', 'The Ofsted chief said standards had risen.');
    expect(labelOf(a, 'standards had risen')).toMatchObject({ label: 'claim', source: 'Dana Mills' });
  });

  it('takes the speaker after a fronted phrase, not the phrase', () => {
    const a = run('Following Mr Kerr\'s announcement, lawyer Ann Pike, who represents two of the men, said the government had acted too late.');
    expect(labelOf(a, 'acted too late')).toMatchObject({ label: 'claim', source: 'Ann Pike' });
  });

  it('reads a lead that describes a speaker and names them next as one source', () => {
    const a = run(
      'Wales\'s health minister has warned hospitals that she will close wards that fail inspections.',
      'Carys Pryce said the inspections would start in May.',
    );
    expect(labelOf(a, 'close wards').source).toBe('Carys Pryce');
    expect(a.sources.map((e) => e.name)).not.toContain('Wales\'s health minister');
  });

  it('names a lead\'s "renowned researcher" by the scientist named next', () => {
    const a = run(
      'The governments are not listening to scientists about the coral bleaching, a renowned researcher says.',
      'Dr Ana Ruiz, a former chief scientist at the marine institute, said the reef was dying.',
    );
    expect(labelOf(a, 'not listening').source).toBe('Ana Ruiz');
  });

  it('still names the lead\'s speaker when figures and background come first', () => {
    const a = run(
      'The health minister says he regrets the number of people waiting for treatment.',
      'Dai Morgan was speaking after the latest figures were published on Thursday.',
      'They showed 327,000 patients were waiting for a first appointment.',
      'More than four fifths had waited more than nine weeks.',
      'The target says half should wait no longer than nine weeks.',
      '"I very much regret that the waits have increased again," said Dai Morgan.',
    );
    expect(labelOf(a, 'regrets the number').source).toBe('Dai Morgan');
  });

  it('keeps a lead\'s speaker apart from someone replying or holding another role', () => {
    const a = run('The prime minister said the economy was strong.', 'But Tom Hale said it was weak.');
    expect(labelOf(a, 'economy was strong').source).toBe('The prime minister');
    const b = run('A chief constable has criticised the new rules.', 'Police Federation chairman Tom Hale said officers agreed.');
    expect(labelOf(b, 'new rules').source).toBe('A chief constable');
  });

  it('finds no speaker in "traffic to the website suggests"', () => {
    const a = run('The pattern of traffic to the website suggests that the outage was not an attack.');
    expect(labelOf(a, 'outage').label).toBe('none');
  });
});

describe('relays and reports', () => {
  it('reads a third party\'s prediction in progress and "we understand from" as relayed', () => {
    const a = run(
      'Mr Hale, of the games trade body, said the industry was predicting that budgets would double.',
      'Glen Shaw said: "We understand from the ministry that no minister signed the order."',
    );
    expect(labelOf(a, 'budgets would double').label).toBe('report');
    expect(labelOf(a, 'signed the order')).toMatchObject({ label: 'report', source: 'Glen Shaw' });
  });

  it('keeps a speaker\'s reading of the public mood, a decision taken and a described suspect as claims', () => {
    const a = run(
      'Lady Hart said people already thought politicians told lies.',
      'Mr Marsh said the US had agreed to release the four men.',
      'The US has announced that Mr Kahn, previously accused of fraud, will be freed.',
    );
    expect(labelOf(a, 'told lies').label).toBe('claim');
    expect(labelOf(a, 'release the four')).toMatchObject({ label: 'claim', source: 'Mr Marsh' });
    expect(labelOf(a, 'will be freed').label).not.toBe('report');
  });

  it('gives a survey the answers of "those companies questioned" and what "surveyed and found" shows', () => {
    const a = run(
      'Docsafe surveyed 500 firms in Europe and found that a third of documents held hidden data.',
      'Some 90% of those companies questioned had no idea their files were leaking.',
    );
    expect(labelOf(a, 'hidden data')).toMatchObject({ label: 'report', source: 'Docsafe' });
    expect(labelOf(a, 'no idea').label).toBe('report');
  });

  it('reads guidance and guidelines as documents, and respondents in mid-sentence as the poll\'s', () => {
    const a = run(
      'A Mori poll for the council was published in May.',
      'Tenants who complain are unlikely to be evicted, new guidelines say.',
      'Acting in good faith would be the best defence, the guidance said.',
      'In Wales 61% of those questioned said they still used a landline.',
      'Many of those interviewed said they felt safer at home.',
    );
    expect(labelOf(a, 'evicted')).toMatchObject({ label: 'report', source: 'new guidelines' });
    expect(labelOf(a, 'best defence').label).toBe('report');
    expect(labelOf(a, 'landline').label).toBe('report');
    expect(labelOf(a, 'felt safer').label).toBe('report');
  });

  it('steps over a time phrase and finds the document before "by" a body', () => {
    const a = run(
      'A Gallup poll this spring suggested trust in banks had fallen.',
      'Research by phone maker Lumo shows that more people call from home.',
    );
    expect(labelOf(a, 'trust in banks')).toMatchObject({ label: 'report', source: 'A Gallup poll' });
    expect(labelOf(a, 'call from home')).toMatchObject({ label: 'report', source: 'Lumo' });
  });

  it('reads a website\'s own appeal as its claim', () => {
    const a = run('The Give Back website is asking people to donate old laptops.');
    expect(labelOf(a, 'old laptops').label).toBe('claim');
  });
});

describe('stances given by their object or a fixed phrase', () => {
  it('reads raised concerns, echoed criticisms, welcomed a decision, hit out at, paid tribute and labelled as claims', () => {
    const a = run(
      'The delay came after Danish officials had raised concerns about the law.',
      'Shadow minister Rob Kell echoed criticisms of the way the rules were brought in.',
      'Church groups welcomed the limit on new casinos.',
      'The Culture Secretary, Mary Lane, has hit out at critics of the bill.',
      'Mr Kell also paid tribute to the rescue teams.',
      'Backbencher Tim Rowe labelled the scheme "a total waste".',
    );
    expect(labelOf(a, 'about the law')).toMatchObject({ label: 'claim', source: 'Danish officials' });
    expect(labelOf(a, 'echoed').label).toBe('claim');
    expect(labelOf(a, 'new casinos')).toMatchObject({ label: 'claim', source: 'Church groups' });
    expect(labelOf(a, 'hit out')).toMatchObject({ label: 'claim', source: 'Mary Lane' });
    expect(labelOf(a, 'rescue teams').label).toBe('claim');
    expect(labelOf(a, 'total waste').label).toBe('claim');
  });

  it('reads a body cutting or raising its own forecast as its claim, but not a price rise or a greeting', () => {
    const a = run(
      'The OECD cut its growth forecasts for Europe.',
      'The energy agency raised its estimate of oil demand.',
      'The firm raised prices in March.',
      'The villagers welcomed the visitors with songs.',
    );
    expect(labelOf(a, 'growth forecasts').label).toBe('claim');
    expect(labelOf(a, 'oil demand').label).toBe('claim');
    expect(labelOf(a, 'raised prices').label).toBe('none');
    expect(labelOf(a, 'visitors').label).toBe('none');
  });

  it('finds a clause with no "that" after a long name and after "there"', () => {
    const a = run(
      'Mr Lowe also claimed Anna Bright\'s intervention in the row was a stunt.',
      'Mr Lowe acknowledged there were real worries about the tests.',
      'Critics fear it could allow abuse.',
      'Bus firms have attacked the new levy saying they would have to raise fares.',
      'Protesters carried a banner saying the war was a crime.',
    );
    expect(labelOf(a, 'a stunt').label).toBe('claim');
    expect(labelOf(a, 'real worries').label).toBe('claim');
    expect(labelOf(a, 'allow abuse')).toMatchObject({ label: 'claim', source: 'Critics' });
    expect(labelOf(a, 'raise fares')).toMatchObject({ label: 'claim', source: 'Bus firms' });
    expect(labelOf(a, 'banner').label).toBe('none');
  });
});

describe('announced plans', () => {
  it('reads announcing plans or proposals to act as a pledge, and announcing none as no pledge', () => {
    const a = run(
      'Health Secretary Ann Lowe has announced plans to limit the number of new clinics to 12.',
      'The council has announced new proposals to close three libraries.',
      'The Courier has announced no plans to print on Sundays.',
    );
    expect(labelOf(a, 'new clinics')).toMatchObject({ label: 'pledge', source: 'Ann Lowe' });
    expect(labelOf(a, 'three libraries')).toMatchObject({ label: 'pledge', source: 'The council' });
    expect(labelOf(a, 'on Sundays').label).not.toBe('pledge');
  });
});

describe('pledges inside quotations', () => {
  it('reads a conditional promise and an offer already made by "we" as pledges', () => {
    const a = run(
      'Mr Hale said: "If you stand, we will give you every support."',
      '"We have offered two field hospitals to help the relief effort," the minister said.',
    );
    expect(labelOf(a, 'every support').label).toBe('pledge');
    expect(labelOf(a, 'field hospitals').label).toBe('pledge');
  });

  it('keeps an offer given as a reason, and what befalls others under a condition, as claims', () => {
    const a = run(
      'Ms Kerr said: "It will not happen because we offer a lot of money."',
      'The judge said: "If they confess, they will be let off."',
    );
    expect(labelOf(a, 'a lot of money').label).toBe('claim');
    expect(labelOf(a, 'let off').label).toBe('claim');
  });
});

describe('a spokesman opening the article', () => {
  it('is not the person named next', () => {
    const a = run(
      'Prime Minister Jane Roe\'s official spokesman said: "We will study the judgment."',
      'Mr Dale said the ruling was a victory.',
    );
    expect(labelOf(a, 'study the judgment').source).not.toBe('Mr Dale');
  });
});

describe('announcing what will happen', () => {
  it('reads "announced that ... will/would" as a pledge, but not a product "which will" or "not announced when"', () => {
    const a = run(
      'Acme announced that its new players would be on sale by May.',
      'Acme has also announced an adapter, which will play video.',
      'Zeta has not yet announced when its phone will be available.',
    );
    expect(labelOf(a, 'on sale by May')).toMatchObject({ label: 'pledge', source: 'Acme' });
    expect(labelOf(a, 'play video').label).not.toBe('pledge');
    expect(labelOf(a, 'phone will be available').label).not.toBe('pledge');
  });
});

describe('a body\'s own campaign', () => {
  it('reads what a spokesman says the body\'s own plan will be as a pledge, and others\' plans as claims', () => {
    const a = run(
      'Labour campaign chief Ruth Kay said Labour\'s campaign would be "more local".',
      'Labour campaign chief Ruth Kay said the Tories\' plans would fail.',
    );
    expect(labelOf(a, 'more local').label).toBe('pledge');
    expect(labelOf(a, 'would fail').label).toBe('claim');
  });
});

describe('unveiled plans', () => {
  it('reads unveiling or outlining plans to act, and plans unveiled by someone, as their pledge', () => {
    const a = run(
      'The Greens have unveiled plans to build 50,000 homes.',
      'Voters will be able to register online under plans unveiled by ministers.',
      'Plans to close 12 courts have been unveiled by the government.',
      'The council unveiled the question which will be asked in May.',
      'Acme unveiled a new phone on Tuesday.',
    );
    expect(labelOf(a, '50,000 homes')).toMatchObject({ label: 'pledge', source: 'The Greens' });
    expect(labelOf(a, 'register online')).toMatchObject({ label: 'pledge', source: 'ministers' });
    expect(labelOf(a, 'close 12 courts')).toMatchObject({ label: 'pledge', source: 'the government' });
    expect(labelOf(a, 'asked in May').label).toBe('none');
    expect(labelOf(a, 'new phone').label).toBe('none');
  });
});

describe('commitments without a speech verb', () => {
  it('reads "X is committed to" and "are promising to" as X\'s pledge, and a closing "has announced" of a future event', () => {
    const a = run(
      'If it wins, the Green Party is committed to opening 20 new clinics.',
      'The Liberal Democrats are promising to cut class sizes.',
      'The minister will open the new bridge on 3 May, the council has announced.',
      'Mr Fox argued that the rebels were committed to the ceasefire.',
      'Mr Hale has died at home, his family has announced.',
    );
    expect(labelOf(a, '20 new clinics')).toMatchObject({ label: 'pledge', source: 'the Green Party' });
    expect(labelOf(a, 'class sizes')).toMatchObject({ label: 'pledge', source: 'The Liberal Democrats' });
    expect(labelOf(a, 'new bridge')).toMatchObject({ label: 'pledge', source: 'the council' });
    expect(labelOf(a, 'the ceasefire').label).toBe('claim');
    expect(labelOf(a, 'died at home').label).toBe('claim');
  });
});

describe('an office-holder\'s new institutions', () => {
  it('reads what a leader says a new role or office will do as a pledge', () => {
    const a = run(
      'Party leader Jane Moss said the new role would replace local police boards.',
      'Party leader Jane Moss said the new office would not overrule chief constables.',
    );
    expect(labelOf(a, 'police boards').label).toBe('pledge');
    expect(labelOf(a, 'chief constables').label).toBe('pledge');
  });
});

describe('offers of money, ruling out, ministers and decisions in quotation marks', () => {
  it('reads them as pledges', () => {
    const a = run(
      'Chancellor Ann Pryce has offered £96m over five years to a vaccine fund.',
      'Minister Dan Roe ruled out free care for all pensioners.',
      'Ministers say the new plans would make payments simpler.',
      'The Commons authorities have told MPs their offices will be "cleaned" during the campaign.',
      'The firm has not ruled out a merger.',
    );
    expect(labelOf(a, 'vaccine fund')).toMatchObject({ label: 'pledge', source: 'Ann Pryce' });
    expect(labelOf(a, 'free care')).toMatchObject({ label: 'pledge', source: 'Dan Roe' });
    expect(labelOf(a, 'payments simpler').label).toBe('pledge');
    expect(labelOf(a, 'be "cleaned"').label).toBe('pledge');
    expect(labelOf(a, 'a merger').label).not.toBe('pledge');
  });
});

describe('a speaker promoting their own side\'s plans', () => {
  it('reads stressing or underlining one\'s own party\'s commitments as a pledge, not another side\'s', () => {
    const a = run(
      'Green Party leader Jo Hart spoke on Monday. She stressed her party\'s commitment to cut fares.',
      'Green leader Jo Hart underlined Green plans to scrap tolls.',
      'Banker Tom Reed highlighted the US government\'s willingness to curb spending.',
      'Ms Hart criticised the government\'s plans to cut jobs.',
    );
    expect(labelOf(a, 'cut fares').label).toBe('pledge');
    expect(labelOf(a, 'scrap tolls').label).toBe('pledge');
    expect(labelOf(a, 'curb spending').label).toBe('claim');
    expect(labelOf(a, 'cut jobs').label).toBe('claim');
  });

  it('reads naming verbs past a long object, a description before the name and a reflexive object', () => {
    const a = run(
      'Meanwhile Labour backbencher Tim Rowe labelled council backed parking schemes "a cash grab".',
      "Mr Lowry branded the county council's response to the floods as \"slow and muddled\".",
      'Dr Ayla Brandt spoke at the rally. She called herself a pragmatist.',
      'He watched a documentary called "Tides".',
      'Meanwhile Ms Brandt labelled the levy "unfair".',
    );
    expect(labelOf(a, 'a cash grab')).toMatchObject({ label: 'claim', source: 'Tim Rowe' });
    expect(labelOf(a, 'slow and muddled')).toMatchObject({ label: 'claim', source: 'Mr Lowry' });
    expect(labelOf(a, 'a pragmatist')).toMatchObject({ label: 'claim', source: 'Ayla Brandt' });
    expect(labelOf(a, 'Tides').label).toBe('none');
    expect(labelOf(a, 'the levy')).toMatchObject({ label: 'claim', source: 'Ayla Brandt' });
  });

  it('reads a dare ("challenged X to ..."), "enjoined X to" and "called Friday for" as claims', () => {
    const a = run(
      'Finance minister Rhoda Kemp challenged the banks to publish their fees.',
      'The insurer challenged the ruling in court.',
      'Police chief Amos Dube enjoined residents to report suspicious parcels.',
      'The charity chief Dana Holm called Friday for an end to the blockade.',
    );
    expect(labelOf(a, 'publish their fees')).toMatchObject({ label: 'claim', source: 'Rhoda Kemp' });
    expect(labelOf(a, 'in court').label).toBe('none');
    expect(labelOf(a, 'suspicious parcels')).toMatchObject({ label: 'claim', source: 'Amos Dube' });
    expect(labelOf(a, 'the blockade')).toMatchObject({ label: 'claim', source: 'Dana Holm' });
  });

  it('reads feelings, wishes and intentions expressed or voiced, past an owner\'s name', () => {
    const a = run(
      "First Minister Ewan Rigg formally expressed Scotland's sympathy for the flood victims.",
      'Fans\' groups expressed their desire to see the club stay in the city.',
      'The rebel leadership voiced its intention to reach a truce by May.',
      'The family expressed relief at the verdict.',
      'He let people express their feelings.',
    );
    expect(labelOf(a, 'flood victims')).toMatchObject({ label: 'claim', source: 'Ewan Rigg' });
    expect(labelOf(a, 'stay in the city').label).toBe('claim');
    expect(labelOf(a, 'reach a truce').label).toBe('pledge');
    expect(labelOf(a, 'at the verdict').label).toBe('claim');
    expect(labelOf(a, 'their feelings').label).toBe('none');
  });

  it('reads disputing and refuting as stances, and "denied X and Y says" as two speakers, not a relay', () => {
    const a = run(
      'The family lawyer, Ana Ruiz, disputed the police account of the crash.',
      'The college denied the allegations and principal Joan Pike says the inspection was rushed.',
      'Several temples split over disputes.',
    );
    expect(labelOf(a, 'police account')).toMatchObject({ label: 'claim', source: 'Ana Ruiz' });
    expect(labelOf(a, 'inspection was rushed')).toMatchObject({ label: 'claim', source: 'The college' });
    expect(labelOf(a, 'split over').label).toBe('none');
  });

  it('reads no statement in a request to act oneself, a reply not yet given or an occasion for one', () => {
    const a = run(
      'Junior minister Lee Hart then asked to speak to the chairman.',
      "The mayor's office did not immediately respond to requests for comment.",
      'The health secretary was responding to an urgent question from Ms Ball.',
      'Police asked anyone with information to call them.',
      'The minister was responding to the criticism by insisting the plan was sound.',
    );
    expect(labelOf(a, 'speak to the chairman').label).toBe('none');
    expect(labelOf(a, 'requests for comment').label).toBe('none');
    expect(labelOf(a, 'urgent question').label).toBe('none');
    expect(labelOf(a, 'call them')).toMatchObject({ label: 'claim', source: 'Police' });
    expect(labelOf(a, 'plan was sound')).toMatchObject({ label: 'claim', source: 'The minister' });
  });

  it('reads no statement in "responding to a question about a visit by the Prime Minister" or "men said to be"', () => {
    const a = run(
      'Kumar was responding to queries about messages sent by the Prime Minister.',
      'In the attack, six gunmen said to be extremists opened fire on a bus.',
      'Police arrested five men said to have links with the group.',
      'The doctor said to be careful.',
    );
    expect(labelOf(a, 'queries about messages').label).toBe('none');
    expect(labelOf(a, 'opened fire').label).toBe('none');
    expect(labelOf(a, 'links with the group').label).toBe('none');
    expect(labelOf(a, 'be careful')).toMatchObject({ label: 'claim', source: 'The doctor' });
  });

  it('reads "objected to X" as a stance, not "can object to"', () => {
    const a = run(
      "The defendant's lawyer, Mia Lund, objected to the probation report.",
      'Shareholders can object to the deal by not voting.',
    );
    expect(labelOf(a, 'probation report')).toMatchObject({ label: 'claim', source: 'Mia Lund' });
    expect(labelOf(a, 'not voting').label).toBe('none');
  });
});
