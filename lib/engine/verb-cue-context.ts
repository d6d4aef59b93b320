/**
 * The words around a cue verb that decide whether it attributes: a quotation after its object,
 * a finite verb soon after, a clause-opening subject, a restrictive relative, what is appealed
 * for or offered, the poll behind "a poll conducted for the BBC", and the act a closing gerund
 * gives the reason for.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { npEndingAt, npStartingAt, isGenitive, isQuote, isComma, type Mention } from './mentions';
import { BELIEF_VERBS, GROUP_NOUNS, PEOPLE_NOUNS, POLL_NOUNS, REPORT_VERBS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { textBetween } from './cue-shape';
import { timePhraseAt } from './time-phrases';
import { objectThenInfinitive } from './verb-objects';

/** "called X “...”": an opening quotation right after a short object. */
export function quoteAfterObject(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  for (let k = i + 1; k < Math.min(toks.length, i + 13); k++) {
    const t = toks[k] as Token;
    if (isQuote(t) && k > i + 1 && s.quoted[k + 1] && !s.quoted[i]) return true;
    // ("branded the Tory plans as “fantasy economics”".)
    if (t.lower === 'as' && isQuote(toks[k + 1]) && k > i + 1) continue;
    // ("labelled a judge's decision to block the ban “outrageous”": an infinitive inside the object.)
    if (t.lower === 'to' && k > i + 2 && toks[k - 1]?.pos === 'NOUN' && toks[k + 1]?.pos === 'VERB') { k++; continue; }
    // ("labelled casino related regeneration schemes ...": a participle inside the object.)
    const participle = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && /^(NOUN|ADJ)$/.test(toks[k - 1]?.pos ?? '') && /^(NOUN|ADJ)$/.test(toks[k + 1]?.pos ?? '');
    // ("branded the response to the tsunami as ...": a preposition inside the object.)
    const inObject = t.pos === 'ADP' && (t.lower === 'of' || (k > i + 2 && /^(DET|NOUN|PROPN)$/.test(toks[k + 1]?.pos ?? '')));
    if (t.pos === 'PUNCT' && !/^['’]s?$/.test(t.text) || (t.pos === 'VERB' && !participle) || t.pos === 'AUX' || (t.pos === 'ADP' && !inObject)) return false;
  }
  return false;
}

/** Nouns that "call X a ..." uses for an arrangement, not a judgement ("called it a day", "called a meeting"). */
const NOT_JUDGEMENTS = /^(day|night|halt|truce|meeting|election|strike|vote|referendum|conference|summit|press|news|taxi|cab|doctor|friend|name)$/;

/**
 * "called the decision a mistake", "branded him a liar", "called the attack cowardly": naming by a
 * judging noun or adjective, without quotation marks.
 */
export function namesByJudgement(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  let k = i + 1;
  const clauseEndsAt = (j: number): boolean => !toks[j] || (toks[j] as Token).pos === 'PUNCT' || (toks[j] as Token).pos === 'CCONJ';
  // ("called the meeting early": when, not a judgement.)
  const judging = (j: number): boolean => toks[j]?.pos === 'ADJ' && !/^(early|earlier|late|later|off|open|together|home)$/.test(toks[j]?.lower ?? '') && clauseEndsAt(j + 1);
  if (/^(it|them|him|her|this|that|these|those|us|himself|herself|themselves|itself|ourselves|myself)$/.test(toks[k]?.lower ?? '')) {
    k++;
    let a = k;
    while (toks[a]?.pos === 'ADV') a++;
    if (judging(a)) return true;
  } else {
    const from = k;
    while (k < toks.length && k - from < 6 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test((toks[k] as Token).pos) && !(k > from && /^(a|an)$/.test((toks[k] as Token).lower))) k++;
    if (k === from) return false;
    if (k - from >= 2 && /^(NOUN|PROPN)$/.test(toks[k - 2]?.pos ?? '') && judging(k - 1)) return true;
    if (/^(NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? '') && toks[k]?.pos === 'ADV' && judging(k + 1)) return true;
  }
  if (!/^(a|an)$/.test(toks[k]?.lower ?? '')) return false;
  k++;
  while (/^(ADJ|ADV)$/.test(toks[k]?.pos ?? '')) k++;
  const noun = toks[k];
  return !!noun && noun.pos === 'NOUN' && !NOT_JUDGEMENTS.test(noun.lower);
}

/** A finite verb within a few words, before any punctuation or preposition ("its prices have ..."). */
export function finiteSoon(toks: Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 8); k++) {
    const t = toks[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

export function restrictiveRelative(s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > 0 && ((s.tokens[k] as Token).pos === 'AUX' || (s.tokens[k] as Token).pos === 'ADV' || (s.tokens[k] as Token).lower === 'not')) k--;
  const rel = s.tokens[k];
  return !!rel && /^(who|that)$/.test(rel.lower) && k > 0 && !isComma(s.tokens[k - 1]) && (s.tokens[k - 1] as Token).pos !== 'VERB';
}

export function appealForSomething(toks: Token[], i: number): boolean {
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

const BENEFITS = /^(increase|rise|raise|deal|compensation|refund|refunds|settlement|bonus|bonuses|package|payment|payments|discount|discounts|loan|loans|aid|funding|grant|grants|reward|incentives?|guarantees?|concessions?)$/;

export function offersBenefit(toks: Token[], i: number): boolean {
  // ("has offered £960m to an international scheme": money.)
  if (/^[£$€]$/.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.pos === 'NUM') return true;
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
export function pollCommissioner(s: Sentence, subject: Mention | null): Mention | null {
  if (!subject || subject.pronoun || !/^(for|by)$/.test(s.tokens[subject.start - 1]?.lower ?? '')) return subject;
  let k = subject.start - 2;
  if (/^(conducted|commissioned|carried|done|undertaken|published|released)$/.test(s.tokens[k]?.lower ?? '')) k--;
  if (s.tokens[k]?.lower === 'out' && s.tokens[k - 1]?.lower === 'carried') k -= 2;
  if (!POLL_NOUNS.has(s.tokens[k]?.lower ?? '')) return subject;
  const np = npEndingAt(s, k);
  if (!np) return subject;
  return { start: np.start, end: subject.end, tokens: s.tokens.slice(np.start, subject.end), appositives: [], pronoun: null, text: textBetween(s, np.start, subject.end) };
}

/** Words a body puts out under its name ("a statement issued by the Office of the Prime Minister"). */
const ISSUED_WORDS = /^(statement|letter|release|communique|communiqué|message|notice|memo|email|e-mail|post|tweet)$/;

/**
 * "A statement issued by the Office of the Prime Minister said ...": the body that issued the words
 * speaks, when the agent runs up to the verb at `verb`.
 */
export function statementIssuer(s: Sentence, subject: Mention | null, verb: number): Mention | null {
  if (!subject || subject.pronoun) return subject;
  const toks = s.tokens;
  const e = subject.end;
  if (!ISSUED_WORDS.test(toks[e - 1]?.lower ?? '') || !/^(issued|released|published|signed|sent|posted)$/.test(toks[e]?.lower ?? '') || toks[e + 1]?.lower !== 'by') return subject;
  const agent = npStartingAt(s, e + 2, false);
  return agent && agent.end + timePhraseAt(toks, agent.end) === verb ? agent : subject;
}

const FORECAST_OBJECTS = /^(estimates?|forecasts?|predictions?|projections?|outlook)$/;

/** Verbs of revising a forecast ("cut its growth forecast"); a set, as every word of an article is looked up. */
const REVISIONS = new Set(['cut', 'lower', 'raise', 'revise', 'trim', 'upgrade', 'downgrade']);

/** Bodies that hear evidence ("the court heard", "the committee heard"). */
export const HEARING_BODIES = /^(court|jury|inquest|inquiry|tribunal|committee|hearing|panel|magistrates|mps|councillors)$/;

/**
 * A stance given by a fixed phrase rather than a speech verb: "hit out at critics", "paid
 * tribute to", "labelled the schemes “a pile of pants”", "the OECD cut its growth forecast".
 */
export function stancePhrase(s: Sentence, i: number, lemma: string): boolean {
  const toks = s.tokens;
  const next = toks[i + 1]?.lower ?? '';
  // ("hit back with a lengthy statement": in words, not "hit back with two goals".)
  if (lemma === 'hit') return /^(out|back)$/.test(next) && (/^(at|against|over|about)$/.test(toks[i + 2]?.lower ?? '') ||
    (toks[i + 2]?.lower === 'with' && toks.slice(i + 3, i + 7).some((x) => /^(statements?|letters?|remarks|comments|words|tweets?|posts?|retorts?|rebuttals?|accusations?|claims?|criticism)$/.test(x.lower))));
  // "brushed aside questions", "brushed off Labour suggestions".
  if (lemma === 'brush') return /^(aside|off)$/.test(next);
  // ("blasted the bill as a giveaway", "blasted the club for …": criticism, with its "as" or
  // "for"; not "blasted the door open" or "a bomb blasted through the wall".)
  if (lemma === 'blast') return /^(DET|PROPN|PRON|NOUN)$/.test(toks[i + 1]?.pos ?? '') &&
    toks.slice(i + 2, i + 9).some((x) => x.lower === 'as' || x.lower === 'for' || isQuote(x));
  // "questioned the effectiveness of debt relief", "questioned the cost of the scheme", "questioned
  // whether …"; not "questioned two men", "questioned him" (an interrogation).
  if (lemma === 'question') return questionsAMatter(toks, i);
  if (lemma === 'pay') return next === 'tribute' && toks[i + 2]?.lower === 'to';
  // News idioms of criticism and concession: "rounded on his critics", "lashed out at", "took
  // exception to", "took a swipe at", "took issue with", "cried foul", "poured cold water on",
  // "launched a scathing attack on", "accepted that".
  if (lemma === 'round') return next === 'on' && /^(DET|PRON|PROPN|NOUN|ADJ)$/.test(toks[i + 2]?.pos ?? '');
  if (lemma === 'lash') return next === 'out' && /^(at|against)$/.test(toks[i + 2]?.lower ?? '');
  if (lemma === 'take') return /^(exception to|issue with|a swipe at|swipes at)/.test(toks.slice(i + 1, i + 4).map((t) => t.lower).join(' '));
  if (lemma === 'cry') return next === 'foul';
  if (lemma === 'pour') return next === 'cold' && toks[i + 2]?.lower === 'water' && toks[i + 3]?.lower === 'on';
  if (lemma === 'launch') return verbalAttack(toks, i + 1);
  // ("have lobbied the government to protect them", "lobbied for a ban": advocacy, like "urged".)
  if (lemma === 'lobby') return /^(for|against)$/.test(next) || objectThenInfinitive(toks, i);
  // (Not "accepted that offer": a clause, with a verb of its own, follows "that".)
  if (lemma === 'accept') return next === 'that' && clauseVerbFrom(toks, i + 3);
  // "laid claim to being the first", "was laying claim to a genuine grand slam".
  if (lemma === 'lay') return next === 'claim' && toks[i + 2]?.lower === 'to';
  // "The court heard that ...", "..., the inquest heard.": evidence given to a hearing.
  // ("…, a court has heard.": past the perfect's auxiliary.)
  if (lemma === 'hear') {
    const body = /^(has|have|had)$/.test(toks[i - 1]?.lower ?? '') ? toks[i - 2] : toks[i - 1];
    return /^heard$/.test(toks[i]?.lower ?? '') && HEARING_BODIES.test(body?.lower ?? '');
  }
  if (lemma === 'label') return quoteAfterObject(s, i);
  if (REVISIONS.has(lemma) && /^(its|their)$/.test(next)) {
    return toks.slice(i + 2, i + 5).some((t) => FORECAST_OBJECTS.test(t.lower));
  }
  return false;
}

/** A verb of the clause starting before `k`, before any "and" or punctuation ("that her hospital had failed"). */
function clauseVerbFrom(toks: Token[], k: number): boolean {
  for (let m = k; m < Math.min(toks.length, k + 6); m++) {
    const t = toks[m] as Token;
    if (t.lower === 'and' || t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** "a scathing attack on", "a broadside at": an attack in words, not "an attack on the town". */
function verbalAttack(toks: Token[], k: number): boolean {
  if (!/^(a|an)$/.test(toks[k]?.lower ?? '')) return false;
  const words = toks.slice(k + 1, k + 4).map((t) => t.lower);
  const noun = words.findIndex((w) => /^(attack|broadside|tirade|diatribe|salvo)$/.test(w));
  if (noun < 0 || !/^(on|against|at)$/.test(words[noun + 1] ?? toks[k + 1 + noun + 1]?.lower ?? '')) return false;
  return words[noun] !== 'attack' || words.slice(0, noun).some((w) => /^(scathing|blistering|stinging|withering|bitter|verbal|vitriolic|personal|furious)$/.test(w));
}

/** What "questioned" puts in doubt: a matter ("the cost", "whether …"), not a person questioned. */
function questionsAMatter(toks: Token[], i: number): boolean {
  if (/^(whether|why|how|if)$/.test(toks[i + 1]?.lower ?? '')) return true;
  if (!/^(the|its|their|his|her|our|this|that|these|those)$/.test(toks[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (/^(ADJ|NUM|ADV)$/.test(toks[k]?.pos ?? '')) k++;
  const head = toks[k];
  if (!head || head.pos !== 'NOUN') return false;
  const singular = head.lower.replace(/s$/, '');
  return !PEOPLE_NOUNS.has(head.lower) && !PEOPLE_NOUNS.has(singular) && !GROUP_NOUNS.has(head.lower) && !ROLE_NOUNS.has(head.lower) &&
    !/^(suspects?|men|women|children|people|crew|family|officers?|staff|detainees?|prisoners?|applicants?|candidates?)$/.test(head.lower);
}

/** "welcomed the humans", "welcomed Mr Blair": greeting people, not approving of something. */
export function welcomesPeople(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && /^(DET|ADJ|NUM)$/.test((toks[k] as Token).pos)) k++;
  const head = toks[k];
  if (!head) return false;
  if (/^(him|her|them|us|me|you|humans?|people|visitors?|guests?|fans|crowds?|delegates?|delegations?|newcomers|arrivals|back|home)$/.test(head.lower)) return true;
  return head.pos === 'PROPN' && !toks.slice(k, k + 4).some(isGenitive);
}

/** Gerunds by which a subject, after acting, gives its reason or charge ("..., citing staff shortages"). */
export const CLOSING_GERUNDS = /^(alleging|citing|signalling|signaling|asserting|maintaining|contending|acknowledging|conceding|reiterating|emphasising|emphasizing)$/;

const attributes = (t: Token): boolean => SPEECH_VERBS.has(t.lemma) || REPORT_VERBS.has(t.lemma) || BELIEF_VERBS.has(t.lemma);

/** An act of the sentence's own before `end`: a verb outside quotation that is no speech or belief. */
export function actedBefore(s: Sentence, end: number): boolean {
  return s.tokens.slice(0, end).some((t, k) => t.pos === 'VERB' && !s.quoted[k] && !attributes(t));
}

/** A report verb right before `comma` ("KUNA reported, citing ..."). */
export function reportsBefore(s: Sentence, comma: number): boolean {
  const t = s.tokens[comma - 1];
  return !!t && t.pos === 'VERB' && REPORT_VERBS.has(t.lemma);
}

/** A finite speech verb after `i` ("KNXV-TV, citing sources, said"): the gerund before it is an aside. */
export function speechAfter(s: Sentence, i: number): boolean {
  return s.tokens.slice(i + 1).some((t) => t.pos === 'VERB' && !t.lower.endsWith('ing') && attributes(t));
}
