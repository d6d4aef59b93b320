import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('a document described by who made it public', () => {
  it('reads figures released or published by a body as that body\'s report', () => {
    const a = run(
      'Figures released by the Office for Budget Review showed unemployment rose to 4.2%.',
      'Data published by the Northern Health Trust on Thursday showed waiting times had worsened.',
      'Figures from the Department for Roads show road deaths fell by 5% last year.',
    );
    expect(labelOf(a, 'unemployment rose')).toMatchObject({ label: 'report', source: 'the Office for Budget Review' });
    expect(labelOf(a, 'waiting times')).toMatchObject({ label: 'report', source: 'the Northern Health Trust' });
    expect(labelOf(a, 'road deaths')).toMatchObject({ label: 'report', source: 'the Department for Roads' });
  });

  it('reads a study published in a journal as the journal\'s report, one published on a date as its own', () => {
    const a = run(
      'A study published in the Journal of Coastal Science found that the dunes were shrinking.',
      'A government report published in May concluded that the scheme had failed.',
    );
    expect(labelOf(a, 'dunes were shrinking')).toMatchObject({ label: 'report', source: 'the Journal of Coastal Science' });
    expect(labelOf(a, 'scheme had failed')).toMatchObject({ label: 'report', source: 'A government report' });
  });

  it('reads "the latest figures, published on Tuesday, show" and "Polling by X suggests" as reports', () => {
    const a = run(
      'The latest figures, published on Tuesday, show a sharp rise in knife crime.',
      'Polling by Delta Research suggests the party\'s support has fallen to 22%.',
    );
    expect(labelOf(a, 'knife crime')).toMatchObject({ label: 'report', source: 'The latest figures' });
    expect(labelOf(a, 'support has fallen')).toMatchObject({ label: 'report', source: 'Delta Research' });
  });

  it('leaves a television show and a published book that acts as narrative', () => {
    const a = run(
      'The figures, published in a glossy brochure, were printed in red.',
      'Talent shows like this one draw millions of viewers.',
    );
    expect(labelOf(a, 'glossy brochure').label).toBe('none');
    expect(labelOf(a, 'Talent shows').label).toBe('none');
  });
});

describe('a document\'s publisher after its date', () => {
  it('reads "Figures published on Thursday by the Central Statistics Office showed" as the office\'s report', () => {
    const a = run('Figures published on Thursday by the Central Survey Office showed 6,412 homes were finished.');
    expect(labelOf(a, '6,412 homes')).toMatchObject({ label: 'report', source: 'the Central Survey Office' });
  });
});
