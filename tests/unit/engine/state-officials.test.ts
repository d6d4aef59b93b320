import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a state\'s own officials committing it', () => {
  it('reads the capital as the government of the official who speaks for it', () => {
    const a = run(
      'Polish Deputy Defence Minister Marek Lis said Warsaw would send two more brigades to the border.',
      'Chinese Foreign Ministry spokesman Li Wen said Beijing would take firm measures.',
    );
    expect(labelOf(a, 'two more brigades')).toMatchObject({ label: 'pledge', source: 'Marek Lis' });
    expect(labelOf(a, 'firm measures')).toMatchObject({ label: 'pledge', source: 'Li Wen' });
  });

  it('keeps a capital a forecast from someone outside its government', () => {
    const a = run(
      'Polish novelist Jan Kos said Warsaw would lose the argument.',
      'British Environment Secretary Joan Harte said Washington will act on emissions.',
    );
    expect(labelOf(a, 'lose the argument').label).toBe('claim');
    expect(labelOf(a, 'act on emissions').label).toBe('claim');
  });

  it('reads the leader\'s own country inside the leader\'s quotation as the leader\'s commitment', () => {
    const a = run(
      'Chinese President Li Wen spoke at the summit.',
      '"China has committed to reach carbon neutrality by 2050," Li said.',
      '"China will close its coal plants," Li said.',
      '"America has committed to cut coal," Li said.',
    );
    expect(labelOf(a, 'carbon neutrality')).toMatchObject({ label: 'pledge', source: 'Li Wen' });
    expect(labelOf(a, 'coal plants')).toMatchObject({ label: 'pledge', source: 'Li Wen' });
    expect(labelOf(a, 'America has committed')).toMatchObject({ label: 'report', via: 'America' });
  });
});
