import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a speaker\'s own body or people as the subject of their future', () => {
  it('reads "his caucus would", "the side would", "the committee would" as pledges', () => {
    const a = run(
      'Senate Republican leader Dale Whitmore criticised the budget.',
      'He said his caucus would introduce an alternative that cuts costs.',
      'Coach Neil Hallett said the side would stick with its pace attack for the final.',
      'Deputy Governor Alan Pryer said the committee would do whatever was necessary.',
    );
    expect(labelOf(a, 'his caucus')).toMatchObject({ label: 'pledge', source: 'Dale Whitmore' });
    expect(labelOf(a, 'pace attack')).toMatchObject({ label: 'pledge', source: 'Neil Hallett' });
    expect(labelOf(a, 'whatever was necessary')).toMatchObject({ label: 'pledge', source: 'Alan Pryer' });
  });

  it('leaves someone else\'s side, and an observer\'s forecast, as claims', () => {
    const a = run(
      'Coach Neil Hallett said the other side would struggle in the heat.',
      'The analyst Tom Reel said the committee would raise rates.',
    );
    expect(labelOf(a, 'struggle in the heat').label).toBe('claim');
    expect(labelOf(a, 'raise rates').label).toBe('claim');
  });

  it('reads a police speaker\'s "officers / deputies would" as the force\'s pledge', () => {
    const a = run(
      'Sheriff Lorna Bixley said deputies would step up overnight patrols near churches.',
      'Ch Insp Joan Webber said officers would be carrying out extra patrols over the weekend.',
      'A shopkeeper, Ian Dray, said officers would find nothing.',
    );
    expect(labelOf(a, 'overnight patrols')).toMatchObject({ label: 'pledge', source: 'Lorna Bixley' });
    expect(labelOf(a, 'extra patrols')).toMatchObject({ label: 'pledge', source: 'Joan Webber' });
    expect(labelOf(a, 'find nothing').label).toBe('claim');
  });
});
