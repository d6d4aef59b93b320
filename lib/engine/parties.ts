/** Political parties however an article writes them: "Tory", "the Conservatives", "Lib Dem". */
import type { Entity } from './entities';

/** One key per British and US party ("Tory", "Conservatives" → conservative), or null. */
export function partyKey(words: string): string | null {
  const w = ` ${words.toLowerCase().replace(/^the /, '')} `;
  if (/ (tory|tories|conservatives?) /.test(w)) return 'conservative';
  if (/ (lib dems?|liberal democrats?) /.test(w)) return 'libdem';
  if (/ labour /.test(w)) return 'labour';
  if (/ (democrats?|democratic) /.test(w)) return 'democrat';
  if (/ (republicans?|gop) /.test(w)) return 'republican';
  return null;
}

/** A party named by itself, not its members ("Labour MPs") or a person ("a Tory MP"). */
const PARTY_NAME = /^(the )?(tory|tories|conservatives|conservative party|lib dems?|liberal democrats|liberal democrat party|labour|labour party|democrats|democratic party|republicans|republican party|gop)$/i;

export const isPartyName = (text: string): boolean => PARTY_NAME.test(text.trim());

/** "Lib Dems" after "the Liberal Democrats", "Labour" after "the Labour Party": the party already named by itself. */
export function partyNamedBefore(entities: Entity[], text: string): Entity | null {
  const key = partyKey(text);
  return entities.find((e) => e.kind !== 'person' && !e.mergedInto && isPartyName(e.name) && partyKey(e.name) === key) ?? null;
}

/** The party already a source under another spelling ("the Conservatives" for "a Conservative spokeswoman"). */
export function sameParty(entities: Entity[], words: string): Entity | null {
  const key = partyKey(words);
  if (!key) return null;
  return entities.find((e) => e.kind !== 'person' && partyKey(e.name) === key) ?? null;
}

const PARTY_BY_KEY: Record<string, string> = {
  conservative: 'the Conservatives', libdem: 'the Liberal Democrats', labour: 'Labour', democrat: 'the Democrats', republican: 'the Republicans',
};

/**
 * The party itself for a party word used as a modifier ("a Conservative spokeswoman", "a Tory
 * spokesman" → "the Conservatives"), or null; a party's own name stays as written ("Labour Party").
 */
export function partyOfModifier(words: string): string | null {
  const key = partyKey(words);
  return key && !/\bparty\b/i.test(words) ? PARTY_BY_KEY[key] ?? null : null;
}
