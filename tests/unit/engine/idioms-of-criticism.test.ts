import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('news idioms of criticism and concession', () => {
  it('reads the idioms as the subject\'s own stance', () => {
    const a = run(
      'The Managers Guild launched a scathing attack on the owner\'s decision.',
      'Councillor Ann Ray took exception to the remarks.',
      'The Farmers Union cried foul over the result.',
      'Mr Tom Hale took a swipe at his rivals.',
      'The Reserve Bank poured cold water on the idea.',
      'Dr Mia Lund accepted that her hospital had failed patients.',
      'Mr Sam Orr lashed out at the referee.',
    );
    expect(labelOf(a, 'scathing attack')).toMatchObject({ label: 'claim', source: 'Managers Guild' });
    expect(labelOf(a, 'took exception')).toMatchObject({ label: 'claim', source: 'Ann Ray' });
    expect(labelOf(a, 'cried foul')).toMatchObject({ label: 'claim', source: 'The Farmers Union' });
    expect(labelOf(a, 'took a swipe')).toMatchObject({ label: 'claim', source: 'Tom Hale' });
    expect(labelOf(a, 'cold water')).toMatchObject({ label: 'claim', source: 'The Reserve Bank' });
    expect(labelOf(a, 'had failed patients')).toMatchObject({ label: 'claim', source: 'Mia Lund' });
    expect(labelOf(a, 'lashed out')).toMatchObject({ label: 'claim', source: 'Sam Orr' });
  });

  it('leaves the literal senses as narrative', () => {
    const a = run(
      'Rebel fighters launched an attack on the town.',
      'Mr Tom Hale accepted that offer and left the room.',
      'The Farmers Union took the bus to the ground.',
    );
    expect(labelOf(a, 'attack on the town').label).toBe('none');
    expect(labelOf(a, 'that offer').label).toBe('none');
    expect(labelOf(a, 'took the bus').label).toBe('none');
  });

  it('reads lobbying for something or lobbying someone to act as advocacy, like "urged"', () => {
    const a = run(
      'Steel firms have lobbied the government to protect them from imports.',
      'The Farmers Union lobbied for a ban on imports.',
      'The firm spent millions lobbying in the capital.',
    );
    expect(labelOf(a, 'protect them')).toMatchObject({ label: 'claim', source: 'Steel firms' });
    expect(labelOf(a, 'ban on imports')).toMatchObject({ label: 'claim', source: 'The Farmers Union' });
    expect(labelOf(a, 'spent millions').label).toBe('none');
  });

  it('reads "called out" a failing as criticism, not "called out the bomb squad" or "calling out to each other"', () => {
    const a = run(
      'Governor Ann Lowe again called out weak household spending as a risk.',
      'Police called out the bomb squad.',
      'The governor called out the National Guard.',
    );
    expect(labelOf(a, 'weak household spending')).toMatchObject({ label: 'claim', source: 'Ann Lowe' });
    expect(labelOf(a, 'bomb squad').label).toBe('none');
    expect(labelOf(a, 'National Guard').label).toBe('none');
  });
});

