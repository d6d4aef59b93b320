import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('"as per", quoting past an appositive, directives and reduced passives', () => {
  it('"As per X," opening a sentence is "according to X"', () => {
    const a = run("As per the statement issued by the Governor's Office, 37 relief camps have been set up.", 'As per officials, the water level had receded by Monday.');
    expect(labelOf(a, 'relief camps')).toMatchObject({ label: 'report', source: "the Governor's Office" });
    expect(labelOf(a, 'water level')).toMatchObject({ label: 'report', source: 'officials' });
  });

  it('"as per" inside a clause is a manner, and "according to X" keeps X past a later "by"', () => {
    const a = run('The games must be built as per the criteria outlined in the announcement.', 'According to officials, the river had fallen by Monday.');
    expect(labelOf(a, 'games must').label).toBe('none');
    expect(labelOf(a, 'river had fallen').source).toBe('officials');
  });

  it('"quoted X, his title, as assuring …" relays X', () => {
    const a = run('Police spokesman Ibrahim Garba quoted the Commissioner of Police, Abdullahi Yaro, as assuring residents that the command would not rest.');
    expect(labelOf(a, 'would not rest')).toMatchObject({ label: 'report', source: 'Ibrahim Garba', via: 'Abdullahi Yaro' });
  });

  it('a directive to someone and an explanation of a cause are claims', () => {
    const a = run(
      'Chief Minister Ghulam Jatoi directed the district administrations to ensure the supply of clean water.',
      'Police chief Themba Mkhabela attributed the decrease to a new policing operation.',
    );
    expect(labelOf(a, 'clean water')).toMatchObject({ label: 'claim', source: 'Ghulam Jatoi' });
    expect(labelOf(a, 'the decrease')).toMatchObject({ label: 'claim', source: 'Themba Mkhabela' });
  });

  it('directing a film or funds, and an attribution in the passive, are not speech', () => {
    const a = run('Anna Holt directed the film in 1993.', 'He directed funds to the worst-hit districts.', 'The quote was attributed to Churchill.');
    for (const needle of ['the film', 'funds', 'Churchill']) expect(labelOf(a, needle).label).toBe('none');
  });

  it('"X, estimated / said to …," describes X; no one speaks', () => {
    const a = run('The project, estimated to cost Rs 38,400 crore, has been delayed by two years.', 'The painting, said to be worth millions, was stolen.', 'John Smith, the party leader, vowed to fight on.');
    expect(labelOf(a, 'The project').label).toBe('none');
    expect(labelOf(a, 'The painting').label).toBe('none');
    expect(labelOf(a, 'fight on').label).toBe('pledge');
  });
});
