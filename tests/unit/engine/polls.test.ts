import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('polls and surveys', () => {
  it('makes the poll, not the outlet it was conducted for, the source', () => {
    const a = run(
      'Most drivers do not trust fuel prices, a new survey conducted for the Daily Planet suggests.',
      'But according to the Daily Planet survey, 58% said they would still drive to work.',
    );
    expect(labelOf(a, 'fuel prices')).toMatchObject({ label: 'report', source: 'a new survey conducted for the Daily Planet' });
    expect(labelOf(a, 'drive to work')).toMatchObject({ label: 'report', source: 'a new survey conducted for the Daily Planet' });
  });

  it('reads a share of respondents saying something as a report of the last poll', () => {
    const a = run(
      'A poll for the Daily Planet found that commuters were unhappy.',
      'Some 64% said trains were too crowded.',
      'And 71% of the 2,000 adults quizzed by Acme Research said ministers broke what they promised.',
      'Just under two-thirds of respondents (62%) said fares were too high.',
      'Most voters believe the line should be nationalised.',
    );
    for (const needle of ['too crowded', 'broke what', 'fares were', 'nationalised']) {
      expect(labelOf(a, needle)).toMatchObject({ label: 'report', source: 'A poll for the Daily Planet' });
    }
  });

  it('falls back to a generic poll and leaves other numbers alone', () => {
    const a = run(
      'Two-thirds of voters think the tax is unfair.',
      'Sales rose 5%, the company said.',
      'Half of the children said nothing at all.',
    );
    expect(labelOf(a, 'tax is unfair')).toMatchObject({ label: 'report', source: 'the poll' });
    expect(labelOf(a, 'Sales rose').label).toBe('claim');
    expect(labelOf(a, 'Half of the children').label).not.toBe('report');
  });
});

describe('a speaker passing on a document', () => {
  it('reads "said intelligence reports showed ..." as a report, but not a later, separate clause', () => {
    const a = run(
      'Home Secretary Ann Rigby said police reports showed some gangs were now recruiting online.',
      'Ms Rigby said gangs were growing, and a study found that knife crime had fallen.',
    );
    expect(labelOf(a, 'recruiting online')).toMatchObject({ label: 'report', source: 'Ann Rigby' });
    expect(labelOf(a, 'knife crime').label).toBe('claim');
  });
});

describe('a speaker for their own body', () => {
  it('does not read "said <own party> wanted ..." as a relay', () => {
    const a = run(
      "Labour's campaign chief Rita Vance spoke in Leeds on Monday.",
      'Ms Vance told reporters that Labour wanted cheaper trains for commuters.',
      'Ms Vance told reporters that the Greens wanted dearer fuel.',
    );
    expect(labelOf(a, 'cheaper trains')).toMatchObject({ label: 'claim', source: 'Rita Vance' });
    expect(labelOf(a, 'dearer fuel')).toMatchObject({ label: 'report', source: 'Rita Vance' });
  });
});

describe('more answers a share of respondents gives', () => {
  it('reads "61 percent expect", "three-quarters of smartphone owners indicated" and "55% support" as the poll\'s report', () => {
    const a = run(
      'A survey released on Tuesday showed adults spend two hours a day on their phones.',
      'Among those lacking a smartphone, 61 percent expect to buy one.',
      'Three-quarters of smartphone owners indicated they used weather apps.',
      'Some 55% support a ban on phones in schools.',
    );
    for (const words of ['61 percent', 'weather apps', 'a ban on phones']) expect(labelOf(a, words)).toMatchObject({ label: 'report', source: 'A survey' });
  });
});
