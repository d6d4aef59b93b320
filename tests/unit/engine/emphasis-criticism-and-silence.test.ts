import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('verbs of emphasis with a person as subject', () => {
  it('reads "highlighted / underlined / underscored the need" as a claim, like "stressed the need"', () => {
    const a = run(
      'Nurses are leaving the profession in record numbers.',
      'Mr Tom Ross highlighted the need for more nurses.',
      'Ms Ada Lee underscored the importance of training.',
      'She also underlined the risks of doing nothing.',
    );
    expect(labelOf(a, 'need for more nurses')).toMatchObject({ label: 'claim', source: 'Tom Ross' });
    expect(labelOf(a, 'importance of training')).toMatchObject({ label: 'claim', source: 'Ada Lee' });
    expect(labelOf(a, 'risks of doing nothing')).toMatchObject({ label: 'claim', source: 'Ada Lee' });
  });

  it('leaves a thing that highlights something as narrative', () => {
    const a = run('The floods highlighted the need for better defences.', 'The new screen highlights bright colours.');
    expect(labelOf(a, 'better defences').label).toBe('none');
    expect(labelOf(a, 'bright colours').label).toBe('none');
  });
});

describe('"blasted" as criticism', () => {
  it('reads "blasted X as / for" as a claim, not a blast that breaks things', () => {
    const a = run(
      'Senator Joan Pike blasted the bill as a giveaway to big business.',
      'Firefighters blasted the door open.',
    );
    expect(labelOf(a, 'giveaway')).toMatchObject({ label: 'claim', source: 'Joan Pike' });
    expect(labelOf(a, 'door open').label).toBe('none');
  });
});

describe('saying nothing', () => {
  it('reads "said nothing about" and "has said little" as no statement', () => {
    const a = run(
      'Mr Chen said nothing about the plans.',
      'Ms Vane has said little about her future.',
      'Mr Chen said nothing would change.',
    );
    expect(labelOf(a, 'about the plans').label).toBe('none');
    expect(labelOf(a, 'her future').label).toBe('none');
    expect(labelOf(a, 'would change')).toMatchObject({ label: 'claim', source: 'Mr Chen' });
  });
});
