import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('"the agency" or "the paper" for the outlet of that kind', () => {
  it('gives "The agency … reported" to the news agency in view', () => {
    const a = run(
      'According to the Mauritanian news agency AMI, the captain has been charged.',
      'The agency, citing a coastguard source, reported that a second vessel had fled.',
    );
    expect(labelOf(a, 'second vessel')).toMatchObject({ label: 'report', source: 'AMI' });
  });

  it('gives "The paper reported" to the newspaper, not to the agency named after it', () => {
    const a = run(
      'The Westfield Gazette said the athlete had tested positive.',
      'Her coach told the AFP news agency that she was innocent.',
      'The paper reported that two other athletes had tested negative.',
    );
    expect(labelOf(a, 'two other athletes')).toMatchObject({ label: 'report', source: 'The Westfield Gazette' });
  });
});
