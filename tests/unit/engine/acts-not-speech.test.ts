import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('acts that look like speech verbs', () => {
  it('reads "responded to the blaze / a call / reports of a shooting" as attending, not answering', () => {
    const a = run(
      'Coast Guard crews respond to a disabled cargo vessel with a fire on board.',
      'Police responded to reports of a shooting.',
      'The minister responded to the criticism by saying it was unfair.',
    );
    expect(labelOf(a, 'cargo vessel').label).toBe('none');
    expect(labelOf(a, 'shooting').label).toBe('none');
    expect(labelOf(a, 'it was unfair')).toMatchObject({ label: 'claim', source: 'The minister' });
  });

  it('reads "denied the application / bail" as a request refused, not a denial', () => {
    const a = run('The planning commission previously denied the application.', 'He was denied bail.', 'The firm denied the claims.');
    expect(labelOf(a, 'the application').label).toBe('none');
    expect(labelOf(a, 'denied bail').label).toBe('none');
    expect(labelOf(a, 'the claims')).toMatchObject({ label: 'claim', source: 'The firm' });
  });

  it('never gives words to a storm, a river or a fire ("the Russian River threatened to flood")', () => {
    const a = run(
      'Residents were evacuated as the Eden River threatened to flood.',
      'Hurricane Mara threatened to cut power to thousands of homes.',
      'Acme threatened to sue the council.',
    );
    expect(labelOf(a, 'threatened to flood').label).toBe('none');
    expect(labelOf(a, 'cut power').label).toBe('none');
    expect(labelOf(a, 'to sue')).toMatchObject({ label: 'pledge', source: 'Acme' });
  });

  it('reads "X accused of ..." with no one accused as a participle, not an accusation', () => {
    const a = run(
      'Fares rose again, with rail bosses accused of hiding the truth.',
      'Critics accused the minister of lying.',
      'The minister was accused of lying by critics.',
    );
    expect(labelOf(a, 'hiding the truth').label).toBe('none');
    expect(labelOf(a, 'Critics accused')).toMatchObject({ label: 'claim', source: 'Critics' });
    expect(labelOf(a, 'by critics')).toMatchObject({ label: 'claim', source: 'Critics' });
  });
});
