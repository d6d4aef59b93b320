import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('surnames that read as ordinary words', () => {
  it('takes "Long said" and "Long maintained his innocence" for the person named Long', () => {
    const a = run(
      'Henry Long was convicted on Tuesday.',
      'Long maintained his innocence as he was sentenced.',
      '"I am not a guilty man," Long said.',
      'Ms Ray has long said the law was flawed.',
    );
    expect(labelOf(a, 'his innocence')).toMatchObject({ label: 'claim', source: 'Henry Long' });
    expect(labelOf(a, 'guilty man')).toMatchObject({ label: 'claim', source: 'Henry Long' });
    expect(labelOf(a, 'law was flawed').source).toBe('Ms Ray');
  });

  it('reads a surname with a lower-case particle ("al-Sabah") as the person named in full', () => {
    const a = run(
      'Kuwaiti oil minister Sheikh Saud Nasser al-Sabah said prices were too low.',
      'Arriving for the meeting, al-Sabah said the cartel had to act.',
    );
    expect(labelOf(a, 'had to act').source).toBe(labelOf(a, 'too low').source);
    expect(labelOf(a, 'too low').source).toContain('al-Sabah');
  });

  it('reads a surname without its Arabic article ("Haidan", "Sisi") as the person named in full', () => {
    const a = run(
      'Ambassador Fahad al-Mutairi said the remarks had been taken out of context.',
      'The comments came during an informal gathering, Mutairi said.',
      'President Abdel Fattah el-Sisi spoke later.',
      'Sisi said the talks would go on.',
    );
    expect(labelOf(a, 'informal gathering').source).toBe('Fahad al-Mutairi');
    expect(labelOf(a, 'talks would go on').source).toBe('Abdel Fattah el-Sisi');
  });

  it('steps over a long parenthesis between dashes after a name', () => {
    const a = run('Mr Ingles - making the statement for the defence secretary, Gerry Hume, who is visiting troops in Oman - said he recognised the strain.');
    expect(labelOf(a, 'recognised the strain').source).toBe('Mr Ingles');
  });
});

describe('what is not a commitment or a cue', () => {
  it('keeps "would miss" and "would not be able to" as claims', () => {
    const a = run(
      'Three members of the family spoke, saying they would miss his smile.',
      'Spain announced that it would not be able to reach the target by 2035.',
    );
    expect(labelOf(a, 'miss his smile').label).toBe('claim');
    expect(labelOf(a, 'reach the target').label).toBe('claim');
  });

  it('reads "responded by jumping" as no cue, "responded by saying" as one', () => {
    const a = run('Crude prices responded by jumping $3 a barrel.', 'The firm responded by saying it had done nothing wrong.');
    expect(labelOf(a, 'jumping').label).toBe('none');
    expect(labelOf(a, 'nothing wrong')).toMatchObject({ label: 'claim', source: 'The firm' });
  });

  it('takes a press release as a document', () => {
    const a = run('Officers found a man dead in an alley, the release said.');
    expect(labelOf(a, 'found a man dead')).toMatchObject({ label: 'report', source: 'the release' });
  });
});

describe('firms and bodies by their short names and descriptions', () => {
  it('keeps "X International" a body and "the human rights group" the body in view', () => {
    const a = run('Amnesty International said the arrests were unjust.', 'The human rights group said it would appeal.');
    expect(a.sources).toHaveLength(1);
    expect(a.sources[0]).toMatchObject({ name: 'Amnesty International', kind: 'organisation' });
  });

  it('gives "Toyota" and "the Japanese automaker" to "Toyota Motor Corp."', () => {
    const a = run(
      'Toyota Motor Corp. said it was recalling cars.',
      'The Japanese automaker said the fault was rare.',
      'Toyota said owners would be told.',
    );
    expect(a.sources.map((s) => s.name)).toEqual(['Toyota Motor Corp.']);
  });
});

describe('outlets, relayed reports and abbreviated ranks', () => {
  it('reads "The Hurriyet daily said" as the paper\'s report', () => {
    const a = run('The Hurriyet daily said 12 people had been arrested in a raid.');
    expect(labelOf(a, 'arrested in a raid')).toMatchObject({ label: 'report', source: 'The Hurriyet daily' });
  });

  it('reads "told The Associated Press that, according to preliminary reports, ..." as a relay', () => {
    const a = run('Capt. Donal Kerr told The Associated Press that, according to preliminary reports, 150 migrants were in the water.');
    expect(labelOf(a, '150 migrants')).toMatchObject({ label: 'report', source: 'Donal Kerr' });
  });

  it('keeps "Supt. Scott Miller said" in the sentence it closes', () => {
    const a = run('"We are not going to have a class with ten students in it," Supt. Scott Miller said.');
    expect(a.sentences).toHaveLength(1);
    expect(labelOf(a, 'ten students').source).toBe('Scott Miller');
  });
});

describe('titles and adverbs around names', () => {
  it('keeps "The EPA, meanwhile, said" the agency and "EPA Administrator X" a person', () => {
    const a = run(
      'The Environmental Protection Agency (EPA) caused the spill.',
      'The EPA, meanwhile, said it was encouraged by the findings.',
      'EPA Administrator Gina Carr said she was sorry.',
    );
    expect(labelOf(a, 'encouraged').source).toBe('The Environmental Protection Agency');
    expect(labelOf(a, 'she was sorry').source).toBe('Gina Carr');
  });
});

describe('objects, resolve and roles', () => {
  it('never takes the person accused for an inverted speaker', () => {
    const a = run('Michel Barre, the chief negotiator, accused Britain of being "nostalgic" for the market.');
    expect(labelOf(a, 'nostalgic')).toMatchObject({ label: 'claim', source: 'Michel Barre' });
  });

  it('reads "I am determined" without an action as a claim, "we are ready to act" as a pledge', () => {
    const a = run('Ann Cole leads the talks.', '"I am not angry, I am determined," she said.', '"We are ready to act," she said.');
    expect(labelOf(a, 'I am determined').label).toBe('claim');
    expect(labelOf(a, 'ready to act').label).toBe('pledge');
  });

  it('takes "Chief Nurse X" and "a comment ... by X, the minister, who said" to the person', () => {
    const a = run(
      'In a statement Chief Nurse Vicky Moss said demand was rising.',
      'Her words follow a comment this morning by Michael Fenn, the defence secretary, who said that "money will be found".',
    );
    expect(labelOf(a, 'demand was rising').source).toBe('Vicky Moss');
    expect(labelOf(a, 'money will be found').source).toBe('Michael Fenn');
  });
});

describe('datelines, refusals and "our" in quotes', () => {
  it('drops a dateline bullet from the speaker and ignores an inverted "revealed" with an object', () => {
    const a = run(
      'WASHINGTON • Twitter on Tuesday said it had suspended a number of accounts.',
      'Shortly after its rivals, Disney and Apple, revealed more details of their offerings, Netflix kept growing.',
    );
    expect(labelOf(a, 'suspended a number').source).toBe('Twitter');
    expect(labelOf(a, 'Netflix kept growing').label).toBe('none');
  });

  it('reads "would not speculate" as a claim, and "Our teams ... will take action" in a quote as a pledge', () => {
    const a = run(
      'Twitter said it had suspended accounts.',
      '"Our teams are investigating and will take action if rules were broken," a spokesman said.',
      'Jan Powell said she would not speculate on further rate rises.',
      '"It will not break our people\'s will," said Ana Ruiz.',
    );
    expect(labelOf(a, 'take action')).toMatchObject({ label: 'pledge', source: 'Twitter' });
    expect(labelOf(a, 'speculate').label).toBe('claim');
    expect(labelOf(a, "people's will").label).toBe('claim');
  });
});

describe('announcing the principal\'s or one\'s own staff\'s action', () => {
  it('reads a spokesperson\'s "President X would sign" and "his staff would travel" as pledges', () => {
    const a = run(
      'The White House said President Obama would sign the spending bill.',
      'The White House said Senator Smith would block the bill.',
      'President Joko Widodo said senior members of his staff would travel to the worst-hit areas.',
    );
    expect(labelOf(a, 'would sign')).toMatchObject({ label: 'pledge', source: 'The White House' });
    expect(labelOf(a, 'Senator Smith').label).toBe('claim');
    expect(labelOf(a, 'his staff would travel')).toMatchObject({ label: 'pledge', source: 'Joko Widodo' });
  });
});

describe('relays, acts and guesses', () => {
  it('reads "The sources quoted the prime minister as saying" as a relay by the sources', () => {
    const a = run('The sources quoted the prime minister as saying: "The government will not block the rally."');
    expect(labelOf(a, 'block the rally')).toMatchObject({ label: 'report', source: 'The sources' });
  });

  it('reads "responded with missile attacks" and "is considering a measure that ..." as no cue', () => {
    const a = run(
      'The killing, to which Iran responded with missile attacks on two bases, revived tensions.',
      'The minister responded with a statement saying the claims were false.',
      'Congress is considering a compromise measure that does not deliver all the funds.',
    );
    expect(labelOf(a, 'revived tensions').label).toBe('none');
    expect(labelOf(a, 'claims were false').label).toBe('claim');
    expect(labelOf(a, 'compromise measure').label).toBe('none');
  });

  it('reads "termed X the ..." as a claim and "Maybe a truce will be agreed" as no pledge', () => {
    const a = run(
      'Dilbagh Singh is the police chief.',
      'He termed the killing the "end of the new idea of militancy".',
      'A Sudanese official said talks were slow. He said: "Maybe a new truce will be agreed upon".',
    );
    expect(labelOf(a, 'end of the new idea')).toMatchObject({ label: 'claim', source: 'Dilbagh Singh' });
    expect(labelOf(a, 'Maybe a new truce').label).toBe('claim');
  });
});
