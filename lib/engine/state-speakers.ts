/**
 * Who speaks for a state: heads of government, foreign and finance ministers, envoys and
 * spokespeople, and officials whose description names the country ("Russian Deputy Defense
 * Minister Alexander Fomin"). A country is named by its name, its adjective or its capital.
 */
import type { Entity } from './entities';
import { countryOf, countryOfCapital } from './countries';
import { spokesperson } from './own-side';

/** Scotland's and Wales's people are the United Kingdom's too. */
const nation = (c: string | null): string | null => (c && /^(england|scotland|wales)$/.test(c) ? 'united kingdom' : c);

/** The country the words name, or its capital stands for ("Moscow" → "russia"), or null. */
export const countryNamed = (words: string[]): string | null => nation(countryOfCapital(words) ?? countryOf(words));

/** The words the source's aliases add to its name ("Russian", "Deputy", "Defense", "Minister"). */
export function describingWords(source: Entity): string[] {
  const own = new Set(source.name.split(/\s+/));
  return source.aliases.flatMap((al) => al.split(/\s+/)).filter((w) => !own.has(w));
}

/** The countries the source's description names ("Russian Deputy Defense Minister" → russia). */
function statesOf(source: Entity): Array<string | null> {
  return describingWords(source).map((w) => nation(countryOf([w]))).filter((c) => c);
}

/**
 * Whether the source speaks for the country: a head of government, a foreign minister, an envoy
 * or a spokesperson whose description names no other country ("Russian Foreign Minister Igor
 * Sarin said the United States would ..." forecasts; so does "Environment Secretary Joan Harte
 * said the US will act"), or an official of that very country ("Russian Deputy Defense Minister
 * Alexander Fomin said Moscow would cut back").
 */
export function speaksForCountry(source: Entity, country: string): boolean {
  const states = statesOf(source);
  if (states.length > 0 && !states.includes(country)) return false;
  return speaksForState(source) || (states.includes(country) && STATE_OFFICE.test(describedWords(source)));
}

/**
 * Whether the words name a country (or its capital) the source speaks for and whose nationality
 * the source's description gives ("China" from "Chinese President Xi Jinping"): inside a
 * quotation, a leader may well speak of other countries' commitments.
 */
export function speaksForNamedCountry(source: Entity, words: string[]): boolean {
  const country = countryNamed(words);
  return !!country && statesOf(source).includes(country) && speaksForCountry(source, country);
}

/** A head of state or government, a foreign or finance minister, an envoy, or a spokesperson. */
function speaksForState(source: Entity): boolean {
  return spokesperson(source) || /\b(president|prime minister|premier|chancellor|foreign (minister|secretary)|finance minister|ambassador|envoy|king|queen)\b/.test(describedWords(source));
}

/** Offices of a state's government or its delegations ("Deputy Defense Minister", "delegation head"). */
const STATE_OFFICE = /\b(minister|ministry|secretary|delegation|negotiators?|officials?|commander|general|spokes(man|woman|person))\b/;

/** A source's aliases and roles in lower case. */
function describedWords(source: Entity): string {
  return [...source.aliases, ...source.roleList.map((r) => [...r.words].join(' '))].join(' ').toLowerCase();
}
