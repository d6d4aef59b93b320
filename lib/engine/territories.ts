/**
 * The place an executive office runs: a governor's state, a mayor's city, a county executive's
 * county. "Gov. Wolf said the state will not call up the Guard" commits the state he runs, as
 * "the government will" commits a minister's government.
 */
import type { Entity } from './entities';
import { ABBREVIATED_ROLES } from './lexicon';
import { describingWords } from './state-speakers';

/** The territories each office heads. */
const OFFICE_TERRITORIES: ReadonlyMap<string, RegExp> = new Map([
  ['governor', /^(state|province|territory|commonwealth)$/],
  ['premier', /^(province|state|territory)$/],
  ['mayor', /^(city|town|borough|village|municipality)$/],
  ['superintendent', /^district$/],
  ['principal', /^school$/],
  ['headteacher', /^school$/],
  ['headmaster', /^school$/],
  ['headmistress', /^school$/],
]);

/** Offices that run or speak for the place their title names ("county executive", "city manager", "a state spokesman"). */
const NAMED_PLACE_OFFICES = /^(executive|manager|administrator|commissioner|chief|director|spokesman|spokeswoman|spokesperson)$/;
const PLACES = /^(state|city|county|town|borough|district|province)$/;

/** The offices a source's role phrases and titled names give it ("Gov. Tom Wolf" → governor). */
function officesOf(source: Entity): Set<string> {
  const offices = new Set(source.roles);
  const words = describingWords(source).map((w) => w.toLowerCase().replace(/\.$/, ''));
  for (const bare of words) offices.add(ABBREVIATED_ROLES.get(bare) ?? bare);
  // ("Head teacher Mary Lyle": the office in two words.)
  words.forEach((w, k) => { if (w === 'head' && /^(teacher|master|mistress)$/.test(words[k + 1] ?? '')) offices.add(`head${words[k + 1]}`); });
  return offices;
}

/** Whether the person runs (or speaks for) the place `noun` names: "the state" from its governor. */
export function runsTerritory(source: Entity, noun: string): boolean {
  const place = PLACES.test(noun) || [...OFFICE_TERRITORIES.values()].some((p) => p.test(noun));
  if (source.kind !== 'person' || !place) return false;
  for (const office of officesOf(source)) {
    if (OFFICE_TERRITORIES.get(office)?.test(noun)) return true;
  }
  return PLACES.test(noun) && source.roleList.some((r) => NAMED_PLACE_OFFICES.test(r.head) && r.words.has(noun));
}
