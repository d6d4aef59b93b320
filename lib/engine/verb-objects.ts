/**
 * What a speech-like verb acts on: the head of its object ("voiced their deep concern"), people
 * ("admit new patients"), a company's figures ("posted a loss"), an emergency attended ("responded
 * to the blaze"), a request refused, a target attacked, evidence pointed to, news announced.
 * The vetoes in verb-cue-vetoes.ts read them.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isGenitive, isQuote } from './mentions';
import { COURTESY_TITLE, GROUP_NOUNS, PEOPLE_NOUNS } from './lexicon';

export const EXPRESS_OBJECTS = /^(hope|hopes|concern|concerns|regret|confidence|optimism|support|doubt|doubts|frustration|anger|disappointment|surprise|fears?|satisfaction|sympathy|sympathies|condolences|gratitude|opposition|reservations|scepticism|skepticism|interest|desire|wish|sentiment|content|relief|dismay|shock|sadness|sorrow|delight|pleasure|outrage|thanks|appreciation|solidarity|pride|alarm|unease|displeasure|dissatisfaction|approval|disapproval|grief|fury|indignation|disbelief|willingness|readiness|intention|determination)$/;

/** What crews attend: "responded to the blaze / a call / the scene". */
const ATTENDED = /^(blaze|fire|fires|call|calls|scene|incident|incidents|crash|collision|accident|emergency|emergencies|vessel|ship|alarm|shooting|flooding|floods|outbreak|explosion|disturbance)$/;

/** An emergency named by the noun phrase from `k` ("a disabled cargo vessel", "the blaze"). */
export function attendedAfter(toks: Token[], k: number): boolean {
  for (let j = k; j < toks.length && j - k < 6; j++) {
    const t = toks[j] as Token;
    if (ATTENDED.test(t.lower)) return true;
    if ((t.pos === 'ADP' && t.lower !== 'of') || t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** "that" after the verb's object, before any punctuation or other verb ("alerted customers that"). */
export function thatAfterAddressee(toks: Token[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j - i < 8; j++) {
    const t = toks[j] as Token;
    if (t.lower === 'that') return j > i + 1;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Requests a body may refuse: "denied the application / bail / permission". */
export const REQUESTS = /^(application|applications|request|requests|permit|permits|permission|bail|appeal|appeals|access|entry|visa|visas|licence|license|asylum|parole|planning|bid|petition)$/;

export const STANCE_OBJECTS = /^(concerns?|doubts?|fears?|worries|questions?|objections?|criticisms?|calls?|warnings?|alarm|demands?)$/;

/** The lower-cased head of the verb's object, past determiners, adjectives and pronouns ("voiced their deep concern"). */
export function objectHead(toks: Token[], i: number): string {
  let k = i + 1;
  // (“expressed his “support for …”": past a quotation mark opening on the object.)
  while (k < toks.length && (/^(DET|ADJ|PRON)$/.test((toks[k] as Token).pos) || isQuote(toks[k]))) k++;
  // ("expressed Scotland's sympathy": past the owner.)
  if (toks[k]?.pos === 'PROPN' && isGenitive(toks[k + 1])) k += 2;
  while (k < toks.length && (toks[k] as Token).pos === 'ADJ') k++;
  return toks[k]?.lower ?? '';
}

/** Whether the verb at `i` has people for its object ("admit new patients", "acknowledged the fans"). */
export function peopleObject(toks: Token[], i: number): boolean {
  const head = objectHead(toks, i);
  return head === 'people' || PEOPLE_NOUNS.has(head) || PEOPLE_NOUNS.has(head.replace(/s$/, '')) || GROUP_NOUNS.has(head);
}

/** Whether the verb at `i` has a company's figures for its object ("posted a loss", "reported record profits"). */
export function figuresObject(toks: Token[], i: number): boolean {
  return toks.slice(i + 1, i + 9).some((x) => /^(profits?|loss(es)?|results|gains?|deficit|surplus|revenues?|earnings|sales|income)$/.test(x.lower)) &&
    !toks.slice(i + 1, i + 3).some((x) => x.lower === 'that' || x.text === ':');
}

/**
 * "Concerns have also been raised by charities that ...", "The issue of warnings was raised on
 * Sunday by the minister": a concern or issue raised, passive, by a named agent.
 */
export function raisedBy(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  if (!/^(been|was|were|is|are|being)$/.test(toks[i - 1]?.lower ?? '')) return false;
  const by = toks.slice(i + 1, i + 6).findIndex((t) => t.lower === 'by');
  if (by < 0 || !toks.slice(i + 1, i + 1 + by).every((t) => t.pos !== 'VERB' && t.pos !== 'PUNCT')) return false;
  return toks.slice(Math.max(0, i - 8), i).some((t) => STANCE_OBJECTS.test(t.lower) || /^(issues?|matters?|points?)$/.test(t.lower));
}

/** The last noun of the object's head compound ("travel bans" in "requested overseas travel bans"). */
export function compoundHead(toks: Token[], i: number): string {
  let k = i + 1;
  while (k < toks.length && /^(DET|ADJ|PRON|NUM)$/.test((toks[k] as Token).pos)) k++;
  while (toks[k + 1]?.pos === 'NOUN' && toks[k]?.pos === 'NOUN') k++;
  return toks[k]?.lower ?? '';
}

/** Things asked for that are an act or an event, not words ("requested a meeting"). */
export const REQUESTED_ACTS = /^(meetings?|talks|hearings?|audience|bans?|sanctions|extradition|transfer|asylum|protection)$/;

/** What one attacks in words: a plan, a policy, a body, a party or a named person. */
const CRITICISED = /^(plans?|proposals?|policy|policies|government|administration|record|handling|decision|comments|remarks|words|approach|stance|strategy|budget|bill|law|reforms?|scheme|party|leadership|minister|ministers|opposition|leader|report|move|idea|claims?|cuts|tax|taxes|spending|response|failure|performance|manifesto)$/;
export function criticisedTarget(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (/^(DET|ADJ|NUM|PRON)$/.test(toks[k]?.pos ?? '') || isGenitive(toks[k])) k++;
  if (COURTESY_TITLE.test(toks[k]?.text ?? '') || /^(Tory|Tories|Labour|Conservatives?|Democrats?|Republicans?)$/.test(toks[k]?.text ?? '')) return true;
  while (toks[k + 1]?.pos === 'NOUN' || (toks[k]?.pos === 'PROPN' && toks[k + 1]?.pos === 'PROPN')) k++;
  return CRITICISED.test(toks[k]?.lower ?? '');
}

/** An object, then "to" and a verb, after the verb at `i` ("challenged the Tories to publish"). */
export function objectThenInfinitive(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && k - i <= 5 && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test((toks[k] as Token).pos)) k++;
  return k > i + 1 && toks[k]?.lower === 'to' && /^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? '');
}

const EVIDENCE_NOUNS = new RegExp('^(fact|facts|evidence|figures|statistics|record|success|successes|failure|failures|research|' +
  'survey|surveys|polls?|example|examples|number|rise|fall|increase|decline|plans|proposals|promises|pledges|work|progress|' +
  'scepticism|skepticism|concerns?|problems?|lack|need|risks?|dangers?|importance|benefits?|costs?|impact|shortages?)$');

/** "pointed to the fact that ...", "pointed to the thousands who marched", not "pointed to the door". */
export function pointsToEvidence(toks: Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 10); k++) {
    const t = toks[k] as Token;
    if (EVIDENCE_NOUNS.test(t.lower)) return true;
    if (/^(who|that|which)$/.test(t.lower) && k > from) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
  }
  return false;
}

/** News a body gives by announcing it. */
export const ANNOUNCED_NEWS = /^(deaths?|breakthrough|results|findings|discovery|decision|verdict|resignation|retirement|toll|cases?|victory|winners?|outcome|figures|agreement|deal|settlement)$/;

/** Those called out to act, not to account ("called out the bomb squad", "called out troops"). */
const SUMMONED = /^(squad|army|troops|police|firefighters|crews?|reserves|guard|military|engineers|units?|officers|ambulances?|lifeboats?|helicopters?|coastguard|paramedics|soldiers)$/;

/** Whether the object after `k` is a service summoned ("the bomb squad", "the National Guard"). */
export function summonedObject(toks: Token[], k: number): boolean {
  let h = k + 1;
  while (/^(DET|ADJ|NUM)$/.test(toks[h]?.pos ?? '')) h++;
  while (/^(NOUN|PROPN)$/.test(toks[h + 1]?.pos ?? '') && /^(NOUN|PROPN)$/.test(toks[h]?.pos ?? '')) h++;
  return SUMMONED.test(toks[h]?.lower ?? '');
}
