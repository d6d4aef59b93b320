/**
 * The article's sources: one entity per real-world source with all the forms the article
 * uses for it, and the key its forms are looked up by.
 */
import type { SourceKind } from './types';
import type { Role } from './roles';

export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  kind: SourceKind;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Lower-cased head nouns of role phrases used for it ("spokesman", "minister"). */
  roles: Set<string>;
  roleList: Role[];
  /** Head nouns of the common-noun phrases used for it ("government", "authorities"). */
  heads: Set<string>;
  /** Sentence index of its last mention as a source or subject. */
  lastSeen: number;
  /** For a work: the full name of its author ("Brown's Britain, by Robert Peston"). */
  author?: string;
  /** Set when a later mention showed this entity to be another one ("the report" → the ADB). */
  mergedInto?: Entity;
}

/** Known by a proper name ("Barclays", "the BBC"), not by a common noun that opened a sentence ("The firm"). */
export const properlyNamed = (e: Entity): boolean => /^[A-Z]/.test(e.name.replace(/^the /i, ''));

export const aliasKey = (text: string): string =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/^the /, '').replace(/'s$/, '').replace(/'$/, '').trim()
    // ("Downing St" is "Downing Street"; "St Andrews" keeps its saint.)
    .replace(/ st\.?$/, ' street');
