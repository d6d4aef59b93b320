/**
 * Groups and bodies named differently for one source: "Venezuelan authorities" / "the
 * government", "Environmental Protection officials" / "Environmental Protection Department
 * officials" / "agency officials": which entity in view a group or body phrase names.
 */
import type { Entity } from './entities';
import { startsUpper, type Token } from './nlp';
import { ORG_WORDS } from './names';
import { countryOf, modifierKey } from './countries';

/** Heads that all name a state's executive: interchangeable in news prose. */
export const STATE_HEADS = new Set(['government', 'authorities', 'administration', 'regime']);

/** Groups that act for a body and can announce its decisions ("officials said the land would be taken"). */
export const ACTING_GROUP_HEADS = new Set(['officials', 'authorities', 'police', 'ministers', 'government', 'administration']);

/** Common nouns for the body a group belongs to ("agency officials", "company executives"). */
const BODY_NOUNS = new Set(['agency', 'department', 'ministry', 'company', 'firm', 'city', 'state', 'council',
  'government', 'administration', 'bank', 'union', 'party', 'utility', 'commission', 'office', 'authority', 'police']);

/** Modifiers that make a different body or a different time ("the previous administration"). */
const CONTRASTIVE = new Set(['former', 'previous', 'last', 'past', 'new', 'next', 'other', 'foreign', 'local',
  'opposition', 'rival', 'interim', 'incoming', 'outgoing', 'ex']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'some', 'many', 'several', 'senior', 'top']);

/** Content words of a group or body phrase before its head ("Environmental Protection officials" → environmental, protection). */
export function modifiersOf(text: string, head: string): string[] {
  const words = text.replace(/[’]/g, "'").split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  return (at >= 0 ? words.slice(0, at) : words)
    .map((w) => w.replace(/'s$|'$/, ''))
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()));
}

export const hasContrast = (mods: string[]): boolean => mods.some((w) => CONTRASTIVE.has(w.toLowerCase()));

/** "agency officials": the only modifier is a common noun for some body. */
export const onlyBodyNoun = (mods: string[]): boolean =>
  mods.length === 1 && BODY_NOUNS.has((mods[0] as string).toLowerCase());

/**
 * Same head, and the capitalised modifiers of one are all among the other's
 * ("Environmental Protection" ⊂ "Environmental Protection Department"); both must name something.
 */
export function nestedModifiers(a: string[], b: string[]): boolean {
  const caps = (m: string[]) => m.filter((w) => /^[A-Z]/.test(w));
  const ca = caps(a);
  const cb = caps(b);
  if (ca.length === 0 || cb.length === 0 || ca.length !== a.length || cb.length !== b.length) return false;
  const [small, big] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return small.every((w) => big.includes(w));
}

/** What body resolution needs from the registry. */
export interface BodyView {
  entities: readonly Entity[];
  find(text: string): Entity | null;
  /** The text names a person the article names ("Mr Yushchenko"). */
  namesPerson(text: string): boolean;
}

/** The modifiers each alias of `e` puts before one of `heads`. */
function modifierSets(e: Entity, heads: Set<string>): string[][] {
  const out: string[][] = [];
  for (const a of e.aliases) {
    const head = a.toLowerCase().split(/\s+/).find((w) => heads.has(w));
    if (head) out.push(modifiersOf(a, head));
  }
  return out;
}

const byRecency = (a: Entity, b: Entity): number => b.lastSeen - a.lastSeen;

/**
 * "the government" / "the authorities" / "Mr X's administration" / "Sri Lanka's government":
 * the state body already in view. A bare phrase takes the most recent one; a modified phrase
 * needs the same modifiers, the country itself ("Sri Lanka's"), or a leader the article names (over
 * the one bare body).
 */
export function stateBody(view: BodyView, mods: string[], possessive: boolean): Entity | null {
  const key = modifierKey(mods);
  const bodies = view.entities.filter((e) => e.kind !== 'person' && [...e.heads].some((h) => STATE_HEADS.has(h))).sort(byRecency);
  // A bare "the government" is never "the previous government".
  if (mods.length === 0) return bodies.find((e) => !modifierSets(e, STATE_HEADS).every(hasContrast)) ?? null;
  for (const e of bodies) if (modifierSets(e, STATE_HEADS).some((m) => modifierKey(m) === key)) return e;
  const owner = mods.join(' ');
  const named = view.find(owner);
  // "Sri Lanka's government" and "the Venezuelan government" are the country already a source;
  // "the Labour government" is not the party Labour.
  const country = countryOf(mods);
  const state = country ? view.find(country) ?? named : null;
  if (state && state.kind !== 'person') return state;
  if (named && named.kind !== 'person' && possessive && /^[A-Z]/.test(owner)) return named;
  const leader = named?.kind === 'person' || view.namesPerson(owner);
  const only = bodies.length === 1 ? bodies[0] as Entity : null;
  if (leader && only && modifierSets(only, STATE_HEADS).every((m) => m.length === 0)) return only;
  return null;
}

/**
 * A group with the same head: "agency officials" just after "Environmental Protection officials"
 * (seen at `since` or later), or nested proper modifiers ("Environmental Protection Department officials").
 */
export function sameGroup(view: BodyView, head: string, mods: string[], since: number): Entity | null {
  const heads = new Set([head]);
  const groups = view.entities.filter((e) => e.kind === 'group' && e.heads.has(head)).sort(byRecency);
  if (onlyBodyNoun(mods)) {
    const recent = groups[0];
    const named = !!recent && modifierSets(recent, heads).some((m) => m.length > 0 && !onlyBodyNoun(m));
    return recent && named && recent.lastSeen >= since ? recent : null;
  }
  const key = modifierKey(mods);
  for (const e of groups) {
    if (modifierSets(e, heads).some((m) => nestedModifiers(mods, m) || modifierKey(m) === key)) return e;
  }
  return null;
}

/** "Sri Lanka's government" over "Sri Lanka": the new phrase has every word of the old name and more. */
export function fullerName(text: string, name: string): boolean {
  const words = (t: string) => t.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w !== 'the');
  const a = words(text);
  const b = words(name);
  return a.length > b.length && b.every((w) => a.includes(w));
}

/** A capital, then a small letter ("Agency"; not "BBC", "a" or "7"), as `/^[A-Z][a-z]/` tests. */
function titleCased(text: string): boolean {
  const second = text.charCodeAt(1);
  return startsUpper(text) && second >= 97 && second <= 122;
}

const ACRONYM = /^[A-Z]{2,5}$/;

/**
 * Organisation names the article spells out anywhere, captions and credits included: every
 * run of capitalised words up to a word like Agency, Department or Bank ("Roscosmos Space Agency").
 */
export function orgNamesIn(tokens: Token[]): string[] {
  const out: string[] = [];
  const run: Token[] = [];
  for (const t of tokens) {
    // ("Ravensworth Hospitals NHS Foundation Trust": an acronym inside the name.)
    if ((!titleCased(t.text) && !(run.length > 0 && ACRONYM.test(t.text))) || t.pos === 'PUNCT' || t.pos === 'DET') {
      if (run.length > 0) run.length = 0;
      continue;
    }
    run.push(t);
    if (run.length >= 2 && ORG_WORDS.has(t.text)) out.push(run.map((x) => x.text).join(' '));
  }
  return out;
}

/**
 * "the NHS trust" for "Ravensworth Hospitals NHS Foundation Trust": the one name the article
 * spells out that ends in the head and has the description's capitalised words.
 */
function bodyWithWords(mods: string[], head: string, names: Iterable<string>): { full: string; core: string } | null {
  const found = [...new Set(names)].filter((name) => {
    const parts = name.split(' ');
    return parts.length > mods.length + 1 && parts[parts.length - 1]?.toLowerCase() === head.toLowerCase() && mods.every((w) => parts.includes(w));
  });
  const name = onlyName(found);
  return name ? { full: name, core: name } : null;
}

/**
 * The one body among these names, a name and its longer spellings counting once ("Yesterday
 * Eastbridge Borough Council" and "Eastbridge Borough Council"), else null.
 */
export function onlyName(names: string[]): string | null {
  const cores = names.filter((n) => !names.some((m) => m !== n && n.endsWith(` ${m}`)));
  return cores.length === 1 ? cores[0] as string : null;
}

/**
 * "the Russian space agency" for "Roscosmos Space Agency": a description whose words (a country
 * adjective aside) are the generic end of exactly one organisation name the article spells out.
 * Returns that name and its distinctive part ("Roscosmos").
 */
export function namedBodyFor(text: string, head: string, names: Iterable<string>): { full: string; core: string } | null {
  const mods = modifiersOf(text, head).filter((w) => !countryOf([w]));
  const words = [...mods, head].map((w) => w.toLowerCase());
  if (words.length < 2) return null;
  if (mods.some((w) => /^[A-Z]/.test(w))) return bodyWithWords(mods, head, names);
  const found = new Map<string, string>();
  for (const name of names) {
    const parts = name.split(' ');
    if (parts.length <= words.length) continue;
    const tail = parts.slice(parts.length - words.length).map((w) => w.toLowerCase());
    if (tail.every((w, k) => w === words[k])) found.set(name, parts.slice(0, parts.length - words.length).join(' '));
  }
  if (found.size !== 1) return null;
  const [full, core] = [...found][0] as [string, string];
  return { full, core };
}
