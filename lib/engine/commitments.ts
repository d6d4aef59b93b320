/**
 * Whether a clause commits its speaker to their own future action (a pledge): "he would work",
 * "we will not allow", "the party will ...", and decisions announced in the passive future.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, isGenitive, isQuote, opensClause, type Mention } from './mentions';
import { subjectBefore } from './subjects';
import { canSpeak } from './speakers';
import { analysePhrase } from './names';
import { FUTURE_MODALS, PERSONAL_TITLE, PLEDGE_VERBS } from './lexicon';
import { ACTING_GROUP_HEADS } from './bodies';
import { partyKey } from './parties';
import type { Entity } from './entities';
import { statesPolicy } from './policy-statements';
import { OWN_PEOPLE, STAFF, principalAt, spokesperson } from './own-side';

/** Future modals and "'d" ("he'd work"); `announcesAction` leaves "'d" out, where it may be "had". */
const FUTURE = new Set([...FUTURE_MODALS, "'d", '’d']);
/** Nouns for the body a speaker acts for: "the government would ...", "the party will ...". */
const BODY = /^(government|party|company|firm|group|administration|ministry|department|council|bank|club|union|league|board|police|authorities|organisation|organization|agency|team|trust|hospital|university|commission|service|institute|association)$/;
const PLAN = /^(plans?|planning|planned|intends?|intending|intended|aims?|is|are|was|were)$/;
const COMMIT_WORDS = /^(committed|determined|ready|prepared|pledge|promise|vow|willing)$/;
const SUBORDINATE = /^(after|when|once|before|if|until|unless|while|as|since|because)$/;

const BE_FORMS = /^(be|been)$/;
/** "will not be deterred / distracted / bullied": a speaker's resolve, said of itself. */
const RESOLVE_PARTICIPLES = /^(deterred|distracted|diverted|intimidated|bullied|cowed|silenced|swayed|rushed|pressured|pressurised|pressurized|blackmailed|derailed|dictated|deflected|moved|budged)$/;
/** After "will/would", verbs of state or experience make a forecast, not a commitment. */
const STATE_VERBS = /^(be|have|like|love|say|seem|need|get|find|face|struggle|suffer|lose|want|fail|feel|look|become|remain|happen|cost|mean|see|die|forget|know|miss)$/;
/** "would not speculate / comment / discuss": refusing to talk commits to nothing ("we will discuss the situation" does). */
const REFUSED_TALK = /^(speculate|comment|discuss|elaborate|specify|disclose|divulge)$/;
const STATIVE = /^(considered|seen|regarded|viewed|thought|deemed|expected|needed|required|affected|hit|known|believed|hoped|hurt|damaged|forced|used|allowed)$/;
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
    // "would now be extended", "will not be passed on".
    while (/^(not|n't|now|also|then|still|only|soon|all)$/.test(toks[j]?.lower ?? '')) j++;
    if (!BE_FORMS.test(toks[j]?.lower ?? '')) continue;
    // "asked whether it would be outlawed", "if the public is to be reassured": no decision;
    // "maybe a new truce will be agreed": a guess.
    if (toks.slice(from, k).some((x) => /^(whether|if|unless|maybe|perhaps|possibly|probably|hopefully)$/.test(x.lower))) continue;
    // "Mr Bradshaw would be put in a position ...": what befalls a named person is no decision of the speaker's.
    if (toks.slice(from, k).some((x, n) => /^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(x.text) && toks[from + n + 1]?.pos === 'PROPN')) continue;
    // ("their offices will be “deep cleaned”": past the quotation mark.)
    const p = isQuote(toks[j + 1]) ? toks[j + 2] : toks[j + 1];
    if (!p || p.pos !== 'VERB' || !/(ed|en|own|ut|et|ld|nt|id|ne)$/.test(p.lower) || STATIVE.test(p.lower)) continue;
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
export function affiliatedWith(source: Entity, name: string): boolean {
  const own = new Set(source.name.split(/\s+/));
  const words = name.split(/\s+/);
  if (words.some((w) => own.has(w))) return false;
  const party = partyKey(name);
  for (const a of source.aliases) {
    if (/\b(the|his|her) (party|company|firm|group|union|bank|government)['’]s\b/i.test(a)) return true;
    const extra = a.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !own.has(w) && !/^(Mr|Mrs|Ms|Dr|Miss|The)$/.test(w)).map((w) => w.replace(/['’]s$/, ''));
    if (words.every((w) => extra.includes(w))) return true;
    // "Lib Dem spokesman Ed Davey" speaks for "Liberal Democrats"; "Tory" for "Conservative".
    if (party && partyKey(extra.join(' ')) === party) return true;
  }
  return false;
}

/**
 * "a Conservative government will ...", "Liberal Democrats would ...": the speaker's own party
 * (by the speaker's description) as the subject; the index of the phrase's last word, else -1.
 */
function ownPartyBody(s: Sentence, k: number, to: number, source: Entity): number {
  const toks = s.tokens;
  let b = /^(a|an|the)$/.test(toks[k]?.lower ?? '') ? k + 1 : k;
  const first = b;
  while (b < to && /^[A-Z]/.test((toks[b] as Token).text) && b - first < 3) b++;
  if (b === first) return -1;
  const name = toks.slice(first, b).map((x) => x.text).join(' ');
  if (!partyKey(name) || !affiliatedWith(source, name)) return -1;
  // The party itself ("Liberal Democrats would") or its government, MPs, members.
  const head = /^(government|party|administration|mps|members|ministers)$/.test(toks[b]?.lower ?? '') ? b : b - 1;
  return FUTURE.has(toks[head + 1]?.lower ?? '') ? head : -1;
}

/** The person source named by the capitalised run at `k`, opening its clause, right before a future modal. */
function namesSource(s: Sentence, k: number, to: number, source: Entity): boolean {
  const toks = s.tokens;
  let b = k;
  while (b + 1 < to && (toks[b + 1] as Token).pos === 'PROPN' && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
  if (!FUTURE.has(toks[b + 1]?.lower ?? '') || (k > 0 && !/^(PROPN|NOUN|ADJ|DET)$/.test((toks[k - 1] as Token).pos) && !isComma(toks[k - 1]) && toks[k - 1]?.lower !== 'that')) return false;
  const surname = (toks[b] as Token).text;
  return source.name.split(/\s+/).pop() === surname && source.name.includes((toks[k] as Token).text);
}

/** A future-tense clause whose subject is the speaker ("he would work", "we will not allow"). */
export function commitsSelf(s: Sentence, from: number, to: number, source: Entity, inQuote: boolean): boolean {
  const toks = s.tokens;
  const actsForBody = source.kind !== 'group' || [...source.heads].some((h) => ACTING_GROUP_HEADS.has(h));
  if (!inQuote && actsForBody && !observer(source) && announcesAction(s, from, to)) return true;
  if (!inQuote && !observer(source) && statesPolicy(s, from, to, source)) return true;
  for (let k = from; k < to - 1; k++) {
    const t = toks[k] as Token;
    if (s.quoted[k] !== inQuote && !inQuote) continue;
    const l = t.lower;
    let self = false;
    // "“A Conservative government will axe 162 quangos”", said by a Conservative spokesman.
    const own = source.kind === 'person' ? ownPartyBody(s, k, to, source) : -1;
    if (own > 0) { self = true; k = own; }
    else if (inQuote) {
      self = l === 'we' || l === 'i';
      // ("“Our teams ... will take action”": the speaker's own people.)
      // (Only "our" opening its clause: not "it will not break our people's will".)
      if (l === 'our' && opensClause(toks, k, from)) {
        let h = k + 1;
        while (h < to - 1 && /^(ADJ|NOUN|PROPN)$/.test((toks[h + 1] as Token).pos)) h++;
        if (OWN_PEOPLE.test(toks[h]?.lower ?? '') && !isGenitive(toks[h + 1])) { self = true; k = h; }
      }
    }
    else if (source.kind === 'person') {
      self = (l === 'he' && source.gender !== 'f') || (l === 'she' && source.gender !== 'm') ||
        // "Rival Sony has said it will launch": a name with no gender, no title and no role speaks for a body.
        (l === 'it' && !source.gender && !source.roleList.length && !source.aliases.some((a) => PERSONAL_TITLE.test(a)));
    }
    // (A group is "they": "charities who say it would give better safeguards" speak of the bill.)
    else self = (l === 'it' && source.kind !== 'group' && !source.plural) || l === 'they' || l === 'we';
    if (!self && !inQuote && /^(the|his|her|its|their)$/.test(l)) {
      let b = k + 1;
      while (b < to && /^[A-Z]/.test((toks[b] as Token).text) && b - k < 4) b++;
      if (BODY.test(toks[b]?.lower ?? '')) { self = true; k = b; }
      // ("said senior members of his staff would travel": the speaker's own people.)
      // ("its estimated 200,000 members would ...": past a count and its adjectives.)
      else if (l !== 'the') {
        let h = k + 1;
        const modifier = (m: number) => /^(ADJ|NUM)$/.test((toks[m] as Token).pos) ||
          ((toks[m] as Token).pos === 'VERB' && /ed$/.test((toks[m] as Token).lower) && toks[m + 1]?.pos === 'NUM');
        while (h < to && h - k <= 3 && modifier(h)) h++;
        if (STAFF.test(toks[h]?.lower ?? '')) { self = true; k = h; }
      }
    }
    // ("The White House said President Obama would sign ...", "The spokesperson said Foreign
    // Minister Qureshi will visit ...": a spokesperson announces the principal's own action.)
    if (!self && !inQuote && spokesperson(source) && principalAt(s, k, from)) {
      let b = k;
      while (b + 1 < to && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
      if (FUTURE.has(toks[b + 1]?.lower ?? '')) { self = true; k = b; }
    }
    // ("Health Minister Brian Gibbons will devote a day a week to it, he has told MPs.": the
    // speaker named as the subject of their own future.)
    if (!self && !inQuote && source.kind === 'person' && t.pos === 'PROPN' && namesSource(s, k, to, source)) {
      while (k + 1 < to && (toks[k + 1] as Token).pos === 'PROPN') k++;
      self = true;
    }
    // A person speaking for the body their own description names: "SEC chairman William
    // Donaldson ... said the SEC would", "Labour will ..., the party's election chief has said".
    if (!self && !inQuote && source.kind === 'person' && /^[A-Z]/.test(t.text) && (t.pos === 'PROPN' || /^[A-Z]{2,}$/.test(t.text)) && !s.quoted[k]) {
      let b = k;
      while (b + 1 < to && ((toks[b + 1] as Token).pos === 'PROPN' || /^[A-Z]{2,}$/.test((toks[b + 1] as Token).text)) && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
      const name = toks.slice(k, b + 1).map((x) => x.text).join(' ');
      const opens = opensClause(toks, k, from) || (toks[k - 1]?.lower === 'the' && k - 1 === from);
      // (Never a person: "he stressed Mr Brown would play the same role".)
      const info = analysePhrase(toks.slice(k, b + 1), name);
      const person = info.kind === 'person' && (!!info.gender || /^(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)$/.test(t.text));
      // ("Mr Milburn said Labour's slogan would be ...": the body's own campaign, plan or policy.)
      let owned = b;
      if (isGenitive(toks[b + 1])) {
        let c = b + 2;
        while (c < to && c - b < 5 && /^(NOUN|ADJ)$/.test((toks[c] as Token).pos) && /^[a-z]/.test((toks[c] as Token).text)) c++;
        if (c > b + 2 && FUTURE.has(toks[c]?.lower ?? '')) owned = c - 1;
      }
      if (opens && !person && FUTURE.has(toks[owned + 1]?.lower ?? '') && affiliatedWith(source, name.replace(/['’]s$/, ''))) {
        self = true;
        // (What the body's own campaign "would be" is its plan, not a forecast.)
        if (owned > b) return true;
        k = owned;
      }
    }
    // A person speaking for a body just named ("if the party was in government, it would").
    if (!self && !inQuote && source.kind === 'person' && (l === 'it' || l === 'we') &&
      toks.slice(from, k).some((x) => BODY.test(x.lower))) self = true;
    // ("“If you do, we will give you every support”": a conditional promise is still one; not
    // what the speaker says befalls others under a condition.)
    if (self && inQuote && !(l === 'we' || l === 'i') && toks.slice(Math.max(0, k - 12), k).some((x) => x.lower === 'if' || x.lower === 'unless')) continue;
    // "declined to say whether he had offered to quit": not a commitment.
    if (self && toks.slice(Math.max(from, k - 3), k).some((x) => x.lower === 'whether' || x.lower === 'if')) continue;
    if (!self) continue;
    // "said ... that Mr Blair had decided he would quit": "he" is the person named just before.
    if (!inQuote && source.kind === 'person' && (l === 'he' || l === 'she') && otherNamedSubject(s, from, k, source)) continue;
    const subordinate = SUBORDINATE.test(toks[k - 1]?.lower ?? '') || SUBORDINATE.test(toks[k - 2]?.lower ?? '');
    // "he and the other seven protesters would plead not guilty": the speaker among others.
    if (toks[k + 1]?.lower === 'and' && (l === 'he' || l === 'she' || l === 'we' || l === 'i')) {
      let f = k + 2;
      while (f < to && f - k < 8 && !FUTURE.has((toks[f] as Token).lower) && (toks[f] as Token).pos !== 'VERB' && !isComma(toks[f])) f++;
      if (FUTURE.has(toks[f]?.lower ?? '')) k = f - 1;
    }
    // ("his group, one of the two biggest oil unions, will attend": past an appositive.)
    if (isComma(toks[k + 1]) && !inQuote) {
      let c = k + 2;
      while (c < to && c - k < 14 && !isComma(toks[c]) && !/^(VERB|AUX)$/.test((toks[c] as Token).pos)) c++;
      if (isComma(toks[c]) && FUTURE.has(toks[c + 1]?.lower ?? '')) k = c;
    }
    let j = k + 1;
    while (j < to && ((toks[j] as Token).pos === 'ADV' || (toks[j] as Token).lower === 'also')) j++;
    while (j < to && /^(had|has|have|'d|’d|originally|already|previously|also)$/.test((toks[j] as Token).lower)) j++;
    const n = toks[j];
    if (!n) continue;
    // (“We have offered the Gurkhas”, but not “because we offer a lot of money”.)
    if ((!inQuote || !subordinate) && PLEDGE_VERBS.has(n.lemma) && n.pos === 'VERB') return true;
    // "we don't intend to ...", "he did not plan to ...": a negated intention still commits.
    if (n.lemma === 'do' && /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') && /^(intend|plan|aim)$/.test(toks[j + 2]?.lower ?? '') && toks[j + 3]?.lower === 'to') return true;
    // "I am not going to be diverted": the same resolve as "will not be diverted" below.
    if (n.lemma === 'be' && /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') && toks[j + 2]?.lower === 'going' && toks[j + 3]?.lower === 'to' &&
      toks[j + 4]?.lower === 'be' && RESOLVE_PARTICIPLES.test(toks[j + 5]?.lower ?? '')) return true;
    const modal = inQuote && own < 0 ? n.lower !== 'would' && n.lower !== "'d" && n.lower !== '’d' && FUTURE.has(n.lower) : FUTURE.has(n.lower);
    // ("I thought I was going to die": a past expectation, not a commitment.)
    if (modal || (n.lemma === 'be' && !/^(was|were)$/.test(n.lower) && toks[j + 1]?.lower === 'going' && toks[j + 2]?.lower === 'to')) {
      let v = j + 1;
      if (n.lemma === 'be') v = j + 3;
      // "we'll all have forgotten": past the quantifier to the verb.
      while (/^(all|both|each|just|still|probably|certainly|surely|soon)$/.test(toks[v]?.lower ?? '')) v++;
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
      const stative = !!verb && (STATE_VERBS.test(verb.lower) || (negated && REFUSED_TALK.test(verb.lower)));
      if (stative && !examines && !COMMIT_WORDS.test(toks[j + 2]?.lower ?? '')) continue;
      return true;
    }
    // "we are (absolutely) committed to ...".
    let c1 = j + 1;
    while (c1 < to && (toks[c1] as Token).pos === 'ADV' && c1 - j < 3) c1++;
    // ("I am not angry, I am determined": resolve without an action to commit to is none.)
    if (n.lemma === 'be' && COMMIT_WORDS.test(toks[c1]?.lower ?? '') && (toks[c1 + 1]?.lower === 'to' || toks[c1]?.lower === 'committed')) return true;
    // ("he intended to", not "the company now planned to": a past intention only from the speaker's own pronoun.)
    const pastPlan = /^(planned|intended)$/.test(n.lower) && !/^(he|she|it|they|we|i)$/.test(l);
    if (PLAN.test(n.lower) && !pastPlan && (toks[j + 1]?.lower === 'to' || (toks[j + 1]?.lower === 'planning' && toks[j + 2]?.lower === 'to'))) {
      if (n.lemma !== 'be' || toks[j + 1]?.lower === 'planning') return true;
    }
    // "said it had owned the land ... and would co-operate": the modal later in the same clause.
    if (!inQuote || l === 'we' || l === 'our') {
      for (let m = j; m < Math.min(to, j + 14); m++) {
        const x = toks[m] as Token;
        if (isComma(x) || x.lower === 'but' || x.lower === 'although' || x.lower === 'while' || x.lower === 'because') break;
        if (x.lower === 'and' && FUTURE.has(toks[m + 1]?.lower ?? '')) {
          const not = toks[m + 2]?.lower === 'not';
          const verb = not ? toks[m + 3] : toks[m + 2];
          if (verb && !STATE_VERBS.test(verb.lower) && !(not && REFUSED_TALK.test(verb.lower))) return true;
        }
      }
    }
    if (!inQuote && !subordinate) break;
    if ((n.lower === 'stand' || n.lower === 'stands') && toks[j + 1]?.lower === 'ready') return true;
  }
  return false;
}

/**
 * "Labour is committed to giving parents more choice", "the Liberal Democrats are promising to cut
 * class sizes": a speaker's own commitment stated without a speech verb.
 */
export function selfCommitment(s: Sentence): { subject: Mention; words: string } | null {
  const toks = s.tokens;
  for (let k = 1; k < toks.length - 2; k++) {
    if (s.quoted[k] || !/^(is|are|remains|remain)$/.test((toks[k] as Token).lower)) continue;
    let c = k + 1;
    while (/^(firmly|fully|still|now|also)$/.test(toks[c]?.lower ?? '')) c++;
    if (!/^(committed|promising|pledging|vowing)$/.test(toks[c]?.lower ?? '') || toks[c + 1]?.lower !== 'to') continue;
    const subject = subjectBefore(s, k);
    if (!subject || subject.pronoun || !canSpeak(subject)) return null;
    if (toks.slice(0, subject.start).some((t) => /^(if|whether|unless|that)$/.test(t.lower) && !isComma(toks[subject.start - 1]))) return null;
    return { subject, words: `${(toks[c] as Token).text} to` };
  }
  return null;
}
