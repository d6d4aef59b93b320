import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('second reported clauses, recalls, guidance and whose body it is', () => {
  it('"said it was confident … and that it would keep …" commits in its second clause', () => {
    const a = run(
      'Nordavia said it was confident the remedies met the concerns and that it would keep the brand in Riga for five years.',
      'The union said in a statement that 2,300 of its members had joined the strike and that it would keep the mine closed.',
    );
    expect(labelOf(a, 'keep the brand').label).toBe('pledge');
    expect(labelOf(a, 'mine closed').label).toBe('pledge');
  });

  it('a product recall and "demand for" are no speech; a memory told still is', () => {
    const a = run(
      'Orrin Foods is recalling several lots of its infant formula.',
      'The carmaker recalled 20,000 vehicles last year.',
      'Prices rise in winter, when demand for electricity peaks.',
      'Mayor Ruth Dale recalled that the plant had flooded twice.',
    );
    expect(labelOf(a, 'infant formula').label).toBe('none');
    expect(labelOf(a, '20,000 vehicles').label).toBe('none');
    expect(labelOf(a, 'electricity peaks').label).toBe('none');
    expect(labelOf(a, 'flooded twice')).toMatchObject({ label: 'claim', source: 'Ruth Dale' });
  });

  it('a company\'s guidance, "expects adjusted operating profit of …", is its claim', () => {
    const a = run('Vantor Logistics cut its forecast on Tuesday.', 'The company now expects adjusted operating profit of between 610 million and 660 million euros this year.');
    expect(labelOf(a, 'adjusted operating profit')).toMatchObject({ label: 'claim', source: 'Vantor Logistics' });
  });

  it('a researcher\'s own team commits; "the merged company" is not the speaker\'s', () => {
    const a = run(
      'Prof Siobhan Kerrigan said her team would publish its full data set next year.',
      'Rival carrier FlyNord has complained that the merged company would control more than 60% of flights.',
    );
    expect(labelOf(a, 'full data set').label).toBe('pledge');
    expect(labelOf(a, 'merged company').label).toBe('claim');
  });
});
