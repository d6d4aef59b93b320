import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('reports, pledges and sentence splitting', () => {
  it('reads the speaker named as the subject of their own future as a pledge', () => {
    const a = run(
      'Karen Lowe will review every contract herself, she said.',
      'Mr Edwin Hale said Mr Tom Frost would cut the waiting lists.',
    );
    expect(labelOf(a, 'every contract')).toMatchObject({ label: 'pledge', source: 'Karen Lowe' });
    expect(labelOf(a, 'waiting lists')).toMatchObject({ label: 'claim', source: 'Edwin Hale' });
  });

  it('reads past an appositive between the speaker\'s own body and its future', () => {
    const a = run(
      'Union leader Peter Ekwe spoke to reporters.',
      'He says his union, one of the two largest in the country, will attend the talks on Wednesday.',
    );
    expect(labelOf(a, 'attend the talks')).toMatchObject({ label: 'pledge', source: 'Peter Ekwe' });
  });

  it('makes a document an outlet has seen a report by that outlet, with the speaker as via', () => {
    const a = run('The regulator said in a letter to Dunmore Telecom, reviewed by Reuters, that it had received complaints from a rival.');
    expect(labelOf(a, 'received complaints')).toMatchObject({ label: 'report', source: 'Reuters', via: 'The regulator' });
  });

  it('reads "citing" around the cue and "cited X as saying" as relays', () => {
    const a = run(
      'Channel 9, citing two police sources, said the suspect had fled the state.',
      'The ministry said, citing a new survey, that burglaries fell by a third.',
      'Reuters cited two diplomats as saying the deal was close.',
      'The judge cited the law as grounds for the decision.',
    );
    expect(labelOf(a, 'fled the state')).toMatchObject({ label: 'report', source: 'Channel 9' });
    expect(labelOf(a, 'burglaries fell')).toMatchObject({ label: 'report', source: 'The ministry' });
    expect(labelOf(a, 'deal was close')).toMatchObject({ label: 'report', source: 'Reuters' });
    expect(labelOf(a, 'grounds for the decision').label).toBe('none');
  });

  it('keeps US abbreviations inside their sentence ("(R-Ky.) has", "Sens.", "Coun.", "Ind.,")', () => {
    const a = run(
      'Sen. Mitch Conroy (R-Ky.) has called for a "pause" on any new relief bill.',
      'Sens. Ada Frost and Lyle Rand said the plan was dead.',
      'The reaction, as recalled by Coun. Dale Hart, was swift.',
      'Hick Smith and Sons. p. 35.',
    );
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Sen. Mitch Conroy (R-Ky.) has called for a "pause" on any new relief bill.',
      'Sens. Ada Frost and Lyle Rand said the plan was dead.',
      'The reaction, as recalled by Coun. Dale Hart, was swift.',
      'Hick Smith and Sons.',
      'p. 35.',
    ]);
    expect(labelOf(a, 'plan was dead')).toMatchObject({ label: 'claim', source: 'Ada Frost' });
  });

  it('reads a body\'s members and a spokesperson\'s "the President" as the speaker\'s own side', () => {
    const a = run(
      'The workers\' union said its estimated 200,000 members would bring every council to a standstill.',
      'Presidential spokesman Sal Panlo said the President will not take the criticism personally.',
      'Analyst Jo Burke said the President would sign the bill.',
      'The company said its workers would lose their jobs.',
    );
    expect(labelOf(a, 'standstill').label).toBe('pledge');
    expect(labelOf(a, 'criticism personally')).toMatchObject({ label: 'pledge', source: 'Sal Panlo' });
    expect(labelOf(a, 'sign the bill').label).toBe('claim');
    expect(labelOf(a, 'lose their jobs').label).toBe('claim');
  });

  it('reads "downplayed" as a stance', () => {
    const a = run('But officials have downplayed the possibility of a revolt.');
    expect(labelOf(a, 'possibility of a revolt')).toMatchObject({ label: 'claim', source: 'officials' });
  });

  it('reads what a document points to, ranks, lists or recommends as its report', () => {
    const a = run(
      'The Civic Research Unit published a report on Monday.',
      'The report points to small examples of such commons that already exist.',
      'The magazine tested 100 printers. The comprehensive test also revealed how quickly the printers worked.',
      'It recommended avoiding cheap inks.',
      'A government study ranked the UK third in its index.',
      'The review lists ten threats to the region.',
      'Oslo was ranked the third most liveable city by the Ardent Living Survey.',
    );
    expect(labelOf(a, 'such commons').label).toBe('report');
    expect(labelOf(a, 'how quickly')).toMatchObject({ label: 'report', source: 'The comprehensive test' });
    expect(labelOf(a, 'cheap inks')).toMatchObject({ label: 'report', source: 'The comprehensive test' });
    expect(labelOf(a, 'ranked the UK third').label).toBe('report');
    expect(labelOf(a, 'ten threats').label).toBe('report');
    expect(labelOf(a, 'most liveable').label).toBe('none');
  });

  it('reads past tenses the tagger calls adjectives ("has alleged") and researchers\' findings', () => {
    const a = run(
      'Opposition leader Hakan Hiltunen has alleged the elections are being rigged.',
      'The alleged attack took place on Monday.',
      'Scientists at two universities found the melt rate had nearly trebled.',
      'Scientists found a new species in the forest.',
    );
    expect(labelOf(a, 'being rigged')).toMatchObject({ label: 'claim', source: 'Hakan Hiltunen' });
    expect(labelOf(a, 'took place').label).toBe('none');
    expect(labelOf(a, 'melt rate').label).toBe('claim');
    expect(labelOf(a, 'new species').label).toBe('none');
  });

  it('makes "we will discuss" a commitment and "would not discuss" a refusal', () => {
    const a = run(
      'The minister spoke to reporters.',
      '"We will discuss the situation and take measures to ease the crisis," he said.',
      'He said he had met the family and would not discuss the details.',
    );
    expect(labelOf(a, 'ease the crisis').label).toBe('pledge');
    expect(labelOf(a, 'not discuss the details').label).toBe('claim');
  });

  it('keeps "Canada-U.S." in one sentence', () => {
    const a = run('Garneau, who chairs the Canada-U.S. relations committee, said the talks went well.');
    expect(a.sentences).toHaveLength(1);
    expect(labelOf(a, 'talks went well').source).toBe('Garneau');
  });

  it("reads ``typewriter'' quotation marks as quotes, keeping them in the sentence text", () => {
    const a = run(
      "``The law says they must give 60 days' notice,'' said Richard Lane, a union director.",
      "``That was not done.",
      "The weather was fine.",
    );
    expect(a.sentences[0]?.text).toBe("``The law says they must give 60 days' notice,'' said Richard Lane, a union director.");
    expect(labelOf(a, 'The law says')).toMatchObject({ label: 'claim', source: 'Richard Lane' });
    expect(labelOf(a, 'That was not done')).toMatchObject({ label: 'claim', source: 'Richard Lane' });
  });

  it('reads "issued / released a statement saying" as the body\'s own words', () => {
    const a = run(
      'The council issued a brief statement saying: "An internal investigation has been opened."',
      'Acme Foods released a statement saying it would appeal.',
      'The band released a single saying goodbye.',
    );
    expect(labelOf(a, 'internal investigation')).toMatchObject({ label: 'claim', source: 'The council' });
    expect(labelOf(a, 'would appeal')).toMatchObject({ label: 'pledge', source: 'Acme Foods' });
    expect(labelOf(a, 'saying goodbye').label).toBe('none');
  });

  it('reads "crime suspects" closing a list as a noun and a court dismissing an appeal as a ruling', () => {
    const a = run(
      'Gwande said those arrested included six suspected robbers and three cyber crime suspects.',
      'The High Court has dismissed a challenge against the detention regime.',
      'The minister dismissed the claims as nonsense.',
    );
    expect(labelOf(a, 'cyber crime')).toMatchObject({ label: 'claim', source: 'Gwande' });
    expect(labelOf(a, 'detention regime').label).toBe('none');
    expect(labelOf(a, 'as nonsense').label).toBe('claim');
  });

  it('reads deploring, a lawsuit "alleging" a clause, a lobby and a dated statement "noting" as claims', () => {
    const a = run(
      'Even before the vote, Mr. Poilan was already deploring the decision to support the government.',
      'Trout Alliance and other groups filed a lawsuit Thursday alleging state officials did not study the harm.',
      'The mining lobby has dismissed the court action as yet another chapter in a campaign.',
      'The Department of Corrections issued a statement Thursday morning noting the inmates had resumed eating.',
      'I watched Flensman berate a friend of mine.',
    );
    expect(labelOf(a, 'deploring').source).toBe('Mr. Poilan');
    expect(labelOf(a, 'did not study')).toMatchObject({ label: 'claim', source: 'Trout Alliance' });
    expect(labelOf(a, 'yet another chapter')).toMatchObject({ label: 'claim', source: 'The mining lobby' });
    expect(labelOf(a, 'resumed eating')).toMatchObject({ label: 'claim', source: 'The Department of Corrections' });
    expect(labelOf(a, 'berate').source).toBe('Flensman');
  });

  it('gives criticism or praise "drawn / received from" X to X', () => {
    const a = run(
      'The blueprint drew criticism from the climate advisers over its loopholes.',
      'The bill received almost immediate criticism from business groups.',
      'The plans have faced stiff opposition from campaigners.',
    );
    expect(labelOf(a, 'loopholes')).toMatchObject({ label: 'claim', source: 'the climate advisers' });
    expect(labelOf(a, 'immediate criticism')).toMatchObject({ label: 'claim', source: 'business groups' });
    expect(labelOf(a, 'stiff opposition').label).toBe('none');
  });

  it('reads "was quoted as saying by" an outlet, emails and observations as reports', () => {
    const a = run(
      'The village looked ruined, local reporter Keni Lasa was quoted as saying by the Associated Press news agency.',
      'The email told members that an allegation had been received.',
      'Observations showed that the result held after one year.',
    );
    expect(labelOf(a, 'looked ruined')).toMatchObject({ label: 'report', source: 'the Associated Press news agency' });
    expect(labelOf(a, 'allegation had been received')).toMatchObject({ label: 'report', source: 'The email' });
    expect(labelOf(a, 'result held').label).toBe('report');
  });

  it('gives a trailing "demanding / complaining / defending" to the main clause and reads a judge\'s rejection as a ruling', () => {
    const a = run(
      'Workers at the mine have gone on strike, demanding their salaries.',
      'The bankruptcy judge on Friday rejected an agreement with the pilots.',
      'Another judge rejected claims that the trial was unfair.',
    );
    expect(labelOf(a, 'their salaries')).toMatchObject({ label: 'claim', source: 'Workers at the mine' });
    expect(labelOf(a, 'with the pilots').label).toBe('none');
    expect(labelOf(a, 'trial was unfair').label).toBe('claim');
  });

  it('reads a clause without "that" whose subject runs on with "of" after "reports", "reported", "found"', () => {
    const a = run(
      'The Ocean Trust reports the number of stranded whales rose sharply last year.',
      'Kalmar Foods reported the value of its exports fell in May.',
      'The Lindqvist Institute found the share of young voters grew.',
      'Police reported the death of a man who was shot.',
      'The explorers found quantities of a rare mineral called zirconite.',
      'When ministers announced a reorganisation of the navy it drew criticism.',
      'Brenner Steel reported a loss of 5m euros.',
    );
    expect(labelOf(a, 'stranded whales')).toMatchObject({ label: 'claim', source: 'The Ocean Trust' });
    expect(labelOf(a, 'its exports')).toMatchObject({ label: 'claim', source: 'Kalmar Foods' });
    expect(labelOf(a, 'young voters')).toMatchObject({ label: 'claim', source: 'The Lindqvist Institute' });
    for (const words of ['who was shot', 'zirconite', 'drew criticism']) expect(labelOf(a, words).label).toBe('none');
    // (A company reporting its own figures gives its account of them: a claim, as the labels read it.)
    expect(labelOf(a, '5m euros')).toMatchObject({ label: 'claim', source: 'Brenner Steel' });
  });

  it('reads an acute accent between letters as an apostrophe, keeping the page\'s spelling', () => {
    const a = run('The agency´s relief chief Sean O´Dowd said the camps were full.', 'O´Dowd added that the rains had come early.');
    expect(labelOf(a, 'camps were full')).toMatchObject({ label: 'claim', source: 'Sean O´Dowd' });
    expect(labelOf(a, 'rains had come')).toMatchObject({ label: 'claim', source: 'Sean O´Dowd' });
    expect(a.sentences[0]?.text).toBe('The agency´s relief chief Sean O´Dowd said the camps were full.');
  });

  it('reads the country or named body an official acts for as their own side, not an observer\'s or a rival\'s', () => {
    const a = run(
      'President Ana Duarte said Brazil will impose new tariffs on steel.',
      'The oil minister insisted that OPEC would keep output steady.',
      'Russian Foreign Minister Igor Sarin said the United States would lift the sanctions.',
      'Analyst Tom Reed said OPEC would cut output.',
      'Mr Hale said Labour would raise taxes.',
    );
    expect(labelOf(a, 'tariffs on steel')).toMatchObject({ label: 'pledge', source: 'Ana Duarte' });
    expect(labelOf(a, 'output steady').label).toBe('pledge');
    expect(labelOf(a, 'lift the sanctions').label).toBe('claim');
    expect(labelOf(a, 'cut output').label).toBe('claim');
    expect(labelOf(a, 'raise taxes').label).toBe('claim');
  });

  it('reads a lead shouted in capitals in ordinary case, keeping acronyms, datelines and the page text', () => {
    const a = run(
      'DAVID Okafor has said the vote will go ahead.',
      'NHS bosses said the plan was flawed.',
      'WASHINGTON (Reuters) - Mr Okafor said the plan was dead.',
      'MASSPIRG said it had examined 2,000 complaints.',
    );
    const lead = run('A HEADTEACHER has hit back at inspectors.', 'Brenda Kale, headteacher at the school, said the visit was rushed.');
    expect(labelOf(a, 'vote will go ahead').source).toBe('David Okafor');
    expect(labelOf(lead, 'hit back').source).toBe('Brenda Kale');
    expect(labelOf(a, 'plan was flawed').source).toBe('NHS bosses');
    expect(labelOf(a, 'plan was dead').source).toBe('David Okafor');
    expect(labelOf(a, '2,000 complaints').source).toBe('MASSPIRG');
    expect(a.sentences[0]?.text).toBe('DAVID Okafor has said the vote will go ahead.');
  });

  it('keeps a party and state in brackets ("(D-W. Va.),", "(R-Ky.),") in one sentence with the name before them', () => {
    const a = run('Sen. Joe Marlin (D-W. Va.), a leading member of the group, said he expects a vote.');
    const b = run('Sen. Ann Cole (R-Ky.), an adviser to the leader, said the bill was dead.');
    expect(a.sentences).toHaveLength(1);
    expect(b.sentences).toHaveLength(1);
    expect(labelOf(a, 'expects a vote')).toMatchObject({ label: 'claim', source: 'Joe Marlin' });
    expect(labelOf(b, 'bill was dead')).toMatchObject({ label: 'claim', source: 'Ann Cole' });
  });

  it('reads announcing a measure of one\'s own as a pledge, not a forecast or a result', () => {
    const a = run(
      'The rail union has announced a strike by its members on Friday.',
      'The president announced sweeping 20 percent tariffs on imported cars.',
      'The airline announced record profits on Monday.',
      'The minister is expected to announce new measures next week.',
      'Even as Ms Vale announced the new sanctions package, she admitted that the effect was unclear.',
    );
    expect(labelOf(a, 'a strike by its members')).toMatchObject({ label: 'pledge', source: 'The rail union' });
    expect(labelOf(a, 'tariffs on imported cars').label).toBe('pledge');
    expect(labelOf(a, 'record profits').label).toBe('none');
    expect(labelOf(a, 'expected to announce').label).toBe('none');
    expect(labelOf(a, 'effect was unclear')).toMatchObject({ label: 'claim', source: 'Ms Vale' });
  });

  it('reads a campaign carried on, and "government" without its article, as the speaker\'s own commitment', () => {
    const a = run(
      'Transport union spokeswoman Lindiwe Dube said the strike would go on indefinitely.',
      '“The blockade will continue,” the farmers’ leader, Pieter Smit, told reporters.',
      'Police said protests would continue through the weekend.',
      'Aidan Farrell, an analyst, said the walkout would continue for weeks.',
      'Finance Minister Kofi Addo said government would not abandon the fuel subsidy.',
    );
    expect(labelOf(a, 'go on indefinitely')).toMatchObject({ label: 'pledge', source: 'Lindiwe Dube' });
    expect(labelOf(a, 'blockade will continue')).toMatchObject({ label: 'pledge', source: 'Pieter Smit' });
    expect(labelOf(a, 'through the weekend').label).toBe('claim');
    expect(labelOf(a, 'for weeks').label).toBe('claim');
    expect(labelOf(a, 'fuel subsidy')).toMatchObject({ label: 'pledge', source: 'Kofi Addo' });
  });

  it('reads work carried on by those who do it as a pledge ("efforts would continue", "the search would continue")', () => {
    const a = run(
      'Interior Minister Sven Lund said efforts would continue to return the families.',
      'Police said the search would resume at first light.',
      'Political analyst Mona Ek said the inquiry would continue for years.',
    );
    expect(labelOf(a, 'return the families')).toMatchObject({ label: 'pledge', source: 'Sven Lund' });
    expect(labelOf(a, 'at first light')).toMatchObject({ label: 'pledge', source: 'Police' });
    expect(labelOf(a, 'for years').label).toBe('claim');
  });

  it('finds commitments of the Government, the central bank, "no intention of" and "remain committed"', () => {
    const a = run(
      'The Prime Minister told MPs the Government was committed to three new hospitals.',
      'Fed chair Ruth Ames stressed that the central bank plans to cut rates slowly.',
      'Steel boss Karl Veen said he had no intention of closing the plant.',
      'Ida Moss, the rail operator’s chief, said the company was “fully committed to reopening the line”.',
      '“We remain committed to the new timetable,” she said.',
      'An analyst, Tom Reyes, said the central bank would raise rates again.',
    );
    expect(labelOf(a, 'three new hospitals').label).toBe('pledge');
    expect(labelOf(a, 'cut rates slowly')).toMatchObject({ label: 'pledge', source: 'Ruth Ames' });
    expect(labelOf(a, 'closing the plant')).toMatchObject({ label: 'pledge', source: 'Karl Veen' });
    expect(labelOf(a, 'reopening the line')).toMatchObject({ label: 'pledge', source: 'Ida Moss' });
    expect(labelOf(a, 'new timetable')).toMatchObject({ label: 'pledge', source: 'Ida Moss' });
    expect(labelOf(a, 'raise rates again').label).toBe('claim');
  });

  it('knows more names for the body a speaker acts for, and reads past a quotation mark on the verb', () => {
    const a = run(
      'Police Commissioner Ade Bello said the command would recommend the officer for dismissal.',
      'Mayor Thandi Zulu said the municipality would be meeting residents on Friday.',
      'Water regulator chief Ola Berg said the regulator would “continue to monitor” the company.',
    );
    expect(labelOf(a, 'for dismissal')).toMatchObject({ label: 'pledge', source: 'Ade Bello' });
    expect(labelOf(a, 'meeting residents')).toMatchObject({ label: 'pledge', source: 'Thandi Zulu' });
    expect(labelOf(a, 'continue to monitor')).toMatchObject({ label: 'pledge', source: 'Ola Berg' });
    expect(run('Ola Berg said the company would “have a bigger role”.').sentences[0]?.label).toBe('claim');
  });

  it('reads a first-person refusal in a quotation as a pledge ("I am not going to surrender", "I would never ...")', () => {
    const a = run(
      '“I am not going to surrender,” Sheriff Dale Rusk said.',
      '“This is something I would never give away,” Mayor Ines Kahl said.',
      '“I would not have done that,” Mayor Ines Kahl said.',
    );
    expect(labelOf(a, 'surrender')).toMatchObject({ label: 'pledge', source: 'Dale Rusk' });
    expect(labelOf(a, 'never give away')).toMatchObject({ label: 'pledge', source: 'Ines Kahl' });
    expect(labelOf(a, 'would not have done').label).toBe('claim');
  });

  it('reads a decision in the passive future as a pledge when the tagger takes the participle for an adjective', () => {
    const a = run(
      'Later, people over 60 with chronic illnesses will be vaccinated, Health Minister Asha Rao added.',
      'Health Minister Asha Rao said nurses would be disappointed by the delay.',
      'Health Minister Asha Rao said a large merger would be unprecedented.',
    );
    expect(labelOf(a, 'will be vaccinated')).toMatchObject({ label: 'pledge', source: 'Asha Rao' });
    expect(labelOf(a, 'disappointed').label).toBe('claim');
    expect(labelOf(a, 'unprecedented').label).toBe('claim');
  });

  it('reads what the speaker\'s side puts on offer as a pledge ("20 games would be available at launch")', () => {
    const a = run(
      'Kestrel Games said 20 games would be available at launch.',
      'Premier Tom Lyle said emergency payments would be available from Monday.',
      'Analysts said the phone would go on sale in May.',
      'Kestrel Games said it was unlikely that a tablet version would be released.',
    );
    expect(labelOf(a, 'at launch')).toMatchObject({ label: 'pledge', source: 'Kestrel Games' });
    expect(labelOf(a, 'from Monday')).toMatchObject({ label: 'pledge', source: 'Tom Lyle' });
    expect(labelOf(a, 'on sale in May').label).toBe('claim');
    expect(labelOf(a, 'tablet version').label).toBe('claim');
  });

  it('reads the scheduled "is to" of the speaker\'s side as a pledge, not "is to blame"', () => {
    const a = run(
      'The Welsh government announced it is to spend £20m on flood defences.',
      'The rail operator said it is to blame for the delays.',
    );
    expect(labelOf(a, 'flood defences').label).toBe('pledge');
    expect(labelOf(a, 'to blame').label).toBe('claim');
  });

  it('reads "the health department would ..." as the speaker\'s body, but not an object ("warned the football authorities that")', () => {
    const a = run(
      'A government spokesman said the health department would publish the report in May.',
      'The sports minister, Ola Berg, warned the football authorities that the Government would legislate.',
    );
    expect(labelOf(a, 'publish the report').label).toBe('pledge');
    expect(labelOf(a, 'would legislate')).toMatchObject({ label: 'pledge', source: 'Ola Berg' });
  });

  it('reads a threat of one\'s own action as a pledge, not a thing that threatens', () => {
    const a = run(
      'The dockers\' union is threatening a nationwide strike over the sackings.',
      'Ms Okafor threatened to resign if the plan went ahead.',
      'Rising seas threaten the survival of the islands.',
      'Gunmen opened fire in an assault that threatened to derail the peace talks.',
    );
    expect(labelOf(a, 'nationwide strike').label).toBe('pledge');
    expect(labelOf(a, 'threatened to resign')).toMatchObject({ label: 'pledge', source: 'Ms Okafor' });
    expect(labelOf(a, 'Rising seas').label).toBe('none');
    expect(labelOf(a, 'Gunmen opened fire').label).toBe('none');
  });

  it('reads a future the speaker only thinks or hopes for as a claim, not a pledge', () => {
    const a = run(
      '“I think we will start to see more hiring next year,” economist Dana Fry said.',
      '“We hope we will benefit from that,” chief executive Omar Reid told analysts.',
      '“We will fight on,” union leader Ali Musa said.',
      'The party says it would expect the watchdog to take the complaints seriously.',
    );
    expect(labelOf(a, 'take the complaints').label).toBe('claim');
    expect(labelOf(a, 'more hiring').label).toBe('claim');
    expect(labelOf(a, 'benefit from that').label).toBe('claim');
    expect(labelOf(a, 'fight on').label).toBe('pledge');
  });
});
