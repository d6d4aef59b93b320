import { describe, expect, it } from 'vitest';
import { analysePhrase } from '../../../lib/engine/names';
import { tokenize } from '../../../lib/engine/nlp';
import { labelOf, run } from './helpers';

describe('who a source is and what it is called', () => {
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

  it('names the holder after an office with a list of portfolios ("Culture, Media and Sport")', () => {
    const a = run(
      'The Secretary of State for Culture, Media and Sport, Tessa Lowell, has hit out at critics of the bill.',
      'She told the Guardian there would be no super casinos.',
    );
    expect(labelOf(a, 'hit out at critics').source).toBe('Tessa Lowell');
    expect(labelOf(a, 'super casinos').source).toBe('Tessa Lowell');
  });

  it('reads a hyphenated office ("Secretary-General", "Attorney-General") as a title, not part of the name', () => {
    const a = run(
      'ANC Secretary-General Themba Dube has denied the allegations.',
      'Attorney-General Helen Marsh said the law was clear.',
      'Anne-Marie Cole said the talks went well.',
    );
    expect(labelOf(a, 'denied the allegations').source).toBe('Themba Dube');
    expect(labelOf(a, 'law was clear').source).toBe('Helen Marsh');
    expect(labelOf(a, 'talks went well').source).toBe('Anne-Marie Cole');
  });

  it('reads "said its statement" as the body in view speaking', () => {
    const a = run(
      'Norvik Systems posted a loss on Monday.',
      '"We see no sign that the slowdown is near its end," said its statement.',
    );
    expect(labelOf(a, 'slowdown')).toMatchObject({ label: 'claim', source: 'Norvik Systems' });
  });

  it('names the outlet of "a BBC report that …" without the article', () => {
    const a = run('The claims follow a Reuters report that the firm had hidden its losses.');
    expect(labelOf(a, 'hidden its losses')).toMatchObject({ label: 'report', source: 'Reuters' });
  });

  it('reads "Ontario-based RIM" as RIM: where a body is based describes it', () => {
    const a = run(
      'Northwind Systems (NWS) makes handheld scanners.',
      'Ontario-based NWS said the new scanner would launch in March.',
      'The company also said sales were strong.',
    );
    expect(labelOf(a, 'launch in March').source).toBe('Northwind Systems');
    expect(labelOf(a, 'sales were strong').source).toBe('Northwind Systems');
  });

  it('reads TD, MLA, MPP and MNA like MP: a role before or after the name, not part of it', () => {
    const a = run(
      'It comes as former Fine Gael TD Nora Quinlan said she would be open to a coalition.',
      'Ontario MPP Dan Rourke said the bill was rushed.',
      'Sheila Gant MLA said the vote was a disgrace.',
    );
    expect(labelOf(a, 'open to a coalition').source).toBe('Nora Quinlan');
    expect(labelOf(a, 'bill was rushed').source).toBe('Dan Rourke');
    expect(labelOf(a, 'vote was a disgrace').source).toBe('Sheila Gant');
  });

  it('names the person after a body with its own "of" and a capitalised title', () => {
    const a = run(
      'University of Otago Professor Helen Marsh, who has studied the coast for decades, also urged action.',
      'Bank of Fiji Governor Peter Ravu said rates would stay low.',
    );
    expect(labelOf(a, 'urged action').source).toBe('Helen Marsh');
    expect(labelOf(a, 'rates would stay low').source).toBe('Peter Ravu');
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

  it('reads "the WHO" as a body, not a relative pronoun', () => {
    const a = run('At least 34 cases have been reported, with 18 deaths, the WHO said.');
    expect(labelOf(a, '34 cases')).toMatchObject({ label: 'claim', source: 'the WHO' });
  });

  it('finds the speaker past an acronym in brackets and past a two-word remit before an office', () => {
    const a = run(
      "Germany's Social Democrats (SPD), who narrowly won the election ahead of Anja Merz's conservatives, said on Tuesday they hoped to talk.",
      'Information and Broadcasting Minister Priyan Dasgupta told reporters the outbreak was contained.',
    );
    expect(labelOf(a, 'hoped to talk').source).toBe("Germany's Social Democrats");
    expect(labelOf(a, 'outbreak was contained').source).toBe('Priyan Dasgupta');
  });

  it('reads "an investigation into X" as the document and names its owner in full', () => {
    const a = run('A subsequent Department of Justice investigation into the incident concluded that there was not enough evidence.');
    expect(labelOf(a, 'not enough evidence')).toMatchObject({ label: 'report', source: 'Department of Justice' });
  });

  it('starts a name at its courtesy title after a place ("the deal with Tanzania Mr Okoro said")', () => {
    const a = run('On top of the deal with Tanzania Mr Okoro said the talks had gone well.', 'Chancellor Mr Okoro later left.');
    expect(labelOf(a, 'talks had gone well')).toMatchObject({ label: 'claim', source: 'Mr Okoro' });
    expect(a.sources.flatMap((x) => x.aliases)).not.toContain('Tanzania Mr Okoro');
  });

  it('finds the speaker past cities joined by "and" before their state', () => {
    const a = run('Stewards at two plants in Dayton and Lima, Ohio, also said they were ready to strike.');
    expect(labelOf(a, 'ready to strike').source).toBe('Stewards');
  });

  it('takes an inverted speaker before an age or party in brackets, or a dash', () => {
    const a = run(
      '"The water came in so fast," said Kerem Aydin (41) a baker whose shop was flooded.',
      '"We lost everything," said Senator Ann Brody (D-Ore.).',
      '"It will take years," said Mrs Okafor – a teacher for thirty years.',
    );
    expect(labelOf(a, 'came in so fast')).toMatchObject({ label: 'claim', source: 'Kerem Aydin' });
    expect(labelOf(a, 'lost everything').source).toBe('Ann Brody');
    expect(labelOf(a, 'take years').source).toBe('Mrs Okafor');
  });

  it('resolves "according to him / her / them" to the person or group meant', () => {
    const a = run(
      'The central bank governor, Tunde Bakare, addressed the committee on Monday.',
      'According to him, the bank will review its rates.',
      'According to him reserves are now at a record high.',
      'Nadia Osei spoke to the press.',
      'According to her, the deal is off.',
      'According to her lawyer, the deal is off.',
    );
    expect(labelOf(a, 'review its rates')).toMatchObject({ label: 'report', source: 'Tunde Bakare' });
    expect(labelOf(a, 'record high').source).toBe('Tunde Bakare');
    expect(labelOf(a, 'According to her,').source).toBe('Nadia Osei');
    expect(labelOf(a, 'her lawyer').source).not.toBe('Nadia Osei');
  });

  it('keeps a capitalised word the tagger reads as an adverb inside a name ("Pak Gil Yon")', () => {
    const a = run(
      'North Korean envoy Pak Gil Yon spoke at the council.',
      'He said the army would continue missile launches.',
    );
    expect(labelOf(a, 'missile launches')).toMatchObject({ label: 'pledge', source: 'Pak Gil Yon' });
  });

  it('leaves a minister\'s portfolio out of the name, so one person is one source', () => {
    const a = run(
      'Deputy Secretary of State Wren Halvorsen said the talks were useful.',
      'Halvorsen said they would continue.',
      'Minister of Transport and Communications Tsai Ming-hui said the line would reopen.',
      'Tsai said repairs would take five days.',
    );
    expect(labelOf(a, 'talks were useful').source).toBe('Wren Halvorsen');
    expect(labelOf(a, 'would continue').source).toBe('Wren Halvorsen');
    expect(labelOf(a, 'line would reopen').source).toBe('Tsai Ming-hui');
    expect(labelOf(a, 'five days').source).toBe('Tsai Ming-hui');
  });

  it('reads a role word that is also a surname as the end of a name ("Rick Dean", "Oona King")', () => {
    const a = run(
      'Rick Dean is a director at THX.',
      '"The two worlds were separate," he said.',
      'Ms King said she was delighted.',
    );
    expect(labelOf(a, 'two worlds').source).toBe('Rick Dean');
    expect(a.sources.some((e) => e.name === 'Dean')).toBe(false);
  });

  it('never reads a place or zone name as a person ("Exclusive Economic Zone", "Yilan County")', () => {
    for (const name of ['Exclusive Economic Zone', 'Yilan County', 'Second Thomas Shoal']) {
      expect(analysePhrase(tokenize(name).tokens, name).kind).not.toBe('person');
    }
    expect(analysePhrase(tokenize('Lin Chia-lung').tokens, 'Lin Chia-lung').kind).toBe('person');
  });
});

describe('an office described with its own "of" before a name', () => {
  it('names the holder from the known first name on', () => {
    const a = run(
      'Council of Trade Unions president Helen Marsh said the cuts would hurt families.',
      'University of Auckland vice-chancellor John Reed said fees would rise.',
      'He said costs were driven by salaries.',
    );
    expect(labelOf(a, 'hurt families').source).toBe('Helen Marsh');
    expect(labelOf(a, 'fees would rise').source).toBe('John Reed');
    expect(labelOf(a, 'driven by salaries').source).toBe('John Reed');
  });

  it('names the holder after an office with its place or body ("Chief Minister of Sindh Farid Qasmi")', () => {
    const a = run(
      'Chief Minister of Sindh Farid Qasmi said the province would open ten clinics.',
      'Opposition Leader in the Senate Nadia Karimi said the budget was a fraud.',
      'Qasmi said the roads were safe.',
      'Karimi told reporters the figures were wrong.',
    );
    expect(labelOf(a, 'ten clinics').source).toBe('Farid Qasmi');
    expect(labelOf(a, 'budget was a fraud').source).toBe('Nadia Karimi');
    expect(labelOf(a, 'roads were safe').source).toBe('Farid Qasmi');
    expect(labelOf(a, 'figures were wrong').source).toBe('Nadia Karimi');
  });

  it('keeps a spokesman for someone the spokesman, and a book by someone the book', () => {
    const a = run('A spokesman for Michael Hart said the talks had failed.');
    expect(labelOf(a, 'talks had failed').source).toBe('A spokesman for Michael Hart');
  });
});

describe('credentials after a name', () => {
  it('steps over a degree set off by commas ("Jane Holt, MD, director of ...")', () => {
    const a = run(
      'Jane Holt, MD, associate medical director at Riverside Hospital, tells the paper that the flu season has been rough.',
      'Holt said the wards were full.',
    );
    expect(labelOf(a, 'flu season')).toMatchObject({ label: 'claim', source: 'Jane Holt' });
    expect(labelOf(a, 'wards were full')).toMatchObject({ label: 'claim', source: 'Jane Holt' });
  });
});

describe('names cut from what runs into them', () => {
  it('keeps a leading initial "A" ("defence minister A K Antony")', () => {
    const a = run('Defence minister A K Antony on Monday said the army was ready.', 'He said the police would lead.');
    expect(labelOf(a, 'army was ready').source).toBe('A K Antony');
    expect(labelOf(a, 'police would lead').source).toBe('A K Antony');
  });

  it('starts the speaker after an aside closed by a spaced dash', () => {
    const a = run('After strong showings in the polls - most recently cutting the lead to three points - Labour MPs urged the leader to call an election.');
    expect(labelOf(a, 'Labour MPs urged').source).toBe('Labour MPs');
  });

  it('reads "acting X and Y Minister Name" as the minister, not "acting X"', () => {
    const a = run('“We will take advice from the police,” acting Roads and Road Safety Minister Teodor Dalakis told reporters.');
    expect(labelOf(a, 'take advice').source).toBe('Teodor Dalakis');
  });
});

describe('a first name ending in "s"', () => {
  it('stays in the name before a second first name ("Luis Miguel Castilla")', () => {
    const a = run('Finance Minister Luis Miguel Castilla told state news agency Andina that growth was strong.');
    expect(labelOf(a, 'growth was strong').source).toBe('Luis Miguel Castilla');
  });
});

describe('a demonym or calling before a first name', () => {
  it('is no part of the name', () => {
    const a = run(
      'Californian Thomas Slade filed the suit in San Jose.',
      'Mr Slade said the firm had broken the law.',
      'Farmer Geoff Marsh told reporters the ban was ridiculous.',
    );
    expect(labelOf(a, 'broken the law').source).toBe('Thomas Slade');
    expect(labelOf(a, 'ban was ridiculous').source).toBe('Geoff Marsh');
  });
});

describe('one body under its short form, its remit and its owner', () => {
  it('gives "the union" to a union known so far only by its acronym', () => {
    const a = run(
      'The Northern Union of Rail Workers (NURW) and the rail company are returning to talks on Wednesday.',
      'NURW, which represents 9,000 workers, said it had asked for the meeting.',
      'The union said its negotiators would attend.',
    );
    expect(labelOf(a, 'its negotiators').source).toBe(labelOf(a, 'asked for the meeting').source);
    expect(a.sources.filter((x) => /union|NURW/i.test(x.name))).toHaveLength(1);
  });

  it('reads a body with its remit and short form before its chairman as the chairman', () => {
    const a = run('According to Commission on Audit (COA) Chairman Maria Mendez, the agency has received all the reports.');
    expect(labelOf(a, 'all the reports')).toMatchObject({ label: 'report', source: 'Maria Mendez' });
  });

  it('keeps "the Electoral Commission on Wednesday" apart from a remit', () => {
    const a = run('Spending rose by a third, according to figures released by the Electoral Commission on Wednesday.');
    expect(labelOf(a, 'Spending rose').source).toBe('the Electoral Commission');
  });

  it('gives "The Defence Ministry" to "the island\'s defence ministry" named before', () => {
    const a = run(
      "The island's defence ministry rejected the allegation and said there had been no attacks.",
      'The Defence Ministry denied that its forces had targeted civilians.',
    );
    expect(labelOf(a, 'targeted civilians').source).toBe(labelOf(a, 'no attacks').source);
  });
});

describe('a name opening a sentence as a modifier', () => {
  it('reads "An Acme Gold Label cheese" as a product, so "an Acme spokeswoman" speaks for Acme', () => {
    const a = run(
      'Brightmart has condemned the sale of its products.',
      'An Acme Gold Label cheese was also recalled.',
      'An Acme spokeswoman said the retailer was investigating the incident.',
    );
    expect(labelOf(a, 'investigating')).toMatchObject({ label: 'claim', source: 'Acme' });
  });
});

describe('joint agents of a passive', () => {
  it('count as the first named, as joint subjects do; a firm named with "and" stays whole', () => {
    const a = run(
      'The plan has been criticised by environmental groups and the Green Party.',
      'The new levy has been criticised by Marks and Spencer.',
    );
    expect(labelOf(a, 'plan has been')).toMatchObject({ label: 'claim', source: 'environmental groups' });
    expect(labelOf(a, 'new levy')).toMatchObject({ label: 'claim', source: 'Marks and Spencer' });
  });
});

describe('brands written with a lower-case first letter', () => {
  it('reads "eBay", "easyJet" and "uSwitch" as names that speak', () => {
    const a = run(
      'Average bills are now £1,300 a year, uSwitch estimates.',
      'easyJet said it would cut 40 flights.',
      'Sales rose, eBay said.',
    );
    expect(labelOf(a, 'Average bills')).toMatchObject({ label: 'claim', source: 'uSwitch' });
    expect(labelOf(a, 'cut 40 flights')).toMatchObject({ label: 'pledge', source: 'easyJet' });
    expect(labelOf(a, 'Sales rose')).toMatchObject({ label: 'claim', source: 'eBay' });
  });

  it('reads a station\'s call sign ("KATU-TV") as an outlet, whose "reported" is a report', () => {
    const a = run('KATU-TV reported Monday that nine new cases were found.');
    expect(labelOf(a, 'nine new cases')).toMatchObject({ label: 'report', source: 'KATU-TV' });
  });
});

