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

describe('respondents after a fronted phrase, by a fraction, or as "many"', () => {
  it('reads them as the poll\'s report', () => {
    const a = run(
      'A survey by Acme Research found that a quarter of adults read less.',
      'In homes with broadband, 40% said they watched less TV.',
      'One in five even admitted to reading at night.',
      'Many suggested that libraries should open later.',
    );
    const poll = labelOf(a, 'a quarter of adults').source;
    for (const needle of ['watched less TV', 'reading at night', 'open later']) {
      expect(labelOf(a, needle)).toMatchObject({ label: 'report', source: poll });
    }
  });

  it('reads "many believe" with no poll in view as an unnamed crowd\'s claim, not a poll\'s report', () => {
    const a = run('The council met on Monday.', 'Many believe the plan will fail.');
    expect(labelOf(a, 'plan will fail')).toMatchObject({ label: 'claim', source: 'Many' });
  });
});

describe('documents and names with a slash', () => {
  it('reads a lawsuit and a documentary as documents, and "Nielsen/NetRatings" as one name', () => {
    const a = run(
      '"The firm has tied its player to its store," the lawsuit states.',
      'A council leader called the plan a scam, a new documentary has revealed.',
      'The report by Nielsen/NetRatings found that broadband use had doubled.',
    );
    expect(labelOf(a, 'tied its player')).toMatchObject({ label: 'report', source: 'the lawsuit' });
    expect(labelOf(a, 'a scam')).toMatchObject({ label: 'report', source: 'a new documentary' });
    expect(labelOf(a, 'broadband use')).toMatchObject({ label: 'report', source: 'Nielsen/NetRatings' });
  });
});

describe('registers, minutes and tests as documents; respondents by age', () => {
  it('reads them as reports', () => {
    const a = run(
      'The register shows the former leader earning up to £820,000.',
      'The tests found that home prints kept their colour longer.',
      'A survey by Acme Research was published. In the survey carried out by Acme Research, 14% of people aged between 18 and 34 said they never voted.',
      'He passed his driving tests in May.',
    );
    expect(labelOf(a, '£820,000').label).toBe('report');
    expect(labelOf(a, 'kept their colour').label).toBe('report');
    expect(labelOf(a, 'never voted').label).toBe('report');
    expect(labelOf(a, 'driving tests').label).toBe('none');
  });
});

describe('a share of named respondents, whatever they did', () => {
  it('is the poll\'s report', () => {
    const a = run(
      'A YouGov poll for the Daily Courier asked 2,000 adults about the treaty.',
      'Only 51% of those polled had made up their minds about it.',
      'About 30% of the people surveyed use the service daily.',
    );
    expect(labelOf(a, 'made up their minds').label).toBe('report');
    expect(labelOf(a, 'use the service daily').label).toBe('report');
  });

  it('leaves figures that name no respondents alone', () => {
    const a = run('Only 51% of the vote was counted by noon.');
    expect(labelOf(a, 'was counted').label).toBe('none');
  });
});
