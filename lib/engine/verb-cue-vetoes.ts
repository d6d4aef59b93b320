/**
 * Words that look like a speech verb's cue but, by the verb's own object or the words around it,
 * attribute nothing: "posted profits", "asked to speak to", "backed down", "welcomed the
 * president", "was responding to an urgent question", "voiced" something that is no stance.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, isGenitive, isQuote } from './mentions';
import { PLEDGE_VERBS, SPEECH_VERBS } from './lexicon';
import { BE, announcesIntent, hasComplement, prevIndex, progressiveAt } from './cue-shape';
import { announcesMeasure } from './announced-actions';
import { onlyTimeFrom } from './time-phrases';
import { appealForSomething, offersBenefit, stancePhrase, welcomesPeople } from './verb-cue-context';
import {
  ANNOUNCED_NEWS, EXPRESS_OBJECTS, REQUESTED_ACTS, REQUESTS, STANCE_OBJECTS, attendedAfter, compoundHead, criticisedTarget,
  figuresObject, objectHead, objectThenInfinitive, pointsToEvidence, raisedBy, thatAfterAddressee,
} from './verb-objects';

/**
 * "six gunmen said to be extremists attacked a bus", "arrested five men said to have links": a
 * noun with "said to be / have" as a reduced passive, hearsay, when the noun is an object or a
 * verb of its own follows ("The doctor said to be careful" is speech).
 */
function saidToBeAfterNoun(toks: Token[], i: number): boolean {
  if (toks[i - 1]?.pos !== 'NOUN' || toks[i + 1]?.lower !== 'to' || !/^(be|have|include|number|belong|come)$/.test(toks[i + 2]?.lower ?? '')) return false;
  let a = i - 1;
  while (a > 0 && /^(NOUN|ADJ|NUM|DET)$/.test((toks[a - 1] as Token).pos)) a--;
  const object = /^(VERB|ADP)$/.test(toks[a - 1]?.pos ?? '');
  const ownVerb = toks.slice(i + 3).some((x, k) => x.pos === 'VERB' && !/ing$/.test(x.lower) && toks[i + 2 + k]?.lower !== 'to');
  return object || ownVerb;
}

/** Whether the verb at `i` (with its lemma) is kept from being a cue by its object or the words around it. */
export function lexicallyVetoed(s: Sentence, i: number, lemma: string): boolean {
  const toks = s.tokens;
  const t = toks[i] as Token;
  const prevTok = toks[i - 1];
  const nextTok = toks[i + 1];
  const progressive = progressiveAt(s, i);
  // "posted larger than expected profits": figures, not words. ("Cisco reported fourth quarter
  // earnings of $2.3 billion" is the company's own account of them: a claim.)
  if (lemma === 'post' && figuresObject(toks, i)) return true;
  if (lemma === 'think' && /^tanks?$/.test(toks[i + 1]?.lower ?? '')) return true;
  // ("The City Council on Monday rejected the mayor's proposal, voting 6-3 …": a decision on a
  // motion, not words; "rejected the plan as unworkable" still speaks.)
  if (/^(reject|approve|accept|adopt)$/.test(lemma) && /^(proposals?|bids?|offers?|applications?|appeals?|motions?|requests?|amendments?|nominations?|budgets?|bills?|ordinances?|resolutions?)$/.test(possessedHead(toks, i)) &&
    !toks.slice(i + 1, i + 10).some((x) => x.lower === 'as' || x.lower === 'saying' || isQuote(x))) return true;
  // ("The Department of Finance projects that unemployment will rise": a forecast only with its
  // clause; not "projected an image", "projects growth of 2%".)
  if (lemma === 'project' && nextTok?.lower !== 'that') return true;
  // ("Rivers will respond very quickly": a reaction foreseen, not a reply.)
  if (/^(respond|react|answer|reply)$/.test(lemma) && /^(will|would|could|may|might|can|should|'ll|’ll)$/.test(prevTok?.lower ?? '')) return true;
  // ("when demand for electricity peaks": the noun; "is recalling several lots", "recalled 20,000
  // vehicles": a product recall, not a memory told.)
  if (t.lower === 'demand' && nextTok?.lower === 'for' && prevTok?.pos !== 'PRON') return true;
  if (lemma === 'recall' && /^(DET|NUM|ADJ|NOUN|PRON)$/.test(nextTok?.pos ?? '') && !toks.slice(i + 1, i + 8).some((x) => /^(that|how|what|when|where|why|as|being|:)$/.test(x.lower))) return true;
  // ("directed the film", "directed funds to the districts": a directive only with "that" or an
  // order to someone: "directed the district administrations to ensure …".)
  // ("Mkhabela attributed the decrease to …"; not the noun in "some data attribute".)
  if (lemma === 'attribute' && !(/^attribut(ed|es|ing)$/.test(t.lower) && toks.slice(i + 2, i + 10).some((x) => x.lower === 'to'))) return true;
  if (lemma === 'direct' && nextTok?.lower !== 'that' && !orderTo(toks, i)) return true;
  // ("The project, estimated to cost Rs 38,400 crore, has been delayed": a reduced passive
  // describing the subject, with no one who estimates.)
  if (isComma(prevTok) && /^(estimated|expected|believed|thought|said|reported|projected|forecast|rumou?red|alleged|understood|feared|tipped|claimed)$/.test(t.lower) && nextTok?.lower === 'to' && /^(VERB|AUX)$/.test(toks[i + 2]?.pos ?? '')) return true;
  // ("Rovers have conceded 21 goals", "conceded a penalty": a score, not an admission.)
  if (lemma === 'concede' && (nextTok?.pos === 'NUM' || /^(goals?|penalt(y|ies)|points?|runs|wickets|tries|corners?|free-kicks?|sets?|games?|leads?|ground|possession)$/.test(compoundHead(toks, i)))) return true;
  // ("Mr Pellow was suspended in March and dismissed five months later": the passive's second
  // participle, with nothing said.)
  if (prevTok?.lower === 'and' && /ed$/.test(t.lower) && !/^(DET|PRON|PROPN|NOUN|ADJ|SCONJ)$/.test(nextTok?.pos ?? '') && !isQuote(nextTok) &&
    toks.slice(Math.max(0, i - 10), i - 1).some((x, n, all) => BE.has(x.lower) && /ed$/.test(all[n + 1]?.lower ?? ''))) return true;
  // ("Mr Chen said nothing about the plans", "has said little": no words given.)
  // (Not "said nothing would change": a clause.)
  if (lemma === 'say' && /^(nothing|little)$/.test(nextTok?.lower ?? '') && /^(ADP|PUNCT|ADV|SCONJ)$/.test(toks[i + 2]?.pos ?? 'PUNCT') &&
    !/^(but|except|other|else)$/.test(toks[i + 2]?.lower ?? '')) return true;
  // ("The judge cited the law as grounds for the decision": a reason given for an act, not words.)
  if (lemma === 'cite' && toks.slice(i + 1, i + 8).some((x, n) => x.lower === 'as' && toks[i + 2 + n]?.lower !== 'saying')) return true;
  // ("..., the AG submitted.", "Counsel submitted that ...": an argument in court; not "submitted a proposal".)
  if (lemma === 'submit' && !!nextTok && nextTok.pos !== 'PUNCT' && nextTok.lower !== 'that') return true;
  // ("requested a meeting with unions", "requested travel bans": asking for an event or a measure is an act.)
  // ("Proof of the properties requested.": a request needs what is asked for.)
  if (lemma === 'request' && (REQUESTED_ACTS.test(compoundHead(toks, i)) || !nextTok || nextTok.pos === 'PUNCT')) return true;
  // "The union charged that ...": an accusation only with its clause ("was charged with murder" is not).
  if (lemma === 'charge' && nextTok?.lower !== 'that') return true;
  // "attacked the Tory plans", "attacked Mr Blair over Iraq": words; not "attacked bars", "was attacked".
  if (lemma === 'attack' && (t.pos !== 'VERB' || BE.has(prevTok?.lower ?? '') || !criticisedTarget(toks, i))) return true;
  // "thanked his lawyers", not "thanks to the new law".
  if (lemma === 'thank' && (t.pos !== 'VERB' || nextTok?.lower === 'to' || /^(goodness|god|heavens)$/.test(nextTok?.lower ?? ''))) return true;
  // "asked to speak to Ms Greening": a request to act oneself, not words on the record.
  if (lemma === 'ask' && toks[i + 1]?.lower === 'to' && /^(VERB|AUX)$/.test(toks[i + 2]?.pos ?? '')) return true;
  // "challenged Parliament to pass the bills": a dare, like "urged"; not "challenged the ruling".
  // ("invited Trinidad to take part in an expo", "encouraged firms to invest"; not "invited guests",
  // nor "invited me to join Facebook", the writer's own invitations.)
  if ((lemma === 'challenge' || lemma === 'enjoin' || lemma === 'invite' || lemma === 'encourage') && !objectThenInfinitive(toks, i)) return true;
  if (lemma === 'invite' && /^(me|us|you)$/.test(nextTok?.lower ?? '')) return true;
  // "The analyst depicted the Note 8 as Samsung's best chance": a description given, with its "as".
  if (/^(depict|characterise|characterize)$/.test(lemma) && !toks.slice(i + 1, i + 10).some((x) => x.lower === 'as')) return true;
  // "informed its workforce on 15 July that ...": telling, only with the news told ("informed police" is not).
  if (lemma === 'inform' && !toks.slice(i + 1, i + 10).some((x) => x.lower === 'that')) return true;
  // ("is alerting some customers that hackers may have ...", "notified staff that": the same, with
  // "that" right after the one told; not "disabled email alerts, as there were so many that ...".)
  if ((lemma === 'alert' || lemma === 'notify') && !thatAfterAddressee(toks, i)) return true;
  // "The judge determined that ...": a finding, only with its clause ("determined to win" is resolve).
  if (lemma === 'determine' && nextTok?.lower !== 'that') return true;
  // "giveaways and promises of drugs": a noun.
  if (PLEDGE_VERBS.has(lemma) && /s$/.test(t.lower) && toks[i + 1]?.lower === 'of') return true;
  // "offered to ...", "has offered an 8% increase in wages" (a concrete benefit); not "offered a glimpse".
  if (lemma === 'offer' && toks[i + 1]?.lower !== 'to' && !offersBenefit(toks, i)) return true;
  // "Moazzam Begg ... were held for three years, accused of al-Qaeda links": a participle.
  // ("Habib, previously accused of terrorist offences, will be released": past an adverb.)
  // ("with rail bosses accused of hiding the truth": no object between, so no one accuses here.)
  const beforeParticiple = toks[i - 1]?.pos === 'ADV' ? toks[i - 2] : toks[i - 1];
  if (/^(accused|charged|suspected)$/.test(t.lower) && /^(of|with)$/.test(toks[i + 1]?.lower ?? '') &&
    (isComma(beforeParticiple) || (!!beforeParticiple && !BE.has(beforeParticiple.lower) && !/^(been|being|get|got|gets)$/.test(beforeParticiple.lower)))) return true;
  // "the US had agreed to release the four": a decision taken, not words.
  if (lemma === 'agree' && toks[i + 1]?.lower === 'to' && toks[i + 2]?.pos === 'VERB') return true;
  // ("countered the arguments that ...", "countered criticism": answering others' words.)
  if (lemma === 'counter' && !/^(that|:|"|“)$/.test(toks[i + 1]?.lower ?? '') &&
    !/^(arguments?|claims?|suggestions?|criticisms?|allegations?|accusations?|charges?|assertions?|views?|notion)$/.test(objectHead(toks, i))) return true;
  // "asked Mojang for comment", "asking officials to comment": the journalist's request, no statement.
  if (lemma === 'ask' && toks.slice(i + 1, i + 7).some((x, k, a) => (x.lower === 'for' && /^(comment|a|an)$/.test(a[k + 1]?.lower ?? '') && /^(comment|response|statement)$/.test(a[k + 1]?.lower === 'comment' ? 'comment' : a[k + 2]?.lower ?? '')) || (x.lower === 'to' && /^(comment|respond)$/.test(a[k + 1]?.lower ?? '')))) return true;
  // "who advises the minister on security": a job, not advice given.
  if (lemma === 'advise' && !hasComplement(s, i)) {
    const on = toks.slice(i + 1, i + 8).findIndex((x) => x.lower === 'on' || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT');
    if (on >= 0 && toks[i + 1 + on]?.lower === 'on') return true;
  }
  // ("Crews responded to the blaze", "police responded to a call": an emergency attended, not an answer.)
  if (lemma === 'respond' && nextTok?.lower === 'to' && attendedAfter(toks, i + 2)) return true;
  // ("The commission denied the application", "was denied bail": a request refused, not a denial.)
  if (lemma === 'deny' && REQUESTS.test(objectHead(toks, i))) return true;
  // "The courts have held that ...": a ruling; "held talks", "held in custody" are not.
  if (lemma === 'hold' && toks[i + 1]?.lower !== 'that') return true;
  // "Alice commits a changeset" is not a pledge; "committed to", "swore to", "undertook to" are.
  if ((lemma === 'commit' || lemma === 'swear' || lemma === 'undertake') &&
    !/^(to|that|itself|himself|herself|themselves|ourselves)$/.test(toks[i + 1]?.lower ?? '')) return true;
  // "As the name might suggest": hypothetical speech.
  if (/^(might|may|could)$/.test(toks[prevIndex(s, i)]?.text ?? '')) return true;
  // "Uber might have suggested that ...", "he should have told them": speech that did not happen.
  const perfect = prevIndex(s, i);
  if (toks[perfect]?.lower === 'have' && /^(might|may|could|would|should|must)$/.test(toks[prevIndex(s, perfect)]?.lower ?? '')) return true;
  if (lemma === 'tell' && toks[i + 1]?.lower === 'you') return true;
  // "has spoken of his love", "talked about how ...": speech about something.
  // ("spoke out against the closure", "spoke out in favour of": a stance taken in public.)
  const spokeOut = lemma === 'speak' && toks[i + 1]?.lower === 'out' && /^(against|for|in|on|about)$/.test(toks[i + 2]?.lower ?? '');
  if ((lemma === 'speak' || lemma === 'talk') && !/^(of|about)$/.test(toks[i + 1]?.lower ?? '') && !spokeOut) return true;
  if (toks[i + 2]?.lower === 'by' && (lemma === 'call' || lemma === 'point')) return true;
  // "appealed for calm", "appealed to voters to ...", not "appealed to the same instincts" or
  // "appealed against the ruling".
  if (lemma === 'appeal' && !appealForSomething(toks, i)) return true;
  // "pointed out that ...", "pointed to the fact that ...", "pointed to the thousands who marched".
  if (lemma === 'point' && toks[i + 1]?.lower !== 'out' && !(toks[i + 1]?.lower === 'to' && pointsToEvidence(toks, i + 2))) return true;
  // ("Mr Clarke's proposed amendment": a participle after a possessive describes the noun.)
  if (isGenitive(prevTok) && /ed$/.test(t.lower)) return true;
  // "unveiled plans to build ...", "outlined proposals to ...": only plans make these a cue.
  if ((lemma === 'unveil' || lemma === 'outline') && !announcesIntent(toks, i) && !announcesMeasure(toks, i) && !BE.has(prevTok?.lower ?? '') &&
    !(/^(plans?|proposals?)$/.test(prevTok?.lower ?? '') && nextTok?.lower === 'by')) return true;
  // ("Iran responded with missile attacks": an act, unless with words.)
  if (lemma === 'respond' && toks[i + 1]?.lower === 'with') {
    let h = i + 2;
    while (/^(DET|ADJ|NUM|PRON)$/.test(toks[h]?.pos ?? '')) h++;
    while (toks[h + 1]?.pos === 'NOUN') h++;
    if (!/^(statements?|comments?|remarks?|words|letters?|tweets?|posts?|messages?|questions?|answers?|speech|criticism|anger|dismay|fury|outrage|scorn|derision|warnings?|denials?|claims?)$/.test(toks[h]?.lower ?? '')) return true;
  }
  // ("The committee was responding to guidelines issued this summer": the occasion, not a reply given.)
  // ("He was responding to a question about a visit by the Prime Minister": "by" and a gerund
  // would be the reply, "by" and a name is not.)
  if (lemma === 'respond' && progressive && toks[i + 1]?.lower === 'to' && !toks.slice(i + 2).some((x, k) =>
    (x.lower === 'by' && /ing$/.test(toks[i + 3 + k]?.lower ?? '')) || x.text === ':' || isQuote(x) || (x.lower === 'that' && !s.quoted[i + 2 + k]))) return true;
  if (t.lower === 'said' && saidToBeAfterNoun(toks, i)) return true;
  // ("Prices responded by jumping": a reaction, unless by speaking.)
  if (lemma === 'respond' && toks[i + 1]?.lower === 'by' && /ing$/.test(toks[i + 2]?.lower ?? '') && !SPEECH_VERBS.has(toks[i + 2]?.lemma ?? '')) return true;
  // "shrugged off the defection": a stance only with "off".
  if (lemma === 'shrug' && toks[i + 1]?.lower !== 'off') return true;
  // "summed up the journey ...: “...”": only with "up" and a colon or quotation after it.
  if (lemma === 'sum' && !(toks[i + 1]?.lower === 'up' && toks.slice(i + 2).some((x, k) => !s.quoted[i + 2 + k] && (x.text === ':' || isQuote(x))))) return true;
  // "backed the plan", "backed use of wire-tap evidence": support for a policy; not "backed down",
  // "backed by", "a loan backed by assets".
  if (lemma === 'back' && (t.pos !== 'VERB' || /ing$/.test(t.lower) || BE.has(toks[prevIndex(s, i)]?.lower ?? '') ||
    !toks[i + 1] || /^(down|off|away|up|out|into|onto|to|from|in|on|by|over|out|it|them|him|her)$/.test(toks[i + 1]?.lower ?? '') || toks[i + 1]?.pos === 'PUNCT')) return true;
  // "voiced concerns", "expressed hope", "announced their support for": a stance named by its object.
  // ("announced its 93rd death", "announced a breakthrough in negotiations": news it gives.)
  if ((lemma === 'voice' || lemma === 'express' || (lemma === 'announce' && !hasComplement(s, i) && toks[i + 1]?.pos !== 'PUNCT' && !!toks[i + 1] && !onlyTimeFrom(toks, i + 1) && !announcesMeasure(toks, i) &&
    !ANNOUNCED_NEWS.test(objectHead(toks, i)))) && !EXPRESS_OBJECTS.test(objectHead(toks, i))) return true;
  // "raised concerns about the law", "echoed criticisms of ...".
  // ("raised the issue that a bed could be added", "raised the possibility of ...": a point made.)
  const raisedPoint = lemma === 'raise' && /^(issues?|points?|possibility|prospect|spectre|specter)$/.test(objectHead(toks, i));
  if (((lemma === 'raise' && !stancePhrase(s, i, lemma) && !raisedBy(s, i) && !raisedPoint) || lemma === 'echo') && !STANCE_OBJECTS.test(objectHead(toks, i))) return true;
  // "Church groups welcomed the limit", not "getting ready to welcome the president".
  // ("The report was welcomed by David Willetts": the agent's stance.)
  const welcomedBy = toks[i + 1]?.lower === 'by' && BE.has(toks[i - 1]?.lower ?? '');
  if (lemma === 'welcome' && !welcomedBy && (toks[i - 1]?.lower === 'to' || !toks[i + 1] || toks[i + 1]?.pos === 'PUNCT' || toks[i + 1]?.pos === 'ADP' || t.pos !== 'VERB' || welcomesPeople(toks, i))) return true;
  return false;
}

/** Storms, rivers, fires, floods: a subject that acts but never speaks ("Hurricane Henri", "the Russian River", "the blaze"). */
const STORM_NAMES = /^(Hurricane|Storm|Typhoon|Cyclone|Tropical)$/;
const WATER_NAMES = /^(River|Lake|Sea|Ocean|Creek|Bay|Volcano|Glacier|Reservoir)$/;
const FORCES = /^(river|rivers|storm|storms|hurricane|typhoon|cyclone|flood|floods|floodwaters|fire|fires|wildfire|wildfires|blaze|rain|rains|snow|wind|winds|tide|waters|quake|earthquake|eruption|heatwave|drought|volcano)$/;
export function naturalForce(tokens: Token[]): boolean {
  const first = tokens[0]?.lower === 'the' ? tokens[1] : tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return false;
  return STORM_NAMES.test(first.text) || WATER_NAMES.test(last.text) || (last.pos === 'NOUN' && FORCES.test(last.lower));
}

/** "directed the district administrations to ensure …": an object, then "to" and a verb. */
function orderTo(toks: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && k - i <= 8 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test((toks[k] as Token).pos)) k++;
  return k > i + 1 && toks[k]?.lower === 'to' && /^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? '');
}

/** The object's head past any owner ("rejected Mayor Teresa Valdez-Ortiz's proposal" → "proposal"). */
function possessedHead(toks: readonly Token[], i: number): string {
  const owner = toks.findIndex((t, k) => k > i && k <= i + 6 && /^['’]s$/.test(t.text));
  const from = owner > 0 && toks.slice(i + 1, owner).every((t) => /^(DET|ADJ|NOUN|PROPN)$/.test(t.pos)) ? owner : i;
  return compoundHead(toks as Token[], from);
}
