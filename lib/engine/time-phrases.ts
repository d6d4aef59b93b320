/**
 * Time phrases around a cue: "said Tuesday", "announced on Sunday", "the group last week said",
 * "..., Yahoo Finance reported earlier this year.", "Iyad Allawi, who this week criticised ...".
 * One reading of them for every place that must step over one.
 */
import type { Token } from './nlp';
import { MONTHS_DAYS } from './lexicon';

const UNITS = /^(week|month|year|weekend|morning|afternoon|evening|night|summer|winter|spring|autumn)$/;
const DEICTIC = /^(last|this|next)$/;
const RELATIVE = /^(earlier|later)$/;
const ADVERBS = /^(yesterday|today|tonight|recently|previously|earlier|later)$/;
const PARTS_OF_DAY = /^(morning|afternoon|evening|night)$/;

/** A day or month name ("May" and "March" alone are too often a name or a verb). */
function dayOrMonth(t: Token | undefined, alone: boolean): boolean {
  return !!t && MONTHS_DAYS.has(t.lower) && !(alone && /^(may|march)$/.test(t.lower));
}

/** The length of the time phrase starting at `k` ("Tuesday", "on Sunday morning", "since May", "in 2015", "last week", "earlier this month"), else 0. */
export function timePhraseAt(toks: Token[], k: number): number {
  const a = toks[k];
  if (!a) return 0;
  const b = toks[k + 1]?.lower ?? '';
  if (RELATIVE.test(a.lower) && DEICTIC.test(b) && UNITS.test(toks[k + 2]?.lower ?? '')) return 3;
  if (DEICTIC.test(a.lower) && UNITS.test(b)) return 2;
  // ("forecast in 2015 that ...": a year.)
  if ((a.lower === 'in' || a.lower === 'since') && /^(19|20)\d\d$/.test(b)) return 2;
  let day = 0;
  if ((a.lower === 'on' || a.lower === 'since' || a.lower === 'in' || DEICTIC.test(a.lower)) && dayOrMonth(toks[k + 1], false)) day = 2;
  else if (dayOrMonth(a, true)) day = 1;
  if (day) return PARTS_OF_DAY.test(toks[k + day]?.lower ?? '') ? day + 1 : day;
  return ADVERBS.test(a.lower) ? 1 : 0;
}

export const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** A time ahead starting at `k`: "tomorrow", "tonight", "next week", "on Thursday", "later this month", "in the coming days". */
export function futureTimeAt(toks: Token[], k: number): boolean {
  const a = toks[k]?.lower ?? '';
  const b = toks[k + 1]?.lower ?? '';
  return /^(tomorrow|tonight)$/.test(a) || (a === 'next' && toks[k + 1]?.pos !== 'ADJ') || (/^(on|this)$/.test(a) && WEEKDAYS.test(b)) ||
    (a === 'later' && /^(this|today|tonight)$/.test(b)) || (a === 'in' && b === 'the' && toks[k + 2]?.lower === 'coming');
}

/** The length of the time phrase ending at `j` ("on Thursday", "last week", "this summer"), else 0. */
export function timePhraseEndingAt(toks: Token[], j: number): number {
  const last = toks[j];
  // (Every time phrase ends on a day, a month, a unit of time or a time adverb.)
  // ("A survey in 2021 found": a year, too.)
  if (!last || !(MONTHS_DAYS.has(last.lower) || UNITS.test(last.lower) || ADVERBS.test(last.lower) || /^(19|20)\d\d$/.test(last.lower))) return 0;
  for (let n = 3; n >= 1; n--) if (j - n + 1 >= 0 && timePhraseAt(toks, j - n + 1) === n) return n;
  return 0;
}

/** Whether the tokens from `k` on are only time phrases and punctuation ("..., reported earlier this year."). */
export function onlyTimeFrom(toks: Token[], k: number): boolean {
  while (k < toks.length) {
    if ((toks[k] as Token).pos === 'PUNCT') { k++; continue; }
    const n = timePhraseAt(toks, k);
    if (!n) return false;
    k += n;
  }
  return true;
}

/** Whether a phrase is a time phrase and nothing else ("last week", "Friday", "this morning"). */
export function isTimePhrase(tokens: Token[]): boolean {
  return tokens.length > 0 && onlyTimeFrom(tokens, 0);
}
