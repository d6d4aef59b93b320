import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('an office named without a name speaks', () => {
  it('reads "premier" before a verb as the office, not an adjective', () => {
    const a = run('Snow closed the roads on Monday.', 'The Ontario premier said that the province would ask Ottawa for help.');
    expect(labelOf(a, 'Ontario premier')).toMatchObject({ source: 'The Ontario premier' });
    expect(labelOf(a, 'Ontario premier').label).not.toBe('none');
  });

  it('takes a magistrate and a pundit as speakers, and "Magistrate" as a title before a name', () => {
    const a = run(
      'Magistrate Ruth Okello remanded the two men in custody on Tuesday.',
      'The magistrate noted that the charges were serious.',
      'Some pundits believe the case will go to the high court.',
    );
    expect(labelOf(a, 'The magistrate noted')).toMatchObject({ label: 'claim', source: 'Ruth Okello' });
    expect(labelOf(a, 'Some pundits')).toMatchObject({ label: 'claim', source: 'Some pundits' });
  });
});

describe('a surname the tagger reads as a verb', () => {
  it('is the speaker before "said"', () => {
    const a = run('Storms closed the ferry on Monday.', 'Cooper said help was coming.');
    expect(labelOf(a, 'help was coming')).toMatchObject({ label: 'claim', source: 'Cooper' });
  });
});

describe('a role named by a short form', () => {
  it('links "the CBN governor" to the Governor of the Central Bank of Nigeria, and "the Fed chairman" to the Federal Reserve Chairman', () => {
    const a = run(
      'The Governor of the Central Bank of Nigeria (CBN), Mr. Ade Okoro, said on Wednesday that rates would stay high.',
      'The CBN governor said inflation was falling.',
      'Federal Reserve Chairman Tom Ruiz told Congress that growth was steady.',
      'The Fed chairman said the recovery would endure.',
    );
    expect(labelOf(a, 'inflation was falling').source).toBe('Ade Okoro');
    expect(labelOf(a, 'recovery would endure').source).toBe('Tom Ruiz');
  });

  it('keeps a role whose capitalised modifier is no short form of the known one apart', () => {
    const a = run(
      'The Governor of the Central Bank of Nigeria, Mr. Ade Okoro, said rates would stay high.',
      'The Kano governor said the roads were closed.',
    );
    expect(labelOf(a, 'roads were closed').source).not.toBe('Ade Okoro');
  });
});

describe('a broader word for a known office', () => {
  it('reads "the French leader" as the French president and "the police boss" as the police commissioner', () => {
    const a = run(
      'French President Henri Marchal arrived in Bamako on Friday.',
      'Marchal said the elections would be held on the scheduled date.',
      'German Chancellor Eva Lindner also spoke.',
      'The French leader said the troops had done their job.',
      'Lagos Police Commissioner Musa Bello briefed reporters.',
      'The police boss said patrols had been doubled.',
    );
    expect(labelOf(a, 'done their job').source).toBe('Henri Marchal');
    expect(labelOf(a, 'patrols had been doubled').source).toBe('Musa Bello');
  });

  it('reads "Germany\'s president" as the German president named before', () => {
    const a = run(
      'German President Karl Brandt visited Kyiv on Monday.',
      'Germany\'s president said the war must end.',
    );
    expect(labelOf(a, 'war must end').source).toBe('Karl Brandt');
  });

  it('keeps a broader word with a modifier no known office shares, or an indefinite one, apart', () => {
    const a = run(
      'French President Henri Marchal arrived in Bamako on Friday.',
      'The Malian leader said the vote would go ahead.',
      'Defence Secretary Ravi Mehta briefed MPs, a senior defence official told reporters.',
    );
    expect(labelOf(a, 'vote would go ahead').source).not.toBe('Henri Marchal');
    expect(labelOf(a, 'briefed MPs').source).not.toBe('Ravi Mehta');
  });
});

describe('offices behind abbreviated titles', () => {
  it('gives "Gov." the governor\'s office and "Col." the colonel\'s, so "the governor" and "the colonel" are them', () => {
    const a = run(
      'Gov. Ann Ruiz said the state would not pay for the bridge.',
      'Col. Omar Haddad said the base was safe.',
      'The governor said the tolls would have to rise.',
      'The colonel said the drills would go ahead.',
    );
    expect(labelOf(a, 'tolls would have to rise').source).toBe('Ann Ruiz');
    expect(labelOf(a, 'drills would go ahead').source).toBe('Omar Haddad');
  });

  it('takes the first of two offices under one article, and finds its holder named later', () => {
    const a = run(
      'The governor and mayor urged transit officials to find savings.',
      'Gov. Ann Ruiz said a fare rise this soon was wrong.',
      'Mayor Tom Ellery said the agency could cut its own costs.',
      '“They can find five percent,” said the mayor, a former banker.',
    );
    expect(labelOf(a, 'urged transit officials').source).toBe('Ann Ruiz');
    expect(labelOf(a, 'They can find five percent').source).toBe('Tom Ellery');
  });
});

describe('"PM" for prime minister', () => {
  it('reads "PM" before a name as a title, and "the PM" as the prime minister named before', () => {
    const a = run(
      'PM Imran Qadir chaired the cabinet meeting.',
      'The PM said the budget would be passed on time.',
    );
    expect(labelOf(a, 'budget would be passed').source).toBe('Imran Qadir');
    const b = run(
      'Prime Minister Anil Rao visited Kashmir on Monday.',
      'The PM said the region would get new roads.',
      'Later, PM Rao told farmers that prices would be fixed.',
    );
    expect(labelOf(b, 'get new roads').source).toBe('Anil Rao');
    expect(labelOf(b, 'prices would be fixed').source).toBe('Anil Rao');
  });

  it('keeps "deputy PM" apart from "the prime minister"', () => {
    const a = run(
      'The dinner was hosted by deputy PM Joe Barrow in November.',
      'The prime minister said he had no regrets.',
    );
    expect(labelOf(a, 'no regrets').source).not.toBe('Joe Barrow');
  });
});

describe('an office capitalised in house style opening the article', () => {
  it('is the person the next sentences name ("The Prime Minister promised …. Rishi Sunak vowed …")', () => {
    const a = run(
      'The Prime Minister promised "no tricks" as he set out his five pledges for the year.',
      'In his first speech of the year, Tom Arden vowed to deliver "peace of mind".',
      'He described the promises as the people\'s priorities.',
    );
    expect(labelOf(a, 'no tricks').source).toBe('Tom Arden');
    expect(a.sources.filter((s) => s.kind === 'person')).toHaveLength(1);
  });
});

describe('a person whose surname also names an outlet', () => {
  it('is a person speaking, not an outlet reporting', () => {
    const a = run('Mayor Peter Bloomberg said he would not back another fare rise.', 'Bloomberg News said fares were rising.');
    expect(labelOf(a, 'another fare rise')).toMatchObject({ label: 'pledge', source: 'Peter Bloomberg' });
    expect(labelOf(a, 'fares were rising')).toMatchObject({ label: 'report', source: 'Bloomberg News' });
  });
});

describe('a conjunction that opens the sentence', () => {
  it('is no part of the name after it', () => {
    const a = run(
      'Health Minister Ana Ruiz took office in June.',
      'While Ruiz has made several appearances since June, she has not addressed the crisis.',
      'While Ruiz called the closures “very disturbing,” she said the province had done a lot.',
    );
    expect(labelOf(a, 'very disturbing').source).toBe('Ana Ruiz');
    expect(a.sources.map((x) => x.name)).not.toContain('While Ruiz');
  });
});

describe('"No 10"', () => {
  it('is Downing Street speaking, and "No one" is no one', () => {
    const a = run('No 10 was cautious but said the threat was real.', 'No one said anything about the cost.');
    expect(labelOf(a, 'threat was real')).toMatchObject({ label: 'claim', source: 'No 10' });
    expect(labelOf(a, 'No one said').label).toBe('none');
  });
});

describe('offices of state and church', () => {
  it('reads the Taoiseach, a king, an archbishop or an imam as a person, so "he" can follow', () => {
    const a = run('The Taoiseach has defended his party’s budget, saying that it was a success.', 'He claimed the Government had steered the country away from deficits.');
    expect(labelOf(a, 'steered the country')).toMatchObject({ label: 'claim', source: 'The Taoiseach' });
  });

  it('does not take a place read as a name ("inmates at Guantanamo Bay") for the description that follows', () => {
    const a = run(
      'President Thabo Nkosi has called for the release of the inmates at Guantanamo Bay.',
      'His comments follow news that four prisoners will be freed.',
      'The South African president said detention without trial was unacceptable.',
    );
    expect(labelOf(a, 'without trial').source).not.toBe('Guantanamo Bay');
  });
});
