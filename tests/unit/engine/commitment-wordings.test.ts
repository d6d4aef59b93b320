import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('commitments in more wordings', () => {
  it('reads a commitment word in scare quotes as the word itself', () => {
    const a = run('The agency said that it was “determined” to reopen the plant by spring.');
    expect(labelOf(a, 'determined')).toMatchObject({ label: 'pledge', source: 'The agency' });
  });

  it('takes a pledge restated as a clause ("reiterated a pledge that ...")', () => {
    const a = run('Alan Pike, the central bank governor, reiterated a pledge that rates would stay low for an extended period.');
    expect(labelOf(a, 'reiterated a pledge')).toMatchObject({ label: 'pledge', source: 'Alan Pike' });
  });

  it('takes "restated her commitment to" as a pledge, but restating figures is no cue', () => {
    const a = run('Mayor Lena Ortiz restated her commitment to the new tram line.', 'The council restated the figures.');
    expect(labelOf(a, 'restated her commitment')).toMatchObject({ label: 'pledge', source: 'Lena Ortiz' });
    expect(labelOf(a, 'restated the figures')).toMatchObject({ label: 'none', source: null });
  });
});
