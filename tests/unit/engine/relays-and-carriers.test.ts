import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('outlets that carry the words', () => {
  it('reads "As reported by X", "first reported by X Blog" and "an NBC TV affiliate reported" as reports', () => {
    const a = run(
      'As reported by Bloomberg, the shares have fallen 11 percent this year.',
      'The cases were first reported yesterday by Marler Blog.',
      'An NBC TV affiliate in Dallas today reported that 29 cases came from four counties.',
    );
    expect(labelOf(a, 'shares have fallen')).toMatchObject({ label: 'report', source: 'Bloomberg' });
    expect(labelOf(a, 'first reported')).toMatchObject({ label: 'report', source: 'Marler Blog' });
    expect(labelOf(a, '29 cases').label).toBe('report');
  });

  it('gives "was quoted as saying in the Belgian press" to the press', () => {
    const a = run('"The unions are damaging us," Jo Cornu, the head of the rail company, was quoted as saying in the Belgian press.');
    expect(labelOf(a, 'damaging us')).toMatchObject({ label: 'report', source: 'the Belgian press' });
  });

  it('reads "The study by the agency recorded a rise" as the document\'s report', () => {
    const a = run('The study by the Environmental Protection Agency recorded a rise in emissions.', 'The company recorded a loss of $5m.');
    expect(labelOf(a, 'rise in emissions').label).toBe('report');
    expect(labelOf(a, 'loss of $5m').label).toBe('none');
  });
});

describe('a closing cue that passes on a third party\'s words', () => {
  it('reads "The suspect added that ..., the sheriff\'s office said" and "he noted ..., officials said" as reports', () => {
    const a = run(
      'Deputies arrested a man near the bar.',
      'The 48-year-old suspect added that he was a professional arsonist, the sheriff\'s office said.',
      'During the interview, he noted the car was chosen for convenience, officials said.',
      '"People think it is safe, but it is not," said Pat Hugh, an engineer.',
    );
    expect(labelOf(a, 'professional arsonist').label).toBe('report');
    expect(labelOf(a, 'chosen for convenience')).toMatchObject({ label: 'report', source: 'officials' });
    expect(labelOf(a, 'People think')).toMatchObject({ label: 'claim', source: 'Pat Hugh' });
  });

  it('relays what a third party "had informed" others of, though the tagger reads the participle as an adjective', () => {
    const a = run('Party sources told the Daily Courier that the minister had informed aides that the inquiry would close.');
    expect(labelOf(a, 'inquiry would close').label).toBe('report');
  });

  it('reads a quotation that opens on others\' words ("“They said there was not enough staff,” she said") as a relay', () => {
    const a = run(
      '“They said there was not enough staff on the flight,” passenger Ana Reyes said.',
      '“We said we would fight the closure,” union leader Tom Hale said.',
    );
    expect(labelOf(a, 'not enough staff')).toMatchObject({ label: 'report', source: 'Ana Reyes' });
    expect(labelOf(a, 'fight the closure').label).not.toBe('report');
  });
});

describe('relaying what someone stated or shouted', () => {
  it('reads "He said the man shouted: “...”" as the speaker\'s report of the man\'s words', () => {
    const a = run('Councillor Ian Reed described the attack.', 'He said the man shouted: “You have offended my faith.”');
    expect(labelOf(a, 'offended my faith')).toMatchObject({ label: 'report', source: 'Ian Reed' });
  });
});

describe("a spokesperson voicing a body's hopes", () => {
  it("is the spokesperson's own claim; another party's words are still relayed", () => {
    const a = run(
      'Anna Brook, a spokeswoman for the refugee agency, said the camp was full.',
      'Brook said the United Nations hoped to move the first families on Monday.',
      'Brook said the Audit Office had warned that the camp was underfunded.',
    );
    expect(labelOf(a, 'first families')).toMatchObject({ label: 'claim', source: 'Anna Brook' });
    expect(labelOf(a, 'underfunded')).toMatchObject({ label: 'report', source: 'Anna Brook' });
  });

  it('keeps a speaker who spoke to someone and then expressed a stance the speaker of it', () => {
    const a = run(
      'Ms Ortiz spoke to Mr Lund by phone and expressed her support for the ceasefire.',
      'The source, who had spoken to people inside the building, said the talks had failed.',
    );
    expect(labelOf(a, 'support for the ceasefire')).toMatchObject({ label: 'claim', source: 'Ms Ortiz' });
    expect(labelOf(a, 'talks had failed').label).toBe('report');
  });

  it('reads a stance whose object opens a quotation ("expressed his “support for …”")', () => {
    const a = run('Mr Lund expressed his "support for the ceasefire".', 'The minister voiced "deep concern" over the cuts.');
    expect(labelOf(a, 'support for the ceasefire')).toMatchObject({ label: 'claim', source: 'Mr Lund' });
    expect(labelOf(a, 'deep concern')).toMatchObject({ label: 'claim', source: 'The minister' });
  });
});

describe('a speaker passing on what another party asked', () => {
  it('reads "said (that, in 2019,) the regulator had asked them to ..." as a report through the speaker', () => {
    const a = run(
      'Its managing director Syed Ali said that in 2019, the central bank had asked them to classify the loans.',
      'The mayor, Ann Cole, said the inspectors had requested more time.',
      'The mayor, Ann Cole, said the loans had been classified in 2019.',
    );
    expect(labelOf(a, 'classify the loans')).toMatchObject({ label: 'report', source: 'Syed Ali' });
    expect(labelOf(a, 'requested more time')).toMatchObject({ label: 'report', source: 'Ann Cole' });
    expect(labelOf(a, 'had been classified').label).toBe('claim');
  });

  it('reads "we have been asked to ..." as passing on another party\'s request, not "asked about ... by reporters"', () => {
    const a = run(
      'An official, Ravi Nair, spoke to reporters.',
      '"We have been asked to pull up the deadlines of all these projects," he said.',
      'He said he was asked about the deal by reporters.',
    );
    expect(labelOf(a, 'pull up the deadlines')).toMatchObject({ label: 'report', source: 'Ravi Nair' });
    expect(labelOf(a, 'asked about the deal').label).toBe('claim');
  });

  it('reads a quotation opening "They told us …" as passing on what others told the speaker', () => {
    const a = run(
      'Deputy leader Ann Cole told the BBC: "They told us very clearly, it was the members telling the leaders to get in line."',
      'Deputy leader Ann Cole told the BBC: "We told them very clearly to get in line."',
    );
    expect(labelOf(a, 'They told us')).toMatchObject({ label: 'report', source: 'Ann Cole' });
    expect(labelOf(a, 'We told them')).toMatchObject({ label: 'claim', source: 'Ann Cole' });
  });
});

