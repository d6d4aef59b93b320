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

/** The party already a source under another spelling ("the Conservatives" for "a Conservative spokeswoman"). */
export function sameParty(entities: Entity[], words: string): Entity | null {
  const key = partyKey(words);
  if (!key) return null;
  return entities.find((e) => e.kind !== 'person' && partyKey(e.name) === key) ?? null;
}
