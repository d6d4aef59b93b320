import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('main clause and inverted cues', () => {
  it('lets a closing "..., the book claims." decide over an earlier cue', () => {
    const a = run('The minister promised voters he would resign before the election, a new book about the government claims.');
    expect(labelOf(a, 'promised')).toMatchObject({ label: 'report', source: 'a new book about the government' });
  });

  it('takes the speaker after an inverted cue, with the appositive as an alias', () => {
    const a = run('An open-ended list could damage confidence, said Stuart Hensel of the Economist Intelligence Unit.');
    expect(labelOf(a, 'open-ended')).toMatchObject({ label: 'claim', source: 'Stuart Hensel' });
  });

  it('attributes ", saying ..." to the subject of the main clause', () => {
    const a = run('The Russian space agency would not describe the malfunction, saying its experts were looking into it.');
    expect(labelOf(a, 'malfunction')).toMatchObject({ label: 'claim', source: 'The Russian space agency' });
  });

  it('does not read a capitalised name as a verb, and reads "issued a plea" as speech', () => {
    const a = run('Fiona Parry arrived in London on Monday.', 'Fiona Parry issued a plea for calm.');
    expect(labelOf(a, 'London').label).toBe('none');
    expect(labelOf(a, 'plea')).toMatchObject({ label: 'claim', source: 'Fiona Parry' });
  });
});

describe('sources', () => {
  it('resolves a role noun to the person an earlier title gave that role', () => {
    const a = run('Foreign Secretary Jack Straw met his counterparts.', 'The foreign secretary said the talks had gone well.');
    expect(labelOf(a, 'talks')).toMatchObject({ label: 'claim', source: 'Jack Straw' });
  });

  it('resolves an acronym defined in parentheses and "the report" to the body', () => {
    const a = run('The Asian Development Bank (ADB) has said growth will slow.', 'The ADB report said exports would fall.');
    expect(labelOf(a, 'growth')).toMatchObject({ label: 'claim', source: 'The Asian Development Bank' });
    expect(labelOf(a, 'exports')).toMatchObject({ label: 'report', source: 'The Asian Development Bank' });
  });

  it('takes the first of joint speakers', () => {
    const a = run('But both Roscosmos and NASA said the crash would have no impact on the station.');
    expect(labelOf(a, 'crash').source).toBe('Roscosmos');
  });

  it('gives an outlet that reviewed a document as the source of "according to"', () => {
    const a = run('These deals take years, he said according to a transcript reviewed by Business Insider.');
    expect(labelOf(a, 'deals')).toMatchObject({ label: 'report', source: 'Business Insider' });
  });
});

describe('pledges', () => {
  it('treats a decision announced in the passive future as a pledge, but not a forecast about others', () => {
    const a = run('Officials said that the farmland would be taken and used to settle poor farmers.',
      'Analysts said the economy will grow next year.');
    expect(labelOf(a, 'farmland').label).toBe('pledge');
    expect(labelOf(a, 'economy').label).toBe('claim');
  });

  it('labels "declared his intention to" as a pledge', () => {
    const a = run('Benjamin Netanyahu has declared his intention to resist the plan.');
    expect(labelOf(a, 'resist')).toMatchObject({ label: 'pledge', source: 'Benjamin Netanyahu' });
  });
});

describe('quotes', () => {
  it('gives a quotation paragraph with no cue to the speaker who closes it', () => {
    const a = run('The grief is growing among the tribes.', '“These days it is like a zoo. People just want to gawk,” says Hori Parata.');
    expect(labelOf(a, 'zoo')).toMatchObject({ label: 'claim', source: 'Hori Parata' });
  });

  it('keeps `"...?" he asked.` as one sentence attributed to the speaker', () => {
    const a = run('Charles Kennedy spoke on the radio.', '"Why do we need this law?" he asked.');
    const s = a.sentences.find((x) => x.text.includes('need this law'));
    expect(s?.text).toBe('"Why do we need this law?" he asked.');
    expect(labelOf(a, 'need this law')).toMatchObject({ label: 'claim', source: 'Charles Kennedy' });
  });
});

describe('offsets', () => {
  it('index the block text exactly with non-ASCII words, hyphenated names and curly quotes', () => {
    const paragraphs = [
      '“Ngātiwai believe the whales beach when they are ready,” says Lee Jae-myung.',
      'Te Kaurinui Parata said: “We need to listen.” The tide — it said — was falling.',
    ];
    const a = run(...paragraphs);
    for (const s of a.sentences) expect(paragraphs[s.block]?.slice(s.start, s.end)).toBe(s.text);
    expect(labelOf(a, 'Ngātiwai')).toMatchObject({ label: 'claim', source: 'Lee Jae-myung' });
  });
});
