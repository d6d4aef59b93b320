/**
 * What the speaker's side carries on or puts on offer, opening a reported future clause: a
 * campaign it wages ("the strike would go on"), work it does ("efforts would continue") and
 * what it offers ("15 games would be available at launch"). A commitment whatever its verb.
 */
import type { Token } from './nlp';
import type { Entity } from './entities';
import { opensClause } from './mentions';
import { FUTURE_MARKERS, GUESSES } from './lexicon';
import { observer } from './own-side';

/** Those who face a campaign rather than wage it ("Police said protests would continue"). */
const POLICING = /\b(police|authorities|management|employers?)\b/i;

/** Those who go on strike ("members", "workers", "nurses"). */
const STRIKERS = /^(members|workers|staff|employees|drivers|nurses|teachers|doctors|miners|pilots|dockers|lecturers)$/;

/** Campaigns a side wages, and work a side undertakes. */
const WAGED = /^(strike|strikes|protest|protests|demonstration|demonstrations|walkout|walkouts|boycott|campaign|blockade|stoppage|stoppages)$/;
const UNDERTAKEN = /^(efforts|work|talks|negotiations|investigation|inquiry|search|operation|operations|review|project|programme|program|scheme|construction|mission|fight|struggle|reforms)$/;

/**
 * "the strike would go on indefinitely", "“Demonstrations will continue”", "efforts would
 * continue", "the project would go ahead": a campaign or work carried on, said by one who wages
 * or does it. The head's index, else -1.
 */
function carriedOnCampaign(toks: Token[], k: number, from: number, to: number): number {
  if (!opensClause(toks, k, from)) return -1;
  let h = /^(the|that|this|these|our|their|its|his|her)$/.test(toks[k]?.lower ?? '') ? k + 1 : k;
  while (h < to && h - k < 3 && (toks[h] as Token).pos === 'ADJ') h++;
  const head = toks[h]?.lower ?? '';
  if (!FUTURE_MARKERS.has(toks[h + 1]?.lower ?? '')) return -1;
  let v = h + 2;
  while (/^(not|also|now|still)$/.test(toks[v]?.lower ?? '')) v++;
  const verb = toks[v]?.lemma ?? '';
  // ("their members would remain on strike": those who wage a strike keeping it up.)
  if (STRIKERS.test(head) && /^(remain|stay)$/.test(verb) && toks[v + 1]?.lower === 'on' && toks[v + 2]?.lower === 'strike') return h;
  if (!(WAGED.test(head) || UNDERTAKEN.test(head))) return -1;
  const goes = verb === 'go' && /^(on|ahead)$/.test(toks[v + 1]?.lower ?? '');
  return goes || /^(continue|proceed|resume|escalate|intensify)$/.test(verb) ? h : -1;
}

/** Groups who comment on what others offer. */
const ONLOOKERS = /\b(analysts?|experts?|economists?|observers?|critics?|commentators?)\b/i;

/**
 * "15 games would be available at launch", "its films will go on sale in May", "disaster
 * payments would be available": something put on offer, opening the reported clause. The index
 * of the word before the modal, else -1.
 */
function offeredAt(toks: Token[], k: number, from: number, to: number): number {
  // (Not a guess: "it's unlikely that a BlackBerry version will be released".)
  if (!opensClause(toks, k, from) || toks.slice(from, k).some((t) => GUESSES.test(t.lower))) return -1;
  let m = k;
  while (m < to && m - k < 6 && /^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test((toks[m] as Token).pos) && !FUTURE_MARKERS.has((toks[m] as Token).lower)) m++;
  if (m === k || !FUTURE_MARKERS.has(toks[m]?.lower ?? '') || !/^(NOUN|PROPN)$/.test(toks[m - 1]?.pos ?? '')) return -1;
  let v = m + 1;
  while (/^(also|now|initially|first|only)$/.test(toks[v]?.lower ?? '')) v++;
  const words = toks.slice(v, v + 3).map((t) => t.lower).join(' ');
  return /^(be available|be on sale|go on sale|be launched|be released|launch|ship|debut|go live)\b/.test(words) ? m - 1 : -1;
}

/** The head of the speaker's side's undertaking opening the clause at `k`, else -1. */
export function undertakingAt(toks: Token[], k: number, from: number, to: number, source: Entity, inQuote: boolean): number {
  const campaign = carriedOnCampaign(toks, k, from, to);
  const waged = campaign > 0 && (WAGED.test((toks[campaign] as Token).lower) || STRIKERS.test((toks[campaign] as Token).lower));
  if (campaign > 0 && !observer(source) && !(waged && source.aliases.some((a) => POLICING.test(a)))) return campaign;
  // ("Nintendo said 15 games would be available at launch": what the speaker's side will offer.)
  const offered = !inQuote ? offeredAt(toks, k, from, to) : -1;
  return offered > 0 && !observer(source) && !(source.kind === 'group' && ONLOOKERS.test(source.name)) ? offered : -1;
}
