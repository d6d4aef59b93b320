import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

// Rules from the fifth blind round; every sentence here is written for the test.
describe('a description re-naming the person who just spoke', () => {
  it('gives "the former ... leader" and "the group\'s general secretary" to the speaker before them', () => {
    const a = run(
      'Ed Marlow said the party had lost its way. The former Liberal leader added that members wanted change.',
      'Sita Rao said the turnout was "a disgrace". The reform group\'s general secretary said the vote should move online.',
    );
    expect(labelOf(a, 'members wanted change').source).toBe('Ed Marlow');
    expect(labelOf(a, 'move online').source).toBe('Sita Rao');
    expect(a.sources.filter((s) => /leader|secretary/.test(s.name))).toEqual([]);
  });

  it('keeps a bare office and a description beside another name apart from the last speaker', () => {
    const a = run(
      'Opposition leader Ruth Fenn said taxes were too high. The chancellor said the figures proved otherwise.',
      'Dean Tull said the talks had stalled. The Tory leader, speaking later, told Dean Tull he was wrong.',
    );
    expect(labelOf(a, 'proved otherwise').source).toBe('The chancellor');
    expect(labelOf(a, 'he was wrong').source).toBe('The Tory leader');
  });
});

describe('subjects cut short or run on', () => {
  it('ends an inverted phrase at a past tense with an object: the subject before the comma speaks', () => {
    const a = run(
      'Mr Varley, who will set out his plans on Monday, said rising rents hurt the young.',
      'Ama Osei, director of the Leeds Housing Trust, said her office contacted the council.',
      '"The deal stands," said Leeds based lawyer Tom Kerr, who is not involved in the case.',
    );
    expect(labelOf(a, 'rising rents').source).toBe('Mr Varley');
    expect(labelOf(a, 'her office').source).toBe('Ama Osei');
    expect(labelOf(a, 'deal stands').source).toBe('Tom Kerr');
  });

  it('keeps "and" inside a body\'s name that ends in Executive', () => {
    const a = run('The Food and Farming Executive said it was reviewing the rules.');
    expect(labelOf(a, 'reviewing the rules').source).toBe('The Food and Farming Executive');
  });
});

describe('reports the fifth round found', () => {
  it('reads what an outlet "has learned" as its report, and a person learning news as nothing', () => {
    const a = run(
      'Bus fares in Leeds will rise by 8% in April, the Yorkshire Post has learned.',
      'She learned that her train had been cancelled.',
    );
    expect(labelOf(a, 'Bus fares')).toMatchObject({ label: 'report', source: 'the Yorkshire Post' });
    expect(labelOf(a, 'train had been cancelled').label).toBe('none');
  });

  it('reads figures compiled by a party as that party\'s report, and a man arrested by police as the speaker', () => {
    const a = run(
      'Hospital waiting lists have doubled, figures compiled by the Greens suggest.',
      'A man arrested by police said he had been at home all night.',
    );
    expect(labelOf(a, 'waiting lists')).toMatchObject({ label: 'report', source: 'the Greens' });
    expect(labelOf(a, 'at home all night')).toMatchObject({ label: 'claim', source: 'A man' });
  });

  it('reads a speaker passing on what others were told as a report', () => {
    const a = run('Ms Onu said staff were told the cuts would save the firm.');
    expect(labelOf(a, 'save the firm')).toMatchObject({ label: 'report', source: 'Ms Onu' });
  });
});

describe('"it said" closing a sentence', () => {
  it('is not the body the content is about', () => {
    const a = run('The audit said the scheme was badly run. Regulations designed to protect tenants are too weak, and landlords ignore them, it said.');
    expect(labelOf(a, 'too weak')).toMatchObject({ label: 'report', source: 'The audit' });
  });
});

describe('one party, one street', () => {
  it('merges a party\'s short and full names, and "Downing St" with "Downing Street"', () => {
    const a = run(
      'The Labour Party said the plan was fair. Labour said it would not back down.',
      'Downing Street said talks would go on. A Downing St spokesman said the offer stood.',
      'Tory sources said the vote was close. The Tories said they would oppose the bill.',
    );
    expect(labelOf(a, 'not back down').source).toBe('The Labour Party');
    expect(labelOf(a, 'offer stood').source).toBe('Downing Street');
    expect(labelOf(a, 'oppose the bill').source).not.toBe('Tory sources');
  });
});

describe('"his spokesman" said twice', () => {
  it('stays the same person\'s spokesman, not a spokesman\'s spokesman', () => {
    const a = run('Dan Kerr said he would stand. His spokesman said he was serious. His spokesman added that the offer was firm.');
    expect(labelOf(a, 'he was serious').source).toBe("Dan Kerr's spokesman");
    expect(labelOf(a, 'offer was firm').source).toBe("Dan Kerr's spokesman");
  });
});

describe('subjects found in the fifth round', () => {
  it('finds the speaker after "after", in "so says", after "with" and after a document\'s describer', () => {
    const a = run(
      'The row comes after Ann Pike, the leader of the biggest union Unify, told the Post she wants a date.',
      'Or so says Home Secretary Tom Ray.',
      'The Greens launched their manifesto, with leader Jo Hart saying her party was the real opposition.',
      'A study by analysts Orbit Research suggested that radio was in decline.',
      'Crime in the north rose by a tenth in the last year, new figures show.',
    );
    expect(labelOf(a, 'wants a date').source).toBe('Ann Pike');
    expect(labelOf(a, 'so says').source).toBe('Tom Ray');
    expect(labelOf(a, 'real opposition').source).toBe('Jo Hart');
    expect(labelOf(a, 'radio was in decline')).toMatchObject({ label: 'report', source: 'Orbit Research' });
    expect(labelOf(a, 'Crime in the north').label).toBe('report');
  });
});

describe('a cue inside its content, and a relative clause left open', () => {
  it('finds the speaker of "X, said Mr Y, would ..." and of "Mr Y, who ... said"', () => {
    const a = run(
      'The tone of the campaign, said Mr Dunn, would be more local.',
      'Mr Pryce, who on Monday won damages from the Daily Echo said he would stand again.',
      'Mr Lane, who Mr Cole said was tired, left early.',
    );
    expect(labelOf(a, 'more local').source).toBe('Mr Dunn');
    expect(labelOf(a, 'stand again').source).toBe('Mr Pryce');
    expect(labelOf(a, 'was tired').source).toBe('Mr Cole');
  });

  it('finds the speaker of "On average, said Mr Y, users …" after a fronted phrase, not the clause\'s subject', () => {
    const a = run(
      'Sites saved in this way can be arranged in folders and have notes attached to them.',
      'On average, said Mr Macklin, users conduct between five and 10 searches per day and the tools in the service should stop them having to search again.',
      'Jose Arroyo, a union representative, said Bway Corp., which bought the plant, only purchased its assets.',
    );
    expect(labelOf(a, 'five and 10 searches')).toMatchObject({ label: 'claim', source: 'Mr Macklin' });
    expect(labelOf(a, 'purchased its assets').source).toBe('Jose Arroyo');
  });
});

describe('titles joined by "and", seats after an age, and "which critics claim"', () => {
  it('finds the named holder and the crowd behind the relative pronoun', () => {
    const a = run(
      'Tory work and pensions spokesman Dan Webb said families would wonder why.',
      'Committee member and Labour MP Ann Cole said she was amazed.',
      'Rob Hale, 58, MP for Wantage in Oxfordshire, said he was leaving.',
      'MPs will debate a bill which critics claim would end jury trials.',
      'Parata and his family believe the land is theirs.',
    );
    expect(labelOf(a, 'wonder why').source).toBe('Dan Webb');
    expect(labelOf(a, 'was amazed').source).toBe('Ann Cole');
    expect(labelOf(a, 'was leaving').source).toBe('Rob Hale');
    expect(labelOf(a, 'jury trials').source).toBe('critics');
    expect(labelOf(a, 'land is theirs').source).toBe('Parata');
  });
});

describe('party and body names', () => {
  it('keeps "Lib Dems" a party and one source with "the Liberal Democrats"', () => {
    const a = run('The Lib Dems said taxes were high. The Liberal Democrats said they would cut them.');
    expect(labelOf(a, 'taxes were high').source).toBe(labelOf(a, 'cut them').source);
    expect(a.sources.find((s) => s.name === labelOf(a, 'cut them').source)?.kind).toBe('organisation');
  });

  it('names a described body by its own name ("market analysts Nielsen/NetRatings")', () => {
    const a = run('Broadband is growing, according to market analysts Nielsen/NetRatings. Nielsen/NetRatings said it would grow.');
    expect(labelOf(a, 'Broadband is growing').source).toBe('Nielsen/NetRatings');
    expect(a.sources).toHaveLength(1);
  });
});

describe('a description whose closing comma is missing', () => {
  it('gives the verb to the name before "X, head of ... at Y said"', () => {
    const a = run(
      'Mara Quist, head of policy at housing charity the Kestrel Trust said the cap was unfair.',
      'Tom Ablett, spokesman for software firm Quarrix said orders were rising.',
      'Dr Lena Hoyt, of the Institute for Rail Studies at Northgate University said: "The timetable is a mess."',
    );
    expect(labelOf(a, 'cap was unfair')).toMatchObject({ label: 'claim', source: 'Mara Quist' });
    expect(labelOf(a, 'orders were rising')).toMatchObject({ label: 'claim', source: 'Tom Ablett' });
    expect(labelOf(a, 'timetable is a mess').source).toBe('Lena Hoyt');
  });

  it('leaves the subject alone when the name before the comma does not open the clause', () => {
    const a = run("Asked about Tom Ablett, the company's chief executive said orders were rising.");
    expect(labelOf(a, 'orders were rising').source).not.toBe('Tom Ablett');
  });
});

describe('a title and name after a fronted phrase with no comma', () => {
  it('speaks, not the place before the title', () => {
    const a = run('Speaking to dairy farmers, at a protest in Cork today IFA President Joe Dunne said the minister must act.');
    expect(labelOf(a, 'must act')).toMatchObject({ label: 'claim', source: 'Joe Dunne' });
  });
});

describe('a second verb after an opening participle clause', () => {
  it('shares the subject of the main clause, not the participle', () => {
    const a = run('Alarmed by the rise in cases, Health Minister Ana Ruiz has called a meeting but said there is no need for panic.');
    expect(labelOf(a, 'no need for panic')).toMatchObject({ label: 'claim', source: 'Ana Ruiz' });
  });
});

describe('a name the tagger reads as a verb', () => {
  it('reads a capitalised word opening a sentence before a finite verb as its subject ("Wade scrapped ... and said")', () => {
    const a = run(
      'Anna Wade is a city councillor.',
      'Wade scrapped the plan on Monday and said she would appeal.',
    );
    expect(labelOf(a, 'would appeal')).toMatchObject({ label: 'pledge', source: 'Anna Wade' });
  });
});

describe('people named by an adjective used as a noun', () => {
  it('reads "a senior academic said" as a speaker, and an academic\'s "the university would" as a forecast', () => {
    const a = run(
      'A senior academic said the only way to close the gap was through job losses.',
      'If staff did not volunteer, the university would move to forced redundancies, the academic said.',
      'A local said the river had risen overnight.',
      'The cop said he was forced to make the false entries.',
    );
    expect(labelOf(a, 'job losses')).toMatchObject({ label: 'claim', source: 'A senior academic' });
    expect(labelOf(a, 'forced redundancies')).toMatchObject({ label: 'claim', source: 'A senior academic' });
    expect(labelOf(a, 'river had risen')).toMatchObject({ label: 'claim', source: 'A local' });
    expect(labelOf(a, 'false entries')).toMatchObject({ label: 'claim', source: 'The cop' });
  });

  it('finds the subject past an irregular participle and its agent ("Farmers hit by the drought told")', () => {
    const a = run(
      'Farmers hit by the drought told the governor they need help.',
      'Dairy farmers hurt by deepening drought conditions told the minister they were desperate.',
      'A man arrested by police said he was innocent.',
    );
    expect(labelOf(a, 'need help')).toMatchObject({ label: 'claim', source: 'Farmers' });
    expect(labelOf(a, 'desperate')).toMatchObject({ label: 'claim', source: 'Dairy farmers' });
    expect(labelOf(a, 'innocent').source).toBe('A man');
  });

  it('finds the subject past a sentence adverb set off by commas ("He, however, said")', () => {
    const a = run(
      'Minister Jo Brand spoke on Monday.',
      'He, however, said the government was trying to bring down prices.',
      'The mayor, meanwhile, told reporters the plan was dead.',
    );
    expect(labelOf(a, 'bring down prices')).toMatchObject({ label: 'claim', source: 'Jo Brand' });
    expect(labelOf(a, 'plan was dead')).toMatchObject({ label: 'claim', source: 'The mayor' });
  });
});

describe('"those who ..." as a subject', () => {
  it('gives the people the relative clause describes as the source', () => {
    const a = run(
      'Those who attended the meeting said it was heated.',
      'But those who oppose the plan say it will cost jobs.',
    );
    expect(labelOf(a, 'was heated')).toMatchObject({ label: 'claim', source: 'Those who attended the meeting' });
    expect(labelOf(a, 'cost jobs')).toMatchObject({ label: 'claim', source: 'those who oppose the plan' });
  });
});

describe('a subject described by an "-ing" phrase before its verb', () => {
  it('gives the people or firms the phrase describes as the source', () => {
    const a = run(
      'Residents living near the plant say the smell is awful.',
      'Firms hoping to win the contract say the rules are unfair.',
      'Officials from the company hoping to build a wind farm in Lane County say they will consider all options.',
    );
    expect(labelOf(a, 'smell is awful')).toMatchObject({ label: 'claim', source: 'Residents' });
    expect(labelOf(a, 'rules are unfair')).toMatchObject({ label: 'claim', source: 'Firms' });
    expect(labelOf(a, 'consider all options')).toMatchObject({ label: 'pledge', source: 'Officials from the company' });
  });

  it('leaves a nearer subject pronoun as the subject', () => {
    const a = run('Mr Sam Orr spoke first.', 'Then came the people telling him something he already acknowledged.');
    expect(labelOf(a, 'already acknowledged')).toMatchObject({ label: 'claim', source: 'Sam Orr' });
  });
});

