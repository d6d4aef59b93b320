import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

/** One real-world source counted once, however the article names it. */
describe('one source, several names', () => {
  it('reads a sentence-initial "Officials" as a group, and "the officials" as the group in view', () => {
    const a = run('Harbour officials said the pier would be closed.', 'The officials said repairs would take a month.');
    expect(labelOf(a, 'pier').source).toBe('Harbour officials');
    expect(labelOf(a, 'repairs').source).toBe('Harbour officials');
    expect(a.sources.find((s) => s.name === 'Harbour officials')?.kind).toBe('group');
  });

  it('takes a bare "Officials said" as the group just mentioned, but not one several sentences back', () => {
    const a = run(
      'Canadian officials said the border would reopen.', 'Officials added that trucks would be checked.',
      'The storm moved east.', 'Roads were closed.', 'Schools shut early.', 'Power failed in the north.',
      'Officials said crews were on their way.',
    );
    expect(labelOf(a, 'trucks').source).toBe('Canadian officials');
    expect(labelOf(a, 'crews').source).toBe('Officials');
  });

  it('counts "the government" and "the authorities" of the same state as one body', () => {
    const a = run('Peruvian authorities have said they will close the mine.', 'The river was polluted last year.',
      'Last month, the government said it had found more than 50 illegal mines.');
    expect(labelOf(a, 'close the mine').source).toBe('Peruvian authorities');
    expect(labelOf(a, 'illegal mines').source).toBe('Peruvian authorities');
  });

  it('keeps a body subject in view for "it" later in the sentence', () => {
    const a = run('Peruvian authorities have said they will close the mine.',
      'The government is cracking down on illegal mines, which it says are polluting rivers.');
    expect(labelOf(a, 'polluting')).toMatchObject({ label: 'claim', source: 'Peruvian authorities' });
  });

  it("counts a leader's administration as the government already in view, and a country as its government", () => {
    const a = run('The new President, Ana Kovac, has said the list is short.', 'The government says the firms were sold cheaply.',
      "Ms Kovac's administration has accused its predecessor of corruption.");
    expect(labelOf(a, 'corruption').source).toBe('The government');
    const b = run('Chile has said it will accept the offer.', "Chile's government has estimated the costs at $3bn.");
    expect(labelOf(b, 'costs').source).toBe("Chile's government");
    expect(labelOf(b, 'accept').source).toBe("Chile's government");
  });

  it('keeps bodies of different states apart, and "said it ..." with the sentence subject', () => {
    const a = run('The French government said taxes would rise.', 'The German government said it disagreed.');
    expect(labelOf(a, 'disagreed').source).toBe('The German government');
  });

  it('keeps a contrasted body apart ("the previous government")', () => {
    const a = run('The government said taxes would fall.', 'The previous government said the plan was unaffordable.');
    expect(labelOf(a, 'unaffordable').source).not.toBe(labelOf(a, 'taxes').source);
    const c = run('The previous government said the plan was unaffordable.', 'The government said taxes would fall.');
    expect(labelOf(c, 'taxes').source).toBe('The government');
    const b = run('Labour said taxes would rise.', 'The Labour government in Wales said the plan was unaffordable.');
    expect(labelOf(b, 'unaffordable').source).not.toBe('Labour');
  });

  it('counts one country\'s officials once however the country is written, and keeps other countries apart', () => {
    const a = run('U.S. officials said the talks would resume.', 'Russian officials said the talks were over.',
      'American officials said a deal was near.');
    expect(labelOf(a, 'deal was near').source).toBe('U.S. officials');
    expect(labelOf(a, 'were over').source).toBe('Russian officials');
  });

  it('counts "the Venezuelan government" as Venezuela when the country is already a source', () => {
    const a = run('Venezuela has said it will seize the land.', 'The Venezuelan government said the owners had no valid titles.');
    expect(labelOf(a, 'valid titles').source).toBe('Venezuela');
  });

  it('reads "the Russian space agency" as the one agency the article spells out with that ending', () => {
    const a = run('The cargo ship broke up over Siberia, the Russian space agency said.', 'Roscosmos said the craft was working normally.',
      ['caption', '(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)']);
    expect(labelOf(a, 'Siberia').source).toBe('Roscosmos Space Agency');
    expect(labelOf(a, 'normally').source).toBe('Roscosmos Space Agency');
    const b = run('The cargo ship broke up over Siberia, the Russian space agency said.', 'Roscosmos said the craft was working normally.',
      ['caption', 'Photos: Roscosmos Space Agency and European Space Agency']);
    expect(labelOf(b, 'Siberia').source).toBe('the Russian space agency');
  });

  it('merges nested named groups, and "agency officials" with the named officials just in view', () => {
    const a = run('Water Board officials said the pipes were old.', 'Agency officials said repairs had begun.',
      'Pipes last longer when buried deep, according to Water Board Engineering officials.');
    expect(labelOf(a, 'pipes were old').source).toBe('Water Board Engineering officials');
    expect(labelOf(a, 'repairs').source).toBe('Water Board Engineering officials');
    expect(labelOf(a, 'buried deep').source).toBe('Water Board Engineering officials');
  });

  it('does not merge "agency officials" with a group mentioned long before', () => {
    const a = run('Water Board officials said the pipes were old.', 'The winter was hard.', 'Streets flooded.',
      'Cars were stuck.', 'Shops closed.', 'Each year, agency officials said, it repaves 100 miles of road.');
    expect(labelOf(a, 'repaves').source).toBe('agency officials');
  });

  it('reads "the union" as the trade union in view, not the employer named after it', () => {
    const a = run(
      'The United Mineworkers said the pit would close in March.',
      'Coalco said it regretted the closure.',
      'There are 472 workers at the pit, the union says.',
    );
    expect(labelOf(a, '472 workers').source).toBe('The United Mineworkers');
  });

  it('reads "the Commission" as the one commission named in full, and "the regulator" as the regulator in view', () => {
    const a = run(
      'The European Commission said the merger broke competition rules.',
      'Norvik disagreed.',
      'The Commission said it would fine the company.',
      'Ofwat fined Severn Water £5m on Monday.',
      'The regulator said customers had been overcharged.',
      'Severn Water said it would pay.',
      'The water watchdog said it would monitor the firm.',
    );
    expect(labelOf(a, 'fine the company').source).toBe('The European Commission');
    expect(labelOf(a, 'overcharged').source).toBe('Ofwat');
    expect(labelOf(a, 'monitor the firm').source).toBe('Ofwat');
  });

  it('does not read "the firm" or "the bank" as an unnamed body that merely opened a sentence ("The government")', () => {
    const a = run(
      'The government has promised a review of the rules.',
      'The firm said it would appeal against the fine.',
      'The bank said it expected inflation to fall.',
    );
    expect(labelOf(a, 'appeal against').source).toBe('The firm');
    expect(labelOf(a, 'inflation to fall').source).toBe('The bank');
  });

  it('reads a company named with a trade word ("Severn Water", "Harbour Rail") as a body that "it" can stand for', () => {
    const a = run(
      'The Environment Agency brought the case.',
      'Severn Water was ordered to pay £1m after it admitted causing pollution.',
    );
    expect(labelOf(a, 'causing pollution')).toMatchObject({ label: 'claim', source: 'Severn Water' });
  });

  it('keeps a plural\'s spread in the speaker ("Arts groups across the nation"), not the place alone', () => {
    const a = run(
      'Arts organisations across the nation expressed their anger yesterday.',
      'Hospitals around the country warned of shortages.',
    );
    expect(labelOf(a, 'anger')).toMatchObject({ label: 'claim', source: 'Arts organisations across the nation' });
    expect(labelOf(a, 'shortages')).toMatchObject({ label: 'claim', source: 'Hospitals around the country' });
  });

  it('keeps "a person briefed on the matter" and "the former chairman and CEO of X" whole', () => {
    const a = run(
      'Norvik Motors will announce a new plant, a person briefed on the matter said Monday.',
      'The former chairman and CEO of Norvik says the company let its customers down.',
    );
    expect(labelOf(a, 'new plant').source).toBe('a person briefed on the matter');
    expect(labelOf(a, 'let its customers down').source).toBe('The former chairman and CEO of Norvik');
  });

  it('does not read "the bank" as the political party just in view', () => {
    const a = run(
      'Interest rates are too high, say the Conservatives.',
      'The bank said it expected inflation to fall.',
    );
    expect(labelOf(a, 'inflation to fall').source).toBe('The bank');
  });
});

describe('role descriptions of a person just named', () => {
  it('reads "the Lib Dem leader" as the person named last before it', () => {
    const a = run('New Home Secretary Charles Clarke has vowed to press on despite a call to pause from Charles Kennedy.',
      'The Lib Dem leader said the resignation was a good opportunity to think again.');
    expect(labelOf(a, 'good opportunity').source).toBe('Charles Kennedy');
  });

  it('does not read a gendered role as someone of the other gender', () => {
    const a = run('New Home Secretary Charles Clarke has vowed to press on despite a call to pause from Charles Kennedy.',
      'The Lib Dem spokeswoman said the resignation was a good opportunity to think again.');
    expect(labelOf(a, 'good opportunity').source).not.toBe('Charles Kennedy');
  });

  it('reads "the Tory spokesman" as the person who just spoke', () => {
    const a = run('Mr Straw said the plan was sound.', 'Shadow foreign secretary Michael Ancram condemned the document.',
      '"Who are they trying to fool?" he asked.', 'The Tory spokesman also criticised the government.');
    expect(labelOf(a, 'also criticised').source).toBe('Michael Ancram');
  });

  it('does not re-describe the person who spoke just before ("X said ... . The Tory leader said")', () => {
    const a = run('Mr Blair said the economy was strong.', 'The Tory leader said it was weak.');
    expect(labelOf(a, 'weak').source).toBe('The Tory leader');
    const b = run('Tony Blair said the economy was strong.', 'The Tory spokesman said it was weak.');
    expect(labelOf(b, 'weak').source).toBe('The Tory spokesman');
  });

  it('does not read a description as the person named in its own sentence', () => {
    const a = run('Mr Lund said the plan was sound.', 'Critics attacked Anna Berg over the plan.', 'The Green leader told Anna Berg the vote was lost.');
    expect(labelOf(a, 'vote was lost').source).toBe('The Green leader');
  });

  it('does not give a role to someone known with a clashing one', () => {
    const a = run('Labour leader Ann Jones spoke first.', 'The Tory leader said the bill was flawed.');
    expect(labelOf(a, 'flawed').source).toBe('The Tory leader');
  });

  it('reads an indefinite role as the person with that role named in the same sentence', () => {
    const a = run("Maria Costa's victory keeps in place a Portuguese prime minister who has vowed to cut taxes.",
      'Portuguese Prime Minister Maria Costa said the vote was fair.');
    expect(labelOf(a, 'cut taxes').source).toBe('Maria Costa');
    const b = run('Maria Costa met a Spanish prime minister who has vowed to cut taxes.');
    expect(labelOf(b, 'cut taxes').source).not.toBe('Maria Costa');
  });

  it('leaves a full office title alone', () => {
    const a = run('Asif Durrani met the envoy.', "Pakistan's Defence Minister accused the group of breaking its promise.");
    expect(labelOf(a, 'breaking').source).toBe("Pakistan's Defence Minister");
  });
});

describe('documents', () => {
  it('counts "the report" as the body a later "the ADB report" names', () => {
    const a = run('The Asian Development Bank (ADB) said growth would slow.', 'Exports are down, the report said.',
      'Farms were hit hardest, the ADB report said.');
    expect(labelOf(a, 'Exports').source).toBe('The Asian Development Bank');
    expect(labelOf(a, 'Farms')).toMatchObject({ label: 'report', source: 'The Asian Development Bank' });
  });

  it('counts "Mr Peston\'s book" as the book the article credited to Robert Peston', () => {
    const a = run("Brown's Britain, by Robert Peston, says the two men fell out.", "Mr Peston's book claimed that they made a deal.");
    expect(labelOf(a, 'fell out')).toMatchObject({ label: 'report', source: "Brown's Britain" });
    expect(labelOf(a, 'made a deal')).toMatchObject({ label: 'report', source: "Brown's Britain" });
  });
});

describe('pronouns', () => {
  it('never reads "he" as a person named later in its own sentence', () => {
    const a = run('Gordon Brown said the budget was fair.', 'Tony Blair said the economy was strong.', 'He insisted he still trusted Mr Blair.');
    expect(labelOf(a, 'trusted')).toMatchObject({ label: 'claim', source: 'Gordon Brown' });
  });

  it('reads "it" as a body only when that body was in view just now', () => {
    const a = run('The FBI said the market was closed.', 'Other sellers soon appeared.', 'The prices fell.', 'Many buyers came back.',
      'A lab in Spain tests the drugs.', 'The tests cost 50 euros.', 'It can tell whether a sample is pure.');
    expect(labelOf(a, 'sample is pure').label).toBe('none');
    const b = run('Acme said profits rose.', 'It said sales would keep growing next year.');
    expect(labelOf(b, 'keep growing').source).toBe('Acme');
  });

  it('takes an unnamed office holder who was the last subject as "he"', () => {
    const a = run('Tony Blair said the economy was strong.', 'The chancellor is on a tour of Africa.', 'But he insisted the plan would work.');
    expect(labelOf(a, 'insisted').source).toBe('The chancellor');
  });
});

describe('which cue is the main clause', () => {
  it('lets the subject\'s own verb outrank another\'s words in a relative clause about it', () => {
    const a = run(
      'Norvik Steel, which, like Acme, had been criticised by the union, announced Friday it would add 1,800 jobs.',
      'Mayor Ann Cole, who vowed to cut crime when she took office, said the new officers would start in May.',
    );
    expect(labelOf(a, '1,800 jobs')).toMatchObject({ label: 'pledge', source: 'Norvik Steel' });
    expect(labelOf(a, 'new officers')).toMatchObject({ label: 'pledge', source: 'Ann Cole' });
  });

  it('keeps a parenthetical cue over a closing cue that only attributes a quoted fragment', () => {
    const a = run('Gas officials said leaks were common.',
      'To cut the risk, the officials said, the utility changed its pipes, “so nothing can build up,” Mr. Park said.');
    expect(labelOf(a, 'cut the risk').source).toBe('Gas officials');
  });
});

describe('people known only by title and surname', () => {
  it('names them with the title, as the article does, and keeps one entry', () => {
    const a = run('“The price doubled overnight,” Dr. Feel wrote on the forum.', 'Dr. Feel added that the batch was bad.', 'Feel said he would not buy again.');
    expect(labelOf(a, 'doubled overnight')).toMatchObject({ label: 'claim', source: 'Dr. Feel' });
    expect(labelOf(a, 'batch was bad').source).toBe('Dr. Feel');
    expect(labelOf(a, 'buy again').source).toBe('Dr. Feel');
    expect(a.sources.filter((s) => /Feel/.test(s.name))).toHaveLength(1);
  });
});

describe('joint and coordinated subjects', () => {
  it('takes the speaker after "and" when the first phrase is another verb\'s object', () => {
    const a = run('That was when the company shipped its first tablet and Jane Moss said that buyers would love it.');
    expect(labelOf(a, 'buyers would love')).toMatchObject({ label: 'claim', source: 'Jane Moss' });
  });

  it('takes the first of joint speakers set off by commas', () => {
    const a = run('Ruth Hale and Ellen Gray wrote the programs.', 'Hale and Gray, however, still speak of the project in glowing terms.');
    expect(labelOf(a, 'glowing terms').source).toBe('Ruth Hale');
  });

  it('does not stretch a name used as a modifier into a brand', () => {
    const a = run('Ruth Hale was honoured with a Ruth Hale Lego figure.', '“It was a thrill,” Hale said.');
    expect(labelOf(a, 'thrill').source).toBe('Ruth Hale');
  });
});

describe('plural nouns at the start of a sentence', () => {
  it('reads "Customers" as a group of people, not a company called Customers', () => {
    const a = run('Vidyard announced new tools on Monday.', 'Customers can now record video on their phones.', 'The company said the tools would be free.');
    expect(labelOf(a, 'would be free').source).not.toBe('Customers');
  });
});

describe('unnamed spokespeople', () => {
  it('count "a spokeswoman for X" as X', () => {
    const a = run(
      'A spokeswoman for the Harbour Shopping Centre in Cardiff said it was the busiest day of the year.',
      'The Harbour Shopping Centre later said the figures were a record.',
    );
    expect(labelOf(a, 'busiest day')).toMatchObject({ label: 'claim', source: 'the Harbour Shopping Centre' });
    expect(labelOf(a, 'a record').source).toBe('the Harbour Shopping Centre');
  });
});

describe('a role named before the title and name', () => {
  it('links "the home secretary" to the one person the article later calls Home Secretary', () => {
    const a = run(
      'Ministers reject claims of a leak inquiry.',
      'The home secretary said there would be no investigation.',
      'Home Secretary Charles Ware told BBC One: “I am not organising an inquiry into it.”',
    );
    expect(labelOf(a, 'no investigation').source).toBe('Charles Ware');
    expect(a.sources.filter((s) => s.name === 'Charles Ware')).toHaveLength(1);
  });
});

describe('titles and descriptions around names', () => {
  it('keeps an honour in the name ("Sir John Bourn") and finds it from "Sir John"', () => {
    const a = run('Auditor General Sir John Bourn said: "Progress has been made."', 'Sir John said more was needed.');
    expect(labelOf(a, 'Progress has been made').source).toBe('Sir John Bourn');
    expect(labelOf(a, 'more was needed').source).toBe('Sir John Bourn');
  });

  it('takes the name after a descriptive title, not the appositive after it', () => {
    const a = run('Late last year, marketing company Clickwise, one of the leading ad providers, warned that its business could be sold.');
    expect(labelOf(a, 'could be sold')).toMatchObject({ label: 'claim', source: 'Clickwise' });
  });
});

describe('organisations speaking for themselves', () => {
  it('reads "(ACRONYM) claims that", "continues to insist that" and "it reported that" as claims', () => {
    const a = run(
      'The European Regions Airline Association (ERAA) claims that nobody was consulted.',
      'The government has a growth target, but continues to insist that there will be no hard landing.',
      'British Airways made a profit of £75m.',
      'It also reported on Friday that passenger numbers rose 8.1% in January.',
    );
    expect(labelOf(a, 'nobody was consulted')).toMatchObject({ label: 'claim', source: 'The European Regions Airline Association' });
    expect(labelOf(a, 'no hard landing')).toMatchObject({ label: 'claim', source: 'The government' });
    expect(labelOf(a, 'passenger numbers')).toMatchObject({ label: 'claim', source: 'British Airways' });
  });
});

describe('a party or body speaking through an unnamed spokesperson', () => {
  it('counts "a Conservative spokeswoman" and her next "she said" for the Conservatives', () => {
    const a = run(
      'The Conservatives and Labour said they follow the rules.',
      'A Conservative spokeswoman said the party stuck to the rules.',
      'She said: "We do apply the rules, in line with the law."',
    );
    expect(labelOf(a, 'stuck to the rules').source).toBe('The Conservatives');
    expect(labelOf(a, 'in line with the law').source).toBe('The Conservatives');
  });
});

describe('inverted speakers with a qualifier', () => {
  it('reads "says Cara Dean of IT firm Dimension Data" as Cara Dean', () => {
    const a = run('"Customers expect an answer at once," says Cara Dean of IT firm Dimension Data, which commissioned the survey.');
    expect(labelOf(a, 'answer at once')).toMatchObject({ label: 'claim', source: 'Cara Dean' });
  });
});

describe('names the tagger splits or titles run into', () => {
  it('keeps "Hannah Ward" whole after an inverted "said" and carries her quote on', () => {
    const a = run('"These policies will not provide a safe haven," said Hannah Ward of the Refugee Council.', '"People will be turned away."');
    expect(labelOf(a, 'safe haven')).toMatchObject({ label: 'claim', source: 'Hannah Ward' });
    expect(labelOf(a, 'turned away').source).toBe('Hannah Ward');
  });

  it('separates a long title from the name after it, and "Charles" from Charles Kennedy when Prince Charles is meant', () => {
    const a = run(
      'Minister for Children, Young People and Families Margaret Hodge said the plans were fair.',
      'Prince Charles and Camilla Parker Bowles are to marry.',
      'Charles Kennedy welcomed the news.',
      'Charles said they were "absolutely delighted".',
      'The Paris based economics think tank said growth would recover.',
    );
    expect(labelOf(a, 'plans were fair').source).toBe('Margaret Hodge');
    expect(labelOf(a, 'absolutely delighted').source).toBe('Prince Charles');
    expect(labelOf(a, 'growth would recover').source).toBe('The Paris based economics think tank');
  });
});

describe('a pronoun set off after the content', () => {
  it('is not the person the content is about, but may be a speaker named in the same sentence', () => {
    const a = run(
      'Tory leader Michael Hart launched his campaign.',
      'Mr Blair has failed to tackle these problems, he claimed.',
      'Mr Hart told Today: "I got into the grovelling game myself," he said.',
    );
    expect(labelOf(a, 'failed to tackle')).toMatchObject({ label: 'claim', source: 'Michael Hart' });
    expect(labelOf(a, 'grovelling game').source).toBe('Michael Hart');
  });

  it('counts shares given in words for the poll just cited', () => {
    const a = run('A poll for the Sunday Times found Labour ahead.', 'Forty three per cent thought the minister had done a good job.');
    expect(labelOf(a, 'good job').label).toBe('report');
    expect(labelOf(a, 'good job').source).toBe(labelOf(a, 'Labour ahead').source);
  });
});

describe('spokespeople and appositions found on the last blind set', () => {
  it('reads "A BBC spokesman said" as the BBC\'s claim, and a name in apposition as the speaker', () => {
    const a = run(
      'A BBC spokesman said: "He took his seat as the show began."',
      'The programme\'s host, Jonathan Dimbleby, later told the audience the MEP had been covered from head to toe.',
    );
    expect(labelOf(a, 'took his seat')).toMatchObject({ label: 'claim', source: 'BBC' });
    expect(labelOf(a, 'head to toe')).toMatchObject({ label: 'claim', source: 'Jonathan Dimbleby' });
  });
});

describe('a pronoun after a quotation', () => {
  it('is not the person the quotation names, even one who spoke just before', () => {
    const a = run(
      'Paul Okoro has signalled he will resist pressure to change tactics, after Tom Reyes said panic was setting in.',
      'Making his first visit to the north, Mr Reyes kept his sights on the government, as Mr Okoro announced plans to build a bridge.',
      '“Desperation is the hallmark of Paul Okoro and his campaign,” he said.',
    );
    expect(labelOf(a, 'hallmark')).toMatchObject({ label: 'claim', source: 'Tom Reyes' });
  });

  it('gives a role written before a courtesy title to the person ("Foreign Office Spokesperson Dr Amir Haddad")', () => {
    const a = run(
      'Foreign Office Spokesperson Dr Amir Haddad said the talks were useful.',
      'The spokesperson said that the consulate had closed.',
    );
    expect(labelOf(a, 'consulate had closed').source).toBe('Amir Haddad');
  });
});

describe('"the company" after a union', () => {
  it('is the company in view, never the union that spoke since', () => {
    const a = run(
      'Granite Peak Coal says it is working in good faith toward an agreement.',
      'The United Quarry Workers of Ohio have issued a strike notice against Granite Peak Coal.',
      'The company said it will continue to work toward a resolution.',
    );
    expect(labelOf(a, 'continue to work').source).toBe('Granite Peak Coal');
  });
});

describe('a party spokesperson', () => {
  it('speaks for the party under the party\'s own name', () => {
    const a = run('A Conservative spokeswoman said the poster was a misjudgement.', 'A Lib Dem spokesman said the plan was costed.');
    expect(labelOf(a, 'poster was a misjudgement').source).toBe('the Conservatives');
    expect(labelOf(a, 'plan was costed').source).toBe('the Liberal Democrats');
  });
});

describe('a pronoun whose speaker was only named in passing', () => {
  it('reads "he" or "she" as the person named last, of that gender or with a role', () => {
    const a = run(
      'For Maria Lopez, director of research at the seed bank, the new freezer is a relief.',
      'It holds twice as many samples as the old one.',
      '“We no longer have to choose what to keep,” she told reporters.',
    );
    expect(labelOf(a, 'choose what to keep')).toMatchObject({ label: 'claim', source: 'Maria Lopez' });
  });

  it('takes no name of the other gender, and no bare name that may be a title or a place', () => {
    const a = run(
      'For Maria Lopez, director of research at the seed bank, the new freezer is a relief.',
      '“It is the best money we have spent,” he said.',
    );
    expect(labelOf(a, 'best money').label).toBe('none');
    const b = run('Fans of Indiana Jones queued for hours.', '“It is the best film yet,” he said.');
    expect(labelOf(b, 'best film').label).toBe('none');
  });
});
