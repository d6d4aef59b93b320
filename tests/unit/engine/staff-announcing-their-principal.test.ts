import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe("a person's office, campaign or team announcing that person's own action", () => {
  it('"X\'s office said he would" commits X', () => {
    const a = run('Senator Dana Reyes is running for governor.', "Ms Reyes's office said she would not resign.", "Mr Obi's office said he would return to Lagos on Monday.");
    expect(labelOf(a, 'not resign')).toMatchObject({ label: 'pledge', source: "Ms Reyes's office" });
    expect(labelOf(a, 'return to Lagos').label).toBe('pledge');
  });

  it('"his campaign" and "the senator\'s office" speak for their holder', () => {
    const a = run('Senator Paul Obi is running for governor.', 'His campaign said he would debate his rival on October 3.', "The senator's office said he would vote against the bill.");
    expect(labelOf(a, 'debate his rival').label).toBe('pledge');
    expect(labelOf(a, 'vote against').label).toBe('pledge');
  });

  it('not when the pronoun is someone else, or the future is no action of theirs', () => {
    const a = run("Mr Obi's office said she would lose the vote.", "Mr Obi's office said he would probably lose the vote.");
    expect(labelOf(a, 'she would lose').label).toBe('claim');
    expect(labelOf(a, 'probably lose').label).toBe('claim');
  });
});
