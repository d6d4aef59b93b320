import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('the speaker\'s own body named inside the speaker\'s quotation', () => {
  it('reads the body the speaker heads, by name, as the speaker\'s own commitment', () => {
    const a = run(
      'Dame Ruth Ellery, chief executive of the Coastal Authority, said the fines were welcome.',
      '“The Coastal Authority will pursue any firm that dumps waste at sea,” she said.',
      '“The Treasury will pursue any firm that dodges tax.”',
    );
    expect(labelOf(a, 'dumps waste')).toMatchObject({ label: 'pledge', source: 'Dame Ruth Ellery' });
    expect(labelOf(a, 'dodges tax').label).toBe('claim');
  });

  it('reads a body\'s own name or noun in its own statement as its commitment', () => {
    const a = run(
      '"The university is committed to finishing the review quickly," Northgate University said.',
      'Acme cut 200 jobs on Monday.',
      '"Acme will protect its workers," the company said.',
    );
    expect(labelOf(a, 'finishing the review')).toMatchObject({ label: 'pledge', source: 'Northgate University' });
    expect(labelOf(a, 'protect its workers')).toMatchObject({ label: 'pledge', source: 'Acme' });
  });

  it('reads "the company" in a named business\'s own statement as the business', () => {
    const a = run(
      'Pfizer said on Tuesday it would defer some price rises.',
      '“The company will return these prices to their old levels,” Pfizer said in a statement.',
      'The government said it would act.',
      '“The company will have to pay,” the government said.',
    );
    expect(labelOf(a, 'old levels')).toMatchObject({ label: 'pledge', source: 'Pfizer' });
    expect(labelOf(a, 'have to pay').label).toBe('claim');
  });
});
