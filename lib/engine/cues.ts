/**
 * Attribution cues in a sentence: speech, belief and pledge verbs with their subjects,
 * inverted cues ("..., said Mr Howard"), "according to X", passives with an agent
 * ("described as ... by X") and "was quoted as saying". Rejects hedges ("is said to be").
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { npStartingAt, subjectBefore, isQuote, isComma, type Mention } from './mentions';
import { analysePhrase } from './names';
import { BELIEF_VERBS, HEDGE_PARTICIPLES, NON_SOURCE_NOUNS, PLEDGE_VERBS, SPEECH_VERBS } from './lexicon';

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

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", '’s', '’re']);
const ALWAYS_VERB = new Set(['said', 'says', 'told', 'added', 'say', 'tells']);
/** Verbs that mark attribution only with a complement clause, a colon or a quote. */
const NEED_COMPLEMENT = new Set(['add', 'find', 'show', 'write', 'explain', 'note', 'agree', 'recall',
  'reveal', 'confirm', 'admit', 'acknowledge', 'mention', 'predict', 'conclude',
  'repeat', 'observe', 'remark', 'understand', 'feel', 'report', 'state', 'indicate', 'point', 'express',
  'call', 'accept', 'recommend', 'propose', 'question', 'describe', 'highlight', 'underline', 'welcome',
  'declare', 'threaten', 'maintain', 'announce', 'continue', 'claim', 'reveal', 'disclose']);
const FINDING = new Set(['find', 'show', 'indicate', 'report', 'reveal', 'suggest', 'estimate', 'put']);
const EXPRESS_OBJECTS = /^(hope|hopes|concern|concerns|regret|confidence|optimism|support|doubt|doubts|frustration|anger|disappointment|surprise|fears?|satisfaction|sympathy|condolences|gratitude|opposition|reservations|scepticism|skepticism|interest)$/;
const SKIP_ADV = (t: Token) => t.pos === 'ADV' || t.lower === 'not' || t.lower === "n't";

function textBetween(s: Sentence, a: number, b: number): string {
  const first = s.tokens[a] as Token;
  const last = s.tokens[b - 1] as Token;
  return s.text.slice(first.start - s.start, last.end - s.start);
}

function prevIndex(s: Sentence, i: number): number {
  let j = i - 1;
  while (j >= 0 && SKIP_ADV(s.tokens[j] as Token)) j--;
  return j;
}

function hasComplement(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  for (let k = i + 1; k < Math.min(toks.length, i + 9); k++) {
    const t = toks[k] as Token;
    if (t.lower === 'that' || t.lower === 'how' || t.lower === 'why' || t.text === ':' || isQuote(t)) return true;
    if (k === i + 1 && t.pos === 'VERB' && /ing$/.test(t.lower)) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

function findAgent(s: Sentence, i: number): Mention | null {
  for (let k = i + 1; k < Math.min(s.tokens.length, i + 14); k++) {
    const t = s.tokens[k] as Token;
    if (t.lower === 'by' && !s.quoted[k]) return npStartingAt(s, k + 1, false);
    if (t.text === '.' || t.text === ';') break;
  }
  return null;
}

function isTrailing(s: Sentence, cue: Cue): boolean {
  const toks = s.tokens;
  const subj = cue.subject;
  const first = cue.inverted ? cue.at : (subj ? Math.min(subj.start, cue.at) : cue.at);
  const before = toks[first - 1];
  if (!before || !(isComma(before) || isQuote(before))) return false;
  if (first < 2) return false;
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
function trailingNoun(s: Sentence, i: number): boolean {
  const subj = subjectBefore(s, i);
  return !!subj && (isComma(s.tokens[subj.start - 1]) || isQuote(s.tokens[subj.start - 1]));
}

/** ", said Stuart Hensel of the EIU." / "..., said Mr Howard, the minister.": a name closes the sentence. */
function invertedSpeaker(s: Sentence, i: number): Mention | null {
  const m = npStartingAt(s, i + 1, true);
  if (!m) return null;
  if (isComma(s.tokens[i - 1])) {
    // After a comma (not a closing quote) the speaker must close the sentence.
    let end = m.end;
    if (isComma(s.tokens[end]) && m.appositives.length) end += 1 + (m.appositives[0] as Token[]).length;
    for (let k = end; k < s.tokens.length; k++) {
      const t = s.tokens[k] as Token;
      if (isComma(s.tokens[k - 1]) && /^(who|which)$/.test(t.lower)) break;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.lower)) return null;
      if (/(ing)$/.test(t.lower) && t.pos === 'VERB' && isComma(s.tokens[k - 1])) return null;
    }
  }
  const next = s.tokens[m.end];
  if (!next || next.text === '.' || isComma(next) || next.text === ';' || isQuote(next) || next.text === '!' || next.text === '?') return m;
  if (next.lower === 'in' || next.lower === 'on' || next.lower === 'at' || next.lower === 'after' || next.lower === 'during') return m;
  return null;
}

export function findCues(s: Sentence, includeQuoted = false): Cue[] {
  const toks = s.tokens;
  const cues: Cue[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (s.quoted[i] && !includeQuoted) continue;
    const t = toks[i] as Token;
    const quoted = s.quoted[i] === true;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      let m = npStartingAt(s, i + 2, true);
      if (!m || m.tokens.length === 1 && /(ed|ing)$/.test((m.tokens[0] as Token).lower)) {
        let e = i + 2;
        while (e < toks.length && !isComma(toks[e]) && (toks[e] as Token).text !== '.' && (toks[e] as Token).lower !== 'on' && (toks[e] as Token).lower !== 'in') e++;
        if (e > i + 2) m = { start: i + 2, end: e, tokens: toks.slice(i + 2, e), appositives: [], pronoun: null, text: textBetween(s, i + 2, e) };
      }
      if (!m) continue;
      const head = m.tokens[m.tokens.length - 1] as Token;
      if (NON_SOURCE_NOUNS.has(head.lower) || NON_SOURCE_NOUNS.has((m.tokens[0] as Token).lower)) continue;
      const cue: Cue = { type: 'according', at: i, end: i + 2, words: textBetween(s, i, i + 2), subject: m, agent: null, inverted: false, trailing: false, quoted };
      cue.agent = findAgent(s, m.start);
      if (!cue.agent) {
        // "answers posted on Quora": the outlet named after the document.
        const on = toks[m.end];
        if (on && (on.lower === 'on' || on.lower === 'in') && toks[m.end + 1]?.pos === 'PROPN') cue.agent = npStartingAt(s, m.end + 1, false);
      }
      cue.trailing = i > 0;
      cues.push(cue);
      i += 1;
      continue;
    }
    if (t.lower === 'quoted' && toks[i + 1]?.lower === 'as') {
      const end = toks[i + 2]?.lower === 'saying' ? i + 3 : i + 2;
      const subject = subjectBefore(s, i);
      const cue: Cue = { type: 'quoted', at: i, end, words: textBetween(s, i, end), subject, agent: findAgent(s, end), inverted: false, trailing: false, quoted };
      cue.trailing = isTrailing(s, cue);
      cues.push(cue);
      i = end - 1;
      continue;
    }
    const lemma = t.lemma;
    const isSpeech = SPEECH_VERBS.has(lemma);
    const isBelief = BELIEF_VERBS.has(lemma);
    const isFinding = FINDING.has(lemma);
    if (!isSpeech && !isBelief && !isFinding) continue;
    // wink tags some verbs as nouns ("Officials claim that", ", the book claims.").
    const prevTok = toks[i - 1];
    const nextTok = toks[i + 1];
    const nounVerb = t.pos === 'NOUN' && !!prevTok && (prevTok.pos === 'NOUN' || prevTok.pos === 'PROPN' || prevTok.pos === 'PRON') &&
      (nextTok?.lower === 'that' || ((nextTok?.text === '.' || nextTok?.text === ':') && isSpeech && trailingNoun(s, i)));
    if (!(t.pos === 'VERB' || ALWAYS_VERB.has(t.lower) || nounVerb)) continue;
    if (lemma === 'offer' && toks[i + 1]?.lower !== 'to') continue;
    if (lemma === 'tell' && toks[i + 1]?.lower === 'you') continue;
    if (toks[i + 2]?.lower === 'by' && (lemma === 'call' || lemma === 'point')) continue;
    // Participles ("..., emphasizing the need", "warning signs") belong to another clause,
    // except after "with X" ("with investors saying that ...").
    let byGerund = false;
    if (/ing$/.test(t.lower)) {
      // "hit back by saying ...": the subject of the sentence's first verb.
      if (toks[i - 1]?.lower === 'by' && isSpeech) byGerund = true;
      else {
        const subj = subjectBefore(s, i);
        if (!subj || subj.pronoun || s.tokens[subj.start - 1]?.lower !== 'with') continue;
      }
    }
    if (lemma === 'call' && !/^(for|on)$/.test(toks[i + 1]?.lower ?? '')) continue;
    if (lemma === 'point' && toks[i + 1]?.lower !== 'out') continue;
    if (lemma === 'express') {
      let k = i + 1;
      while (k < toks.length && ((toks[k] as Token).pos === 'DET' || (toks[k] as Token).pos === 'ADJ' || (toks[k] as Token).pos === 'PRON')) k++;
      if (!EXPRESS_OBJECTS.test(toks[k]?.lower ?? '')) continue;
    }
    let end = i + 1;
    if ((lemma === 'call' || lemma === 'point') && toks[i + 1]) end = i + 2;
    const p = prevIndex(s, i);
    const prev0 = toks[i - 1];
    const prev = prev0 && (prev0.lower === 'not' || prev0.lower === "n't" || prev0.lower === 'never') ? prev0 : toks[p];
    const passive = !!prev && BE.has(prev.lower) && /(ed|en|said|told|thought|known|seen|put)$/.test(t.lower);
    let subject: Mention | null = null;
    let agent: Mention | null = null;
    let type: CueType = PLEDGE_VERBS.has(lemma) ? 'pledge' : isBelief ? 'belief' : isFinding && !isSpeech ? 'finding' : 'speech';
    if (passive) {
      agent = findAgent(s, i);
      if (!agent) continue; // "is said to be", "was told", "is expected to": no source
      if (HEDGE_PARTICIPLES.has(t.lower) && toks[i + 1]?.lower === 'to' && !agent) continue;
      type = 'passive';
      subject = agent;
    } else if (byGerund) {
      const first = toks.findIndex((x, k) => k < i - 1 && (x.pos === 'VERB' || x.pos === 'AUX') && !s.quoted[k]);
      subject = first > 0 ? subjectBefore(s, first) : null;
    } else {
      subject = subjectBefore(s, i);
    }
    let inverted = false;
    if (!passive && isSpeech) {
      const before = toks[i - 1];
      if (before && (isComma(before) || isQuote(before))) {
        const speaker = invertedSpeaker(s, i);
        if (speaker || !subject) {
          subject = speaker;
          inverted = !!speaker;
        }
      }
    }
    if (!subject) continue;
    if (subject.pronoun === 'it' && (isBelief || type === 'finding') && prev && BE.has(prev.lower)) continue;
    if (!inverted && !quoted && subject.pronoun && /^(i|we|you)$/.test(subject.pronoun)) continue;
    if (!inverted) {
      const before = toks[subject.start - 1];
      if (before && /^(if|whether|unless)$/.test(before.lower)) continue;
    }
    const subjKind = subject.pronoun ? null : analysePhrase(subject.tokens, subject.text).kind;
    const docSubject = subjKind === 'document' || subjKind === 'poll' || subjKind === 'outlet';
    if (type === 'finding' && !docSubject && !hasComplement(s, i)) continue;
    if (/^no$/i.test((subject.tokens[0] as Token).text)) continue;
    if (lemma === 'claim' && /^(responsibility|credit|victory|asylum|benefits?|compensation)$/.test(toks[i + 1]?.lower ?? '')) continue;
    if (!isBelief && prev && (prev.lower === 'not' || prev.lower === "n't" || prev.lower === 'never') && toks[i + 1]?.lower !== 'that') continue;
    if (NEED_COMPLEMENT.has(lemma) && !inverted && !docSubject && !hasComplement(s, i) && lemma !== 'express' && lemma !== 'call' && lemma !== 'point') {
      const next = toks[i + 1];
      const atEnd = !next || next.text === '.' || isComma(next);
      if (!atEnd) continue;
    }
    if (isBelief && lemma === 'expect' && toks[i + 1]?.lower === 'to') {
      // "X expects to ..." is a plan, "X is expected to" a hedge; both are not attributions.
      continue;
    }
    if (isBelief && (lemma === 'want' || lemma === 'wish') && toks[i + 1]?.lower === 'to' && subject.pronoun) {
      // "they want to ..." with an unresolved pronoun is narrative more often than stance.
    }
    const cue: Cue = { type, at: i, end, words: textBetween(s, i, end), subject, agent, inverted, trailing: false, quoted };
    cue.trailing = isTrailing(s, cue);
    cues.push(cue);
  }
  return cues;
}
