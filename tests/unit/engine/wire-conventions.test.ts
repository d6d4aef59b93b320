import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('wire-service conventions', () => {
  it('takes the day after an inverted "said" for a time, not a speaker', () => {
    const a = run(
      'Two cases were not confirmed until Wednesday, Dana Pruitt, a spokeswoman for Elm Valley Health, said Friday.',
      '"We found the fault in the valve," Carl Obi, the agency\'s administrator, said Monday.',
    );
    expect(labelOf(a, 'not confirmed')).toMatchObject({ label: 'claim', source: 'Dana Pruitt' });
    expect(labelOf(a, 'fault in the valve').source).toBe('Carl Obi');
  });

  it('keeps a prefixed role ("study co-author X, a professor ..., told") on the person', () => {
    const a = run('"Ice loss is natural too," study co-author Rhea Lund, a professor of geology at Harlow University in Boston, told Live Science.');
    expect(labelOf(a, 'Ice loss').source).toBe('Rhea Lund');
  });

  it('reads "announced plans Tuesday to cut" as a pledge', () => {
    const a = run('Carmody Foods announced plans Tuesday to cut 900 jobs worldwide.');
    expect(labelOf(a, '900 jobs')).toMatchObject({ label: 'pledge', source: 'Carmody Foods' });
  });

  it('does not relay a fronted "With X saying ..." adjunct as the speaker\'s report', () => {
    const a = run('With some lawmakers saying profits are too high, producers may hold prices down, said Ilsa Marr of Brookfield Partners.');
    expect(labelOf(a, 'profits are too high')).toMatchObject({ label: 'claim', source: 'Ilsa Marr' });
  });

  it('treats well-known outlets and "The"-named papers that report as outlets', () => {
    const a = run(
      'In 2014, USA Today reported that 43 percent of companies had a breach.',
      'The Associated Press agency reported that the files were read.',
      'VentureBeat previously wrote that the launch had slipped.',
      'The cause remains under investigation, The Clarion reported.',
      'Sales rose, The Hale Trading Company reported.',
    );
    expect(labelOf(a, '43 percent')).toMatchObject({ label: 'report', source: 'USA Today' });
    expect(labelOf(a, 'files were read').label).toBe('report');
    expect(labelOf(a, 'launch had slipped')).toMatchObject({ label: 'report', source: 'VentureBeat' });
    expect(labelOf(a, 'under investigation')).toMatchObject({ label: 'report', source: 'The Clarion' });
    expect(labelOf(a, 'Sales rose').label).toBe('claim');
  });

  it('keeps a spokesperson\'s turn after they "told the Reuters agency"', () => {
    const a = run('"We could not agree," an EU spokesman told the Reuters agency.', 'He added that no date had been set.');
    expect(labelOf(a, 'no date').source).toBe(labelOf(a, 'could not agree').source);
  });
});

describe('stances without a that-clause', () => {
  it('reads "calling it a mistake" as the nearest main clause\'s claim, not "called it a day"', () => {
    const a = run(
      'The report caused outrage, and the ministry quickly reversed the policy, calling it a mistake.',
      'The minister called the decision a disaster.',
      'The crew called it a day after six hours.',
    );
    expect(labelOf(a, 'calling it a mistake')).toMatchObject({ label: 'claim', source: 'the ministry' });
    expect(labelOf(a, 'a disaster')).toMatchObject({ label: 'claim', source: 'The minister' });
    expect(labelOf(a, 'called it a day').label).toBe('none');
  });

  it('reads "called the attack cowardly" as a judgement, not "called the meeting early" or "called the police"', () => {
    const a = run(
      'In a statement, the ministry called the attack cowardly.',
      'Tom Hale called the ruling deeply disappointing.',
      'The council called the meeting early.',
      'A neighbour called the police.',
    );
    expect(labelOf(a, 'cowardly')).toMatchObject({ label: 'claim', source: 'the ministry' });
    expect(labelOf(a, 'deeply disappointing')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
    expect(labelOf(a, 'meeting early').label).toBe('none');
    expect(labelOf(a, 'the police').label).toBe('none');
  });

  it('reads "questioned the cost" and "questioned whether" as claims, not "questioned the suspect"', () => {
    const a = run(
      'Critics have questioned the cost of the scheme.',
      'Tom Hale questioned whether the plan would work.',
      'Detectives questioned the two men for six hours.',
    );
    expect(labelOf(a, 'the cost')).toMatchObject({ label: 'claim', source: 'Critics' });
    expect(labelOf(a, 'plan would work')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
    expect(labelOf(a, 'two men').label).toBe('none');
  });

  it('reads "took to Twitter to say" and "used his speech to attack" as the subject\'s words', () => {
    const a = run(
      'Tom Hale took to Twitter to say the vote was rigged.',
      'Ann Cole used her speech to attack the plan.',
      'Tom Hale took the train to London.',
    );
    expect(labelOf(a, 'vote was rigged')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
    expect(labelOf(a, 'attack the plan')).toMatchObject({ label: 'claim', source: 'Ann Cole' });
    expect(labelOf(a, 'the train').label).toBe('none');
  });

  it('reads "walked out demanding a pay rise" as the strikers\' claim, not "a letter demanding payment"', () => {
    const a = run(
      'Tube workers walked out last week demanding a 53% pay rise.',
      'Farmers blocked roads on Monday calling for lower fuel taxes.',
      'The union sent a letter demanding payment.',
    );
    expect(labelOf(a, 'pay rise')).toMatchObject({ label: 'claim', source: 'Tube workers' });
    expect(labelOf(a, 'fuel taxes')).toMatchObject({ label: 'claim', source: 'Farmers' });
    expect(labelOf(a, 'demanding payment').label).toBe('none');
  });

  it('reads "depicted X as", "determined that", "invited X to" and "encouraged X to" as claims, not their other senses', () => {
    const a = run(
      'The analyst depicted the phone as the firm\'s best chance in years.',
      'The judge determined that the defendant had helped prosecutors.',
      'President Lin invited the delegation to take part in an expo.',
      'The minister encouraged firms to invest in the region.',
      'Officials are determined to finish the road.',
      'The mayor invited guests to the gala.',
    );
    expect(labelOf(a, 'best chance')).toMatchObject({ label: 'claim', source: 'The analyst' });
    expect(labelOf(a, 'helped prosecutors')).toMatchObject({ label: 'claim', source: 'The judge' });
    expect(labelOf(a, 'expo')).toMatchObject({ label: 'claim', source: 'President Lin' });
    expect(labelOf(a, 'invest in the region')).toMatchObject({ label: 'claim', source: 'The minister' });
    expect(labelOf(a, 'finish the road').label).toBe('none');
    expect(labelOf(a, 'gala').label).toBe('none');
  });

  it('reads "laid claim to" as a claim, not "laid bricks"', () => {
    const a = run(
      'The firm laid claim to being the first maker to field such a device.',
      'Ana Silva was laying claim to a genuine grand slam after her victory.',
      'The workers laid bricks all day.',
    );
    expect(labelOf(a, 'first maker')).toMatchObject({ label: 'claim', source: 'The firm' });
    expect(labelOf(a, 'grand slam')).toMatchObject({ label: 'claim', source: 'Ana Silva' });
    expect(labelOf(a, 'bricks').label).toBe('none');
  });

  it('reads "informed X that" as telling, not "informed police of the attack"', () => {
    const a = run(
      'Riverside University informed its workforce on 15 July that the campus would stay open.',
      'Residents informed police of the attack.',
    );
    expect(labelOf(a, 'stay open')).toMatchObject({ source: 'Riverside University' });
    expect(labelOf(a, 'stay open').label).not.toBe('none');
    expect(labelOf(a, 'the attack').label).toBe('none');
  });

  it('reads "declared itself the winner" and "announced on Sunday they had ..." as claims', () => {
    const a = run('The Unity Party has declared itself the winner based on its own count.', 'The rebels declared a ceasefire.');
    expect(labelOf(a, 'the winner')).toMatchObject({ label: 'claim', source: 'The Unity Party' });
    expect(labelOf(a, 'ceasefire').label).toBe('none');
    const b = run('The rebel group announced on Sunday they had freed the hostages.');
    expect(labelOf(b, 'freed the hostages')).toMatchObject({ label: 'claim', source: 'The rebel group' });
  });

  it('gives "briefed X and said" to the subject after an opening participle', () => {
    const a = run('Following a meeting in Lahore, the negotiators briefed the minister and said they had received no reply.');
    expect(labelOf(a, 'no reply')).toMatchObject({ label: 'claim', source: 'the negotiators' });
  });
});

describe('names and bodies the tagger misreads', () => {
  it('reads "the think tank" and a capitalised "verb" after a description as names', () => {
    const a = run(
      'Shared services could be a good blueprint, says the think tank.',
      'Most users log on before breakfast, according to a report by UK think tank Demos.',
      'It said fast connections were changing habits.',
    );
    expect(labelOf(a, 'good blueprint')).toMatchObject({ label: 'claim', source: 'the think tank' });
    expect(labelOf(a, 'before breakfast')).toMatchObject({ label: 'report', source: 'Demos' });
    expect(labelOf(a, 'changing habits')).toMatchObject({ label: 'report', source: 'Demos' });
  });

  it('takes a known first name alone for a person, and "his son Nick" for a relative, not another Nick', () => {
    const a = run(
      'Dominic Hale runs the agency.',
      'Michelle, a mother of two, is worried.',
      'Her forms have twice been lost, she said.',
      'Nick Vaughan chaired the rally. It was opened by his son Nick, a trainee vicar, who praised his father.',
      '"He has always meant what he said," he said.',
    );
    expect(labelOf(a, 'forms have twice')).toMatchObject({ label: 'claim', source: 'Michelle' });
    expect(labelOf(a, 'always meant').source).toBe('Nick');
  });

  it('finds the full name after a fronted phrase whose comma is missing', () => {
    const a = run('After the ruling Carla Fenwick, legal director of the charity Redress, said: "It is not enough."');
    expect(labelOf(a, 'not enough').source).toBe('Carla Fenwick');
  });

  it('gives a paper\'s short name to the paper named in full', () => {
    const a = run('The plan failed, The Durango Herald reported.', 'Officials were angry, the Herald reported.');
    expect(labelOf(a, 'Officials were angry').source).toBe('The Durango Herald');
    const b = run('The Sunday Times reported that talks stalled.', 'The Times said the deal was close.');
    expect(labelOf(b, 'deal was close').source).toBe('The Times');
  });

  it('needs content after "answered": "answered questions from reporters" attributes nothing', () => {
    const a = run('As he answered questions from reporters, Mr Lowe refused to give a date.', 'Mr Lowe answered that the plan was sound.');
    expect(labelOf(a, 'refused to give').label).toBe('none');
    expect(labelOf(a, 'plan was sound').label).toBe('claim');
  });
});

describe('British single quotation marks', () => {
  it('attributes a ‘...’ quotation across sentences and paragraphs, but not an apostrophe or a heading', () => {
    const a = run(
      'The Environment Agency warned of floods.',
      '‘We urge people to sign up to flood warnings. We also ask that people stay safe,’ said Nick Moore for the agency.',
      '‘Teams have been mobilised across the country. They work around the clock.’',
      ['heading', '‘We need to listen’'],
      'Jones’ car was hit on the road.',
    );
    expect(labelOf(a, 'sign up to flood')).toMatchObject({ label: 'claim', source: 'Nick Moore' });
    expect(labelOf(a, 'Teams have been mobilised')).toMatchObject({ label: 'claim', source: 'Nick Moore' });
    expect(labelOf(a, 'around the clock').source).toBe('Nick Moore');
    expect(labelOf(a, 'We need to listen').label).toBe('none');
    expect(labelOf(a, 'car was hit').label).toBe('none');
  });
});
