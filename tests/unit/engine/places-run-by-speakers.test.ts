import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('the place an executive speaker runs, as the subject of their future', () => {
  it('reads a governor\'s "the state will" and a mayor\'s "the city would" as pledges', () => {
    const a = run(
      'Governor Ellen Marsh toured the flooded valley on Friday.',
      'Because the storm turned east, she said the state won\'t be calling up more National Guard units.',
      'Mayor Victor Hale said the city would open three cooling centres.',
      '“The town will rebuild the footbridge by spring,” Mayor Ada Kerr said.',
    );
    expect(labelOf(a, 'National Guard')).toMatchObject({ label: 'pledge', source: 'Ellen Marsh' });
    expect(labelOf(a, 'cooling centres')).toMatchObject({ label: 'pledge', source: 'Victor Hale' });
    expect(labelOf(a, 'footbridge')).toMatchObject({ label: 'pledge', source: 'Ada Kerr' });
  });

  it('reads an office named after its place ("County Executive", "a county spokesman") the same way', () => {
    const a = run(
      'County Executive Rosa Blane said the county is going to reopen the parks.',
      'A county spokesman, Ed Rowe, said the county will repair the bridge next month.',
    );
    expect(labelOf(a, 'reopen the parks')).toMatchObject({ label: 'pledge', source: 'Rosa Blane' });
    expect(labelOf(a, 'repair the bridge')).toMatchObject({ label: 'pledge', source: 'Ed Rowe' });
  });

  it('leaves forecasts for the place, and places the speaker does not run, as claims', () => {
    const a = run(
      'Gov. Tom Wade said the state will see heavy rain on Monday.',
      'A state senator, Bob Hill, said the state will cut taxes.',
      'Mayor Lena Park said the county would widen the road.',
    );
    expect(labelOf(a, 'heavy rain').label).toBe('claim');
    expect(labelOf(a, 'cut taxes').label).toBe('claim');
    expect(labelOf(a, 'widen the road').label).toBe('claim');
  });

  it('reads a head teacher named with the office in two words as running the school', () => {
    const a = run('Head teacher Mary Lyle said the school would reopen on Monday.');
    expect(labelOf(a, 'reopen on Monday')).toMatchObject({ label: 'pledge', source: 'Mary Lyle' });
  });
});
