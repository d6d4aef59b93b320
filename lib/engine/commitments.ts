/**
 * Whether a clause commits its speaker to their own future action (a pledge): "he would work",
 * "we will not allow", "the party will ...", and decisions announced in the passive future. Who
 * counts as the speaker's own side is `own-subjects.ts`.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, isQuote, type Mention } from './mentions';
import { subjectBefore } from './subjects';
import { canSpeak } from './speakers';
import { COURTESY_TITLE, FUTURE_MARKERS, PLEDGE_VERBS } from './lexicon';
import { ACTING_GROUP_HEADS } from './bodies';
import type { Entity } from './entities';
import { statesPolicy } from './policy-statements';
import { announcesAction } from './announced-actions';
import { ownSubjectAt } from './own-subjects';
import { futureTimeAt } from './time-phrases';
import { observer } from './own-side';

/** Verbs that hedge the clause after them ("I think we will ...", "we hope we'll ..."); not "believe me". */
const HEDGES = /^(think|hope|expect|reckon|guess|suspect|doubt|fear|imagine)$/;
const PLAN = /^(plans?|planning|planned|intends?|intending|intended|aims?|aimed|is|are|was|were)$/;
const COMMIT_WORDS = /^(committed|determined|ready|prepared|pledge|promise|vow|willing)$/;
const SUBORDINATE = /^(after|when|once|before|if|until|unless|while|as|since|because)$/;
/** "will not be deterred / distracted / bullied": a speaker's resolve, said of itself. */
const RESOLVE_PARTICIPLES = /^(deterred|distracted|diverted|intimidated|bullied|cowed|silenced|swayed|rushed|pressured|pressurised|pressurized|blackmailed|derailed|dictated|deflected|moved|budged)$/;
/** After "will/would", verbs of state or experience make a forecast, not a commitment. */
const STATE_VERBS = /^(be|have|like|love|say|seem|need|get|find|face|struggle|suffer|lose|want|fail|feel|look|become|remain|happen|cost|mean|see|die|forget|know|miss|expect|hope|prefer|imagine)$/;
/** "would not speculate / comment / discuss": refusing to talk commits to nothing ("we will discuss the situation" does). */
const REFUSED_TALK = /^(speculate|comment|discuss|elaborate|specify|disclose|divulge|pretend)$/;

/** Words before an indirect question ("no idea what", "don't know how", "not sure where"). */
const KNOWING = /^(idea|know|knows|knew|sure|unsure|certain|uncertain|wonder|wondering|unclear|decided|asked|understand)$/;

/** A progressive of action at `k` with a time ahead later in its clause ("meeting them on Thursday"). */
function arrangedAhead(toks: Token[], k: number, to: number): boolean {
  const verb = toks[k];
  if (!verb || verb.pos !== 'VERB' || !verb.lower.endsWith('ing') || verb.lower === 'going' || STATE_VERBS.test(verb.lemma)) return false;
  for (let m = k + 1; m < Math.min(to, k + 14); m++) {
    if (/^[.;:!?]$/.test(toks[m]?.text ?? '')) return false;
    if (futureTimeAt(toks, m)) return true;
  }
  return false;
}

/** A name other than the source's, acting as a subject (followed by a verb) between `from` and `to`. */
function otherNamedSubject(s: Sentence, from: number, to: number, source: Entity): boolean {
  const own = new Set(source.aliases.flatMap((a) => a.split(/\s+/)));
  for (let k = from; k < to; k++) {
    const t = s.tokens[k] as Token;
    if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || own.has(t.text) || COURTESY_TITLE.test(t.text)) continue;
    const next = s.tokens[k + 1];
    if (next && (next.pos === 'AUX' || next.pos === 'VERB') && next.pos !== undefined && !/ing$/.test(next.lower)) return true;
  }
  return false;
}

const GOALS = /^(priority|priorities|aim|goal|intention|plan|mission|focus|ambition|target)$/;

/**
 * "told Rajya Sabha that her priority would be to deliver on the budgetary promises", "“Our aim is
 * to cut waiting lists”": the speaker's own goal, stated as what they are to do.
 */
function ownGoalAt(s: Sentence, from: number, to: number, source: Entity, inQuote: boolean): boolean {
  const toks = s.tokens;
  const own = inQuote ? /^(our|my)$/ : source.kind === 'person' ? (source.gender === 'f' ? /^her$/ : source.gender === 'm' ? /^his$/ : /^(his|her)$/) : /^(its|their)$/;
  for (let k = from; k < to - 4; k++) {
    if (s.quoted[k] !== inQuote || !own.test((toks[k] as Token).lower)) continue;
    let g = k + 1;
    while (toks[g]?.pos === 'ADJ' && g - k < 3) g++;
    if (!GOALS.test(toks[g]?.lower ?? '')) continue;
    let b = g + 1;
    if (/^(will|would)$/.test(toks[b]?.lower ?? '') && toks[b + 1]?.lower === 'be') b += 2;
    // (Not "said her intention was to honor the flag": a past aim explains what was done.)
    else if (/^(is|remains)$/.test(toks[b]?.lower ?? '')) b += 1;
    else continue;
    if (toks[b]?.lower === 'to' && toks[b + 1]?.pos === 'VERB' && !STATE_VERBS.test(toks[b + 1]?.lemma ?? '')) return true;
  }
  return false;
}

/** A future-tense clause whose subject is the speaker ("he would work", "we will not allow"). */
export function commitsSelf(s: Sentence, from: number, to: number, source: Entity, inQuote: boolean): boolean {
  const toks = s.tokens;
  const actsForBody = source.kind !== 'group' || [...source.heads].some((h) => ACTING_GROUP_HEADS.has(h));
  const decides = !inQuote && !observer(source);
  if (decides && actsForBody && announcesAction(s, from, to)) return true;
  if (decides && statesPolicy(s, from, to, source)) return true;
  if (ownGoalAt(s, from, to, source, inQuote)) return true;
  for (let k = from; k < to - 1; k++) {
    if (s.quoted[k] !== inQuote && !inQuote) continue;
    const l = (toks[k] as Token).lower;
    const subject = ownSubjectAt(s, k, from, to, source, inQuote);
    if (!subject) continue;
    // ("“I think we will start to see more hiring”", "so we hope we'll benefit": a clause the
    // speaker only believes or hopes is no commitment.)
    const held = toks.slice(Math.max(from, k - 2), k).some((x) => x.pos === 'VERB' && HEDGES.test(x.lemma));
    if (held) { k = subject.end; continue; }
    // ("I have no idea what I will wear", "we don't know how we will pay": an indirect question.)
    if (/^(what|how|where|which|when)$/.test(toks[k - 1]?.lower ?? '') && KNOWING.test(toks[k - 2]?.lower ?? '')) { k = subject.end; continue; }
    if (subject.plan) return true;
    k = subject.end;
    // ("“If you do, we will give you every support”": a conditional promise is still one; not
    // what the speaker says befalls others under a condition.)
    if (inQuote && !(l === 'we' || l === 'i') && toks.slice(Math.max(0, k - 12), k).some((x) => x.lower === 'if' || x.lower === 'unless')) continue;
    // "declined to say whether he had offered to quit": not a commitment.
    if (toks.slice(Math.max(from, k - 3), k).some((x) => x.lower === 'whether' || x.lower === 'if')) continue;
    // "said ... that Mr Blair had decided he would quit": "he" is the person named just before.
    if (!inQuote && source.kind === 'person' && (l === 'he' || l === 'she') && otherNamedSubject(s, from, k, source)) continue;
    const subordinate = SUBORDINATE.test(toks[k - 1]?.lower ?? '') || SUBORDINATE.test(toks[k - 2]?.lower ?? '');
    // "he and the other seven protesters would plead not guilty": the speaker among others.
    if (toks[k + 1]?.lower === 'and' && (l === 'he' || l === 'she' || l === 'we' || l === 'i')) {
      let f = k + 2;
      while (f < to && f - k < 8 && !FUTURE_MARKERS.has((toks[f] as Token).lower) && (toks[f] as Token).pos !== 'VERB' && !isComma(toks[f])) f++;
      if (FUTURE_MARKERS.has(toks[f]?.lower ?? '')) k = f - 1;
    }
    // ("his group, one of the two biggest oil unions, will attend": past an appositive.)
    if (isComma(toks[k + 1]) && !inQuote) {
      let c = k + 2;
      while (c < to && c - k < 14 && !isComma(toks[c]) && !/^(VERB|AUX)$/.test((toks[c] as Token).pos)) c++;
      if (isComma(toks[c]) && FUTURE_MARKERS.has(toks[c + 1]?.lower ?? '')) k = c;
    }
    const verdict = commitmentAfter(s, k, to, l, inQuote, subject.party, subordinate);
    if (verdict === 'commits') return true;
    if (verdict === 'stop') {
      // ("said it was confident … and that it would keep the brand": a second reported clause of the
      // same verb may commit.)
      let next = k + 1;
      while (next < to && !((toks[next] as Token).lower === 'that' && /^(and|but)$/.test(toks[next - 1]?.lower ?? ''))) next++;
      if (next >= to) break;
      k = next;
    }
  }
  return false;
}

/** Pledge verbs that commit whatever introduces them. */
const SWORN = /^(assure|promise|pledge|vow|guarantee|swear)$/;

/** The verb after "want to", "wish to", "would like to" or "can" at `j`, else -1. */
function introducedVerb(toks: Token[], j: number): number {
  const n = toks[j]?.lower ?? '';
  if (/^(want|wish)$/.test(n) && toks[j + 1]?.lower === 'to') return j + 2;
  if (n === 'can') return j + 1;
  return /^(would|'d|’d)$/.test(n) && toks[j + 1]?.lower === 'like' && toks[j + 2]?.lower === 'to' ? j + 3 : -1;
}

/**
 * Whether what follows the speaker's own subject ending at `k` (`l` its first word) commits them
 * ("will work", "pledged", "is committed to", "plans to"); if not, 'next' looks for a later
 * subject of theirs, and 'stop' ends the search (the main clause's subject has decided).
 */
function commitmentAfter(s: Sentence, k: number, to: number, l: string, inQuote: boolean, party: boolean, subordinate: boolean): 'commits' | 'next' | 'stop' {
  const toks = s.tokens;
  let j = k + 1;
  // (“said the Government “will go back to Acas”": past a quotation opening on the verb.)
  if (!inQuote && isQuote(toks[j]) && s.quoted[j + 1]) j++;
  while (j < to && ((toks[j] as Token).pos === 'ADV' || (toks[j] as Token).lower === 'also')) j++;
  while (j < to && /^(had|has|have|'d|’d|originally|already|previously|also)$/.test((toks[j] as Token).lower)) j++;
  const n = toks[j];
  if (!n) return 'next';
  // (“We have offered the Gurkhas”, but not “because we offer a lot of money”.)
  if ((!inQuote || !subordinate) && PLEDGE_VERBS.has(n.lemma) && n.pos === 'VERB') return 'commits';
  // (“I want to assure the country that the sacrifice would not go in vain”, “I would like to
  // pledge …”, “I can promise you prices will not rise”: the pledge past the wish or the "can"
  // that introduces it, of a future; not “I want to offer my condolences”, nor “I can assure you
  // there aren't …”.)
  // (“I give residents my word that …”, “we give you our guarantee”: a promise given.)
  if (inQuote && !subordinate && (l === 'i' || l === 'we') && n.lemma === 'give' && toks.slice(j + 1, j + 5).some((x) => /^(word|assurances?|guarantees?|undertakings?|commitments?|pledges?|promises?)$/.test(x.lower))) return 'commits';
  const sworn = introducedVerb(toks, j);
  if (inQuote && !subordinate && SWORN.test(toks[sworn]?.lemma ?? '') && toks.slice(sworn + 1, to).some((x) => FUTURE_MARKERS.has(x.lower))) return 'commits';
  // "we don't intend to ...", "he did not plan to ...": a negated intention still commits.
  if (n.lemma === 'do' && /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') && /^(intend|plan|aim)$/.test(toks[j + 2]?.lower ?? '') && toks[j + 3]?.lower === 'to') return 'commits';
  // "I am not going to be diverted": the same resolve as "will not be diverted" below.
  if (n.lemma === 'be' && /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') && toks[j + 2]?.lower === 'going' && toks[j + 3]?.lower === 'to' &&
    toks[j + 4]?.lower === 'be' && RESOLVE_PARTICIPLES.test(toks[j + 5]?.lower ?? '')) return 'commits';
  // (In a quotation "would" is mostly a hypothetical, but "I would never / not ..." refuses.)
  const refuses = (l === 'i' || l === 'we') && /^(not|never|ever)$/.test(toks[j + 1]?.lower ?? '');
  const modal = inQuote && !party && !refuses ? n.lower !== 'would' && n.lower !== "'d" && n.lower !== '’d' && FUTURE_MARKERS.has(n.lower) : FUTURE_MARKERS.has(n.lower);
  // ("I am not going to surrender"; not "I thought I was going to die", a past expectation.)
  const notGoing = /^(not|n't|n’t)$/.test(toks[j + 1]?.lower ?? '') ? 1 : 0;
  const goingTo = n.lemma === 'be' && !/^(was|were)$/.test(n.lower) && toks[j + 1 + notGoing]?.lower === 'going' && toks[j + 2 + notGoing]?.lower === 'to';
  if (modal || goingTo) {
    let v = j + 1;
    if (n.lemma === 'be') v = j + 3 + notGoing;
    // "we'll all have forgotten": past the quantifier to the verb.
    // (“would “continue to ...”": past a quotation mark opening on the verb.)
    while (/^(all|both|each|just|still|probably|certainly|surely|soon|ever)$/.test(toks[v]?.lower ?? '') || isQuote(toks[v])) v++;
    let verb = /^(not|n't|n’t|never)$/.test(toks[v]?.lower ?? '') ? toks[v + 1] : toks[v];
    if (isQuote(verb)) verb = toks[v + 2];
    // "he would not be launching an inquiry": the progressive's verb decides.
    const after = verb ? toks[toks.indexOf(verb) + 1] : undefined;
    if (verb?.lower === 'be' && after && after.pos === 'VERB' && /ing$/.test(after.lower) && !/^(going)$/.test(after.lower)) verb = after;
    // (“we will have added 10,000 constables”: the future perfect's participle decides.)
    // (Not “we'll all have forgotten”, a state's.)
    if (verb?.lower === 'have' && after && after.pos === 'VERB' && /(ed|en|t)$/.test(after.lower) && !STATE_VERBS.test(after.lemma)) verb = after;
    // "would be", "will have to" are states and obligations, not commitments.
    // ("will look at / into ..." is an action: "we will look in great detail at ...".)
    const verbIdx = verb ? toks.indexOf(verb) : -1;
    // "he would not be diverted / deterred / intimidated": refusing to yield is a commitment.
    const negated = /^(not|n't|n’t|never)$/.test(toks[v]?.lower ?? '') || n.lower === 'wo' || notGoing === 1;
    const part = isQuote(toks[verbIdx + 1]) ? toks[verbIdx + 2] : toks[verbIdx + 1];
    if (negated && verb?.lower === 'be' && RESOLVE_PARTICIPLES.test(part?.lower ?? '')) return 'commits';
    const examines = (verb?.lower === 'look' && /^(at|into|in|again|closely|carefully)$/.test(toks[verbIdx + 1]?.lower ?? '')) ||
      // ("this committee will find out who": an inquiry, not a discovery.)
      (verb?.lower === 'find' && toks[verbIdx + 1]?.lower === 'out') ||
      // ("it would have teams on standby": an arrangement made.)
      (verb?.lower === 'have' && / (on standby|in place|on hand|on duty|on site|on call)\b/.test(` ${toks.slice(verbIdx + 1, verbIdx + 8).map((x) => x.lower).join(' ')}`));
    const stative = !!verb && (STATE_VERBS.test(verb.lower) || (negated && REFUSED_TALK.test(verb.lower)));
    if (stative && !examines && !COMMIT_WORDS.test(toks[j + 2]?.lower ?? '')) return 'next';
    return 'commits';
  }
  // "“I am meeting the health ministers on Thursday”", "it is launching the phone next month":
  // an arrangement of one's own, a progressive with a time ahead.
  if (/^(am|are|is|'m|’m|'re|’re)$/.test(n.lower) && arrangedAhead(toks, j + 1, to)) return 'commits';
  // "we are (absolutely) committed to ...", "we remain “fiercely committed to ...”".
  let c1 = j + 1;
  while (c1 < to && ((toks[c1] as Token).pos === 'ADV' || isQuote(toks[c1])) && c1 - j < 4) c1++;
  // ("I am not angry, I am determined": resolve without an action to commit to is none.)
  // (“it is “determined” to …”: past a quotation mark closing on the word.)
  const toAfter = isQuote(toks[c1 + 1]) ? toks[c1 + 2] : toks[c1 + 1];
  if ((n.lemma === 'be' || n.lemma === 'remain') && COMMIT_WORDS.test(toks[c1]?.lower ?? '') && (toAfter?.lower === 'to' || toks[c1]?.lower === 'committed')) return 'commits';
  // "he had no intention of resigning": a refusal to act is still a commitment.
  const no = n.lower === 'no' && /^(have|has|had)$/.test(toks[j - 1]?.lower ?? '') ? j : n.lemma === 'have' && toks[j + 1]?.lower === 'no' ? j + 1 : -1;
  if (no > 0 && /^(intention|plans?)$/.test(toks[no + 1]?.lower ?? '') && /^(of|to)$/.test(toks[no + 2]?.lower ?? '')) return 'commits';
  // ("he intended to", "said it aimed to", not "the company now planned to": a past intention
  // only from the speaker's own pronoun.)
  const pastPlan = /^(planned|intended|aimed)$/.test(n.lower) && !/^(he|she|it|they|we|i)$/.test(l);
  if (PLAN.test(n.lower) && !pastPlan && (toks[j + 1]?.lower === 'to' || (toks[j + 1]?.lower === 'planning' && toks[j + 2]?.lower === 'to'))) {
    if (n.lemma !== 'be' || toks[j + 1]?.lower === 'planning') return 'commits';
    // ("announced it is to spend £200m": the scheduled "is to", not "is to blame" or "is to be ...".)
    if (/^(is|are)$/.test(n.lower) && toks[j + 2]?.pos === 'VERB' && !/^(blame|be|have|see|say)$/.test(toks[j + 2]?.lower ?? '')) return 'commits';
  }
  // ("say they expect to seal a final agreement": an act the speaker expects of itself; not "I
  // expect to be re-elected", a state, nor "the firm expected to ...", a past estimate.)
  const action = toks[j + 2];
  if (/^expects?$/.test(n.lower) && toks[j + 1]?.lower === 'to' && action?.pos === 'VERB' && !STATE_VERBS.test(action.lemma)) return 'commits';
  // "said it had owned the land ... and would co-operate": the modal later in the same clause.
  if (!inQuote || l === 'we' || l === 'our') {
    for (let m = j; m < Math.min(to, j + 14); m++) {
      const x = toks[m] as Token;
      // ("said he was not convinced the troops were needed but would do whatever was necessary":
      // a coordinated "but would" shares the speaker's subject.)
      if (isComma(x) || (x.lower === 'but' && !FUTURE_MARKERS.has(toks[m + 1]?.lower ?? '')) || x.lower === 'although' || x.lower === 'while' || x.lower === 'because') break;
      if ((x.lower === 'and' || x.lower === 'but') && FUTURE_MARKERS.has(toks[m + 1]?.lower ?? '')) {
        const not = toks[m + 2]?.lower === 'not';
        const verb = not ? toks[m + 3] : toks[m + 2];
        if (verb && !STATE_VERBS.test(verb.lower) && !(not && REFUSED_TALK.test(verb.lower))) return 'commits';
      }
    }
  }
  if (!inQuote && !subordinate) return 'stop';
  if ((n.lower === 'stand' || n.lower === 'stands') && toks[j + 1]?.lower === 'ready') return 'commits';
  return 'next';
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
