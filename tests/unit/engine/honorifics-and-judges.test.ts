import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('honorifics and judges', () => {
  it('names a speaker without the honorific of South Asian, West African or Malaysian English', () => {
    const a = run(
      'Area MP Hon. Jacinta Akinyi Odhiambo said she would table a motion.',
      'Party president Shri Awadhesh Narayan Singh on Sunday promised one job for every family.',
      'The chairman, Alhaji Musa Idakwo, described the promise as empty.',
      "The command's spokesperson, DSP Ibrahim Lawal Garba, said the victims were rescued.",
    );
    expect(labelOf(a, 'table a motion').source).toBe('Jacinta Akinyi Odhiambo');
    expect(labelOf(a, 'one job').source).toBe('Awadhesh Narayan Singh');
    expect(labelOf(a, 'as empty').source).toBe('Musa Idakwo');
    expect(labelOf(a, 'victims were rescued').source).toBe('Ibrahim Lawal Garba');
  });

  it('"Sri Lanka" stays a country', () => {
    const a = run('Sri Lanka said it would repay the loan.');
    expect(labelOf(a, 'repay').source).toBe('Sri Lanka');
  });

  it('"the judge" is the Justice named before', () => {
    const a = run('Justice Margaret Wambui Ochieng issued the orders on Monday.', '"The court cannot ignore the danger," the judge said in her ruling.');
    expect(labelOf(a, 'cannot ignore').source).toBe('Margaret Wambui Ochieng');
  });
});
