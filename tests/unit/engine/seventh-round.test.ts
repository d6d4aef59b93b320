import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('rules from the seventh blind round', () => {
  it('lets the subject of the sentence before outrank a later name of unknown gender for "he"', () => {
    const a = run(
      'Its strongest backer is Tom Varga.',
      'Mr Varga records, hosts and edits a weekly show called The Morning Desk.',
      'He says it is a labour of love.',
    );
    expect(labelOf(a, 'labour of love')).toMatchObject({ label: 'claim', source: 'Tom Varga' });
  });

  it('gives "he" to the one man the sentence names when no one else is in view', () => {
    const a = run('Transport Minister Ola Brandt will open the new bridge in May, he has told councillors.');
    expect(labelOf(a, 'new bridge')).toMatchObject({ label: 'pledge', source: 'Ola Brandt' });
  });

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

  it('finds the speaker past a city and its state, a relative clause and a tenure', () => {
    const a = run(
      'The union representing workers at the plant in Elkhart, Ind., said Friday that it will sue the company.',
      'Jose Alvarez, a steelworkers union representative, said Bway Corp., which bought the plant in March, only purchased its assets.',
      'Mrs Dalley, head teacher at the school, in Bilton Road, for the past seven years, said she was very down.',
      'But the chairman of Migration Watch, Sir Andrew Green, said the ruling was wrong.',
    );
    expect(labelOf(a, 'will sue')).toMatchObject({ label: 'pledge', source: 'The union' });
    expect(labelOf(a, 'only purchased').source).toBe('Jose Alvarez');
    expect(labelOf(a, 'very down').source).toBe('Mrs Dalley');
    expect(labelOf(a, 'ruling was wrong').source).toBe('Sir Andrew Green');
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

  it('names the holder of an office written out in full, and drops a relative "that"', () => {
    const a = run(
      'Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The policy is alarming."',
      'Anger is focused on a revised law that activists say will hobble the agency.',
      'Director of Communications Kelly Dunne said the budget would be reviewed.',
    );
    expect(labelOf(a, 'policy is alarming').source).toBe('Peter Ainsworth');
    expect(labelOf(a, 'hobble the agency').source).toBe('activists');
    expect(labelOf(a, 'budget would be reviewed').source).toBe('Kelly Dunne');
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

  it('ends a name at a footnote mark', () => {
    const a = run('According to the Orbital Foundation:[41] the launch is on time.');
    expect(labelOf(a, 'launch is on time').source).toBe('the Orbital Foundation');
  });

  it('keeps datelines, "X-based" and a city\'s state out of source names, and a committee\'s remit in', () => {
    const a = run(
      'WASHINGTON - Dorran Motors said Thursday that it will recall 1.1 million cars.',
      'John Hanley, a spokesman at the sales unit in Torrance, Calif., said he did not know the cost.',
      'Irving, Texas-based Exxar, the largest listed oil company, said it made $8.4 billion.',
      'JOHANNESBURG – The Portfolio Committee on Mineral Resources on Thursday called on the department to act.',
      'The committee said it was hopeful.',
    );
    expect(labelOf(a, '1.1 million cars')).toMatchObject({ label: 'pledge', source: 'Dorran Motors' });
    expect(labelOf(a, 'know the cost').source).toBe('John Hanley');
    expect(labelOf(a, '$8.4 billion').source).toBe('Exxar');
    expect(labelOf(a, 'department to act').source).toBe('The Portfolio Committee on Mineral Resources');
    expect(labelOf(a, 'was hopeful').source).toBe('The Portfolio Committee on Mineral Resources');
  });

  it('reads "MEP" before a name as a role and police and council abbreviations as titles', () => {
    const a = run(
      'UKIP MEP Robert Kilburn said the party would fight every seat.',
      'Supt Mick Deats said the search would go on. Supt Deats added that more officers were needed.',
      'Council leader Coun Julie Dane said: "This is a huge disappointment."',
    );
    expect(labelOf(a, 'every seat').source).toBe('Robert Kilburn');
    expect(labelOf(a, 'search would go on').source).toBe('Mick Deats');
    expect(labelOf(a, 'more officers').source).toBe('Mick Deats');
    expect(labelOf(a, 'huge disappointment').source).toBe('Julie Dane');
  });

  it('reads a role word after a known first name as a surname', () => {
    const a = run('Paul King, a security analyst, spoke to reporters.', 'Mr King said the attacks would grow.');
    expect(labelOf(a, 'attacks would grow').source).toBe('Paul King');
  });
});
