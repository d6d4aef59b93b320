/**
 * The shape of a cue in its sentence: where the reported content is, whether the cue closes
 * the sentence after its content (", X said."), the speaker after an inverted cue, and the
 * "by X" agent of a passive.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, isGenitive, isQuote, makeMention, npStartingAt, type Mention } from './mentions';
import { subjectBefore } from './subjects';
import { BELIEF_VERBS, SPEECH_VERBS } from './lexicon';
import { isTimePhrase, timePhraseAt, timePhraseEndingAt } from './time-phrases';

export type CueType = 'speech' | 'belief' | 'pledge' | 'according' | 'quoted' | 'passive' | 'finding';

export interface Cue {
  type: CueType;
  /** Index of the cue's first token, and one past its last. */
  at: number;
  end: number;
  words: string;
  subject: Mention | null;
  /** "by X" agent of a passive or of "was quoted as saying". */
  agent: Mention | null;
  /** Speaker follows the verb ("said Mr Howard"). */
  inverted: boolean;
  /** The cue closes the sentence after its content (", X said." / ", according to X."). */
  trailing: boolean;
  /** Inside quotation marks (only used to spot relayed speech). */
  quoted: boolean;
}

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", '’s', '’re']);
export const SKIP_ADV = (t: Token) => t.pos === 'ADV' || t.lower === 'not' || t.lower === "n't";

export function textBetween(s: Sentence, a: number, b: number): string {
  const first = s.tokens[a] as Token;
  const last = s.tokens[b - 1] as Token;
  return s.text.slice(first.start - s.start, last.end - s.start);
}

export function prevIndex(s: Sentence, i: number): number {
  let j = i - 1;
  while (j >= 0 && SKIP_ADV(s.tokens[j] as Token)) j--;
  return j;
}

/** "is saying", "were warning": an "-ing" verb after a form of "be". */
export function progressiveAt(s: Sentence, i: number): boolean {
  const before = s.tokens[prevIndex(s, i)];
  return /ing$/.test(s.tokens[i]?.lower ?? '') && !!before && /^(is|are|was|were|be|been|'s|’s|'re|’re)$/.test(before.lower);
}

export function hasComplement(s: Sentence, verb: number): boolean {
  const toks = s.tokens;
  // "announced they would back", "claims Mr Blair said": a clause without "that".
  // ("predicted ultimately carrying the cards would ...": past a sentence adverb.)
  // ("announced on Sunday they had ...", "said Tuesday the plan ...": past a time phrase.)
  const i = verb + timePhraseAt(toks, verb + 1);
  const adv = toks[i + 1]?.pos === 'ADV' && /ly$/.test(toks[i + 1]?.lower ?? '') ? 1 : 0;
  const n1 = toks[i + 1 + adv];
  if (n1 && (/^(he|she|they|it|we|i|its|their|his|her|our|there|this|these|those)$/.test(n1.lower) || n1.pos === 'PROPN' || n1.pos === 'DET' || (adv && n1.pos === 'VERB' && /ing$/.test(n1.lower)) ||
    // ("predicted concerns over Iraq would ...": a plain noun opening the clause.)
    n1.pos === 'NOUN' || ((n1.pos === 'ADJ' || n1.pos === 'NUM') && toks[i + 2 + adv]?.pos === 'NOUN') ||
    // ("felt such a review should be led ...".)
    (n1.lower === 'such' && toks[i + 2 + adv]?.pos === 'DET') ||
    // ("claimed fewer than 200 homes had been built", "said nearly 500 jobs would go": a count opening the clause.)
    (/^(more|fewer|less)$/.test(n1.lower) && toks[i + 2 + adv]?.lower === 'than') ||
    (/^(nearly|almost|about|around|over|only|just|some|roughly)$/.test(n1.lower) && toks[i + 2 + adv]?.pos === 'NUM'))) {
    // (A name's phrase may run on: "claimed Tony Blair's intervention in the row was ...".)
    const reach = n1.pos === 'PROPN' && toks.slice(i + 2 + adv, i + 5 + adv).some(isGenitive) ? 12 : 8;
    let pastOf = false;
    for (let k = i + 2 + adv; k < Math.min(toks.length, i + reach + adv); k++) {
      const t = toks[k] as Token;
      // "added some projects, such as the C-17, were doing well": the subject's parenthesis.
      if (isComma(t) && k > i + 2 && (toks[k - 1] as Token).pos === 'NOUN' && /^(such|including|like|notably|especially)$/.test(toks[k + 1]?.lower ?? '')) {
        let c = k + 2;
        while (c < toks.length && c < k + 24 && !isComma(toks[c]) && (toks[c] as Token).text !== '.') c++;
        const v = toks[c + 1];
        if (isComma(toks[c]) && v && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower)))) return true;
      }
      // ("people who write computer viruses because it is ...": a new clause is no complement.)
      // ("reported the number of people rose": "of" stays inside the clause's subject, where an
      // "-ed" word is a participle: "found quantities of a mutagen called Phazon".)
      if (t.lower === 'of' && reach === 8) { pastOf = true; continue; }
      if (t.lower === 'than' && k === i + 2 + adv) continue;
      if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || (t.pos === 'ADP' && reach === 8)) break;
      if (pastOf && /^(who|which|whom|whose|that|to|it|he|she|they|we)$/.test(t.lower)) break;
      if (pastOf && /ed$/.test(t.lower)) continue;
      // ("will admit new patients who will be sent ...": an object with its relative clause.)
      if (/^(ADJ|NUM)$/.test(n1.pos) && /^(who|which|whom)$/.test(t.lower)) break;
      if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && (n1.pos !== 'DET' || !/ed$/.test(t.lower)))) return true;
    }
  }
  for (let k = verb + 1; k < Math.min(toks.length, verb + 9); k++) {
    const t = toks[k] as Token;
    // "said that ...", "told reporters that ...", but not "added during that time".
    if ((t.lower === 'that' || t.lower === 'how' || t.lower === 'why') && toks[k - 1]?.pos !== 'ADP') return true;
    if (t.text === ':' || isQuote(t)) return true;
    if (k === verb + 1 && announcesIntent(toks, verb)) return true;
    if (k === verb + 1 && t.pos === 'VERB' && /ing$/.test(t.lower)) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

/**
 * "announced its intention to", "announced plans to", "unveiled new proposals to": the object
 * after the verb `i` is an intention or a plan with its action.
 */
export function announcesIntent(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (k < i + 4 && /^(DET|ADJ|NUM|PRON)$/.test(toks[k]?.pos ?? '') && toks[k]?.lower !== 'no') k++;
  // ("announced plans Tuesday to cut": past the day.)
  const to = k + 1 + timePhraseAt(toks, k + 1);
  return INTENT_NOUNS.test(toks[k]?.lower ?? '') && toks[to]?.lower === 'to';
}

const PROMISE_NOUNS = /^(commitments?|pledges?|promises?|vow)$/;
const INTENT_NOUNS = /^(intention|commitment|commitments|determination|plan|plans|proposals|readiness|willingness|pledge|pledges|promise|promises|vow)$/;

/**
 * "stressed his party's commitment to cut taxes", "highlighted the party's promises to ...",
 * "pointed to Tory plans to ...": a speaker promoting a side's stated plans (verbs of promoting,
 * not of attacking: "criticised the government's plans to ..." is no pledge). Returns the named
 * side ("Tory", "Labour"; "" for "his party's", "the party's"), for the caller to check it is the
 * speaker's own, or null.
 */
export function promotedPlans(toks: Token[], i: number): string | null {
  if (!/^(stress|highlight|underline|emphasise|emphasize|point|reaffirm|restate|reiterate|outline|detail|tout)$/.test(toks[i]?.lemma ?? '')) return null;
  let k = i + 1;
  if (toks[k]?.lower === 'to' || toks[k]?.lower === 'out') k++;
  const side: string[] = [];
  // (“underlined their ''ironclad commitment'' to”: past quotation marks around the words.)
  while (k < i + 9 && (/^(DET|ADJ|NUM|PRON|PROPN)$/.test(toks[k]?.pos ?? '') || /^(['’]s|party|government|election|manifesto)$/.test(toks[k]?.lower ?? '') ||
    isQuote(toks[k])) && toks[k]?.lower !== 'no') {
    if (/^[A-Z]/.test(toks[k]?.text ?? '')) side.push((toks[k] as Token).text);
    k++;
  }
  let a = k + 1;
  while (a < k + 3 && isQuote(toks[a])) a++;
  const after = toks[a];
  // ("reiterated a pledge that the Fed will keep rates low": a promise given as a clause.)
  const promiseThat = after?.lower === 'that' && PROMISE_NOUNS.test(toks[k]?.lower ?? '');
  return INTENT_NOUNS.test(toks[k]?.lower ?? '') && (after?.lower === 'to' || promiseThat) ? side.join(' ') : null;
}

export function findAgent(s: Sentence, i: number): Mention | null {
  for (let k = i + 1; k < Math.min(s.tokens.length, i + 14); k++) {
    const t = s.tokens[k] as Token;
    if (t.lower === 'by' && !s.quoted[k]) return withoutTime(s, beforeAs(s, npStartingAt(s, k + 1, false)));
    if (t.text === '.' || t.text === ';') break;
  }
  return null;
}

/** "quoted by the Handelsblatt newspaper earlier this month as saying": the agent without the time. */
function withoutTime(s: Sentence, m: Mention | null): Mention | null {
  const n = m ? timePhraseEndingAt(m.tokens, m.tokens.length - 1) : 0;
  return m && n > 0 && n < m.tokens.length ? makeMention(s, m.start, m.end - n) : m;
}

/** "described by colleagues as hard-working": the agent ends before "as" (not "as well as"). */
function beforeAs(s: Sentence, m: Mention | null): Mention | null {
  const as = m ? m.tokens.findIndex((t, k) => k > 0 && t.lower === 'as' && m.tokens[k + 1]?.lower !== 'well') : -1;
  return m && as > 0 ? makeMention(s, m.start, m.start + as) : m;
}

export const cueEnd = (cue: Cue): number => (cue.inverted && cue.subject ? cue.subject.end : cue.end);

export function isTrailing(s: Sentence, cue: Cue): boolean {
  const toks = s.tokens;
  const subj = cue.subject;
  const first = cue.inverted ? cue.at : (subj ? Math.min(subj.start, cue.at) : cue.at);
  const before = toks[first - 1];
  // "The issue would be debated next Monday as scheduled he insisted.": no comma, sentence-final.
  // ("X said it disagreed.": the pronoun opens the content of an earlier cue, it does not close the sentence.)
  const opensContent = !!before && (before.lower === 'that' || SPEECH_VERBS.has(before.lemma) || BELIEF_VERBS.has(before.lemma));
  if (before && !opensContent && !isComma(before) && !isQuote(before) && first >= 4 && subj && (subj.pronoun || /^[A-Z]/.test(subj.text)) &&
    toks.slice(cueEnd(cue), toks.length).every((t) => t.pos === 'PUNCT') && toks.slice(0, first).some((t) => t.pos === 'AUX' || t.pos === 'VERB')) return true;
  if (!before || !(isComma(before) || isQuote(before))) return false;
  if (first < 2) return false;
  // `"...," X said, speaking ...`: a cue right after a quotation (of a clause or more) attributes it.
  if (isQuote(before)) {
    let words = 0;
    for (let k = 0; k < first; k++) if (s.quoted[k] && (toks[k] as Token).pos !== 'PUNCT') words++;
    if (words >= 4 || s.startsQuoted) return true;
  }
  // The content before the comma must be a clause ("On Friday, X will announce" is not).
  if (!toks.slice(0, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  // Nothing after the cue (and an inverted speaker) opens new content.
  const after = cue.inverted && subj ? subj.end : cue.end;
  for (let k = after; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.lower === 'that' || t.text === ':' || (isQuote(t) && k > after + 1)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.lower) && !cue.inverted) return false;
    if (!cue.inverted && k - after > 12) return false;
  }
  return true;
}

/** ", the book claims.": a noun-tagged verb closing the sentence after a comma-led subject. */
export function trailingNoun(s: Sentence, i: number): boolean {
  const subj = subjectBefore(s, i);
  return !!subj && (isComma(s.tokens[subj.start - 1]) || isQuote(s.tokens[subj.start - 1]));
}

/** The relative clause opened at `k` closes with a comma and a finite verb follows ("..., which ..., only purchased"). */
function resumesAfterRelative(toks: Token[], k: number): boolean {
  let c = k + 1;
  while (c < toks.length && !isComma(toks[c]) && (toks[c] as Token).text !== '.') c++;
  if (!isComma(toks[c])) return false;
  let v = c + 1;
  if ((toks[v] as Token | undefined)?.pos === 'ADV') v++;
  const verb = toks[v];
  return !!verb && /^(VERB|AUX)$/.test(verb.pos) && !/ing$/.test(verb.lower);
}

/** ", said Stuart Hensel of the EIU." / "..., said Mr Howard, the minister.": a name closes the sentence. */
export function invertedSpeaker(s: Sentence, i: number): Mention | null {
  const m = npStartingAt(s, i + 1, true);
  if (!m) return null;
  // ("..., a spokesman for the hospital, said Friday.": the day, not a speaker.)
  if (isTimePhrase(m.tokens)) return null;
  if (isComma(s.tokens[i - 1])) {
    // After a comma (not a closing quote) the speaker must close the sentence.
    let end = m.end;
    if (isComma(s.tokens[end]) && m.appositives.length) end += 1 + (m.appositives[0] as Token[]).length;
    // "The tone of the campaign, said Mr Milburn, would be ...": a parenthetical cue inside the
    // content, whose clause goes on after it.
    const parenthetical = isComma(s.tokens[end]) && m.appositives.length === 0 &&
      /^(AUX|VERB)$/.test(s.tokens[end + 1]?.pos ?? '') && !/ing$/.test(s.tokens[end + 1]?.lower ?? '');
    if (parenthetical) return m;
    // ("As a result, says the committee, the government may need ...": after a fronted phrase with
    // no verb of its own, the cue reports the clause that follows it.)
    const afterFronted = isComma(s.tokens[end]) && m.appositives.length === 0 && /^(DET|PRON|PROPN|NOUN|NUM)$/.test(s.tokens[end + 1]?.pos ?? '') &&
      /^(ADP|ADV|SCONJ)$/.test(s.tokens[0]?.pos ?? '') && !s.tokens.slice(0, i - 1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.lower));
    if (afterFronted) return m;
    for (let k = end; k < s.tokens.length; k++) {
      const t = s.tokens[k] as Token;
      // (", said Mr Ross, but the test revealed ...", ", say the Tories, because that would ...": a
      // new clause after the speaker.)
      if (isComma(s.tokens[k - 1]) && /^(who|which|but|while|although|though|whereas|because|since|unless|and)$/.test(t.lower)) {
        // ("said Bway Corp., which bought the plant in March, only purchased ...": the name is the
        // subject of the reported clause that resumes after its relative clause.)
        if (/^(who|which)$/.test(t.lower) && resumesAfterRelative(s.tokens, k)) return null;
        break;
      }
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.lower)) return null;
      if (/(ing)$/.test(t.lower) && t.pos === 'VERB' && isComma(s.tokens[k - 1])) return null;
    }
  }
  const next = s.tokens[m.end];
  if (!next || next.text === '.' || isComma(next) || next.text === ';' || isQuote(next) || next.text === '!' || next.text === '?') return m;
  if (/^(in|on|at|after|during|of|from)$/.test(next.lower)) return m;
  // ("said Fatma Kaya (38) an estate agent", "said Ms Ruiz – a nurse": an age, party or aside set
  // off after the name.)
  if (next.text === '–' || next.text === '—') return m;
  if (next.text === '(') {
    const close = s.tokens.findIndex((t, k) => k > m.end && t.text === ')');
    if (close > 0 && close - m.end <= 5 && s.tokens[close + 1]?.pos !== 'CCONJ') return m;
  }
  // ("said Robert Currington who is taking part in the pilot": a name, then its relative clause.)
  if (next.lower === 'who' && m.tokens[m.tokens.length - 1]?.pos === 'PROPN') return m;
  return null;
}

