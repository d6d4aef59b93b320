import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a family description before a name', () => {
  it('leaves "Mother-of-three" and "Father-of-two" out of the name', () => {
    const a = run(
      'Mother-of-three Kirsty Allan, whose son is in Year 2, said the school was vital.',
      'Father-of-two Ben Ross said he was angry.',
    );
    expect(labelOf(a, 'school was vital').source).toBe('Kirsty Allan');
    expect(labelOf(a, 'he was angry').source).toBe('Ben Ross');
  });
});

describe('a spokesperson described by the kind of body they speak for', () => {
  it('gives "a council spokesman" to the council, not to the body that spoke last', () => {
    const a = run(
      'The plan was approved by Wexmoor District Council last year.',
      'The Delta union said it would ballot members.',
      'A council spokesman confirmed the plan would go ahead.',
    );
    expect(labelOf(a, 'would go ahead').source).toBe('Wexmoor District Council');
  });

  it('keeps "a ministry spokeswoman" apart from a firm in view when no ministry is named', () => {
    const a = run(
      'Corvex said the plant would close.',
      'A ministry spokeswoman said the closure was "a heavy blow".',
    );
    expect(labelOf(a, 'heavy blow').source).toBe('A ministry spokeswoman');
  });
});

describe('reactions told by how fast they came', () => {
  it('reads "were quick to criticise" and "was swift to deny" as claims', () => {
    const a = run(
      'Opposition parties were quick to criticise the plan.',
      'The firm was swift to deny any wrongdoing.',
      'Police were quick to arrive at the scene.',
    );
    expect(labelOf(a, 'criticise the plan')).toMatchObject({ label: 'claim', source: 'Opposition parties' });
    expect(labelOf(a, 'any wrongdoing')).toMatchObject({ label: 'claim', source: 'The firm' });
    expect(labelOf(a, 'arrive at the scene').label).toBe('none');
  });
});

describe('odds and ends of documents and refusals', () => {
  it('leaves the time out of the body that published the figures', () => {
    const a = run('Figures published by the Office for Budget Review last week showed knife offences rose by 18%.');
    expect(labelOf(a, 'knife offences')).toMatchObject({ label: 'report', source: 'the Office for Budget Review' });
  });

  it('reads "I will not pretend that …" as a claim, not a pledge', () => {
    const a = run(
      'Ms Amara Kent runs the aid agency.',
      '"We are grateful for every dollar, but I will not pretend that this is enough," she told delegates.',
    );
    expect(labelOf(a, 'not pretend')).toMatchObject({ label: 'claim', source: 'Amara Kent' });
  });
});
