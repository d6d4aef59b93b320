import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/index';
import { article, labelOf, run } from './helpers';

describe('sentences', () => {
  it('offsets index the block text exactly, and headings stay one sentence', () => {
    const a = run(['heading', 'Minister quits. Party in shock'], 'Mr. Smith said the U.S. Gen. Jones left. "No," she said. "We go."');
    for (const s of a.sentences) {
      const block = article(['heading', 'Minister quits. Party in shock'], 'Mr. Smith said the U.S. Gen. Jones left. "No," she said. "We go."').blocks[s.block];
      expect(block?.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(a.sentences[0]?.text).toBe('Minister quits. Party in shock');
    expect(a.sentences.map((s) => s.text)).toContain('Mr. Smith said the U.S. Gen. Jones left.');
  });

  it('keeps web addresses and degrees inside their sentence', () => {
    const a = run('The Snopes.com writer has posted about Node.js before. The team was led by Anna Berg, Ph.D., of Oslo. It ends here.');
    expect(a.sentences.map((s) => s.text)).toEqual([
      'The Snopes.com writer has posted about Node.js before.',
      'The team was led by Anna Berg, Ph.D., of Oslo.',
      'It ends here.',
    ]);
  });

  it('keeps an amount with a currency prefix and decimals inside its sentence ("Rs280.51 million")', () => {
    const a = run('According to details, the bank was fined Rs280.51 million. It paid on Monday.');
    expect(a.sentences.map((s) => s.text)).toEqual(['According to details, the bank was fined Rs280.51 million.', 'It paid on Monday.']);
    expect(a.sentences[0]?.label).toBe('report');
  });

  it('does not throw on non-English text and labels it none', () => {
    const a = analyze({ title: 'x', url: 'u', lang: 'de', blocks: [{ text: 'Der Minister sagte, er werde zurücktreten.', kind: 'paragraph' }] });
    expect(a.sentences.every((s) => s.label === 'none')).toBe(true);
  });
});

describe('claims', () => {
  it('attributes direct and indirect speech to the speaker', () => {
    const a = run('Jane Cooper, the mayor, said the bridge was safe.', '"It has been inspected twice," said Mr Howard.');
    expect(labelOf(a, 'bridge')).toMatchObject({ label: 'claim', source: 'Jane Cooper' });
    expect(labelOf(a, 'inspected')).toMatchObject({ label: 'claim', source: 'Mr Howard' });
  });

  it('treats belief verbs with a holder as claims and adjective states as none', () => {
    const a = run('Scientists think the warming is to blame.', 'Officials are concerned about the delays.');
    expect(labelOf(a, 'warming')).toMatchObject({ label: 'claim', source: 'Scientists' });
    expect(labelOf(a, 'concerned').label).toBe('none');
  });

  it('ignores hedges and reported actions', () => {
    const a = run('The deal is expected to be signed on Monday.', 'Prices are said to be rising.', 'Pakistan closed the border.');
    for (const s of a.sentences) expect(s.label).toBe('none');
  });

  it('resolves pronouns by gender and surnames to the fullest name', () => {
    const a = run('Mary Jones met Peter Brown on Monday.', 'Brown said the talks went well.', 'She said she was disappointed.');
    expect(labelOf(a, 'talks')).toMatchObject({ label: 'claim', source: 'Peter Brown' });
    expect(labelOf(a, 'disappointed')).toMatchObject({ source: 'Mary Jones' });
    expect(a.sources.find((s) => s.name === 'Peter Brown')?.aliases).toContain('Brown');
  });

  it('keeps the speaker for a quotation that continues into the next paragraph', () => {
    const a = run('"We are not done yet," said Sarah Mitchell.', '"The work goes on.');
    expect(labelOf(a, 'work goes on')).toMatchObject({ label: 'claim', source: 'Sarah Mitchell' });
  });

  it('carries a colon lead-in to the list items after it', () => {
    const a = run('President Obama also said:', ['list-item', 'Syria needs a political solution'], ['list-item', 'He would speak bluntly about corruption']);
    expect(labelOf(a, 'Syria')).toMatchObject({ label: 'claim', source: 'President Obama' });
    expect(labelOf(a, 'bluntly').label).toBe('pledge');
  });

  it('uses a relative clause and the group itself when no one is named', () => {
    const a = run('Critics say the plan is flawed.', 'The mayor, who said he took full responsibility, resigned.');
    expect(labelOf(a, 'flawed')).toMatchObject({ label: 'claim', source: 'Critics' });
    expect(labelOf(a, 'responsibility').label).toBe('claim');
  });
});

describe('reports', () => {
  it('labels "according to" and outlets as reports', () => {
    const a = run('About 50 people were hurt, according to local news reports.', 'The Korea Times reported that the vote failed.');
    expect(labelOf(a, '50 people')).toMatchObject({ label: 'report', source: 'local news reports' });
    expect(labelOf(a, 'vote failed')).toMatchObject({ label: 'report', source: 'The Korea Times' });
  });

  it('sets via to the original speaker of relayed speech', () => {
    const a = run('The spokesman, Ali Hassan, wrote on Twitter that Ahmed Karimi expressed hope for talks.');
    expect(labelOf(a, 'hope')).toMatchObject({ label: 'report', source: 'Ali Hassan', via: 'Ahmed Karimi' });
  });

  it('does not treat "according to the rules" as a source', () => {
    expect(labelOf(run('The vote was held according to the rules.'), 'vote').label).toBe('none');
  });

  it('leaves a code, a policy or a treaty no source: the speaker of the sentence still speaks', () => {
    const a = run(
      'Jane Hollis is a former minister.',
      'She told the BBC the advice should have been published, according to the ministerial code.',
      'Visitors must wear masks, according to the hospital policy.',
    );
    expect(labelOf(a, 'should have been published')).toMatchObject({ label: 'claim', source: 'Jane Hollis' });
    expect(labelOf(a, 'wear masks').label).toBe('none');
  });
});

describe('pledges', () => {
  it('labels commitments by the speaker as pledges and forecasts about others as claims', () => {
    const a = run('Tom Baker vowed to cut taxes.', 'He said he would work to reopen the road.', 'Tom Baker said prices will rise.');
    expect(labelOf(a, 'cut taxes')).toMatchObject({ label: 'pledge', source: 'Tom Baker' });
    expect(labelOf(a, 'reopen')).toMatchObject({ label: 'pledge', source: 'Tom Baker' });
    expect(labelOf(a, 'prices')).toMatchObject({ label: 'claim' });
  });

  it('labels a first-person promise inside a quote as a pledge', () => {
    const a = run('"We will not allow this to happen again," said Kate Hoey.');
    expect(labelOf(a, 'allow')).toMatchObject({ label: 'pledge', source: 'Kate Hoey' });
  });
});
