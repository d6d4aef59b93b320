import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('speech verbs and constructions', () => {
  it('reads "called X “...”" as the caller\'s claim, but not "a film called “...”"', () => {
    const a = run(
      'In 2011, Senator Jane Ortiz of Ohio called the pension gap “the defining problem of this decade.”',
      'Critics watched a documentary called “The Long Fall” on Sunday.',
      'Ms. Ortiz, a Democrat, called the new budget “a betrayal of retirees.”',
    );
    expect(labelOf(a, 'defining problem')).toMatchObject({ label: 'claim', source: 'Jane Ortiz' });
    expect(labelOf(a, 'Long Fall').label).toBe('none');
    expect(labelOf(a, 'betrayal')).toMatchObject({ label: 'claim', source: 'Jane Ortiz' });
  });

  it('reads "protested that", "objected - arguing" and "spoke of" / "talked about" as claims', () => {
    const a = run(
      'Small brewers have protested that the new duty will close dozens of pubs.',
      'But brewers with pubs in rural areas have objected - arguing that the rules ignore them.',
      'Peter Lang has spoken of his relief at the verdict.',
      'Mr Lang talked about how the case had changed his family.',
      'The minister spoke to reporters in Leeds.',
    );
    expect(labelOf(a, 'dozens of pubs')).toMatchObject({ label: 'claim' });
    expect(labelOf(a, 'ignore them').label).toBe('claim');
    expect(labelOf(a, 'relief')).toMatchObject({ label: 'claim', source: 'Peter Lang' });
    expect(labelOf(a, 'changed his family')).toMatchObject({ label: 'claim', source: 'Peter Lang' });
    expect(labelOf(a, 'reporters in Leeds').label).toBe('none');
  });

  it('reads "X estimates that" as a claim even when the verb is tagged as a noun', () => {
    const a = run('The Office for Budget Responsibility estimates that borrowing will fall next year.');
    expect(labelOf(a, 'borrowing')).toMatchObject({ label: 'claim', source: 'The Office for Budget Responsibility' });
  });

  it('takes "appealed" as speech only for an appeal for something', () => {
    const a = run(
      'Ms Reyes said she rejected the suggestion that the two parties appealed to the same fears.',
      'Police appealed for witnesses to come forward.',
    );
    expect(labelOf(a, 'same fears')).toMatchObject({ label: 'claim', source: 'Ms Reyes' });
    expect(labelOf(a, 'witnesses')).toMatchObject({ label: 'claim', source: 'Police' });
  });

  it('finds a zero-"that" complement past a "such as" parenthesis', () => {
    const a = run('Anna Pike said the schools were struggling.', 'But she added some schools, such as those in York and Hull, were doing well.');
    expect(labelOf(a, 'doing well')).toMatchObject({ label: 'claim', source: 'Anna Pike' });
  });

  it('does not read a restrictive relative clause of wanting as an attribution', () => {
    const a = run('The party has unveiled a scheme for students who want to study abroad, but has rejected new loans.');
    expect(labelOf(a, 'study abroad')).toMatchObject({ label: 'claim', source: 'The party' });
    const b = run('Voters who think the levy is unfair will decide the seat.');
    expect(labelOf(b, 'levy').label).toBe('none');
  });
});

describe('source phrases', () => {
  it('reads "the attorney general" / "the secretary general" as a subject', () => {
    const a = run('The attorney general has denied that the advice was rewritten.');
    expect(labelOf(a, 'rewritten')).toMatchObject({ label: 'claim', source: 'The attorney general' });
  });

  it('keeps "in"/"with" qualifiers of a plural group, and the bare group later is the same', () => {
    const a = run(
      'Republicans in the Senate want to extend the cuts.',
      'Officials in Kent county said the bridge would reopen.',
      'The bridge was built in 1962.', 'It carries 4,000 cars a day.', 'Repairs began in May.',
      'Officials said the work was on schedule.',
    );
    expect(labelOf(a, 'extend the cuts')).toMatchObject({ label: 'claim', source: 'Republicans in the Senate' });
    expect(labelOf(a, 'on schedule').source).toBe('Officials in Kent county');
  });

  it('does not take a place after "according to press reports in X" as an outlet', () => {
    const a = run('The bank has dropped the plan, according to press reports in Brazil.');
    expect(labelOf(a, 'dropped')).toMatchObject({ label: 'report', source: 'press reports' });
  });

  it('reads sentence-initial "Reports" and named documents ("the Beige Book") as documents', () => {
    const a = run(
      'Reports have claimed the minister knew of the deal.',
      '"Hiring slowed in most districts," the Beige Book said.',
    );
    expect(labelOf(a, 'knew of the deal')).toMatchObject({ label: 'report', source: 'Reports' });
    expect(labelOf(a, 'Hiring slowed')).toMatchObject({ label: 'report', source: 'the Beige Book' });
  });
});

describe('pronouns', () => {
  it('prefers a woman named just before for "she" over someone in view of unknown gender', () => {
    const a = run(
      'Tom Bell has spoken of his feud with his neighbour Susan Hale.',
      'The councillor described the dispute as painful.',
      'Mr Bell is suing for access to Mrs Hale\'s garden.',
      'She denies he has any right of way.',
    );
    expect(labelOf(a, 'right of way')).toMatchObject({ label: 'claim', source: 'Susan Hale' });
  });

  it('keeps the agent of a passive in view for a following "He says"', () => {
    const a = run(
      'Mark Dunn said the report was accurate.',
      'The allegations were made in a memoir published by Oliver Hughes.',
      'He also says the director warned the board in March.',
    );
    expect(labelOf(a, 'warned the board').source).toBe('Oliver Hughes');
  });
});

describe('pledges', () => {
  it('reads "we will look at ..." and "we are absolutely committed to ..." in a quote as pledges', () => {
    const a = run(
      'But Ms Hart told reporters: "We do not think the figures are wrong.',
      '"We will look in great detail at any new evidence.',
      '"And we are absolutely committed to doing that."',
    );
    expect(labelOf(a, 'great detail')).toMatchObject({ label: 'pledge', source: 'Ms Hart' });
    expect(labelOf(a, 'absolutely committed')).toMatchObject({ label: 'pledge', source: 'Ms Hart' });
  });

  it('does not read "he would" as the speaker\'s pledge when another named person is its subject', () => {
    const a = run('But Mr Cole said the two men disliked each other and that Mr Reed had decided in May he would quit.');
    expect(labelOf(a, 'disliked')).toMatchObject({ label: 'claim', source: 'Mr Cole' });
    const b = run('Mr Cole said he would quit in May.');
    expect(labelOf(b, 'quit')).toMatchObject({ label: 'pledge', source: 'Mr Cole' });
  });
});

describe('reports and their sources', () => {
  it('lets a mid-sentence "according to" aside leave the main clause\'s cue in charge', () => {
    const a = run(
      'Ms Vale said the papers should have been published, according to the rulebook, and demanded an inquiry.',
      'Tom Marsh ran the company for a decade.',
      'He had promised to cut costs, and, according to Reuters, once told staff he would close the plant.',
      'The plant will close in May, he said according to a transcript seen by the Courier.',
    );
    expect(labelOf(a, 'rulebook')).toMatchObject({ label: 'claim', source: 'Ms Vale' });
    expect(labelOf(a, 'cut costs')).toMatchObject({ label: 'pledge', source: 'Tom Marsh' });
    expect(labelOf(a, 'transcript')).toMatchObject({ label: 'report', source: 'the Courier' });
  });

  it('takes the body behind "a report by X" and the outlet of "a report in the X"', () => {
    const a = run(
      'A report by the Institute for Fiscal Studies says the policy was badly costed.',
      'A report in the Sunday Courier claimed the minister had resigned.',
      'But another report in the Weekly Standard claims Mr Dale is unwilling to go.',
    );
    expect(labelOf(a, 'badly costed')).toMatchObject({ label: 'report', source: 'the Institute for Fiscal Studies' });
    expect(labelOf(a, 'had resigned')).toMatchObject({ label: 'report', source: 'the Sunday Courier' });
    expect(labelOf(a, 'unwilling')).toMatchObject({ label: 'report', source: 'the Weekly Standard' });
  });

  it('does not read "Neither X nor Y would comment" as speech', () => {
    const a = run('Neither the ministry nor the Green Party would comment on the claims.');
    expect(labelOf(a, 'comment').label).toBe('none');
  });
});

describe('names and places around a subject', () => {
  it('takes the name before an age and a place of origin, not the place', () => {
    const a = run(
      'Mr Okafor, 41, from Croydon, London, said he had been held for a week.',
      'Baxter Holdings, of Leeds, West Yorkshire, said it would appeal.',
    );
    expect(labelOf(a, 'held for a week')).toMatchObject({ label: 'claim', source: 'Mr Okafor' });
    expect(labelOf(a, 'appeal').source).toBe('Baxter Holdings');
  });

  it('walks back over "(ACRONYM) in Place" and keeps "X for A and B" / "the A and B Office" whole', () => {
    const a = run(
      'The National Institute for Health and Care Excellence (NICE) in London said the drug was too costly.',
      "The Army's Supply and Transport Office said the convoy had arrived.",
    );
    expect(labelOf(a, 'too costly').source).toBe('The National Institute for Health and Care Excellence');
    expect(labelOf(a, 'convoy').source).toBe("The Army's Supply and Transport Office");
  });

  it('keeps name particles inside a person\'s name and matches the name before the particle', () => {
    const a = run(
      'President Jose Carlos Neves da Costa promised to cut taxes.',
      'Later, President Neves said the cuts would come in May.',
    );
    expect(labelOf(a, 'cut taxes')).toMatchObject({ label: 'pledge', source: 'Jose Carlos Neves da Costa' });
    expect(labelOf(a, 'in May').source).toBe('Jose Carlos Neves da Costa');
  });
});

describe('more cue shapes', () => {
  it('reads "would not be launching" as a pledge, but not a future someone else told the speaker', () => {
    const a = run(
      'Ann Lowe is the health secretary.',
      'Ms Lowe said she would not be launching an inquiry.',
      'Sam Reid was freed in May.',
      'He said his worst moment was when he was told he would be released.',
    );
    expect(labelOf(a, 'launching')).toMatchObject({ label: 'pledge', source: 'Ann Lowe' });
    expect(labelOf(a, 'worst moment')).toMatchObject({ label: 'claim', source: 'Sam Reid' });
  });

  it('reads "joined calls for" and a closing ", he went on." as claims', () => {
    const a = run(
      'Earlier, Labour MP Jo Hart joined calls for an inquiry into the deal.',
      'Tom Reeve spoke next.',
      'The council had failed because it had ignored the warnings, he went on.',
      'The meeting went on for hours.',
    );
    expect(labelOf(a, 'inquiry')).toMatchObject({ label: 'claim', source: 'Jo Hart' });
    expect(labelOf(a, 'ignored')).toMatchObject({ label: 'claim', source: 'Tom Reeve' });
    expect(labelOf(a, 'for hours').label).toBe('none');
  });
});

describe('relays and outlets', () => {
  it('reads "X said the police had said ..." and "sources say senior figures had argued" as relays', () => {
    const a = run(
      'Ms Cole said the police had said the cards could "help them stop a bomb plot before it happens".',
      'Party sources say senior party figures had argued against the scheme.',
    );
    expect(labelOf(a, 'bomb plot')).toMatchObject({ label: 'report', source: 'Ms Cole' });
    expect(labelOf(a, 'argued against')).toMatchObject({ label: 'report', source: 'Party sources' });
  });

  it('reads "said he had been told ..." as passing on what others said', () => {
    const a = run('Mr Khan\'s brother, Asif, said he had been told he could visit for ten minutes.');
    expect(labelOf(a, 'ten minutes').label).toBe('report');
  });

  it('lets a closing ", the FT reports." and "the newspaper quotes a source" decide, for the outlet', () => {
    const a = run(
      'Up to 900 jobs may go, the Financial Times has reported.',
      'The buyer says none of its money will go to the owners, the FT reports.',
      '"We want the money invested in the plant," the newspaper quotes a source close to the buyer.',
    );
    expect(labelOf(a, 'none of its money')).toMatchObject({ label: 'report', source: 'the Financial Times' });
    expect(labelOf(a, 'invested in the plant')).toMatchObject({ label: 'report', source: 'the Financial Times' });
  });

  it('keeps "sources within the party" whole', () => {
    const a = run('Sources within the party told the BBC the leader had always backed the plan.');
    expect(labelOf(a, 'always backed').source).toBe('Sources within the party');
  });
});

describe('stance verbs', () => {
  it('reads "has branded X a Y and “...”", "voiced concerns", "announced their support" and "predicted ultimately ..." as claims', () => {
    const a = run(
      'Green spokesman Ian Marsh has branded the scheme a waste of money and "badly designed".',
      'Doctors have voiced concerns about the new rota.',
      'The Liberals announced their support for the bill on Monday.',
      'Mr Marsh predicted eventually carrying the cards would become compulsory.',
    );
    expect(labelOf(a, 'waste of money')).toMatchObject({ label: 'claim', source: 'Ian Marsh' });
    expect(labelOf(a, 'rota')).toMatchObject({ label: 'claim', source: 'Doctors' });
    expect(labelOf(a, 'support for the bill')).toMatchObject({ label: 'claim', source: 'The Liberals' });
    expect(labelOf(a, 'compulsory')).toMatchObject({ label: 'claim', source: 'Ian Marsh' });
  });

  it('does not read ", accused of ..." after a narrative clause as an attribution', () => {
    const a = run('Ali Reza and Sam Ortiz were held for two years, accused of fraud.');
    expect(labelOf(a, 'fraud').label).toBe('none');
  });
});

describe('plural parties and outlet editions', () => {
  it('resolves "they" to a party named in the plural just before, over an older group', () => {
    const a = run(
      'Sources within the party told the BBC the leader had backed the plan.',
      'But the Democrats insisted they would hold ministers to account.',
      'They said they would also press the government over the costs.',
    );
    expect(labelOf(a, 'press the government')).toMatchObject({ label: 'pledge', source: 'the Democrats' });
  });

  it('reads an outlet\'s national edition ("Wired Italy") as an outlet', () => {
    const a = run('Wired Italy reports that the founders resisted the plans.');
    expect(labelOf(a, 'founders')).toMatchObject({ label: 'report', source: 'Wired Italy' });
  });
});

describe('more stance and speech verbs', () => {
  it('reads "ruled that", "dubbed X “...”", "backed <policy>" and "made clear" as claims', () => {
    const a = run(
      'The appeal judges ruled that the curfew breached the rights of residents.',
      'The Bar Council dubbed the new curfew plan a “reckless overreach”.',
      'Green spokeswoman Ada Finch also backed wider use of speed cameras.',
      'The mayor made clear that the curfew had cut crime in spring.',
    );
    expect(labelOf(a, 'breached the rights')).toMatchObject({ label: 'claim', source: 'The appeal judges' });
    expect(labelOf(a, 'reckless overreach')).toMatchObject({ label: 'claim', source: 'The Bar Council' });
    expect(labelOf(a, 'speed cameras')).toMatchObject({ label: 'claim', source: 'Ada Finch' });
    expect(labelOf(a, 'cut crime in spring').label).toBe('claim');
  });

  it('leaves non-speech senses of rule, dub, back and make clear alone', () => {
    const a = run(
      'The referee ruled the goal out after a long delay.',
      'A burglar dubbed the Cat was jailed on Friday.',
      'The builder backed down after a week of talks.',
      'A loan backed by the state was repaid early.',
      'Strong winds made clear skies unlikely.',
      'Those bankers should make it clear they regret the losses.',
    );
    for (const needle of ['referee', 'burglar', 'builder', 'loan backed', 'Strong winds', 'Those bankers']) expect(labelOf(a, needle).label).toBe('none');
  });
});

describe('offers', () => {
  it('reads an offer of a concrete benefit as a pledge, not "offered a glimpse" or condolences', () => {
    const a = run(
      'Northline Rail, which runs the city trams, has offered a 6% pay rise to drivers.',
      'The council offered a glimpse of its new budget.',
      'The mayor offered his condolences to the families.',
    );
    expect(labelOf(a, 'pay rise')).toMatchObject({ label: 'pledge', source: 'Northline Rail' });
    expect(labelOf(a, 'glimpse').label).toBe('none');
    expect(labelOf(a, 'condolences').label).toBe('none');
  });
});

describe('cue verbs the tagger misreads', () => {
  it('reads "was keen to stress that" as the subject\'s claim, not "careful to maintain its reputation"', () => {
    const a = run(
      'Dr Ana Ruiz was keen to stress that the service is not a quality control.',
      'The chain has been careful to maintain the reputation built on its fish counter.',
    );
    expect(labelOf(a, 'quality control')).toMatchObject({ label: 'claim', source: 'Ana Ruiz' });
    expect(labelOf(a, 'fish counter').label).toBe('none');
  });

  it('reads "he elaborated that", "de Moura notes" and "points out that" as claims', () => {
    const a = run(
      'Pablo de Moura runs the clinic.',
      'Later, via email, he elaborated that it was not a hard sell.',
      'Signs were the obvious use, de Moura notes.',
      'De Moura points out that shops were not alone.',
    );
    expect(labelOf(a, 'hard sell')).toMatchObject({ label: 'claim', source: 'Pablo de Moura' });
    expect(labelOf(a, 'obvious use')).toMatchObject({ label: 'claim', source: 'Pablo de Moura' });
    expect(labelOf(a, 'not alone')).toMatchObject({ label: 'claim', source: 'Pablo de Moura' });
  });
});

describe('what is not a pledge', () => {
  it('leaves past expectations, forecasts of forgetting and "promises of" as claims or none', () => {
    const a = run(
      '“The first night I took it, I thought I was going to die,” Dan Reyes said.',
      '“Before long we’ll all have forgotten what it was like,” Reyes wrote.',
      'Sellers advertise with flash sales, giveaways and promises of purer goods.',
    );
    expect(labelOf(a, 'going to die')).toMatchObject({ label: 'claim', source: 'Dan Reyes' });
    expect(labelOf(a, 'forgotten').label).toBe('claim');
    expect(labelOf(a, 'purer goods').label).toBe('none');
  });
});

describe('a party spokesman on their own party\'s future', () => {
  it('reads "a Conservative government will" from a Tory and "Liberal Democrats would" from a Lib Dem as pledges', () => {
    const a = run(
      'Conservative spokesman John Reed said: "The research endorses our policy."',
      '"A Conservative government will axe 162 quangos."',
      'Lib Dem spokesman Ed Dale said there had been an explosion of them.',
      '"Liberal Democrats would abolish many and merge others."',
      'Tory leader Michael Hart said a Labour government would raise taxes.',
    );
    expect(labelOf(a, 'axe 162')).toMatchObject({ label: 'pledge', source: 'John Reed' });
    expect(labelOf(a, 'abolish many')).toMatchObject({ label: 'pledge', source: 'Ed Dale' });
    expect(labelOf(a, 'raise taxes')).toMatchObject({ label: 'claim', source: 'Michael Hart' });
  });
});

describe('more pledge shapes', () => {
  it('reads "by announcing he would" and "he and the others would" as the speaker\'s pledge', () => {
    const a = run(
      'Mr Clarke won over critics by announcing he would introduce an amendment.',
      'One of the men, David Reed, 34, from Hartpury, Gloucestershire, said he and the other protesters would plead not guilty.',
    );
    expect(labelOf(a, 'introduce an amendment')).toMatchObject({ label: 'pledge', source: 'Mr Clarke' });
    expect(labelOf(a, 'plead not guilty')).toMatchObject({ label: 'pledge', source: 'David Reed' });
  });
});

describe('more shapes found on blind BBC pages', () => {
  it('reads ", latest figures show." as a report and "promised ... by X" / "X promise to" as pledges', () => {
    const a = run(
      'The trade gap hit a record $671.7bn in 2004, latest figures show.',
      'Pensioners are being promised energy savings by the Liberal Democrats.',
      'The Tories promise to keep the payments.',
      'Russia had indicated it would not abide by the rulings of the US courts.',
      'And he said a referendum would be held in Wales.',
    );
    expect(labelOf(a, 'record $671.7bn')).toMatchObject({ label: 'report', source: 'latest figures' });
    expect(labelOf(a, 'energy savings')).toMatchObject({ label: 'pledge', source: 'the Liberal Democrats' });
    expect(labelOf(a, 'keep the payments')).toMatchObject({ label: 'pledge', source: 'The Tories' });
    expect(labelOf(a, 'not abide')).toMatchObject({ label: 'pledge', source: 'Russia' });
  });

  it('reads "Mr Mittal" as the person, not the company named after him', () => {
    const a = run('Mittal Steel could cut jobs, its chief executive Lakshmi Mittal has said.', 'Mr Mittal told investors that the company would aim to reduce its workforce.');
    expect(labelOf(a, 'reduce its workforce')).toMatchObject({ label: 'pledge', source: 'Lakshmi Mittal' });
  });
});

describe('forecasts and figures', () => {
  it('reads "posted profits and predicted that it will outperform" as a claim, not a pledge', () => {
    const a = run('Advertising giant WPP has posted larger than expected profits and predicted that it will outperform the market in 2005.');
    expect(labelOf(a, 'outperform')).toMatchObject({ label: 'claim', source: 'WPP' });
  });
});

describe('intentions and campaign groups', () => {
  it('reads "made clear he intended to" and a campaign group\'s "they are prepared to" as pledges', () => {
    const a = run(
      'Tony Blair gave a speech in Brussels.',
      'He also made clear he intended to take seriously his role in bringing the continents together.',
      'Fairford Coach Action say they are prepared to take their case to the European Court.',
      '"They ignored our members," said Mr Fitz, who added that the company now planned to consult them.',
    );
    expect(labelOf(a, 'take seriously')).toMatchObject({ label: 'pledge', source: 'Tony Blair' });
    expect(labelOf(a, 'European Court')).toMatchObject({ label: 'pledge', source: 'Fairford Coach Action' });
    expect(labelOf(a, 'planned to consult').label).toBe('claim');
  });
});

describe('naming verbs, speculation and crowds set aside (fifth blind round)', () => {
  it('reads "branded X “...”" (tagged as an adjective) and its passive with an agent as claims', () => {
    const a = run(
      'Mr Lowry branded the new levy "a tax on the poor".',
      'Plans to close the ward have been branded "reckless" by local doctors.',
      'The plan was branded "a disgrace".',
    );
    expect(labelOf(a, 'tax on the poor')).toMatchObject({ label: 'claim', source: 'Mr Lowry' });
    expect(labelOf(a, 'reckless')).toMatchObject({ label: 'claim', source: 'local doctors' });
    expect(labelOf(a, 'a disgrace').label).toBe('none');
  });

  it('reads "speculated that" and "..., some believe, ..." as claims', () => {
    const a = run(
      'Ms Ortiz speculated that the outage had been caused by a cyber attack.',
      'The rate cut, some believe, could revive the housing market.',
      'Investors speculated on the dollar.',
    );
    expect(labelOf(a, 'cyber attack')).toMatchObject({ label: 'claim', source: 'Ms Ortiz' });
    expect(labelOf(a, 'housing market')).toMatchObject({ label: 'claim', source: 'some' });
    expect(labelOf(a, 'on the dollar').label).toBe('none');
  });
});

describe('documents that carry nothing', () => {
  it('reads no report in a leaflet "posted to homes" or in radio shows', () => {
    const a = run(
      'Police are studying a Heritage Party leaflet posted to homes in Leeds.',
      'He hosted illegal, pirate radio shows in the capital.',
      'Crime rose by 4%, the figures show.',
    );
    expect(labelOf(a, 'posted to homes').label).toBe('none');
    expect(labelOf(a, 'pirate radio').label).toBe('none');
    expect(labelOf(a, 'Crime rose').label).toBe('report');
  });
});

describe('stances and self-claims (fifth blind round)', () => {
  it('reads deriding, shrugging off, branding "as", claiming to be and being heard saying as claims', () => {
    const a = run(
      'Mr Ray derided the council\'s claims about the budget.',
      'Ms Lee shrugged off the resignation of her deputy.',
      'Mr Gold also branded the plans as "pure fantasy".',
      'The group claims to be the largest in Europe.',
      'Mr Vance was heard saying he was tired of the party.',
      'He shrugged his shoulders and left.',
    );
    expect(labelOf(a, 'claims about the budget')).toMatchObject({ label: 'claim', source: 'Mr Ray' });
    expect(labelOf(a, 'her deputy')).toMatchObject({ label: 'claim', source: 'Ms Lee' });
    expect(labelOf(a, 'pure fantasy')).toMatchObject({ label: 'claim', source: 'Mr Gold' });
    expect(labelOf(a, 'largest in Europe')).toMatchObject({ label: 'claim', source: 'The group' });
    expect(labelOf(a, 'tired of the party')).toMatchObject({ label: 'claim', source: 'Mr Vance' });
    expect(labelOf(a, 'his shoulders').label).toBe('none');
  });
});

describe('clauses opened by a plain noun', () => {
  it('finds "confirmed climate change was discussed" and "claimed tobacco firms manipulated", not "Mr Clarke\'s proposed amendment"', () => {
    const a = run(
      'Officials have confirmed climate change was discussed at the summit.',
      'The regulator claimed tobacco firms manipulated nicotine levels.',
      'Mr Dale\'s proposed amendment will be debated by the Lords on Tuesday.',
      'Both Labour and the Greens have said they will cut fares.',
    );
    expect(labelOf(a, 'was discussed')).toMatchObject({ label: 'claim', source: 'Officials' });
    expect(labelOf(a, 'nicotine levels')).toMatchObject({ label: 'claim', source: 'The regulator' });
    expect(labelOf(a, 'proposed amendment').label).toBe('none');
    expect(labelOf(a, 'cut fares').source).toBe('Labour');
  });
});

describe('verbs wink tags as nouns (fifth round)', () => {
  it('reads "Critics fear the move could ..." and ", warning the ..." as claims', () => {
    const a = run(
      'Critics fear the move could hand control to campaigners.',
      'Ms Hart has issued a rallying cry to members, warning the "stakes are too high" to stay at home.',
      'Sales fell, warning signs were there.',
    );
    expect(labelOf(a, 'hand control')).toMatchObject({ label: 'claim', source: 'Critics' });
    expect(labelOf(a, 'stakes are too high')).toMatchObject({ label: 'claim', source: 'Ms Hart' });
    expect(labelOf(a, 'warning signs').label).toBe('none');
  });
});

describe('stances named by a phrase (sixth round)', () => {
  it('reads questioning the wisdom of, raising worries, hitting back, repeating calls, brushing aside, being welcomed by and pointing to evidence as claims', () => {
    const a = run(
      'Ms Short questioned the effectiveness of debt relief.',
      'The Greens raised worries about the new rules.',
      'Mr Dale hit back at claims he had misled voters.',
      'Ms Rowe repeated calls for the mayor to apologise.',
      'Mr Pike brushed aside questions over his absence.',
      'The report was welcomed by shadow minister Ann Cole.',
      'Mr Lee pointed to the fact that crime had fallen.',
      'The police questioned the suspect.',
      'He pointed to the door.',
    );
    for (const needle of ['debt relief', 'new rules', 'misled voters', 'to apologise', 'his absence', 'was welcomed', 'crime had fallen']) {
      expect(labelOf(a, needle).label, needle).toBe('claim');
    }
    expect(labelOf(a, 'was welcomed').source).toBe('Ann Cole');
    expect(labelOf(a, 'the suspect').label).toBe('none');
    expect(labelOf(a, 'the door').label).toBe('none');
  });
});

describe('an office of several words before a verb wink tags as a noun', () => {
  it('reads "The prime minister claims this is ..." as a claim', () => {
    const a = run('The prime minister claims this is the clearest sign of bad faith.');
    expect(labelOf(a, 'clearest sign')).toMatchObject({ label: 'claim', source: 'The prime minister' });
  });
});

describe('no attribution in hedges, lists of names and clauses after "because"', () => {
  it('reads none where nobody is attributed', () => {
    const a = run(
      'The Skulls program is thought to have been written by a hacker.',
      'Defences are being put in place by the biggest net firms.',
      'Yahoo, Ask Jeeves, Amazon and smaller outfits are all seeking eyeballs.',
      'Windows is a favourite of people who write viruses because it is everywhere.',
      'On 10 March, military chiefs reportedly asked for a clear statement.',
      'The memo reportedly said: "We want the empire back."',
    );
    for (const needle of ['written by a hacker', 'put in place', 'seeking eyeballs', 'write viruses', 'clear statement']) {
      expect(labelOf(a, needle).label, needle).toBe('none');
    }
    expect(labelOf(a, 'empire back').label).toBe('report');
  });

  it('reads "stated this while addressing ..." as the speaker owning what came before', () => {
    const a = run(
      'Interest rates will stay at 18 per cent until inflation falls, the Reserve Bank governor, Amara Nwosu, said on Monday.',
      'Nwosu stated this while addressing reporters in Lagos.',
      'The finance minister disclosed this yesterday in Abuja.',
      'The committee stated this rule in 2019.',
    );
    expect(labelOf(a, 'stated this while')).toMatchObject({ label: 'claim', source: 'Amara Nwosu' });
    expect(labelOf(a, 'disclosed this').label).toBe('claim');
    expect(labelOf(a, 'this rule').label).toBe('none');
  });

  it('does not carry a speaker into a quotation the article frames as a text ("The theme is: “...”")', () => {
    const a = run(
      'The governor, Amara Nwosu, said the seminar would shape policy.',
      'The theme of the seminar is: “Growth, Jobs and the Price of Money in a Changing Economy.”',
    );
    expect(labelOf(a, 'The theme').label).toBe('none');
  });

  it('reads "fears", "claim" and "hopes" as verbs after their subject, and "such a ..." as a clause', () => {
    const a = run(
      'Councillor Ruth Okoye fears the local economy could suffer.',
      'The lawyers claim the agency broke the law.',
      'Mr Pike denied Labour claims that he had misled MPs.',
      'The strikers demand a pay rise and say they will not return to work.',
      'Officials said the American demand that the general be tried had not changed.',
      'Other councillors, like Sam Reid, felt such a review should be led by the board.',
    );
    expect(labelOf(a, 'economy could suffer')).toMatchObject({ label: 'claim', source: 'Ruth Okoye' });
    expect(labelOf(a, 'broke the law')).toMatchObject({ label: 'claim', source: 'The lawyers' });
    expect(labelOf(a, 'misled MPs')).toMatchObject({ label: 'claim', source: 'Mr Pike' });
    expect(labelOf(a, 'return to work')).toMatchObject({ label: 'pledge', source: 'The strikers' });
    expect(labelOf(a, 'American demand')).toMatchObject({ label: 'claim', source: 'Officials' });
    expect(labelOf(a, 'such a review')).toMatchObject({ label: 'claim', source: 'Other councillors' });
  });

  it('reads attacking a plan or a person in words, and thanking, as claims; not physical attacks', () => {
    const a = run(
      'Shadow minister Ola Penn attacked the government plans for new tolls.',
      'Union leader Aled Rhys thanked his members for their support.',
      'Thieves attacked a whale with an axe.',
      'Thanks to the new law, prices fell.',
    );
    expect(labelOf(a, 'new tolls')).toMatchObject({ label: 'claim', source: 'Ola Penn' });
    expect(labelOf(a, 'for their support')).toMatchObject({ label: 'claim', source: 'Aled Rhys' });
    expect(labelOf(a, 'with an axe').label).toBe('none');
    expect(labelOf(a, 'prices fell').label).toBe('none');
  });

  it('reads writing to someone asking or urging them as a claim, not writing as such', () => {
    const a = run(
      'Councillor Ama Osei has written to the transport minister asking for a review of the fares.',
      'He wrote to his mother every week.',
    );
    expect(labelOf(a, 'review of the fares')).toMatchObject({ label: 'claim', source: 'Ama Osei' });
    expect(labelOf(a, 'every week').label).toBe('none');
  });
});

describe('more speech shapes', () => {
  it('lets a centre or a command speak', () => {
    const a = run('The crisis centre had said on Wednesday night the death toll was 481.', 'The army command said the attack was repelled.');
    expect(labelOf(a, 'death toll')).toMatchObject({ label: 'claim', source: 'The crisis centre' });
    expect(labelOf(a, 'attack was repelled')).toMatchObject({ label: 'claim', source: 'The army command' });
  });

  it('reads "“...”, indicated X" as X speaking, "charged that" as an accusation, and "issued a joint statement declaring"', () => {
    const a = run(
      '“We expect most workers to join the strike”, indicated Ana Duarte, the union chair.',
      'The dockers’ union charged that the employers refuse to discuss wages.',
      'A group of senators issued a joint statement declaring they are still on track.',
      'He was charged with fraud on Monday.',
    );
    expect(labelOf(a, 'join the strike')).toMatchObject({ label: 'claim', source: 'Ana Duarte' });
    expect(labelOf(a, 'refuse to discuss wages').label).toBe('claim');
    expect(labelOf(a, 'still on track')).toMatchObject({ label: 'claim', source: 'A group of senators' });
    expect(labelOf(a, 'charged with fraud').label).toBe('none');
  });
});

describe('leaving something open, and attacking in words', () => {
  it('reads "did not rule out" and "refused to rule out" as claims, "ruled out" as a pledge', () => {
    const a = run(
      'Lord Penrose did not rule out the possibility of regulation.',
      'The premier has refused to rule out a coalition with the Greens.',
      'The premier ruled out a rise in income tax.',
    );
    expect(labelOf(a, 'possibility of regulation')).toMatchObject({ label: 'claim', source: 'Lord Penrose' });
    expect(labelOf(a, 'coalition with the Greens').label).toBe('claim');
    expect(labelOf(a, 'rise in income tax').label).toBe('pledge');
  });

  it('reads "hit out over" and "attack ... by stating" as speech', () => {
    const a = run('Senator Dana Holt hit out over the decision in a series of posts.', 'Dana Holt then went on to attack the council by stating it had no credibility.');
    expect(labelOf(a, 'hit out over')).toMatchObject({ label: 'claim', source: 'Dana Holt' });
    expect(labelOf(a, 'no credibility')).toMatchObject({ label: 'claim', source: 'Dana Holt' });
  });
});

describe('pointing to', () => {
  it('evidence, work or doubts is a claim; pointing to the door is not', () => {
    const a = run(
      'After losing the seat, Dana Holt pointed to voter scepticism over the spending promise.',
      'As proof, Dana Holt pointed to the province’s ongoing work with hospitals.',
      'Dana Holt pointed to the door.',
    );
    expect(labelOf(a, 'voter scepticism')).toMatchObject({ label: 'claim', source: 'Dana Holt' });
    expect(labelOf(a, 'ongoing work').label).toBe('claim');
    expect(labelOf(a, 'the door').label).toBe('none');
  });
});

describe('shouting', () => {
  it('words shouted or yelled are a claim; a crowd screaming is not', () => {
    const a = run(
      'Then a resident yelled out to the governor, “Why has nothing been approved?”',
      '“Come on, Pablo!” shouted opposition MPs in the chamber.',
      'Fans screamed as the band came on.',
    );
    expect(labelOf(a, 'nothing been approved')).toMatchObject({ label: 'claim', source: 'a resident' });
    expect(labelOf(a, 'Come on, Pablo').source).toBe('opposition MPs');
    expect(labelOf(a, 'Fans screamed').label).toBe('none');
  });
});

describe('citing', () => {
  it('a reason or a source is the citer\'s speech; an outlet citing a person relays them', () => {
    const a = run(
      'The company chairman, Ray Dunmore, cited costs associated with the hurricane.',
      'Shortly afterwards the Associated Press cited an unnamed diplomat as saying that a deal had been reached.',
    );
    expect(labelOf(a, 'cited costs')).toMatchObject({ label: 'claim', source: 'Ray Dunmore' });
    expect(labelOf(a, 'unnamed diplomat')).toMatchObject({ label: 'report', source: 'the Associated Press' });
  });
});
