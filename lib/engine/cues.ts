/**
 * Attribution cues in a sentence: speech, belief and pledge verbs with their subjects,
 * inverted cues ("..., said Mr Howard"), "according to X", passives with an agent
 * ("described as ... by X") and "was quoted as saying". Rejects hedges ("is said to be").
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { makeMention, npStartingAt, isComma, isQuote, type Mention } from './mentions';
import { informedAt } from './informed-sources';
import { subjectBefore } from './subjects';
import { analysePhrase } from './names';
import { GERUND_LEMMAS, OUTLET_NOUNS, ROLE_NOUNS, NON_SOURCE_NOUNS, SPEECH_VERBS } from './lexicon';

export type { Cue, CueType } from './cue-shape';
import type { Cue } from './cue-shape';
import { BE, findAgent, hasComplement, isTrailing, prevIndex, textBetween } from './cue-shape';
import { verbCue } from './verb-cues';
import { asideCue, colonQuoteCue } from './aside-cues';
import { timePhraseAt, timePhraseEndingAt } from './time-phrases';

/** "... was quoted as saying in the Belgian press / on Andina's website": the outlet that carried the words. */
function carrierAfter(s: Sentence, end: number): Mention | null {
  const toks = s.tokens;
  if (!/^(in|on)$/.test(toks[end]?.lower ?? '')) return null;
  const np = npStartingAt(s, end + 1, false);
  if (!np) return null;
  const head = (np.tokens[np.tokens.length - 1] as Token).lower;
  return analysePhrase(np.tokens, np.text).kind === 'outlet' || OUTLET_NOUNS.has(head) || /^(site|press)$/.test(head) ? np : null;
}

const STANCE_AS = new Set(['see', 'regard', 'view', 'consider']);
const SPEECH_NOUNS = /^(plea|appeal|warning|statement|denial|apology|ultimatum|threat|call|promise|pledge|vow|commitment|assurance|assurances|guarantee|undertaking|announcement|declaration|speech|remarks)$/;

/** "quoted / cites X as saying": tried on every word, so built once. */
const QUOTING_VERBS = /^(quoted|cited|quotes|cites)$/;
/** The gerund after "quoted X as": "saying", "assuring", "warning" … */
const QUOTED_SAYING = /^(saying|telling|stating|adding|warning|insisting|claiming|arguing|assuring|promising|vowing|pledging|urging|describing|calling|accusing|denying|confirming|announcing|suggesting)$/;

/** ", CP Abdullahi Yaro," from `comma` to just before `as`: an appositive set off by two commas. */
function closedAppositive(s: Sentence, comma: number, as: number): boolean {
  return isComma(s.tokens[comma]) && isComma(s.tokens[as - 1]) && as - comma >= 3 && as - comma <= 9 &&
    s.tokens.slice(comma + 1, as - 1).every((t) => /^(PROPN|NOUN|ADJ|DET|ADP|PUNCT)$/.test(t.pos) && t.text !== ',');
}

const REACTION_NOUNS = /^(criticism|condemnation|praise|backlash|rebuke|ridicule)$/;

/** "drew / received / came under criticism ... from X": X, when a verb of meeting it comes just before. */
function reactionFrom(s: Sentence, i: number): Mention | null {
  const toks = s.tokens;
  const before = toks.slice(Math.max(0, i - 4), i).map((t) => t.lower).join(' ');
  if (!/\b(drew|draw|draws|drawn|received|receive|receives|attracted|attracts|came under|come under|comes under|met with|faced|faces)\b/.test(before)) return null;
  for (let k = i + 1; k < Math.min(toks.length - 1, i + 9); k++) {
    const t = toks[k] as Token;
    if (t.pos === 'PUNCT' || s.quoted[k]) return null;
    if (t.lower === 'from') return npStartingAt(s, k + 1, false);
  }
  return null;
}

/** After "according to X,", a person's name that is the subject of a verb of speech further on. */
function namesSpeakerAfter(s: Sentence, m: Mention): boolean {
  const ap = m.appositives[0] as Token[];
  if (!ap.every((t) => t.pos === 'PROPN') || analysePhrase(ap, ap.map((t) => t.text).join(' ')).kind !== 'person') return false;
  const kind = analysePhrase(m.tokens, m.text).kind;
  if (kind !== 'outlet' && kind !== 'organisation' && kind !== 'document') return false;
  return s.tokens.slice(m.end + 1 + ap.length).some((t, k) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && !s.quoted[m.end + 1 + ap.length + k]);
}

export function findCues(s: Sentence, includeQuoted = false): Cue[] {
  const toks = s.tokens;
  const cues: Cue[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (s.quoted[i] && !includeQuoted) continue;
    const t = toks[i] as Token;
    const quoted = s.quoted[i] === true;
    const aside = asideCue(s, i, quoted);
    if (aside) {
      cues.push(aside);
      i = aside.end - 1;
      continue;
    }
    // ("As per the statement issued by …": the Indian and Pakistani English for "according to",
    // opening its clause; "made as per the criteria" is a manner.)
    if ((t.lower === 'according' && toks[i + 1]?.lower === 'to') || (t.lower === 'as' && toks[i + 1]?.lower === 'per' && (i === 0 || isComma(toks[i - 1])))) {
      let m = npStartingAt(s, i + 2, true);
      if (!m || m.tokens.length === 1 && /(ed|ing)$/.test((m.tokens[0] as Token).lower)) {
        let e = i + 2;
        while (e < toks.length && !isComma(toks[e]) && (toks[e] as Token).text !== '.' && (toks[e] as Token).lower !== 'on' && (toks[e] as Token).lower !== 'in') e++;
        if (e > i + 2) m = { start: i + 2, end: e, tokens: toks.slice(i + 2, e), appositives: [], pronoun: null, text: textBetween(s, i + 2, e) };
      }
      if (!m) continue;
      // ("according to a person familiar with the plans": the person, not the plans, is the head.)
      const informed = m.tokens.findIndex((_, k) => k > 1 && informedAt(m.tokens, k));
      const head = m.tokens[informed > 1 ? informed - 2 : m.tokens.length - 1] as Token;
      // ("according to the rules of the World Anti-Doping Agency": the head before "of".)
      const of = m.tokens.findIndex((x, k) => k > 0 && x.lower === 'of');
      const ofHead = of > 0 ? m.tokens[of - 1] as Token : null;
      if (NON_SOURCE_NOUNS.has(head.lower) || NON_SOURCE_NOUNS.has((m.tokens[0] as Token).lower) || (ofHead && NON_SOURCE_NOUNS.has(ofHead.lower))) continue;
      // ("According to Fox News, Ali Fazel, one of the lawyers, said ...": the name after the comma
      // opens the main clause; it does not rename the outlet.)
      if (m.appositives.length && namesSpeakerAfter(s, m)) m.appositives = [];
      // "graded according to their value": a measure, not a source.
      if (!m.pronoun && /^(their|its|his|her|our|your)$/.test((m.tokens[0] as Token).lower) && !m.tokens.some((x) => x.pos === 'PROPN')) {
        const info = analysePhrase(m.tokens, m.text);
        if (info.kind !== 'document' && info.kind !== 'group' && info.kind !== 'outlet' && info.kind !== 'poll' && !(info.kind === 'person' && ROLE_NOUNS.has(info.head ?? ''))) continue;
      }
      const cue: Cue = { type: 'according', at: i, end: i + 2, words: textBetween(s, i, i + 2), subject: m, agent: null, inverted: false, trailing: false, quoted };
      // ("according to a statement issued by X": the agent inside the phrase, not a "by Monday" past its comma.)
      const by = toks.findIndex((x, k) => k > m!.start && x.lower === 'by');
      cue.agent = by > 0 && !toks.slice(m.start, by).some(isComma) ? findAgent(s, m.start) : null;
      if (!cue.agent) {
        // "answers posted on Quora": the outlet named after the document ("reports in The Times":
        // inside the phrase, too).
        const inner = m.tokens.findIndex((x, k) => k > 0 && (x.lower === 'on' || x.lower === 'in'));
        const onAt = inner > 0 ? m.start + inner : m.end;
        const on = toks[onAt];
        const named = toks[onAt + 1]?.pos === 'PROPN' || (toks[onAt + 1]?.pos === 'DET' && toks[onAt + 2]?.pos === 'PROPN');
        if (on && (on.lower === 'on' || on.lower === 'in') && named) {
          // ("press reports in China": a place, not an outlet.)
          let where = npStartingAt(s, onAt + 1, false);
          // ("in The Times newspaper today": the outlet without the day.)
          const day = where ? timePhraseEndingAt(where.tokens, where.tokens.length - 1) : 0;
          if (where && day > 0 && day < where.tokens.length) where = makeMention(s, where.start, where.end - day);
          if (where && analysePhrase(where.tokens, where.text).kind === 'outlet') cue.agent = where;
        }
      }
      cue.trailing = i > 0;
      cues.push(cue);
      i += 1;
      continue;
    }
    // "was quoted in the Herald newspaper saying: ...": the outlet that carries the words.
    if (t.lower === 'quoted' && toks[i + 1]?.lower === 'in' && BE.has(toks[prevIndex(s, i)]?.lower ?? '')) {
      let outlet = npStartingAt(s, i + 2, false);
      if (outlet && outlet.tokens.length > 1 && outlet.tokens[outlet.tokens.length - 1]?.lower === 'saying') {
        outlet = makeMention(s, outlet.start, outlet.end - 1);
      }
      const subject = subjectBefore(s, i);
      if (outlet && subject && analysePhrase(outlet.tokens, outlet.text).kind === 'outlet') {
        const end = toks[outlet.end]?.lower === 'saying' || toks[outlet.end]?.lower === 'as' ? outlet.end + 1 : outlet.end;
        const cue: Cue = { type: 'quoted', at: i, end, words: textBetween(s, i, end), subject, agent: outlet, inverted: false, trailing: false, quoted };
        cues.push(cue);
        i = end - 1;
        continue;
      }
    }
    // "The sources quoted the prime minister as saying: ...", "the AP cited a diplomat as saying":
    // the relayer passes on the speaker's words.
    // ("“…,” Iran's ISNA news agency quotes him as saying.": in the present, too.)
    if (QUOTING_VERBS.test(t.lower) && !BE.has(toks[prevIndex(s, i)]?.lower ?? '') && toks[i + 1]?.lower !== 'as') {
      // ("quoted the Commissioner of Police, CP Abdullahi Yaro, as assuring residents that": past
      // the speaker's appositive, and with any verb of saying.)
      const as = toks.slice(i + 1, i + 16).findIndex((x, n) => x.lower === 'as' && QUOTED_SAYING.test(toks[i + 2 + n]?.lower ?? ''));
      const speaker = as > 0 ? npStartingAt(s, i + 1, false) : null;
      const relayer = as > 0 ? subjectBefore(s, i) : null;
      if (speaker && relayer && (speaker.end === i + 1 + as || closedAppositive(s, speaker.end, i + 1 + as))) {
        const end = i + as + 3;
        const cue: Cue = { type: 'quoted', at: i, end, words: textBetween(s, i, end), subject: speaker, agent: relayer, inverted: false, trailing: false, quoted };
        // ("..., it quoted unnamed sources as saying.": closing the sentence, the relayer's report of it.)
        cue.trailing = toks.slice(end).every((x) => x.pos === 'PUNCT') && (isComma(toks[relayer.start - 1]) || isQuote(toks[relayer.start - 1]));
        cues.push(cue);
        i = end - 1;
        continue;
      }
    }
    // ("was quoted on Thursday as saying": past a time phrase.)
    const q = t.lower === 'quoted' ? i + 1 + timePhraseAt(toks, i + 1) : i + 1;
    if (t.lower === 'quoted' && (toks[q]?.lower === 'as' || toks[q]?.lower === 'saying')) {
      const end = toks[q]?.lower === 'saying' ? q + 1 : toks[q + 1]?.lower === 'saying' ? q + 2 : q + 1;
      const subject = subjectBefore(s, i);
      const cue: Cue = { type: 'quoted', at: i, end, words: textBetween(s, i, end), subject, agent: findAgent(s, end - 1) ?? carrierAfter(s, end), inverted: false, trailing: false, quoted };
      cue.trailing = isTrailing(s, cue);
      cues.push(cue);
      i = end - 1;
      continue;
    }
    // wink tags "has branded" as an adjective.
    // ("branded" and a gerund tagged as a noun, ", warning the ...": their verbs' lemmas.)
    const lemma = t.lower === 'branded' ? 'brand' : t.pos === 'NOUN' ? (GERUND_LEMMAS.get(t.lower) ?? t.lemma) : t.lemma;
    // "what many Tunisians saw as a failure", "still seen by many Africans as a hero".
    if (STANCE_AS.has(lemma) && (t.pos === 'VERB' || t.pos === 'NOUN') && !/ing$/.test(t.lower) && !quoted) {
      const as = toks.slice(i + 1, i + 9).findIndex((x) => x.lower === 'as');
      if (as >= 0) {
        const p0 = prevIndex(s, i);
        const participle = /^(seen|regarded|viewed|considered)$/.test(t.lower) && !/^(has|have|had)$/.test(toks[p0]?.lower ?? '');
        if (participle && toks[i + 1]?.lower !== 'by') continue;
        const isPassive = !!toks[p0] && BE.has((toks[p0] as Token).lower) || toks[i + 1]?.lower === 'by';
        const subject = isPassive ? (toks[i + 1]?.lower === 'by' ? npStartingAt(s, i + 2, false) : null) : subjectBefore(s, i);
        if (subject && !subject.pronoun) {
          cues.push({ type: 'belief', at: i, end: i + 1, words: t.text, subject, agent: null, inverted: false, trailing: false, quoted });
        }
        continue;
      }
    }
    // "joined calls for a probe", "joined the call for ...": advocacy, like "called for".
    if (lemma === 'join' && t.pos === 'VERB' && !quoted) {
      const k0 = toks[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      if (/^(calls?|demands?|appeals?)$/.test(toks[k0]?.lower ?? '') && toks[k0 + 1]?.lower === 'for') {
        const subject = subjectBefore(s, i);
        if (subject) cues.push({ type: 'speech', at: i, end: k0 + 2, words: textBetween(s, i, k0 + 2), subject, agent: null, inverted: false, trailing: false, quoted });
        continue;
      }
    }
    // "..., he went on.": a closing cue of continued speech.
    if (lemma === 'go' && t.pos === 'VERB' && toks[i + 1]?.lower === 'on' && !quoted && toks.slice(i + 2).every((x) => x.pos === 'PUNCT')) {
      const subject = subjectBefore(s, i);
      if (subject && isComma(toks[subject.start - 1])) {
        const cue: Cue = { type: 'speech', at: i, end: i + 2, words: textBetween(s, i, i + 2), subject, agent: null, inverted: false, trailing: false, quoted };
        cue.trailing = isTrailing(s, cue);
        if (cue.trailing) cues.push(cue);
      }
      continue;
    }
    // "made clear that ...", "has made it clear he will ...": a statement.
    if (lemma === 'make' && t.pos === 'VERB' && !quoted) {
      const c = toks[i + 1]?.lower === 'it' ? i + 2 : i + 1;
      // ("should make it clear", "wants to make clear": an exhortation or a wish, not a statement.)
      const hypothetical = /^(should|must|could|would|might|may|can|will|to|shall)$/.test(toks[prevIndex(s, i)]?.lower ?? '');
      if (toks[c]?.lower === 'clear' && !hypothetical && (toks[c + 1]?.lower === 'that' || hasComplement(s, c))) {
        const subject = subjectBefore(s, i);
        if (subject && !(subject.pronoun && /^(i|we|you)$/.test(subject.pronoun))) {
          const cue: Cue = { type: 'speech', at: i, end: c + 1, words: textBetween(s, i, c + 1), subject, agent: null, inverted: false, trailing: false, quoted };
          cues.push(cue);
        }
        continue;
      }
    }
    // ("The plan drew criticism from climate advisers", "came under criticism over waiting lists
    // from Labour MPs": the critics speak.)
    if (t.pos === 'NOUN' && !quoted && REACTION_NOUNS.test(t.lower)) {
      const critics = reactionFrom(s, i);
      if (critics) {
        cues.push({ type: 'speech', at: i, end: critics.start, words: textBetween(s, i, critics.start), subject: critics, agent: null, inverted: false, trailing: false, quoted });
        continue;
      }
    }
    // "issued a plea", "made an appeal", "released a statement saying ...": a speech act named by its object.
    // (Not "charged with ... making a false written statement": an offence.)
    if (t.pos === 'VERB' && !quoted && t.lower !== 'making' && /^(issue|make|give|release)$/.test(lemma)) {
      // ("issued a joint statement declaring ...": the head noun of the object.)
      let h = i + 1;
      while (h < i + 5 && (/^(DET|ADJ|NUM)$/.test(toks[h]?.pos ?? '') || (toks[h]?.pos === 'NOUN' && toks[h + 1]?.pos === 'NOUN'))) h++;
      const head = toks[h]?.pos === 'NOUN' && SPEECH_NOUNS.test(toks[h]?.lower ?? '') ? toks[h] : undefined;
      const obj = head ?? toks.slice(i + 1, i + 4).find((x) => x.pos === 'NOUN');
      // ("made his remarks during a speech": no content, no attribution.)
      // ("issued a statement Thursday morning noting ...": past a time phrase.)
      const o = obj ? toks.indexOf(obj) : -1;
      let a = o + 1;
      for (let n = timePhraseAt(toks, a); n > 0 && a - o <= 3; n = timePhraseAt(toks, a)) a += n;
      const after = obj ? toks[a] : undefined;
      const content = !after || /^(for|to|that|on|against|:|,|saying|noting|adding|confirming|announcing|warning|urging|calling|declaring|stating|insisting|stressing|expressing|reiterating)$/.test(after.lower) || isQuote(after);
      if (obj && SPEECH_NOUNS.test(obj.lower) && content) {
        const subject = subjectBefore(s, i);
        if (subject) {
          // ("gave an assurance that no jobs would be lost": an undertaking given, like "assured".)
          const undertaking = /^(assurances?|guarantees?|undertakings?)$/.test(obj.lower) && /^(that|to)$/.test(after?.lower ?? '');
          const cue: Cue = { type: undertaking ? 'pledge' : 'speech', at: i, end: i + 1, words: t.text, subject, agent: null, inverted: false, trailing: false, quoted };
          cues.push(cue);
        }
        continue;
      }
    }
    const cue = verbCue(s, i, lemma, quoted);
    if (cue) cues.push(cue);
  }
  if (!cues.some((c) => !c.quoted)) {
    const lead = colonQuoteCue(s);
    if (lead) cues.push(lead);
  }
  return cues;
}
