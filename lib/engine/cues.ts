/**
 * Attribution cues in a sentence: speech, belief and pledge verbs with their subjects,
 * inverted cues ("..., said Mr Howard"), "according to X", passives with an agent
 * ("described as ... by X") and "was quoted as saying". Rejects hedges ("is said to be").
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { npEndingAt, npStartingAt, subjectBefore, isQuote, isComma, type Mention } from './mentions';
import { analysePhrase } from './names';
import { DOCUMENT_NOUNS, GROUP_NOUNS, OUTLET_NOUNS, POLL_NOUNS, ROLE_NOUNS, BELIEF_VERBS, HEDGE_PARTICIPLES, NON_SOURCE_NOUNS, PLEDGE_VERBS, SPEECH_VERBS } from './lexicon';

export type { Cue, CueType } from './cue-shape';
import type { Cue, CueType } from './cue-shape';
import { BE, findAgent, hasComplement, invertedSpeaker, isTrailing, prevIndex, textBetween, trailingNoun } from './cue-shape';

const ALWAYS_VERB = new Set(['said', 'says', 'told', 'added', 'say', 'tells']);
/** Verbs that mark attribution only with a complement clause, a colon or a quote. */
const NEED_COMPLEMENT = new Set(['add', 'find', 'show', 'write', 'explain', 'note', 'agree', 'recall',
  'reveal', 'confirm', 'admit', 'acknowledge', 'mention', 'predict', 'conclude',
  'repeat', 'observe', 'remark', 'understand', 'feel', 'report', 'state', 'indicate', 'point', 'express',
  'call', 'accept', 'recommend', 'propose', 'question', 'highlight', 'underline', 'welcome',
  'declare', 'threaten', 'maintain', 'announce', 'continue', 'claim', 'reveal', 'disclose', 'worry', 'divulge',
  'post', 'tweet', 'protest', 'object', 'rule', 'hint', 'signal']);
const STANCE_AS = new Set(['see', 'regard', 'view', 'consider']);
const SPEECH_NOUNS = /^(plea|appeal|warning|statement|denial|apology|ultimatum|threat|call|promise|pledge|vow|announcement|declaration|speech|remarks)$/;
/** "pressing for", "lobbying for": advocacy, like "calling for". */
const FOR_VERBS = new Set(['press', 'plead']);

/** Verbs wink sometimes tags as nouns ("Officials claim that", "the ADB fears that"). */
const NOUN_TAGGED = new Set(['claim', 'fear', 'say', 'warn', 'argue', 'believe', 'hope', 'think', 'insist', 'add', 'state', 'note', 'suggest', 'allege',
  'estimate', 'predict', 'forecast', 'report', 'quote']);
const FINDING = new Set(['find', 'show', 'indicate', 'report', 'reveal', 'suggest', 'estimate', 'put', 'quote', 'identify']);
const EXPRESS_OBJECTS = /^(hope|hopes|concern|concerns|regret|confidence|optimism|support|doubt|doubts|frustration|anger|disappointment|surprise|fears?|satisfaction|sympathy|condolences|gratitude|opposition|reservations|scepticism|skepticism|interest)$/;

/** "called X “...”": an opening quotation right after a short object. */
function quoteAfterObject(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  for (let k = i + 1; k < Math.min(toks.length, i + 10); k++) {
    const t = toks[k] as Token;
    if (isQuote(t) && k > i + 1 && s.quoted[k + 1] && !s.quoted[i]) return true;
    if (t.pos === 'PUNCT' && !/^['’]s?$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' && t.lower !== 'of') return false;
  }
  return false;
}

/** Heads of a body that speaks ("the company", "the union"). */
const BODY_HEADS = /^(company|firm|government|union|party|group|council|bank|agency|ministry|department|committee|commission|board|authority|regulator|retailer|airline|club|charity|campaign|administration)$/;

/** A finite verb within a few words, before any punctuation or preposition ("its prices have ..."). */
function finiteSoon(toks: Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 8); k++) {
    const t = toks[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

/** A subject that opens its clause: sentence start, after a comma, a conjunction or "when". */
function clauseOpens(s: Sentence, start: number): boolean {
  const before = s.tokens[start - 1];
  return !before || isComma(before) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || /^(when|while|as|but|and)$/.test(before.lower);
}

function restrictiveRelative(s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > 0 && ((s.tokens[k] as Token).pos === 'AUX' || (s.tokens[k] as Token).pos === 'ADV' || (s.tokens[k] as Token).lower === 'not')) k--;
  const rel = s.tokens[k];
  return !!rel && /^(who|that)$/.test(rel.lower) && k > 0 && !isComma(s.tokens[k - 1]) && (s.tokens[k - 1] as Token).pos !== 'VERB';
}

function appealForSomething(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return false;
  if (next.lower === 'for' || next.text === ':' || isQuote(next)) return true;
  if (next.lower !== 'to') return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 10); k++) {
    const t = toks[k] as Token;
    if (t.lower === 'for' || (t.lower === 'to' && toks[k + 1]?.pos === 'VERB')) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Words of a closing time phrase ("earlier this year", "on Monday", "last week"). */
const TIME_WORDS = /^(earlier|later|recently|previously|this|last|on|in|year|week|month|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|weekend)$/;

const BENEFITS = /^(increase|rise|raise|deal|compensation|refund|refunds|settlement|bonus|bonuses|package|payment|payments|discount|discounts|loan|loans|aid|funding|grant|grants|reward|incentives?|guarantees?|concessions?)$/;

function offersBenefit(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k] as Token;
    if (BENEFITS.test(t.lower)) return k > i + 1;
    if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'SYM' || t.text === '%' || t.lower === 'pay')) return false;
  }
  return false;
}

/**
 * "a new poll conducted for the BBC suggests", "a survey by ICM found": the subject is the poll,
 * not the outlet or firm after "for"/"by".
 */
function pollCommissioner(s: Sentence, subject: Mention | null): Mention | null {
  if (!subject || subject.pronoun || !/^(for|by)$/.test(s.tokens[subject.start - 1]?.lower ?? '')) return subject;
  let k = subject.start - 2;
  if (/^(conducted|commissioned|carried|done|undertaken|published|released)$/.test(s.tokens[k]?.lower ?? '')) k--;
  if (s.tokens[k]?.lower === 'out' && s.tokens[k - 1]?.lower === 'carried') k -= 2;
  if (!POLL_NOUNS.has(s.tokens[k]?.lower ?? '')) return subject;
  const np = npEndingAt(s, k);
  if (!np) return subject;
  return { start: np.start, end: subject.end, tokens: s.tokens.slice(np.start, subject.end), appositives: [], pronoun: null, text: textBetween(s, np.start, subject.end) };
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
      // "graded according to their value": a measure, not a source.
      if (/^(their|its|his|her|our|your)$/.test((m.tokens[0] as Token).lower) && !m.tokens.some((x) => x.pos === 'PROPN')) {
        const info = analysePhrase(m.tokens, m.text);
        if (info.kind !== 'document' && info.kind !== 'group' && info.kind !== 'outlet' && info.kind !== 'poll' && !(info.kind === 'person' && ROLE_NOUNS.has(info.head ?? ''))) continue;
      }
      const cue: Cue = { type: 'according', at: i, end: i + 2, words: textBetween(s, i, i + 2), subject: m, agent: null, inverted: false, trailing: false, quoted };
      cue.agent = findAgent(s, m.start);
      if (!cue.agent) {
        // "answers posted on Quora": the outlet named after the document.
        const on = toks[m.end];
        if (on && (on.lower === 'on' || on.lower === 'in') && toks[m.end + 1]?.pos === 'PROPN') {
          // ("press reports in China": a place, not an outlet.)
          const where = npStartingAt(s, m.end + 1, false);
          if (where && analysePhrase(where.tokens, where.text).kind === 'outlet') cue.agent = where;
        }
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
    // wink tags "has branded" as an adjective.
    const lemma = t.lower === 'branded' ? 'brand' : t.lemma;
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
    // "issued a plea", "made an appeal": a speech act named by its object.
    if ((lemma === 'issue' || lemma === 'make' || lemma === 'give') && t.pos === 'VERB' && !quoted) {
      const obj = toks.slice(i + 1, i + 4).find((x) => x.pos === 'NOUN');
      if (obj && SPEECH_NOUNS.test(obj.lower)) {
        const subject = subjectBefore(s, i);
        if (subject) {
          const cue: Cue = { type: 'speech', at: i, end: i + 1, words: t.text, subject, agent: null, inverted: false, trailing: false, quoted };
          cues.push(cue);
        }
        continue;
      }
    }
    const isSpeech = SPEECH_VERBS.has(lemma);
    const isBelief = BELIEF_VERBS.has(lemma);
    const isFinding = FINDING.has(lemma);
    if (!isSpeech && !isBelief && !isFinding) continue;
    // wink tags some verbs as nouns ("Officials claim that", ", the book claims.").
    const prevTok = toks[i - 1];
    const nextTok = toks[i + 1];
    const nounVerb = t.pos === 'NOUN' && NOUN_TAGGED.has(lemma) && !!prevTok && (prevTok.pos === 'NOUN' || prevTok.pos === 'PROPN' || prevTok.pos === 'PRON') &&
      (nextTok?.lower === 'that' || ((nextTok?.text === '.' || nextTok?.text === ':') && (isSpeech || isFinding) && trailingNoun(s, i)) ||
        // "the Sunday Telegraph claims Mr Milburn is unwilling": a name then a finite verb.
        (isSpeech && !!prevTok && prevTok.pos === 'PROPN' && nextTok?.pos === 'PROPN' && hasComplement(s, i)) ||
        // "The new book claims Mr Prescott hosted ...": a document or outlet noun, then a clause.
        (!!prevTok && prevTok.pos === 'NOUN' && (DOCUMENT_NOUNS.has(prevTok.lower) || OUTLET_NOUNS.has(prevTok.lower) || POLL_NOUNS.has(prevTok.lower)) &&
          (nextTok?.pos === 'PROPN' || nextTok?.pos === 'DET') && hasComplement(s, i)) ||
        // "..., the newspaper quotes a source close to the firm."
        (lemma === 'quote' && (nextTok?.pos === 'DET' || nextTok?.pos === 'PROPN')) ||
        // "the company claims its new prices have saved ...": a body or role noun, then a clause.
        (isSpeech && !!prevTok && prevTok.pos === 'NOUN' && /^(the|a|an)$/.test(toks[i - 2]?.lower ?? '') &&
          (ROLE_NOUNS.has(prevTok.lower) || GROUP_NOUNS.has(prevTok.lower) || BODY_HEADS.test(prevTok.lower)) &&
          (nextTok?.pos === 'DET' || /^(its|their|his|her)$/.test(nextTok?.lower ?? '')) && finiteSoon(toks, i + 2)));
    const brandedAdj = t.lower === 'branded' && /^(has|have|had)$/.test(prevTok?.lower ?? '');
    if (!(t.pos === 'VERB' || ALWAYS_VERB.has(t.lower) || nounVerb || brandedAdj)) continue;
    // A capitalised "verb" inside a sentence is a name ("Fiona Parry", "Will Hutton").
    if (i > 0 && /^[A-Z]/.test(t.text) && !isQuote(toks[i - 1]) && toks[i - 1]?.pos !== 'PUNCT') continue;
    // "offered to ...", "has offered an 8% increase in wages" (a concrete benefit); not "offered a glimpse".
    if (lemma === 'offer' && toks[i + 1]?.lower !== 'to' && !offersBenefit(toks, i)) continue;
    // "Moazzam Begg ... were held for three years, accused of al-Qaeda links": a participle.
    if (/^(accused|charged|suspected)$/.test(t.lower) && isComma(toks[i - 1]) && /^(of|with)$/.test(toks[i + 1]?.lower ?? '')) continue;
    if (lemma === 'counter' && !/^(that|:|"|“)$/.test(toks[i + 1]?.lower ?? '')) continue;
    // "asked Mojang for comment", "asking officials to comment": the journalist's request, no statement.
    if (lemma === 'ask' && toks.slice(i + 1, i + 7).some((x, k, a) => (x.lower === 'for' && /^(comment|a|an)$/.test(a[k + 1]?.lower ?? '') && /^(comment|response|statement)$/.test(a[k + 1]?.lower === 'comment' ? 'comment' : a[k + 2]?.lower ?? '')) || (x.lower === 'to' && /^(comment|respond)$/.test(a[k + 1]?.lower ?? '')))) continue;
    // "who advises the minister on security": a job, not advice given.
    if (lemma === 'advise' && !hasComplement(s, i)) {
      const on = toks.slice(i + 1, i + 8).findIndex((x) => x.lower === 'on' || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT');
      if (on >= 0 && toks[i + 1 + on]?.lower === 'on') continue;
    }
    // "The courts have held that ...": a ruling; "held talks", "held in custody" are not.
    if (lemma === 'hold' && toks[i + 1]?.lower !== 'that') continue;
    // "Alice commits a changeset" is not a pledge; "committed to", "swore to", "undertook to" are.
    if ((lemma === 'commit' || lemma === 'swear' || lemma === 'undertake') &&
      !/^(to|that|itself|himself|herself|themselves|ourselves)$/.test(toks[i + 1]?.lower ?? '')) continue;
    // "As the name might suggest": hypothetical speech.
    if (/^(might|may|could)$/.test(toks[prevIndex(s, i)]?.text ?? '')) continue;
    if (lemma === 'tell' && toks[i + 1]?.lower === 'you') continue;
    // "has spoken of his love", "talked about how ...": speech about something.
    if ((lemma === 'speak' || lemma === 'talk') && !/^(of|about)$/.test(toks[i + 1]?.lower ?? '')) continue;
    if (toks[i + 2]?.lower === 'by' && (lemma === 'call' || lemma === 'point')) continue;
    // Participles ("..., emphasizing the need", "warning signs") belong to another clause,
    // except after "with X" ("with investors saying that ...").
    let byGerund = false;
    const progressive = /ing$/.test(t.lower) && !!toks[prevIndex(s, i)] && /^(is|are|was|were|be|been|'s|’s|'re|’re)$/.test((toks[prevIndex(s, i)] as Token).lower);
    if (FOR_VERBS.has(lemma) && !SPEECH_VERBS.has(lemma) && toks[i + 1]?.lower !== 'for') continue;
    if (lemma === 'press' || lemma === 'plead') {
      if (toks[i + 1]?.lower !== 'for') continue;
    }
    if (/ing$/.test(t.lower) && !progressive) {
      // "hit back by saying ...": the subject of the sentence's first verb.
      if ((toks[i - 1]?.lower === 'by' || isComma(toks[i - 1]) || /^[-–—]$/.test(toks[i - 1]?.text ?? '')) && isSpeech && /^(saying|adding|arguing|insisting|warning|noting|claiming|stressing|explaining|telling|writing|calling|accusing|urging|vowing|pledging|promising)$/.test(t.lower)) byGerund = true;
      else {
        const subj = subjectBefore(s, i);
        if (!subj || subj.pronoun) continue;
        // "with investors saying ...", "comments accusing her of ...".
        const head = subj.tokens[subj.tokens.length - 1] as Token;
        const plural = head.pos === 'NOUN' && /s$/.test(head.lower) && toks[i - 1] === head && !/^(news|series)$/.test(head.lower) &&
          /^(saying|accusing|claiming|calling|urging|warning|demanding|arguing|suggesting|asking|insisting|alleging)$/.test(t.lower);
        if (s.tokens[subj.start - 1]?.lower !== 'with' && !plural) continue;
      }
    }
    // "called the debt “the transcendent issue of our era”": naming something in a quotation.
    let calledQuote = false;
    if ((lemma === 'call' && !/^(for|on)$/.test(toks[i + 1]?.lower ?? '')) || lemma === 'brand' || lemma === 'dub') {
      if (!quoteAfterObject(s, i)) continue;
      calledQuote = true;
    }
    // "appealed for calm", "appealed to voters to ...", not "appealed to the same instincts" or
    // "appealed against the ruling".
    if (lemma === 'appeal' && !appealForSomething(toks, i)) continue;
    if (lemma === 'point' && toks[i + 1]?.lower !== 'out') continue;
    // "summed up the journey ...: “...”": only with "up" and a colon or quotation after it.
    if (lemma === 'sum' && !(toks[i + 1]?.lower === 'up' && toks.slice(i + 2).some((x, k) => !s.quoted[i + 2 + k] && (x.text === ':' || isQuote(x))))) continue;
    // "backed the plan", "backed use of wire-tap evidence": support for a policy; not "backed down",
    // "backed by", "a loan backed by assets".
    if (lemma === 'back' && (t.pos !== 'VERB' || /ing$/.test(t.lower) || BE.has(toks[prevIndex(s, i)]?.lower ?? '') ||
      !toks[i + 1] || /^(down|off|away|up|out|into|onto|to|from|in|on|by|over|out|it|them|him|her)$/.test(toks[i + 1]?.lower ?? '') || toks[i + 1]?.pos === 'PUNCT')) continue;
    // "voiced concerns", "announced their support for": a stance named by its object.
    if (lemma === 'voice' || (lemma === 'announce' && !hasComplement(s, i) && toks[i + 1]?.pos !== 'PUNCT' && !!toks[i + 1])) {
      let k = i + 1;
      while (k < toks.length && ((toks[k] as Token).pos === 'DET' || (toks[k] as Token).pos === 'ADJ' || (toks[k] as Token).pos === 'PRON')) k++;
      if (!EXPRESS_OBJECTS.test(toks[k]?.lower ?? '')) continue;
    }
    if (lemma === 'express') {
      let k = i + 1;
      while (k < toks.length && ((toks[k] as Token).pos === 'DET' || (toks[k] as Token).pos === 'ADJ' || (toks[k] as Token).pos === 'PRON')) k++;
      if (!EXPRESS_OBJECTS.test(toks[k]?.lower ?? '')) continue;
    }
    let end = i + 1;
    if ((lemma === 'call' || lemma === 'point') && toks[i + 1] && !calledQuote) end = i + 2;
    const p = prevIndex(s, i);
    const prev0 = toks[i - 1];
    const prev = prev0 && (prev0.lower === 'not' || prev0.lower === "n't" || prev0.lower === 'never') ? prev0 : toks[p];
    const beforeVerb = toks[p];
    const passive = !!beforeVerb && BE.has(beforeVerb.lower) && /(ed|en|said|told|thought|known|seen|put)$/.test(t.lower) && !progressive;
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
      subject = pollCommissioner(s, subjectBefore(s, i));
      // "Now research shows ...": wink tags a bare document noun before the verb as a verb.
      const d = toks[i - 1];
      if (isFinding && d && d.pos === 'VERB' && DOCUMENT_NOUNS.has(d.lower) && (i === 1 || /^(ADV|CCONJ)$/.test(toks[i - 2]?.pos ?? '') || isComma(toks[i - 2]))) {
        subject = { start: i - 1, end: i, tokens: [d], appositives: [], pronoun: null, text: d.text };
      }
    }
    let inverted = false;
    if (!passive && isSpeech && lemma !== 'tell' && !calledQuote) {
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
    // "a film called “Jaws”" names a thing; the caller must open its clause.
    if (calledQuote && (inverted || passive || !clauseOpens(s, subject.start))) continue;
    if (subject.pronoun === 'it' && (isBelief || type === 'finding') && prev && BE.has(prev.lower)) continue;
    if (!inverted && !quoted && subject.pronoun && /^(i|we|you)$/.test(subject.pronoun)) continue;
    if (!inverted) {
      const before = toks[subject.start - 1];
      if (before && /^(if|whether|unless)$/.test(before.lower)) continue;
    }
    const subjKind = subject.pronoun ? null : analysePhrase(subject.tokens, subject.text).kind;
    const docSubject = subjKind === 'document' || subjKind === 'poll' || subjKind === 'outlet';
    if (type === 'finding' && !docSubject && toks[i + 1]?.lower !== 'that') {
      // "..., the company reported.": a closing report verb of a speaker that is no outlet.
      // (", Yahoo Finance reported earlier this year.": a time phrase may follow.)
      const closing = lemma === 'report' && isComma(toks[subject.start - 1]) && toks.slice(i + 1).every((x) => x.pos === 'PUNCT' || TIME_WORDS.test(x.lower));
      // "The Audit Commission found the system was flawed": a named body's own finding.
      const bodyFinding = lemma === 'find' && !subject.pronoun && subjKind === 'organisation' &&
        !!analysePhrase(subject.tokens, subject.text).proper && hasComplement(s, i) && !passive;
      if (!closing && !bodyFinding) continue;
      type = 'speech';
    }
    if (/^no$/i.test((subject.tokens[0] as Token).text)) continue;
    // "Few would argue", "Nobody would deny": a negative quantifier is no source.
    if (!inverted && subject.tokens.length <= 2 && /^(few|nobody|none|no-one|noone)$/i.test((subject.tokens[0] as Token).text)) continue;
    // "Neither Downing Street nor the party would comment": negated speech.
    if (!inverted && (toks[subject.start - 1]?.lower === 'nor' || /^neither$/i.test((subject.tokens[0] as Token).text) || /^neither$/i.test(toks[0]?.text ?? '') && subject.start < 8)) continue;
    if (lemma === 'claim' && /^(responsibility|credit|victory|asylum|benefits?|compensation)$/.test(toks[i + 1]?.lower ?? '')) continue;
    if (!isBelief && prev && (prev.lower === 'not' || prev.lower === "n't" || prev.lower === 'never') && toks[i + 1]?.lower !== 'that') continue;
    const probe: Cue = { type, at: i, end, words: '', subject, agent, inverted, trailing: false, quoted };
    const trailing = isTrailing(s, probe);
    if (lemma === 'continue' && !inverted && !trailing && !(toks[i + 1]?.text === ':' || isQuote(toks[i + 1]))) continue;
    const stanceObject = lemma === 'voice' || (lemma === 'announce' && !hasComplement(s, i));
    if (NEED_COMPLEMENT.has(lemma) && !inverted && !trailing && !docSubject && !hasComplement(s, i) && lemma !== 'express' && lemma !== 'call' && lemma !== 'point' && !stanceObject) {
      // Without content of its own ("This process can repeat.") a complement verb is no cue.
      const next = toks[i + 1];
      const atEnd = !next || isComma(next) || (/^[-–—]$/.test(next.text) && /ing$/.test(toks[i + 2]?.lower ?? ''));
      if (!atEnd || lemma === 'continue') continue;
    }
    // "a terror suspect held in ...", "election hopes for ...": a noun, not a verb of belief.
    const parenthetical = isComma(toks[subject.start - 1]) || isQuote(toks[subject.start - 1]);
    // "That's what media bosses want, too": a pseudo-cleft names the holder's view.
    const whatCleft = isBelief && !inverted && !subject.pronoun && (!nextTok || nextTok.pos === 'PUNCT') &&
      (toks[subject.start - 1]?.lower === 'what' || ((subject.tokens[0] as Token).lower === 'what' && subject.tokens.length > 1));
    if (whatCleft && (subject.tokens[0] as Token).lower === 'what') {
      const st = subject.start + 1;
      subject = { ...subject, start: st, tokens: toks.slice(st, subject.end), text: textBetween(s, st, subject.end) };
    }
    // "received and considered dozens of submissions": weighing things, not a view.
    if (lemma === 'consider' && !passive && !hasComplement(s, i)) {
      let k = i + 1;
      while (k < toks.length && k < i + 8 && (/^(DET|NUM|ADJ|NOUN)$/.test((toks[k] as Token).pos) || ((toks[k] as Token).lower === 'of' && toks[k - 1]?.pos !== 'DET'))) k++;
      const after = toks[k];
      if (k > i + 1 && (!after || (after.pos === 'ADP' && after.lower !== 'as') || (after.pos === 'PUNCT' && !isQuote(after)))) continue;
    }
    if (isBelief && !passive && !whatCleft && nextTok && (nextTok.pos === 'VERB' || nextTok.pos === 'AUX' || (nextTok.pos === 'ADP' && !/^(in|that|so)$/.test(nextTok.lower)) || (nextTok.pos === 'PUNCT' && !isQuote(nextTok) && !parenthetical))) continue;
    // "migrants who want to work", "those who believe ...": a restrictive relative clause
    // describes a class of people; it does not attribute a view to a source.
    if (isBelief && !passive && restrictiveRelative(s, i)) continue;
    if (isBelief && lemma === 'expect' && toks[i + 1]?.lower === 'to') {
      // "X expects to ..." is a plan, "X is expected to" a hedge; both are not attributions.
      continue;
    }
    // "told the Reuters news agency": keep the addressee, an outlet may relay later quotes.
    if (lemma === 'tell' && !agent) agent = npStartingAt(s, i + 1, false);
    const cue: Cue = { type, at: i, end, words: textBetween(s, i, end), subject, agent, inverted, trailing: false, quoted };
    cue.trailing = isTrailing(s, cue);
    cues.push(cue);
  }
  return cues;
}
