/**
 * "Both banks blamed rising costs", "the two companies said": joint speakers named just before.
 * The guide gives joint speakers to the first named ("Roscosmos and NASA said" → Roscosmos).
 */
import type { Mention } from './mentions';
import { properlyNamed, type Entity } from './entities';
import { PEOPLE_NOUNS, ROLE_NOUNS } from './lexicon';
import type { Salience } from './salience';

/** Kinds of body that "the two companies" may stand for without the word in their names. */
const BODY_KINDS = /^(company|firm|group|carmaker|automaker|airline|carrier|retailer|lender|insurer|country|nation|government|party|union|agency|organisation|organization|charity|club|university|hospital)$/;

/** How far back the two may have been named, in sentences. */
const WINDOW = 3;

/** The first named of the two sources "both X" / "the two X" stands for, or null. */
export function jointSpeaker(salience: Salience, m: Mention, at: number): Entity | null {
  const words = m.tokens.map((t) => t.lower);
  const lead = words[0] === 'both' ? 1 : words[0] === 'the' && words[1] === 'two' ? 2 : 0;
  if (lead === 0 || words.length !== lead + 1) return null;
  const head = m.tokens[lead];
  if (!head || head.pos !== 'NOUN' || !/([a-z]s|^(wo)?men)$/.test(head.lower)) return null;
  const singular = head.lower === 'men' || head.lower === 'women' ? 'person' : head.lower.replace(/ies$/, 'y').replace(/s$/, '');
  const people = singular === 'person' || PEOPLE_NOUNS.has(singular) || ROLE_NOUNS.has(singular);
  const person = (e: Entity) => e.kind === 'person' && !e.plural && properlyNamed(e);
  // ("Both banks" after "Bank of Ireland" and "Bank of Scotland Ireland": the head in their names first.)
  const named = (e: Entity) => e.kind === 'organisation' && properlyNamed(e) && e.name.toLowerCase().split(/\s+/).includes(singular);
  const body = (e: Entity) => e.kind === 'organisation' && properlyNamed(e);
  // ("both sides said" stays the sides: only a kind of body stands for any two named bodies.)
  const pair = people ? salience.lastPair(at, WINDOW, person)
    : salience.lastPair(at, WINDOW, named) ?? (BODY_KINDS.test(singular) ? salience.lastPair(at, WINDOW, body) : null);
  // (The one the article named first: resolving the phrase puts the chosen one in view again.)
  return pair ? salience.firstMet(...pair) : null;
}
