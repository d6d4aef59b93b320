import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('who can be a source', () => {
  it('gives no source to things that "describe", "suggest" or "hold"', () => {
    const a = run(
      'The model uses six equations that describe how heat moves through the ocean.',
      'The Grand Hotel, as its name suggests, is not small.',
      'One theory holds that the wreck drifted north.',
    );
    expect(labelOf(a, 'heat moves').label).toBe('none');
    expect(labelOf(a, 'not small').label).toBe('none');
    expect(labelOf(a, 'drifted north').label).toBe('none');
  });

  it('keeps people, bodies, documents and online handles as sources', () => {
    const a = run(
      'The prosecution argued that the contract had been forged.',
      'A number of economists have warned that the cuts will deepen the slump.',
      'The project has committed to providing security fixes for two years.',
      '“The price has doubled since May,” user kit4life wrote on the forum.',
      'The victim said she had been followed for weeks.',
    );
    expect(labelOf(a, 'forged')).toMatchObject({ label: 'claim', source: 'The prosecution' });
    expect(labelOf(a, 'deepen the slump').label).toBe('claim');
    expect(labelOf(a, 'security fixes').label).toBe('pledge');
    expect(labelOf(a, 'price has doubled').label).toBe('claim');
    expect(labelOf(a, 'followed for weeks')).toMatchObject({ label: 'claim', source: 'The victim' });
  });
});

describe('finding the speaker when the nearest phrase cannot speak', () => {
  it('keeps the subject before a comma-set cue when no speaker follows the verb', () => {
    const a = run('Jim Parton, from Families Need Fathers, said the new proposals "lacked compulsion".');
    expect(labelOf(a, 'lacked compulsion')).toMatchObject({ label: 'claim', source: 'Jim Parton' });
  });

  it('takes the people a phrase ends with, and a group is not "it"', () => {
    const a = run('The bill has broad support from charities who say it would give better safeguards.');
    expect(labelOf(a, 'better safeguards')).toMatchObject({ label: 'claim', source: 'charities' });
  });

  it('gives a coordinated "and has vowed" the subject of the first verb, even one read as a noun', () => {
    const a = run('Yukos claims its downfall was punishment for its founder and has vowed to sue any buyer.');
    expect(labelOf(a, 'sue any buyer')).toMatchObject({ label: 'pledge', source: 'Yukos' });
  });
});

describe('no source for deliberation, votes and advice', () => {
  it('reads "being considered by ministers", "rejected by the Commons" and "should expect" as none', () => {
    const a = run(
      'Parents could be tagged under plans being considered by ministers.',
      'The amendment was narrowly rejected by the Commons.',
      'Lord Hale, Tory leader in the Lords, said ministers should expect it to be "substantially rewritten".',
    );
    expect(labelOf(a, 'could be tagged').label).toBe('none');
    expect(labelOf(a, 'narrowly rejected').label).toBe('none');
    expect(labelOf(a, 'substantially rewritten')).toMatchObject({ label: 'claim', source: 'Lord Hale' });
  });

  it('finds a body past a "which includes" list', () => {
    const a = run('The Making Decisions Alliance, which includes the Alzheimer\'s Society, Age Concern and Mencap, said the bill had to be clarified.');
    expect(labelOf(a, 'had to be clarified').source).toBe('The Making Decisions Alliance');
  });
});

describe('speech nouns without content', () => {
  it('reads "made his remarks during a speech" as none, but "issued a plea for calm" as a claim', () => {
    const a = run('Mr Hale made his remarks during a speech in Westminster.', 'Police issued a plea for calm after the match.');
    expect(labelOf(a, 'during a speech').label).toBe('none');
    expect(labelOf(a, 'plea for calm').label).toBe('claim');
  });
});

describe('more speakers found on blind BBC pages', () => {
  it('reads "Number 10 said", "which Yukos claims", "which the government had predicted" and a councillor past a "who" clause', () => {
    const a = run(
      'Number 10 said ministers were interested in governing.',
      'Democrats claim the administration has not done enough to stop unfair trade.',
      'Growth fell short of the 2.5% which the French government had predicted.',
      'The ruling is a blow to efforts to get damages for the sale, which Yukos claims was illegal.',
      'A Highland councillor who was at the event has also defended Mr McConnell.',
    );
    expect(labelOf(a, 'interested in governing')).toMatchObject({ label: 'claim', source: 'Number 10' });
    expect(labelOf(a, 'unfair trade')).toMatchObject({ label: 'claim', source: 'Democrats' });
    expect(labelOf(a, 'had predicted')).toMatchObject({ label: 'claim', source: 'the French government' });
    expect(labelOf(a, 'was illegal')).toMatchObject({ label: 'claim', source: 'Yukos' });
    expect(labelOf(a, 'defended')).toMatchObject({ label: 'claim', source: 'A Highland councillor' });
  });

  it('does not read "criticised a union leader who said" as a relay', () => {
    const a = run('Gordon Brown has criticised a union leader who said the rift was harming government.');
    expect(labelOf(a, 'harming government')).toMatchObject({ label: 'claim', source: 'Gordon Brown' });
  });
});

describe('time phrases between a speaker and the verb', () => {
  it('steps over "this week" to the speaker, and takes the name a "from" phrase ends with', () => {
    const a = run(
      'Mr Chirac will miss an address from Iraqi interim leader Iyad Allawi, who this week criticised nations which stood aside.',
      "Oxfam's Paying the Price report this week said aid budgets are half their 1960 levels.",
    );
    expect(labelOf(a, 'stood aside')).toMatchObject({ label: 'claim', source: 'Iyad Allawi' });
    expect(labelOf(a, 'aid budgets').label).toBe('report');
  });
});

describe('a surname wink reads as a verb', () => {
  it('keeps "Robin Cook said" a name and its verb', () => {
    const a = run('Robin Cook said people were not apathetic.', 'Mr Cook said voters were angry.');
    expect(labelOf(a, 'not apathetic')).toMatchObject({ label: 'claim', source: 'Robin Cook' });
    expect(labelOf(a, 'voters were angry')).toMatchObject({ label: 'claim', source: 'Robin Cook' });
  });
});

describe('acronyms, possessive bodies and names in lists', () => {
  it('finds the speaker', () => {
    const a = run(
      'BAA, which runs three airports, said it was consulting residents.',
      "Friends of the Earth's Tony Juniper said the policy was wrong.",
      'Lady Hale, with Lords Bingham, Steyn, Hope and Carswell, ruled on the case.',
    );
    expect(labelOf(a, 'consulting residents').source).toBe('BAA');
    expect(labelOf(a, 'policy was wrong').source).toBe('Tony Juniper');
    expect(a.sentences.find((s) => s.text.includes('Carswell'))?.cue).not.toBe('Hope');
  });
});

describe('names, seats and two-part remits', () => {
  it('keeps a party out of a name, reads "the X MP" as a seat, and keeps "and" inside a remit', () => {
    const a = run(
      'But fellow Tory Dan Pike said the system was folly.',
      '"I felt guilt," said the Ealing North MP.',
      'The Commons standards and privileges committee said his conduct had fallen short.',
      'The trade and industry secretary has said games should carry warnings.',
    );
    expect(labelOf(a, 'was folly').source).toBe('Dan Pike');
    expect(a.sources.some((s) => s.name === 'Ealing North')).toBe(false);
    expect(labelOf(a, 'fallen short').source).toBe('The Commons standards and privileges committee');
    expect(labelOf(a, 'carry warnings')).toMatchObject({ label: 'claim', source: 'The trade and industry secretary' });
  });
});

describe('speakers after an opening participle, before "who" and before a new clause', () => {
  it('finds the speaker', () => {
    const a = run(
      'Speaking in Harrogate Mr Dunn said: "People want a credible party."',
      '"I have used textphones," said Rob Carr who is taking part in the pilot.',
      'Some shops are cheapest for small prints, said Mr Ross, but the test revealed that larger prints were cheaper at home.',
      'According to fan site StarNews, the film will be re-released.',
    );
    expect(labelOf(a, 'credible party').source).toBe('Mr Dunn');
    expect(labelOf(a, 'used textphones')).toMatchObject({ label: 'claim', source: 'Rob Carr' });
    expect(labelOf(a, 'small prints').source).toBe('Mr Ross');
    expect(labelOf(a, 're-released').source).toBe('StarNews');
  });

  it('hears factions, wings, caucuses, militias and delegations as speakers', () => {
    const a = run(
      'A faction of the rebel movement announced on Sunday that it had freed the hostages.',
      'The party\'s left wing said the deal was a betrayal.',
    );
    expect(labelOf(a, 'freed the hostages').label).toBe('claim');
    expect(labelOf(a, 'was a betrayal').label).toBe('claim');
  });

  it('finds the speaker past "in a statement (Sunday)" and a floating "each"', () => {
    const a = run(
      'The dockers\' union in a statement Sunday reaffirmed its plans to strike.',
      'Senator Ray Moss in an interview said the bill was dead.',
      'The two candidates each promised to serve a full term.',
    );
    expect(labelOf(a, 'plans to strike').label).toBe('pledge');
    expect(labelOf(a, 'bill was dead')).toMatchObject({ label: 'claim', source: 'Ray Moss' });
    expect(labelOf(a, 'full term').label).toBe('pledge');
  });

  it('finds the speaker past "in July" between subject and verb', () => {
    const a = run('But Band Aid founder Rob Gellman in July said he was sick of hearing excuses.');
    expect(labelOf(a, 'sick of hearing')).toMatchObject({ label: 'claim', source: 'Rob Gellman' });
  });

  it('finds the speaker past "in a post on X," and "in an interview with the BBC"', () => {
    const a = run(
      'Priya Nair in a post on X, alleged that the minister was too busy to act.',
      'Senator Ray Moss in an interview with the BBC said the bill was dead.',
    );
    expect(labelOf(a, 'too busy')).toMatchObject({ label: 'claim', source: 'Priya Nair' });
    expect(labelOf(a, 'bill was dead')).toMatchObject({ label: 'claim', source: 'Ray Moss' });
  });

  it('reads "alleged" before a clause as the verb, and "the alleged plot" as no cue', () => {
    const a = run(
      'Priya Nair, in a statement, alleged that the firm had hidden its losses.',
      'The alleged plot was foiled by police.',
    );
    expect(labelOf(a, 'hidden its losses')).toMatchObject({ label: 'claim', source: 'Priya Nair' });
    expect(labelOf(a, 'plot was foiled').label).toBe('none');
  });

  it('reads a typewriter dash " -- " as a dash, past a long relative clause, and keeps the page\'s text', () => {
    const text = 'Lawyers for a young mother -- who had been detained on the island but brought to the mainland for medical treatment last year -- had argued the state had no authority.';
    const a = run(text);
    expect(labelOf(a, 'no authority')).toMatchObject({ label: 'claim', source: 'Lawyers for a young mother' });
    expect(a.sentences[0]?.text).toBe(text);
  });

  it('reads a low quotation mark set as a comma ("secretary‚ Tendai Moyo‚ believes") as a comma, keeping the page\'s text', () => {
    const text = 'The party’s secretary for legal affairs‚ Tendai Moyo‚ believes they have won.';
    const a = run(text, '“We hope the count is quick‚” he said.');
    expect(labelOf(a, 'they have won')).toMatchObject({ label: 'claim', source: 'Tendai Moyo' });
    expect(labelOf(a, 'count is quick')).toMatchObject({ label: 'claim', source: 'Tendai Moyo' });
    expect(a.sentences[0]?.text).toBe(text);
  });

  it('finds the speaker of an appositive whose closing comma is an aside in dashes', () => {
    const a = run('Ada Nwosu, a senior figure in another union - the Senior Staff Association - said her members would wait.');
    expect(labelOf(a, 'members would wait')).toMatchObject({ label: 'pledge', source: 'Ada Nwosu' });
  });
});
