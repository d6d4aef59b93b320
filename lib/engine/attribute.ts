/**
 * Decides each sentence's label and source from its cues: report > pledge > claim,
 * the main clause first, relayed speech as report (with the original speaker as via),
 * commitments about the speaker's own future as pledge, and quote continuation.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Label } from './types';
import { findCues, type Cue } from './cues';
import { isComma, isQuote, npEndingAt } from './mentions';
import { analysePhrase } from './names';
import { PLEDGE_VERBS, POLL_NOUNS } from './lexicon';
import { ACTING_GROUP_HEADS } from './bodies';
import type { Entity, Registry } from './entities';

export interface Attribution {
  label: Label;
  source: Entity | null;
  via: Entity | null;
  cue: string | null;
  /** The cue attributes a quotation that opens or closes in this sentence. */
  attributesQuote: boolean;
}

const NONE: Attribution = { label: 'none', source: null, via: null, cue: null, attributesQuote: false };
const FUTURE = new Set(['will', 'would', "'ll", '’ll', 'shall', "'d", '’d', 'wo']);
/** Nouns for the body a speaker acts for: "the government would ...", "the party will ...". */
const BODY = /^(government|party|company|firm|group|administration|ministry|department|council|bank|club|union|league|board|police|authorities|organisation|organization|agency|team)$/;
const PLAN = /^(plans?|planning|intends?|intending|aims?|is|are|was|were)$/;
const COMMIT_WORDS = /^(committed|determined|ready|prepared|pledge|promise|vow|willing)$/;
const SUBORDINATE = /^(after|when|once|before|if|until|unless|while|as|since|because)$/;

const BE_FORMS = /^(be|been)$/;
/** "will not be deterred / distracted / bullied": a speaker's resolve, said of itself. */
const RESOLVE_PARTICIPLES = /^(deterred|distracted|diverted|intimidated|bullied|cowed|silenced|swayed|rushed|pressured|pressurised|pressurized|blackmailed|derailed|dictated|deflected|moved|budged)$/;
/** After "will/would", verbs of state or experience make a forecast, not a commitment. */
const STATE_VERBS = /^(be|have|like|love|say|seem|need|get|find|face|struggle|suffer|lose|want|fail|feel|look|become|remain|happen|cost|mean|see)$/;
const STATIVE = /^(considered|seen|regarded|viewed|thought|deemed|expected|needed|required|affected|hit|known|believed|hurt|damaged|forced|seen|used|allowed)$/;
/**
 * Decisions announced in the passive future ("farmland would be taken", "the list will not be
 * extended", "evidence was to be passed on"), and "X stands ready / is committed to".
 */
function announcesAction(s: Sentence, from: number, to: number): boolean {
  const toks = s.tokens;
  for (let k = from; k < to - 2; k++) {
    const t = toks[k] as Token;
    const l = t.lower;
    if ((l === 'stands' || l === 'stand') && toks[k + 1]?.lower === 'ready') return true;
    let j = -1;
    if (FUTURE.has(l) && l !== "'d" && l !== '’d') j = k + 1;
    else if ((l === 'was' || l === 'were' || l === 'is' || l === 'are') && toks[k + 1]?.lower === 'to' && toks[k + 2]?.lower === 'be') j = k + 2;
    if (j < 0) continue;
    // Only the reported clause itself, not a relative or noun-complement clause inside it.
    const lead = toks.slice(from, Math.min(k, from + 5)).findIndex((x) => x.lower === 'that');
    // "his worst moment was when he was told he would be released": someone else's decision.
    if (toks.slice(from, k).some((x, n) => x.lower === 'when' || (x.lower === 'told' && /^(was|were|been|being)$/.test(toks[from + n - 1]?.lower ?? '')))) continue;
    if (toks.slice(from, k).some((x, n) => /^(which|who|whom|whose)$/.test(x.lower) || (x.lower === 'that' && n > 1 && n !== lead))) continue;
    if (toks[j]?.lower === 'not' || toks[j]?.lower === "n't") j++;
    if (!BE_FORMS.test(toks[j]?.lower ?? '')) continue;
    const p = toks[j + 1];
    if (!p || p.pos !== 'VERB' || !/(ed|en|own|ut|et)$/.test(p.lower) || STATIVE.test(p.lower)) continue;
    if (toks.slice(j + 2, j + 6).some((x) => x.lower === 'by')) continue;
    return true;
  }
  return false;
}

/**
 * People who comment on decisions rather than take them (a lawyer, an analyst, a relative):
 * "the lawyer said the families would be reunited" announces no action of their own.
 */
const OBSERVER_ROLES = /\b(lawyer|solicitor|barrister|analyst|economist|expert|campaigner|academic|professor|researcher|commentator|observer|critic|mother|father|wife|husband|son|daughter|brother|sister|relative|witness|resident|neighbour|neighbor|friend)s?\b/i;
function observer(source: Entity): boolean {
  return source.kind === 'person' && (source.aliases.some((a) => OBSERVER_ROLES.test(a)) || source.roleList.some((r) => OBSERVER_ROLES.test(r.head)));
}

/** A name other than the source's, acting as a subject (followed by a verb) between `from` and `to`. */
function otherNamedSubject(s: Sentence, from: number, to: number, source: Entity): boolean {
  const own = new Set(source.aliases.flatMap((a) => a.split(/\s+/)));
  for (let k = from; k < to; k++) {
    const t = s.tokens[k] as Token;
    if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || own.has(t.text) || /^(Mr|Mrs|Ms|Dr|Miss)\.?$/.test(t.text)) continue;
    const next = s.tokens[k + 1];
    if (next && (next.pos === 'AUX' || next.pos === 'VERB') && next.pos !== undefined && !/ing$/.test(next.lower)) return true;
  }
  return false;
}

/**
 * The body a person's own description names: a capitalised word of an alias that is not part of
 * the person's name ("SEC chairman William Donaldson" → SEC), or any named body when the
 * description is "the party's / the company's ..." (→ "Labour", "Acme").
 */
function affiliatedWith(source: Entity, name: string): boolean {
  const own = new Set(source.name.split(/\s+/));
  const words = name.split(/\s+/);
  if (words.some((w) => own.has(w))) return false;
  for (const a of source.aliases) {
    if (/\b(the|his|her) (party|company|firm|group|union|bank|government)['’]s\b/i.test(a)) return true;
    const extra = a.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !own.has(w) && !/^(Mr|Mrs|Ms|Dr|Miss|The)$/.test(w)).map((w) => w.replace(/['’]s$/, ''));
    if (words.every((w) => extra.includes(w))) return true;
  }
  return false;
}

/** A future-tense clause whose subject is the speaker ("he would work", "we will not allow"). */
function commitsSelf(s: Sentence, from: number, to: number, source: Entity, inQuote: boolean): boolean {
  const toks = s.tokens;
  const actsForBody = source.kind !== 'group' || [...source.heads].some((h) => ACTING_GROUP_HEADS.has(h));
  if (!inQuote && actsForBody && !observer(source) && announcesAction(s, from, to)) return true;
  for (let k = from; k < to - 1; k++) {
    const t = toks[k] as Token;
    if (s.quoted[k] !== inQuote && !inQuote) continue;
    const l = t.lower;
    let self = false;
    if (inQuote) self = l === 'we' || l === 'i';
    else if (source.kind === 'person') self = (l === 'he' && source.gender !== 'f') || (l === 'she' && source.gender !== 'm');
    else self = l === 'it' || l === 'they' || l === 'we';
    if (!self && !inQuote && /^(the|his|her|its|their)$/.test(l)) {
      let b = k + 1;
      while (b < to && /^[A-Z]/.test((toks[b] as Token).text) && b - k < 4) b++;
      if (BODY.test(toks[b]?.lower ?? '')) { self = true; k = b; }
    }
    // A person speaking for the body their own description names: "SEC chairman William
    // Donaldson ... said the SEC would", "Labour will ..., the party's election chief has said".
    if (!self && !inQuote && source.kind === 'person' && /^[A-Z]/.test(t.text) && (t.pos === 'PROPN' || /^[A-Z]{2,}$/.test(t.text)) && !s.quoted[k]) {
      let b = k;
      while (b + 1 < to && ((toks[b + 1] as Token).pos === 'PROPN' || /^[A-Z]{2,}$/.test((toks[b + 1] as Token).text)) && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
      const name = toks.slice(k, b + 1).map((x) => x.text).join(' ');
      const opens = k === from || /^(the|that)$/.test(toks[k - 1]?.lower ?? '') && k - 1 === from || isComma(toks[k - 1]) || isQuote(toks[k - 1]);
      // (Never a person: "he stressed Mr Brown would play the same role".)
      const info = analysePhrase(toks.slice(k, b + 1), name);
      const person = info.kind === 'person' && (!!info.gender || /^(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)$/.test(t.text));
      if (opens && !person && FUTURE.has(toks[b + 1]?.lower ?? '') && affiliatedWith(source, name)) { self = true; k = b; }
    }
    // A person speaking for a body just named ("if the party was in government, it would").
    if (!self && !inQuote && source.kind === 'person' && (l === 'it' || l === 'we') &&
      toks.slice(from, k).some((x) => BODY.test(x.lower))) self = true;
    if (self && inQuote && toks.slice(Math.max(0, k - 12), k).some((x) => x.lower === 'if' || x.lower === 'unless')) continue;
    // "declined to say whether he had offered to quit": not a commitment.
    if (self && toks.slice(Math.max(from, k - 3), k).some((x) => x.lower === 'whether' || x.lower === 'if')) continue;
    if (!self) continue;
    // "said ... that Mr Blair had decided he would quit": "he" is the person named just before.
    if (!inQuote && source.kind === 'person' && (l === 'he' || l === 'she') && otherNamedSubject(s, from, k, source)) continue;
    const subordinate = SUBORDINATE.test(toks[k - 1]?.lower ?? '') || SUBORDINATE.test(toks[k - 2]?.lower ?? '');
    let j = k + 1;
    while (j < to && ((toks[j] as Token).pos === 'ADV' || (toks[j] as Token).lower === 'also')) j++;
    while (j < to && /^(had|has|have|'d|’d|originally|already|previously|also)$/.test((toks[j] as Token).lower)) j++;
    const n = toks[j];
    if (!n) continue;
    if (!inQuote && PLEDGE_VERBS.has(n.lemma) && n.pos === 'VERB') return true;
    // "we don't intend to ...", "he did not plan to ...": a negated intention still commits.
    if (n.lemma === 'do' && /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') && /^(intend|plan|aim)$/.test(toks[j + 2]?.lower ?? '') && toks[j + 3]?.lower === 'to') return true;
    // "I am not going to be diverted": the same resolve as "will not be diverted" below.
    if (n.lemma === 'be' && /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') && toks[j + 2]?.lower === 'going' && toks[j + 3]?.lower === 'to' &&
      toks[j + 4]?.lower === 'be' && RESOLVE_PARTICIPLES.test(toks[j + 5]?.lower ?? '')) return true;
    const modal = inQuote ? n.lower !== 'would' && n.lower !== "'d" && n.lower !== '’d' && FUTURE.has(n.lower) : FUTURE.has(n.lower);
    if (modal || (n.lemma === 'be' && toks[j + 1]?.lower === 'going' && toks[j + 2]?.lower === 'to')) {
      let v = j + 1;
      if (n.lemma === 'be') v = j + 3;
      let verb = toks[v]?.lower === 'not' || toks[v]?.lower === "n't" ? toks[v + 1] : toks[v];
      // "he would not be launching an inquiry": the progressive's verb decides.
      const after = verb ? toks[toks.indexOf(verb) + 1] : undefined;
      if (verb?.lower === 'be' && after && after.pos === 'VERB' && /ing$/.test(after.lower) && !/^(going)$/.test(after.lower)) verb = after;
      // "would be", "will have to" are states and obligations, not commitments.
      // ("will look at / into ..." is an action: "we will look in great detail at ...".)
      const verbIdx = verb ? toks.indexOf(verb) : -1;
      // "he would not be diverted / deterred / intimidated": refusing to yield is a commitment.
      const negated = /^(not|n't|n’t)$/.test(toks[v]?.lower ?? '') || n.lower === 'wo';
      const part = isQuote(toks[verbIdx + 1]) ? toks[verbIdx + 2] : toks[verbIdx + 1];
      if (negated && verb?.lower === 'be' && RESOLVE_PARTICIPLES.test(part?.lower ?? '')) return true;
      const examines = verb?.lower === 'look' && /^(at|into|in|again|closely|carefully)$/.test(toks[verbIdx + 1]?.lower ?? '');
      if (verb && STATE_VERBS.test(verb.lower) && !examines && !COMMIT_WORDS.test(toks[j + 2]?.lower ?? '')) continue;
      return true;
    }
    // "we are (absolutely) committed to ...".
    let c1 = j + 1;
    while (c1 < to && (toks[c1] as Token).pos === 'ADV' && c1 - j < 3) c1++;
    if (n.lemma === 'be' && COMMIT_WORDS.test(toks[c1]?.lower ?? '')) return true;
    if (PLAN.test(n.lower) && (toks[j + 1]?.lower === 'to' || (toks[j + 1]?.lower === 'planning' && toks[j + 2]?.lower === 'to'))) {
      if (n.lemma !== 'be' || toks[j + 1]?.lower === 'planning') return true;
    }
    // "said it had owned the land ... and would co-operate": the modal later in the same clause.
    if (!inQuote) {
      for (let m = j; m < Math.min(to, j + 14); m++) {
        const x = toks[m] as Token;
        if (isComma(x) || x.lower === 'but' || x.lower === 'although' || x.lower === 'while' || x.lower === 'because') break;
        if (x.lower === 'and' && FUTURE.has(toks[m + 1]?.lower ?? '')) {
          const verb = toks[m + 2]?.lower === 'not' ? toks[m + 3] : toks[m + 2];
          if (verb && !STATE_VERBS.test(verb.lower)) return true;
        }
      }
    }
    if (!inQuote && !subordinate) break;
    if ((n.lower === 'stand' || n.lower === 'stands') && toks[j + 1]?.lower === 'ready') return true;
  }
  return false;
}

/** Where the reported content starts: after "that", an object ("told reporters") or a colon. */
function contentStart(s: Sentence, cue: Cue): number {
  const toks = s.tokens;
  if (cue.inverted || cue.trailing) {
    let k = 0;
    while (k < toks.length && (isQuote(toks[k]) || (toks[k] as Token).pos === 'PUNCT')) k++;
    return k;
  }
  for (let k = cue.end; k < Math.min(toks.length, cue.end + 8); k++) {
    const t = toks[k] as Token;
    if (t.lower === 'that' || t.text === ':' ) return k + 1;
    if (isQuote(t)) return k + 1;
    // "said the police had said ID cards could "help ..."": the content began before the quote.
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return cue.end;
}

/** "told the BBC that Mr Clarke had been reported to be ...": the speaker passes on others' reports. */
function relaysHearsay(s: Sentence, from: number): boolean {
  const toks = s.tokens;
  // "said he had been told he could see his son": passing on what others told the speaker.
  const open = toks.slice(from, from + 4).map((t) => t.lower).join(' ');
  // ("said it had been advised that ...", "they were informed ...": the same, from a body.)
  if (/^(he|she|they|we|i|it) (had been|has been|have been|was|were) (told|advised|informed|notified|warned|assured)\b/.test(open)) return true;
  for (let k = from + 1; k < Math.min(toks.length - 1, from + 10); k++) {
    const t = toks[k] as Token;
    if (/^(reported|rumoured|rumored)$/.test(t.lower) && /^(been|be|is|are|was|were)$/.test(toks[k - 1]?.lower ?? '') && toks[k + 1]?.lower === 'to') return true;
  }
  return false;
}

/** Speech and finding verbs that, opening the reported content with another party's subject, make it a relay. */
const RELAY_VERBS = /^(tell|find|say|warn|threaten|advise|inform|claim|allege|reveal|admit|promise|pledge|vow|insist|suggest|conclude|confirm|describe)$/;

/**
 * "said auditors had found ...", "said the “MI6 agent” told him ...", "said some MPs had
 * threatened to ...": the content opens with a third party (a common-noun group or a described
 * person, not a pronoun and not the speaker) whose own speech or finding the speaker passes on.
 */
function relaysThirdParty(s: Sentence, from: number, source: Entity, reg: Registry): boolean {
  const toks = s.tokens;
  let k = from;
  let nouns = 0;
  while (k < toks.length && k - from < 7) {
    const t = toks[k] as Token;
    if (isQuote(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') { k++; continue; }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') { nouns++; k++; continue; }
    break;
  }
  if (nouns === 0 || k === from) return false;
  const head = toks[k - 1] as Token;
  if (isQuote(head) && nouns === 0) return false;
  const subj = toks.slice(from, k).filter((t) => !isQuote(t));
  if (/^(he|she|it|they|we|i|you|this|that|there)$/.test(subj[0]?.lower ?? '')) return false;
  // The speaker's own body is no third party ("the firm said its auditors ..." is still).
  const text = subj.map((t) => t.text).join(' ');
  const e = reg.find(text);
  if (e && e === source) return false;
  let v = k;
  while (v < toks.length && /^(had|has|have|also|already|previously|then|been)$/.test((toks[v] as Token).lower)) v++;
  const verb = toks[v];
  if (!verb || verb.pos !== 'VERB' || !RELAY_VERBS.test(verb.lemma) || /ing$/.test(verb.lower)) return false;
  // "said the plans would help": not speech. The verb must be finite past/present speech.
  return v > k || /(ed|old|ound|aid|ote)$/.test(verb.lower) || /s$/.test(verb.lower);
}

/**
 * "said intelligence reports showed ...", "said a survey found ...": the content opens with a
 * document's or poll's finding, which the speaker passes on.
 */
function relaysDocument(s: Sentence, cue: Cue, all: Cue[]): boolean {
  const from = contentStart(s, cue);
  return all.some((c) => c !== cue && c.type === 'finding' && !c.quoted && !!c.subject && !c.subject.pronoun && c.at > cue.at &&
    c.subject.start - from >= 0 && c.subject.start - from <= 1 &&
    !s.tokens.slice(from, c.at).some((t) => isComma(t) || /^(but|while|and|although|if|when)$/.test(t.lower)) &&
    ['document', 'poll'].includes(analysePhrase(c.subject.tokens, c.subject.text).kind ?? ''));
}

function relayed(s: Sentence, cue: Cue, all: Cue[], source: Entity, reg: Registry, at: number): Entity | null {
  const from = contentStart(s, cue);
  for (const other of all) {
    if (other === cue || other.type === 'according' || other.type === 'passive' || other.type === 'finding') continue;
    if (!other.subject || other.subject.pronoun || other.inverted) continue;
    // The relayed speaker opens the reported content ("wrote that Muttaqi expressed hope").
    const gap = other.subject.start - from;
    // ("Acme co-founder and CEO John Smith said ...": a title prefix the subject chunk left out.)
    const titlePrefix = gap > 1 && gap <= 6 && s.tokens.slice(from, other.subject.start).every((t) =>
      t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.lower === 'and' || /^[-–]$/.test(t.text)) &&
      /^[A-Z]/.test(s.tokens[from]?.text ?? '');
    if (gap < 0 || (gap > 1 && !titlePrefix)) continue;
    if (!titlePrefix && s.tokens.slice(from, other.subject.start).some((t) => isComma(t) || /^(but|while|and|although)$/.test(t.lower))) continue;
    const info = analysePhrase(other.subject.tokens, other.subject.text);
    if (info.kind !== 'person' && !info.proper && info.kind !== 'group') continue;
    if (other.quoted && (other.type === 'belief' || (!info.proper && !info.person))) continue;
    if (other.quoted && /^(people|everyone|everybody|nobody|someone|anyone)$/.test(info.head ?? '')) continue;
    const e = reg.find(other.subject.text) ?? reg.resolve(other.subject, at);
    // ("Labour's election chief said Labour wanted ...": the speaker's own body is no third party.)
    if (e && e !== source && !affiliatedWith(source, other.subject.text)) return e;
  }
  return null;
}

/** ", the officials said," inside the sentence: a cue set off by commas on both sides. */
function parenthetical(s: Sentence, c: Cue): boolean {
  if (!c.subject || c.inverted || c.trailing) return false;
  return isComma(s.tokens[c.subject.start - 1]) && isComma(s.tokens[c.end]) && c.subject.start > 1;
}

/** `..., “so nothing can build up,” Mr. Park said.`: a closing cue for a quoted fragment that opened mid-sentence. */
function closesQuotedFragment(s: Sentence, c: Cue): boolean {
  if (!c.subject || s.startsQuoted) return false;
  const before = s.tokens.slice(Math.max(0, c.subject.start - 2), c.subject.start);
  const opened = s.tokens.findIndex((t, k) => isQuote(t) && s.quoted[k + 1]);
  return before.some((t) => isQuote(t)) && opened > 3;
}

/**
 * "He had promised ..., and, according to Reuters, once told analysts ...": an "according to"
 * set off by commas in the middle of a sentence whose main clause already has its own cue
 * qualifies only its part; the main clause decides. (Closing the sentence, it decides.)
 */
function asideAfterMainCue(s: Sentence, according: Cue, outside: Cue[]): boolean {
  const toks = s.tokens;
  if (!isComma(toks[according.at - 1])) return false;
  const end = Math.max(according.subject?.end ?? according.end, according.agent?.end ?? 0);
  if (toks.slice(end).every((t) => t.pos === 'PUNCT')) return false;
  return outside.some((c) => c !== according && c.type !== 'according' && c.at < according.at && !!c.subject && !c.inverted && !c.trailing &&
    c.subject.start < c.at);
}

function chooseMain(s: Sentence, cues: Cue[]): Cue | null {
  const outside0 = cues.filter((c) => !c.quoted);
  const according0 = outside0.find((c) => c.type === 'according');
  const outside = according0 && asideAfterMainCue(s, according0, outside0) ? outside0.filter((c) => c.type !== 'according') : outside0;
  if (outside.length === 0) return null;
  const according = outside.find((c) => c.type === 'according');
  if (according && !asideAfterMainCue(s, according, outside)) return according;
  const trailing = outside.find((c) => c.trailing);
  // "To cut the risk, the officials said, the utility changed its pipes, “so nothing can build up,”
  // Mr. Park said.": the closing cue only attributes the quoted fragment; the main clause is the officials'.
  const aside = trailing ? outside.find((c) => c.at < trailing.at && parenthetical(s, c)) : undefined;
  if (trailing && aside && closesQuotedFragment(s, trailing)) return aside;
  return trailing ?? outside[0] ?? null;
}

/** "87% of adults quizzed", "Two-thirds of voters", "most respondents": a share of those polled. */
const POLL_SHARE = new RegExp(
  '^(?:(?:and|but|so|yet|meanwhile|overall|however|in all|in total|of those)\\s*,?\\s+)?' +
  '(?:(?:some|about|around|nearly|almost|roughly|only|just|more than|less than|fewer than|over|under|just under|just over|a further|another|a total of)\\s+)?' +
  '(?:(?:\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)|half|a (?:third|quarter|fifth|majority|minority)|the majority|a majority|(?:one|two|three|four|five|six|seven|eight|nine|\\d) (?:out of|in) (?:10|ten|five|four|three))' +
  '(?:\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)\\s*\\))?' +
  '(?:\\s+of\\s+(?:the|all|those)?\\s*(?:[\\d,]+\\s+)?(?:\\w+\\s+)?(?:respondents|voters|adults|people|those|britons|americans|participants|members|users|customers|consumers|workers|employees|parents|teachers|doctors|firms|businesses|companies|women|men|public|electorate|population|residents|citizens)(?:\\s+(?:polled|quizzed|surveyed|questioned|asked|interviewed|sampled|contacted)(?:\\s+(?:by|for|in|on)\\s+[^,;:]{1,60}?)?)?)?' +
  '|most (?:respondents|voters|adults|people (?:polled|quizzed|surveyed|questioned|asked)|of those (?:polled|quizzed|surveyed|questioned|asked)))' +
  '(?:\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)\\s*\\))?' +
  '\\s+(?:also\\s+|still\\s+)?(?:said|say|says|believe|believed|believes|think|thinks|thought|agreed|agree|agrees|felt|feel|feels|told)\\b',
  'i');

/** The poll a share of respondents belongs to: one named in the sentence, else the last one cited. */
function pollSource(s: Sentence, reg: Registry): Entity {
  for (let k = 0; k < s.tokens.length; k++) {
    if (!POLL_NOUNS.has((s.tokens[k] as Token).lower) || s.quoted[k]) continue;
    const np = npEndingAt(s, k);
    if (np) {
      const e = reg.resolve(np, s.index);
      if (e && e.kind === 'poll') return e;
    }
  }
  return reg.lastPoll ?? reg.genericPoll();
}

export function attributeOwn(s: Sentence, reg: Registry, lastOutlet: () => Entity | null): Attribution & { main: Cue | null } {
  // Code and other preformatted text is never an attribution.
  if (s.kind === 'preformatted') return { ...NONE, main: null };
  const cues = findCues(s, true);
  // "Some 87% said ...", "Two-thirds of voters believe ...": the poll reports what its respondents
  // said (and what they say someone "promised" is no pledge).
  if (!s.startsQuoted && !s.quoted[0]) {
    const m = POLL_SHARE.exec(s.tokens.map((t) => t.text).join(' ').replace(/ ([%,)]) ?/g, '$1 ').replace(/\( /g, '(').replace(/ ?- ?/g, '-').replace(/\s+/g, ' '));
    if (m) {
      const source = pollSource(s, reg);
      reg.lastPoll = source;
      return { label: 'report', source, via: null, cue: m[0].split(' ').pop() ?? null, attributesQuote: false, main: null };
    }
  }
  let main = chooseMain(s, cues);
  if (!main || !main.subject) return { ...NONE, main: null };
  let source = reg.resolve(main.subject, s.index);
  if (!source) {
    // An unresolved pronoun: fall back to the next cue with a source.
    for (const c of cues) {
      if (c === main || c.quoted || !c.subject) continue;
      const e = reg.resolve(c.subject, s.index);
      if (e) { main = c; source = e; break; }
    }
  }
  if (!source || !main.subject) return { ...NONE, main: null };
  for (const c of cues) {
    if (c.type === 'speech' && c.agent && /^(told|tell|tells|telling)$/.test(s.tokens[c.at]?.lower ?? '')) {
      const info = analysePhrase(c.agent.tokens, c.agent.text);
      if (info.kind === 'outlet') reg.lastOutlet = reg.resolve(c.agent, s.index);
    }
  }
  const attributesQuote = hasRealQuote(s) && (main.inverted || main.trailing ||
    s.tokens.slice(main.end, main.end + 8).some((t) => isQuote(t) || t.text === ':'));
  const base = { via: null as Entity | null, cue: main.words, attributesQuote, main };
  if (main.type === 'according') {
    if (main.agent) {
      const info = analysePhrase(main.agent.tokens, main.agent.text);
      if (info.kind === 'outlet' || info.proper) {
        const agent = reg.resolve(main.agent, s.index);
        if (agent) source = agent;
      }
    }
    if (source.kind === 'poll') reg.lastPoll = source;
    return { ...base, label: 'report', source };
  }
  if (main.type === 'quoted') {
    let outlet = main.agent ? reg.resolve(main.agent, s.index) : null;
    if (!outlet) outlet = lastOutlet();
    if (outlet) return { ...base, label: 'report', source: outlet, via: source };
    return { ...base, label: 'claim', source };
  }
  const subjectKind = main.subject.pronoun ? null : analysePhrase(main.subject.tokens, main.subject.text).kind;
  // "A National Audit Office report says ... . It says ...": "it" is still the report.
  const docPronoun = main.subject.pronoun === 'it' && reg.lastDocument === source;
  reg.lastDocument = subjectKind === 'document' || subjectKind === 'poll' || docPronoun ? source : null;
  if (source.kind === 'poll') reg.lastPoll = source;
  if (source.kind === 'outlet' || source.kind === 'document' || source.kind === 'poll' ||
    subjectKind === 'document' || subjectKind === 'poll' || docPronoun) {
    return { ...base, label: 'report', source };
  }
  // "the source, who had spoken to people inside, said ...": the source relays others.
  if (!main.inverted && main.subject.end < main.at) {
    const between = s.tokens.slice(main.subject.end, main.at).map((t) => t.lower).join(' ');
    if (/\b(spoken|spoke|talked|talks) (to|with)\b|\bbeen briefed\b|\bin contact with\b/.test(between)) return { ...base, label: 'report', source };
  }
  const via = relayed(s, main, cues, source, reg, s.index);
  if (via) return { ...base, label: 'report', source, via };
  if (!main.inverted && !main.trailing && main.type !== 'belief' && (relaysHearsay(s, contentStart(s, main)) || relaysDocument(s, main, cues) ||
    relaysThirdParty(s, contentStart(s, main), source, reg))) return { ...base, label: 'report', source };
  if (main.type === 'pledge') return { ...base, label: 'pledge', source };
  // "declared his intention to resist", "announced its plan to ...".
  const obj = s.tokens.slice(main.end, main.end + 3).map((t) => t.lower);
  if (/^(his|her|its|their|a)$/.test(obj[0] ?? '') && /^(intention|commitment|determination|plan|plans|pledge|promise|vow)$/.test(obj[1] ?? '') && obj[2] === 'to') {
    return { ...base, label: 'pledge', source };
  }
  // A later pledge by the same subject outranks a claim ("called on ..., but vowed to ...").
  for (const c of cues) {
    if (c === main || c.quoted || c.type !== 'pledge' || !c.subject || c.at < main.at) continue;
    if (c.subject.start === main.subject.start) return { ...base, label: 'pledge', source, cue: c.words };
  }
  const from = main.inverted || main.trailing ? 0 : main.end;
  const to = main.inverted || main.trailing ? main.at : s.tokens.length;
  // "But, as the committee has pointed out, it would also be used ...": an observation cited in
  // support, not a decision the speaker announces.
  const asAside = !main.inverted && s.tokens[main.subject.start - 1]?.lower === 'as' && isComma(s.tokens[main.end]);
  if (asAside) return { ...base, label: 'claim', source };
  if (main.type !== 'belief' && commitsSelf(s, from, to, source, false)) return { ...base, label: 'pledge', source };
  for (const c of cues) {
    if (c === main || c.quoted || c.at < main.at || !c.subject || c.subject.start !== main.subject.start || c.type === 'belief') continue;
    if (commitsSelf(s, c.end, s.tokens.length, source, false)) return { ...base, label: 'pledge', source, cue: c.words };
  }
  if (s.quoted.some(Boolean) && commitsSelf(s, 0, s.tokens.length, source, true)) return { ...base, label: 'pledge', source };
  return { ...base, label: 'claim', source };
}

/** A quoted sentence with no cue of its own that continues a speaker's quotation. */
export function continuation(s: Sentence, speaker: Entity, prevLabel: Label, quoted = true): Attribution {
  const label: Label = prevLabel === 'report' && speaker.kind !== 'person' ? 'report'
    : commitsSelf(s, 0, s.tokens.length, speaker, quoted) ? 'pledge' : 'claim';
  return { label, source: speaker, via: null, cue: null, attributesQuote: true };
}

/** A quotation of at least a clause (not a quoted word like “heartbreaking”). */
export function hasRealQuote(s: Sentence): boolean {
  let words = 0;
  for (let k = 0; k < s.tokens.length; k++) if (s.quoted[k] && (s.tokens[k] as Token).pos !== 'PUNCT') words++;
  return words >= 5 || s.startsQuoted;
}
