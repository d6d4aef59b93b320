import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('what someone told the speaker, further on in the quotation', () => {
  it('"… and he\'s told me he\'s fully behind me," X said: the speaker passes it on', () => {
    const a = run(
      '"I\'ve spoken to the chairman and he\'s told me he\'s fully behind me," Tomas Reilly said.',
      '"Kofi has been brilliant, and he told me before the game he felt a goal coming," Gary Moffatt said.',
    );
    expect(labelOf(a, 'fully behind me')).toMatchObject({ label: 'report', source: 'Tomas Reilly' });
    expect(labelOf(a, 'goal coming')).toMatchObject({ label: 'report', source: 'Gary Moffatt' });
  });

  it('the speaker\'s own telling stays a claim', () => {
    const a = run('"I told him we had done our best, and I meant it," Gary Moffatt said.');
    expect(labelOf(a, 'done our best')).toMatchObject({ label: 'claim', source: 'Gary Moffatt' });
  });
});
