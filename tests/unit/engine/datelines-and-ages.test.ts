import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a wire dateline before a name and its party tag', () => {
  it('keeps "D-Ohio" as the tag, not the speaker, after "COLUMBUS, Ohio (AP) —"', () => {
    const a = run('COLUMBUS, Ohio (AP) — Rep. Janelle Whitmore, D-Ohio, told a crowd Saturday that she would make drug costs her first priority.');
    expect(labelOf(a, 'first priority')).toMatchObject({ label: 'pledge', source: 'Janelle Whitmore' });
  });
});

describe('a person described by age', () => {
  it('reads "The 34-year-old said" as the person just in view', () => {
    const a = run(
      'The actress Jane Hollis has spoken of her fear of the role.',
      'The 34-year-old said she was "terrified" when it was offered.',
    );
    expect(labelOf(a, 'terrified')).toMatchObject({ label: 'claim', source: 'Jane Hollis' });
  });

  it('keeps "a 7-year-old boy" a description in narrative', () => {
    const a = run('A 7-year-old boy was taken to hospital.');
    expect(labelOf(a, 'taken to hospital').label).toBe('none');
  });
});
