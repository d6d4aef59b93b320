import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('speech not yet spoken', () => {
  it('reads "will lobby", "will urge", "will announce" as the article\'s own news of a plan', () => {
    const a = run(
      'The government will lobby the Pacific League to raise fishing quotas.',
      'The minister will urge the council to act.',
      'On Friday, the Treasury will announce a new strategy.',
    );
    expect(labelOf(a, 'fishing quotas').label).toBe('none');
    expect(labelOf(a, 'urge the council').label).toBe('none');
    expect(labelOf(a, 'new strategy').label).toBe('none');
  });

  it('keeps a body announcing its own plans as its pledge', () => {
    const a = run('Acme will announce plans on Tuesday to invest $1bn in new factories.');
    expect(labelOf(a, 'invest $1bn')).toMatchObject({ label: 'pledge', source: 'Acme' });
  });
});

describe('a pledge introduced by a wish in the speaker\'s quotation', () => {
  it('reads "I want to assure … would" as a pledge, not condolences or reassurance about now', () => {
    const a = run(
      'General Ravi Menon spoke in Delhi.',
      '"I want to assure the country that the sacrifice of our soldiers would not go in vain," he said.',
      '"I want to offer my condolences to the families," he said.',
      '"I can assure you there aren\'t many children in that age group," he said.',
    );
    expect(labelOf(a, 'not go in vain')).toMatchObject({ label: 'pledge', source: 'Ravi Menon' });
    expect(labelOf(a, 'condolences').label).toBe('claim');
    expect(labelOf(a, 'age group').label).toBe('claim');
  });
});
