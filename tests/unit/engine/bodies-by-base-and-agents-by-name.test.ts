import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('bodies named without their base, outlets after a country, agents by name', () => {
  it('"the London-based Institute for …" is named without where it is based, and is one source with its bare name', () => {
    const a = run('The London-based Institute for Fiscal Studies said taxes would rise.', 'The Institute for Fiscal Studies also said spending would fall.');
    expect(labelOf(a, 'taxes would rise').source).toBe('Institute for Fiscal Studies');
    expect(labelOf(a, 'spending would fall').source).toBe('Institute for Fiscal Studies');
  });

  it('"Malaysia\'s national news agency Bernama" is the agency by its name', () => {
    const a = run("Malaysia's national news agency Bernama quoted a state councillor as saying that the rail link remained on track.");
    expect(labelOf(a, 'rail link')).toMatchObject({ label: 'report', source: 'Bernama' });
  });

  it('"according to a statement by her aide, Mr Tunde Ayeni" is the aide\'s report, by name', () => {
    const a = run('The minister gave the assurance on Thursday, according to a statement by her Special Assistant on Media, Mr Tunde Ayeni.');
    expect(labelOf(a, 'gave the assurance')).toMatchObject({ label: 'report', source: 'Tunde Ayeni' });
  });

  it('a German company name ending in "Energie" is a company, and "it said" finds it', () => {
    const a = run('Nordlicht Energie, one of Germany\'s largest utilities, has pledged to shut its last coal plant by 2030.', 'The Essen-based group will spend 24 billion euros on wind and solar power, it said on Tuesday.');
    expect(labelOf(a, '24 billion')).toMatchObject({ label: 'pledge', source: 'Nordlicht Energie' });
  });
});
