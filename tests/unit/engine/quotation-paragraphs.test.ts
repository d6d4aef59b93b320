import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a quotation paragraph with no cue of its own', () => {
  it('goes to the speaker attributed just before, even when no quotation came earlier', () => {
    const a = run(
      'Dana Reyes, the mayor of Port Elm, said the flood defences had held overnight.',
      'The river peaked at noon on Sunday.',
      '“We were lucky this time, but the next storm could be worse. Nobody should take these walls for granted.”',
    );
    expect(labelOf(a, 'We were lucky')).toMatchObject({ label: 'claim', source: 'Dana Reyes' });
    expect(labelOf(a, 'Nobody should take')).toMatchObject({ label: 'claim', source: 'Dana Reyes' });
  });

  it('goes to the subject of the narrative sentence before it when that sentence names two speakers', () => {
    const a = run(
      'Nina Vale, a senator, said the dam was unsafe.',
      'Governor Harold Cooper said the dam had passed every inspection.',
      'Before touring the dam, Cooper took a question about what Vale meant.',
      '“I have not seen her figures.”',
    );
    expect(labelOf(a, 'I have not seen')).toMatchObject({ label: 'claim', source: 'Harold Cooper' });
  });

  it('stays unattributed when no one has been attributed nearby', () => {
    const a = run(
      'The river peaked at noon on Sunday.',
      'Sandbags lined the quay for a mile.',
      '“Water has no respect for walls.”',
    );
    expect(labelOf(a, 'Water has no respect')).toMatchObject({ label: 'none', source: null });
  });

  it('goes to the person the sentence just before has as its subject, in the same paragraph too', () => {
    const a = run(
      '“The council has failed us,” Rob Keane said.',
      'Deputy mayor Lena Ortiz was pleased with the vote as she left the chamber. “We showed that this council can work together. Only one member wanted to play games.”',
    );
    expect(labelOf(a, 'can work together')).toMatchObject({ label: 'claim', source: 'Lena Ortiz' });
    expect(labelOf(a, 'play games')).toMatchObject({ label: 'claim', source: 'Lena Ortiz' });
    expect(labelOf(a, 'was pleased')).toMatchObject({ label: 'none', source: null });
  });

  it('goes to the person the paragraph attributed just before', () => {
    const a = run(
      '“The council has failed us,” Rob Keane said.',
      'Mayor Dana Reyes said there could not be a debate every time prices rose. There were rules to follow. “In this case the advisers were clear. The decision was based on their advice.”',
    );
    expect(labelOf(a, 'advisers were clear')).toMatchObject({ label: 'claim', source: 'Dana Reyes' });
    expect(labelOf(a, 'based on their advice')).toMatchObject({ label: 'claim', source: 'Dana Reyes' });
    expect(labelOf(a, 'rules to follow').label).toBe('none');
  });

  it('does not give a quotation inside a paragraph to someone the sentence before only mentions', () => {
    const a = run(
      '“The council has failed us,” Rob Keane said.',
      'The vote went against Lena Ortiz. “Nobody saw this coming.”',
    );
    expect(labelOf(a, 'Nobody saw')).toMatchObject({ label: 'none', source: null });
  });
});

describe('a quotation that passes on a named party\'s words', () => {
  it('is the speaker\'s report of them, with the named party as via', () => {
    const a = run(
      'Opposition health spokesman Tom Reid said the plan was flawed.',
      '“The Audit Office has said that the money is not being spent well.”',
      '“Doctors are saying they want more clarity.”',
      '“Savings on this scale cannot be found by cutting paperwork.”',
    );
    expect(labelOf(a, 'Audit Office')).toMatchObject({ label: 'report', source: 'Tom Reid', via: 'The Audit Office' });
    expect(labelOf(a, 'more clarity')).toMatchObject({ label: 'claim', source: 'Tom Reid' });
    expect(labelOf(a, 'cannot be found')).toMatchObject({ label: 'claim', source: 'Tom Reid' });
  });
});

describe('a reference list after a quotation', () => {
  it('gives its quoted titles to nobody', () => {
    const a = run(
      '“Where she goes, we go,” the prime minister said.',
      ['list-item', '^ "Census population and dwelling counts".'],
      ['list-item', '↑ "Income inequality".'],
    );
    expect(labelOf(a, 'Where she goes').label).toBe('claim');
    expect(labelOf(a, 'Census population').label).toBe('none');
    expect(labelOf(a, 'Income inequality').label).toBe('none');
  });
});
