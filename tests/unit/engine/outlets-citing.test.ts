import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('outlets named by what they are, and whom they cite', () => {
  it('reads a name after an outlet noun as an outlet ("state news agency MENA", "the newspaper Dawn")', () => {
    const a = run(
      'Egypt will raise bread prices in May, state news agency MENA reported.',
      'The newspaper Dawn reported that the talks had failed.',
    );
    expect(labelOf(a, 'bread prices')).toMatchObject({ label: 'report', source: 'MENA' });
    expect(labelOf(a, 'talks had failed').label).toBe('report');
  });

  it('keeps "X reported, citing Y" the outlet\'s report, with Y as the original speaker', () => {
    const a = run(
      'Oman will cut output by 50,000 barrels a day, state news agency ONA reported, citing Energy Minister Salim al-Aufi.',
      'Reuters, citing two senior officials, said the deal had been signed.',
    );
    expect(labelOf(a, 'cut output')).toMatchObject({ label: 'report', source: 'ONA', via: 'Salim al-Aufi' });
    expect(labelOf(a, 'deal had been signed')).toMatchObject({ label: 'report', source: 'Reuters', via: 'two senior officials' });
  });

  it('still reads "..., citing staff shortages" after an act as the actor\'s own reason', () => {
    const a = run('The airlines cancelled 300 flights, citing staff shortages.');
    expect(labelOf(a, 'staff shortages')).toMatchObject({ label: 'claim', source: 'The airlines' });
  });

  it('gives the speaker before a closing "according to" as the report\'s via', () => {
    const a = run(
      'Mr Varga said he sees the plan as a fair deal, according to a readout of the call from the ministry.',
      '“We are partners,” Ms Holm said, according to Reuters.',
    );
    expect(labelOf(a, 'fair deal')).toMatchObject({ label: 'report', source: 'a readout of the call from the ministry', via: 'Mr Varga' });
    expect(labelOf(a, 'We are partners')).toMatchObject({ label: 'report', source: 'Reuters', via: 'Ms Holm' });
  });

  it('lets a closing "according to" decide when a clause about its source follows', () => {
    const a = run('Mr Varga said he "sees the plan as fair", according to a readout from the ministry that also described the call as "warm".');
    expect(labelOf(a, 'sees the plan')).toMatchObject({ label: 'report', source: 'a readout from the ministry', via: 'Mr Varga' });
  });

  it('gives a sentence that opens "According to sources" and closes with an outlet to the outlet, via its sources', () => {
    const a = run('According to sources, the airline is exploring legal action, the Times reported.', 'According to the ministry, the plan is dead, officials said.');
    expect(labelOf(a, 'legal action')).toMatchObject({ label: 'report', source: 'the Times', via: 'sources' });
    expect(labelOf(a, 'plan is dead')).toMatchObject({ label: 'report', source: 'the ministry' });
  });
});
