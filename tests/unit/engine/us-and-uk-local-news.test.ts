import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('local, court and utility news', () => {
  it('"voted no." ends a sentence; "No. 10" does not', () => {
    const a = run('Supervisors Randy Huelskamp and Opal Fenn voted no. Huelskamp argued the county should have asked voters.', 'He lives at No. 10 Downing Street.');
    expect(labelOf(a, 'voted no').label).toBe('none');
    expect(labelOf(a, 'asked voters')).toMatchObject({ label: 'claim', source: 'Randy Huelskamp' });
    expect(a.sentences.some((x) => x.text === 'He lives at No. 10 Downing Street.')).toBe(true);
  });

  it('"the utility said" speaks, for the utility in view', () => {
    const a = run('Sierra Valley Electric Co. said one of its lines had an outage.', 'The utility said it was cooperating with investigators.');
    expect(labelOf(a, 'cooperating')).toMatchObject({ label: 'claim', source: 'Sierra Valley Electric Co.' });
  });

  it('court papers and fiscal notes report', () => {
    const a = run(
      'Investigators matched paint fragments to an SUV registered to his mother, the complaint says.',
      'The proposed class action, filed in federal court, alleges that Peachline shared lease data with competitors.',
      'A fiscal note prepared by the Legislative Research Department estimated that the cap would cost $210 million.',
      'A report last month by the inspector general found that 20 facilities were understaffed.',
    );
    for (const needle of ['paint fragments', 'lease data', '$210 million', 'understaffed']) expect(labelOf(a, needle).label).toBe('report');
  });

  it('"are forecast to", "will respond" and a council rejecting a proposal are no speech', () => {
    const a = run(
      'Temperatures are forecast to ease to 31 degrees on Sunday.',
      'Dr Ffion Rees said the ground was saturated. "Rivers will respond very quickly," she said.',
      "The City Council on Monday rejected the mayor's proposal to add 120 officers, voting 6-3.",
      'The minister rejected the proposal as unworkable.',
    );
    expect(labelOf(a, 'Temperatures').label).toBe('none');
    expect(labelOf(a, 'Rivers will respond')).toMatchObject({ label: 'claim', source: 'Ffion Rees' });
    expect(labelOf(a, '120 officers').label).toBe('none');
    expect(labelOf(a, 'unworkable').label).toBe('claim');
  });

  it('a spokesperson, an office, a chamber and a family commit their side', () => {
    const a = run(
      'A spokeswoman for the company said it would run a limited timetable on the route.',
      'A utility spokesman, Brian Kjellberg, said crews would work through the night.',
      'The Senate majority leader, Ty Brannock, said his chamber would take up the bill after the recess.',
      'Sheriff Dwight Amundsen said his office would close the top floor.',
      "Tennant's daughter, Renee Tennant-Moss, said the family would attend every hearing.",
      'Her spokeswoman, Carla Bixby, said the governor will not sign the bill.',
      'Natural Resources Wales said it would have teams on standby to clear culverts.',
    );
    for (const needle of ['limited timetable', 'through the night', 'take up the bill', 'top floor', 'every hearing', 'not sign', 'on standby']) {
      expect(labelOf(a, needle).label).toBe('pledge');
    }
  });

  it('a forecast by a spokesperson is no pledge', () => {
    const a = run('A spokesman for the airline said it would be a difficult winter.');
    expect(labelOf(a, 'difficult winter').label).toBe('claim');
  });

  it('"Speaking on BBC Radio 4\'s Today programme, its general secretary, X, said" is X', () => {
    const a = run("Speaking on BBC Radio 4's Today programme, its general secretary, Mick Harland, said the union would not back down.");
    expect(labelOf(a, 'back down').source).toBe('Mick Harland');
  });
});
