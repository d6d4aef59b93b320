import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('acts of speech', () => {
  it('reads a closing "X announced today" like "X said today"', () => {
    const a = run('About 900 families have left the valley since Monday, Interior Adviser Karim Sobhan announced today.');
    expect(labelOf(a, '900 families')).toMatchObject({ label: 'claim', source: 'Karim Sobhan' });
  });

  it('keeps an announced event without content as no cue', () => {
    const a = run('The mayor announced a new bus route.');
    expect(labelOf(a, 'bus route').label).toBe('none');
  });

  it('reads "alleged" before a bare noun that opens a clause as the verb', () => {
    const a = run('The regulator alleged staff members routinely falsified safety logs.');
    expect(labelOf(a, 'falsified')).toMatchObject({ label: 'claim', source: 'The regulator' });
    expect(labelOf(run('The alleged victims spoke to the court.'), 'victims').label).toBe('none');
  });

  it('reads a request for time or for a change as speech, not a request for a meeting or a ban', () => {
    const a = run(
      'In March, Portugal requested more time to study the directive.',
      'Councillor Ann Prior requested the use of bat boxes on every new house.',
      'Managers at the plant requested a meeting with the union last week.',
      'The ministry has suspended two generals and requested travel bans for them.',
    );
    expect(labelOf(a, 'more time')).toMatchObject({ label: 'claim', source: 'Portugal' });
    expect(labelOf(a, 'bat boxes')).toMatchObject({ label: 'claim', source: 'Ann Prior' });
    expect(labelOf(a, 'a meeting').label).toBe('none');
    expect(labelOf(a, 'travel bans').label).toBe('none');
  });

  it('reads reminding people to act as speech, not being reminded of something', () => {
    const a = run(
      'Education Secretary Maria Lopez said classes in the capital were suspended.',
      'She also reminded head teachers outside the capital to follow the closure rules.',
      'I am reminded of a line from an old song.',
    );
    expect(labelOf(a, 'closure rules')).toMatchObject({ label: 'claim', source: 'Maria Lopez' });
    expect(labelOf(a, 'old song').label).toBe('none');
  });
});

describe("a company's own figures", () => {
  it('reads "reported" earnings as the company\'s claim; "posted" a profit stays none', () => {
    const a = run(
      'Norlink reported third quarter earnings of $1.2 billion on revenues of $8 billion.',
      'Umbra has posted a 40% rise in annual profit.',
    );
    expect(labelOf(a, 'third quarter')).toMatchObject({ label: 'claim', source: 'Norlink' });
    expect(labelOf(a, 'annual profit').label).toBe('none');
  });

  it('reads a country\'s postal service as a company, not a newspaper', () => {
    const a = run('Australia Post reported a loss of $200 million for the year.', 'The Jakarta Post reported that the talks had failed.');
    expect(labelOf(a, 'a loss')).toMatchObject({ label: 'claim', source: 'Australia Post' });
    expect(labelOf(a, 'talks had failed')).toMatchObject({ label: 'report', source: 'The Jakarta Post' });
  });
});

describe('documents, outlets and groups', () => {
  it('reads a document that "reads" a quotation as a report by the document', () => {
    const a = run(
      '“Players must note that some cold remedies may be listed as banned,” the circular read.',
      'The circular said the junior rankings had been amended.',
      'He read the letter aloud to the crowd.',
    );
    expect(labelOf(a, 'cold remedies')).toMatchObject({ label: 'report', source: 'the circular' });
    expect(labelOf(a, 'junior rankings')).toMatchObject({ label: 'report', source: 'the circular' });
    expect(labelOf(a, 'read the letter').label).toBe('none');
  });

  it('hears news channels and radio stations as outlets', () => {
    const a = run('Local television news channels said the government had agreed to pay the arrears.');
    expect(labelOf(a, 'arrears')).toMatchObject({ label: 'report', source: 'Local television news channels' });
  });

  it('reads "the" and a capitalised plural as a group named in full, not a person', () => {
    const a = run(
      '“Hundreds were hurt,” the Liberation Falcons of North Varia (LFNV) said in a statement.',
      'The LFNV said the army had taken the port.',
      'It said the coastal village had fallen.',
    );
    expect(labelOf(a, 'Hundreds were hurt')).toMatchObject({ label: 'claim', source: 'the Liberation Falcons of North Varia' });
    expect(labelOf(a, 'coastal village')).toMatchObject({ label: 'claim', source: 'the Liberation Falcons of North Varia' });
  });

  it('finds the speaker before a participle whose object is a list ("X, sitting with A, B and C, said")', () => {
    const a = run(
      'Lady Marsh, sitting with Lords Abel, Brand, Cole and Dunn, said the refugees had good reason to leave.',
      'But she said they were treated more harshly.',
    );
    expect(labelOf(a, 'good reason')).toMatchObject({ label: 'claim', source: 'Lady Marsh' });
    expect(labelOf(a, 'more harshly')).toMatchObject({ label: 'claim', source: 'Lady Marsh' });
  });
});

describe('more shapes of attribution', () => {
  it('reads "was quoted on Thursday as saying" past the time phrase', () => {
    const a = run('Lord Vance was quoted on Thursday as saying the federation would not shrink from bans.');
    expect(labelOf(a, 'shrink from bans').label).not.toBe('none');
  });

  it('reads "Records show he told ..." as a finding of the records', () => {
    const a = run('Records show he personally told a grand jury there was not enough evidence.');
    expect(labelOf(a, 'grand jury')).toMatchObject({ label: 'report', source: 'Records' });
  });

  it('reads "hit back with a statement" as words, not "hit back with two goals"', () => {
    const a = run('Ortiz, who took office in May, hit back with a lengthy statement on Sunday.', 'United hit back with two goals.');
    expect(labelOf(a, 'lengthy statement')).toMatchObject({ label: 'claim', source: 'Ortiz' });
    expect(labelOf(a, 'two goals').label).toBe('none');
  });

  it('keeps an unnamed officer who owns the subject in view for "he said"', () => {
    const a = run(
      'The young garda’s hands shook as he walked to the stand.',
      '“One of the witnesses was threatening me outside,” he said.',
      'Gardaí claimed the driver had hit an officer.',
    );
    expect(labelOf(a, 'threatening me')).toMatchObject({ label: 'claim', source: 'The young garda' });
    expect(labelOf(a, 'hit an officer')).toMatchObject({ label: 'claim', source: 'Gardaí' });
  });
});

describe('raising a point', () => {
  it('reads "raised the issue that" and a concern raised by a named agent as claims, not a raised surcharge', () => {
    const a = run(
      'Councillor Ann Prior raised the issue that a bedroom could be added to the study.',
      'The issue of warnings on games was raised on Sunday by Trade Secretary Ruth Vale.',
      'The surcharge was raised by two pounds.',
    );
    expect(labelOf(a, 'bedroom')).toMatchObject({ label: 'claim', source: 'Ann Prior' });
    expect(labelOf(a, 'warnings on games')).toMatchObject({ label: 'claim', source: 'Ruth Vale' });
    expect(labelOf(a, 'surcharge').label).toBe('none');
  });
});

describe('crowds, credit claimed, documents released and replies not yet given', () => {
  it('hears "some say", "many feel that" and "many in the community fear", not a crowd\'s guess', () => {
    const a = run(
      'However, some say more borrowing is not support.',
      'Many feel that the hardest task will be pricing.',
      'But many in the town fear displacement.',
      'It is the best in its genre and possibly, many will feel, of any genre.',
      'Most state agencies will see their budgets cut.',
    );
    expect(labelOf(a, 'more borrowing')).toMatchObject({ label: 'claim', source: 'some' });
    expect(labelOf(a, 'hardest task').label).toBe('claim');
    expect(labelOf(a, 'displacement')).toMatchObject({ label: 'claim', source: 'many in the town' });
    expect(labelOf(a, 'any genre').label).toBe('none');
    expect(labelOf(a, 'budgets cut').label).toBe('none');
  });

  it('reads "claimed responsibility" and "claimed a victory" as claims, "claim asylum" as none', () => {
    const a = run(
      'A militant group claimed responsibility for the attack.',
      'The students union also claimed a victory at the second campus.',
      'He travelled to claim asylum.',
    );
    expect(labelOf(a, 'the attack').label).toBe('claim');
    expect(labelOf(a, 'a victory').label).toBe('claim');
    expect(labelOf(a, 'asylum').label).toBe('none');
  });

  it('reads "A survey released Tuesday showed" as the survey\'s report', () => {
    const a = run('A survey released Tuesday showed adults spend nearly two hours a day on their phones.');
    expect(labelOf(a, 'two hours')).toMatchObject({ label: 'report', source: 'A survey' });
  });

  it('reads "have not yet responded" as no reply', () => {
    const a = run('Chinese authorities have not yet responded to the report.');
    expect(labelOf(a, 'not yet responded').label).toBe('none');
  });
});

describe('news agencies, joint bodies, chants and questions put', () => {
  it('reads the Press Trust of India and a News Agency as outlets, closing or quoting sources', () => {
    const a = run(
      'The defence secretary briefed a parliamentary panel, the Press Trust of India (PTI) reported, marking a new row.',
      'He also told MPs that troops had been deployed, it quoted unnamed sources as saying.',
      'The News Agency of Kandor had on Tuesday reported that the president cancelled his leave.',
    );
    expect(labelOf(a, 'parliamentary panel')).toMatchObject({ label: 'report', source: 'the Press Trust of India' });
    expect(labelOf(a, 'cancelled his leave')).toMatchObject({ label: 'report', source: 'The News Agency of Kandor' });
    expect(labelOf(a, 'troops had been deployed')).toMatchObject({ label: 'report', source: 'the Press Trust of India' });
  });

  it('gives joint bodies with short forms to the first, and a group "from across" a country to the group', () => {
    const a = run(
      'The Hotel Workers Union (HWU) and the National Nurses Organisation (NNO) say they are not ready.',
      'Agriculture ministers from across the country said they heard the concerns.',
    );
    expect(labelOf(a, 'not ready').source).toBe('The Hotel Workers Union');
    expect(labelOf(a, 'heard the concerns').source).toBe('Agriculture ministers from across the country');
  });

  it('hears a chant and a question put, not chanting slogans or a message asking', () => {
    const a = run(
      '“No more fees, no more debt,” the students chanted.',
      'The crowd chanted slogans.',
      'The committee convener, Ann Prior, questioned the chief executive on the audit, asking if he thought it was an endorsement.',
      'All councillors received text messages, asking them to read an email.',
    );
    expect(labelOf(a, 'no more debt')).toMatchObject({ label: 'claim', source: 'the students' });
    expect(labelOf(a, 'slogans').label).toBe('none');
    expect(labelOf(a, 'an endorsement')).toMatchObject({ label: 'claim', source: 'Ann Prior' });
    expect(labelOf(a, 'text messages').label).toBe('none');
  });

  it('reads "reacted to media reports that" as a noun, the reply in the participle', () => {
    const a = run('The presidency has reacted to media reports that the president cancelled his leave, explaining that it was a private visit.');
    expect(labelOf(a, 'private visit')).toMatchObject({ label: 'claim', source: 'The presidency' });
  });
});

describe('who asks, and which clause speaks', () => {
  it('reads "X, 36, of Brooklyn, asked the crowd" with the crowd as the one asked', () => {
    const a = run('Rosa Diaz, 36, of East New York, Brooklyn, asked the crowd of about 200.', '“Why now?” asked the reporter.');
    expect(labelOf(a, 'the crowd').source).toBe('Rosa Diaz');
    expect(labelOf(a, 'Why now').source).toBe('the reporter');
  });

  it('lets the main clause speak over a fronted "when" clause', () => {
    const a = run('When the ministry announced it had met its target this month, Prime Minister Anne Holt said it was only the start.');
    expect(labelOf(a, 'only the start')).toMatchObject({ label: 'claim', source: 'Anne Holt' });
  });
});

describe('a pronoun after a fronted clause', () => {
  it('is the one person of its gender the clause names ("When X was contacted, he confirmed ...")', () => {
    const a = run(
      'The producers Amir Rao and Tom Wells want a higher price.',
      'When theatre owner Manoj Desai was contacted, he confirmed the news, saying the price had doubled.',
      'Asked if Mr Wells could return, he replied that it was too early.',
    );
    expect(labelOf(a, 'price had doubled').source).toBe('Manoj Desai');
    expect(labelOf(a, 'too early').source).not.toBe('Tom Wells');
  });
});

describe('the reason a subject gives for its own act', () => {
  it('reads "..., citing ..." and "..., alleging ..." after an act as the subject\'s claim', () => {
    const a = run(
      'The airline cancelled hundreds of flights in March, citing staff shortages.',
      'Opposition parties walked out of the count, alleging the ballots had been tampered with.',
    );
    expect(labelOf(a, 'staff shortages')).toMatchObject({ label: 'claim', source: 'The airline' });
    expect(labelOf(a, 'tampered')).toMatchObject({ label: 'claim', source: 'Opposition parties' });
  });

  it('keeps "citing" between a speaker and its verb an aside', () => {
    const a = run('Channel 9, citing police sources, said the suspect had been caught.');
    expect(labelOf(a, 'suspect')).toMatchObject({ label: 'report', source: 'Channel 9' });
  });
});

describe('owning up to a fault or a fact', () => {
  it('reads "admitted misconduct" and "acknowledged the drag of inflation" as claims', () => {
    const a = run(
      'Officer Dan Reid admitted misconduct in a public office.',
      'Both retailers acknowledged the drag of higher interest rates on spending.',
      'The hospital will admit new patients from Monday.',
    );
    expect(labelOf(a, 'misconduct')).toMatchObject({ label: 'claim', source: 'Dan Reid' });
    expect(labelOf(a, 'interest rates')).toMatchObject({ label: 'claim', source: 'Both retailers' });
    expect(labelOf(a, 'new patients').label).toBe('none');
  });
});

describe('naming a plan with a quotation', () => {
  it('reads "labelled the decision to block the ban “outrageous”" as a claim, and attacking a plan as no pledge', () => {
    const a = run(
      'The White House has labelled a judge’s decision to block the ban “outrageous”.',
      'The minister criticised the plan to close the school.',
    );
    expect(labelOf(a, 'outrageous')).toMatchObject({ label: 'claim', source: 'The White House' });
    expect(labelOf(a, 'close the school')).toMatchObject({ label: 'claim', source: 'The minister' });
  });
});

describe('clarifying', () => {
  it('is a verb of speech', () => {
    const a = run('The ministry clarified that the border would stay open.', 'Treasurer Jim Hale clarified the rules at a press conference.');
    expect(labelOf(a, 'border')).toMatchObject({ label: 'claim', source: 'The ministry' });
    expect(labelOf(a, 'the rules')).toMatchObject({ label: 'claim', source: 'Jim Hale' });
  });

  it('reads a plural subject\'s present "call" as the verb the tagger took for a noun', () => {
    const a = run(
      'Defence lawyers call it a cheap shot.',
      'Teaching unions call for a national strike.',
      'Campaigners call on the council to act.',
      'The phone calls for help went unanswered.',
    );
    expect(labelOf(a, 'cheap shot')).toMatchObject({ label: 'claim', source: 'Defence lawyers' });
    expect(labelOf(a, 'national strike')).toMatchObject({ label: 'claim', source: 'Teaching unions' });
    expect(labelOf(a, 'council to act')).toMatchObject({ label: 'claim', source: 'Campaigners' });
    expect(labelOf(a, 'went unanswered').label).toBe('none');
  });

  it('reads "alerted / notified X that", "spoke out against" and "announced the agreement" as speech', () => {
    const a = run(
      'Acme is alerting some customers that hackers may have taken their data.',
      'The council notified staff that the depot would close.',
      'We disabled email alerts, as there were so many that reading them was pointless.',
      'MP Jo Hale spoke out against the proposed closure of the plant.',
      'Attorney General Ray Boone announced the agreement with Endo Pharmaceuticals.',
    );
    expect(labelOf(a, 'hackers')).toMatchObject({ label: 'claim', source: 'Acme' });
    expect(labelOf(a, 'depot would close').source).toBe('The council');
    expect(labelOf(a, 'email alerts').label).toBe('none');
    expect(labelOf(a, 'proposed closure')).toMatchObject({ label: 'claim', source: 'Jo Hale' });
    expect(labelOf(a, 'the agreement')).toMatchObject({ label: 'claim', source: 'Ray Boone' });
  });

  it('reads a stance verb tagged as a noun before a bare noun phrase and its modal ("claims pipeline extensions would")', () => {
    const a = run('Ann Hale claims pipeline extensions would cut fuel costs.', 'Critics fear job losses will follow.', "The lawyers' claims proved false.");
    expect(labelOf(a, 'fuel costs')).toMatchObject({ label: 'claim', source: 'Ann Hale' });
    expect(labelOf(a, 'job losses')).toMatchObject({ label: 'claim', source: 'Critics' });
    expect(labelOf(a, 'proved false').label).toBe('none');
  });
});

describe('a passive with its agent and an "as" phrase', () => {
  it('gives the agent, not the agent and the description, as the speaker', () => {
    const a = run('He was described by colleagues as hard-working.', 'The report was dismissed by ministers as flawed.');
    expect(labelOf(a, 'hard-working')).toMatchObject({ label: 'claim', source: 'colleagues' });
    expect(labelOf(a, 'as flawed')).toMatchObject({ label: 'claim', source: 'ministers' });
  });
});

