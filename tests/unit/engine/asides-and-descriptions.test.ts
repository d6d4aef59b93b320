import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a subject behind an opening adverb and an aside in dashes', () => {
  it('finds the subject past "Meanwhile," and the dashes', () => {
    const a = run(
      'Meanwhile, the Pacific League – the region\'s largest trading bloc – announced it would impose tariffs.',
      'However, Acme – the country\'s largest grocer – said sales fell.',
    );
    expect(labelOf(a, 'impose tariffs')).toMatchObject({ label: 'pledge', source: 'the Pacific League' });
    expect(labelOf(a, 'sales fell')).toMatchObject({ label: 'claim', source: 'Acme' });
  });
});

describe('a body\'s description just before its name', () => {
  it('keeps "housing charity Shelby" together as the body behind the research', () => {
    const a = run(
      'Rents have risen sharply, research from housing charity Shelby has shown.',
      'Bills are rising, research by the charity Hearth shows.',
    );
    expect(labelOf(a, 'Rents have risen')).toMatchObject({ label: 'report', source: 'Shelby' });
    expect(labelOf(a, 'Bills are rising')).toMatchObject({ label: 'report', source: 'Hearth' });
  });
});
