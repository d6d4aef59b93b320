import { describe, expect, it } from 'vitest';
import { labelOf, run } from './helpers';

describe('what a survey\'s respondents say', () => {
  it('is a report by the survey, however the respondents are counted', () => {
    const a = run(
      'The annual survey of more than 4,000 nurses nationwide suggests that staffing has not recovered.',
      'In 2024, 61% of respondents told us they had considered leaving the profession.',
      'Respondents who use the app said they were worried about their pay.',
    );
    expect(labelOf(a, 'staffing has not recovered').label).toBe('report');
    const survey = labelOf(a, 'staffing has not recovered').source;
    expect(labelOf(a, 'considered leaving')).toMatchObject({ label: 'report', source: survey });
    expect(labelOf(a, 'their pay')).toMatchObject({ label: 'report', source: survey });
  });
});

describe('a "who" clause between the speakers and their verb', () => {
  it('finds a group of people past it, but not a verb joined to the clause', () => {
    const a = run(
      'Residents who live nearby said the noise was constant.',
      'I do not mean to blame people who have created a profile or suggest they deserve it.',
      'In 2016, the site surveyed more than 56,000 developers but noted that the survey was incomplete.',
    );
    expect(labelOf(a, 'noise was constant')).toMatchObject({ label: 'claim', source: 'Residents' });
    expect(labelOf(a, 'deserve it').label).toBe('none');
    expect(labelOf(a, 'survey was incomplete')).toMatchObject({ label: 'claim', source: 'the site' });
  });
});
