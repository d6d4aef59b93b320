import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe("guarantees in a speaker's own words", () => {
  it('"I give residents my word that …" is a pledge', () => {
    const a = run('"I give residents my word that every area will have water this weekend," Mayor Thandeka Mokoena said.');
    expect(labelOf(a, 'my word')).toMatchObject({ label: 'pledge', source: 'Thandeka Mokoena' });
  });

  it('"No farmer will be left without compensation" guarantees', () => {
    const a = run('"No farmer will be left without his rightful compensation," Minister Sudhakar Rane told the House.', '"No one will be left behind," she said.');
    expect(labelOf(a, 'No farmer').label).toBe('pledge');
    expect(labelOf(a, 'left behind').label).toBe('pledge');
  });

  it('a future perfect of action commits; of a state, it does not', () => {
    const a = run(
      '"By the end of this year we will have added 10,000 new constables," Police Minister Themba Mkhabela said.',
      '"Before long we will all have forgotten what it was like," the novelist Ada Crane wrote.',
    );
    expect(labelOf(a, 'new constables').label).toBe('pledge');
    expect(labelOf(a, 'forgotten').label).toBe('claim');
  });

  it('"this committee will find out who" and "our polling agents will not leave" are the speaker\'s side', () => {
    const a = run(
      '"Somebody pocketed the money, and this committee will find out who," Senator Maria Caballero said.',
      '"This time our polling agents will not leave the stations," party leader Zulfiqar Chandio said.',
    );
    expect(labelOf(a, 'this committee').label).toBe('pledge');
    expect(labelOf(a, 'polling agents').label).toBe('pledge');
  });

  it('what a listener "will find" is no promise', () => {
    const a = run('"You will find that prices are lower," the shop owner said.');
    expect(labelOf(a, 'prices are lower').label).toBe('claim');
  });
});
