/**
 * Sources described by what they know: "sources close to the talks", "people familiar with the
 * plan", "a person briefed on the matter". Shared by the phrase analyser (where the head noun
 * ends) and the mention finder (where the phrase goes on).
 */
import type { Token } from './nlp';

/** Each word and the preposition that ties it to what the source knows. */
const INFORMED_BY: ReadonlyMap<string, string> = new Map([
  ['close', 'to'], ['familiar', 'with'], ['briefed', 'on'], ['aware', 'of'], ['knowledgeable', 'about'],
]);

/** The preposition at `k` ties a source to what it knows ("familiar with", "close to", "briefed on"). */
export function informedAt(toks: readonly Token[], k: number): boolean {
  const preposition = toks[k - 1] && INFORMED_BY.get((toks[k - 1] as Token).lower);
  return !!preposition && preposition === toks[k]?.lower;
}

/** The word at `k` opens that tie ("close" in "sources close to the talks"; not "a close aide"). */
export const informedWordAt = (toks: readonly Token[], k: number): boolean => informedAt(toks, k + 1);
