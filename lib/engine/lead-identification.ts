/**
 * Delayed identification, a standard news lead: "Scotland's justice minister has warned bigoted
 * fans ... . Cathy Jamieson said ..." — the opening describes a speaker and the next sentences
 * name them. The unnamed description and the person named right after it are one source.
 */
import type { Entity } from './entities';
import { PERSONAL_TITLE, ROLE_NOUNS, SPEAKING_ROLES } from './lexicon';

/** How far into the article the description may open, and how soon the name must follow. */
const LEAD_SENTENCES = 2;
const NAMED_WITHIN = 6;

const CONTRAST = /^(but|however|meanwhile|yet|though|although|instead)$/i;
/** Post-nominal letters that are a role, not a name ("A senior Tory MP"). */
const POST_NOMINAL_ROLE = /^(MP|MEP|MSP|AM|TD|MLA|MPP|MNA|QC|KC)$/;

/** A description with no personal name: "A senior Tory MP", "The South African archbishop". */
function unnamed(e: Entity): boolean {
  const words = e.name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // ("Tony Blair's official spokesman" speaks for someone; the next name is another person.)
  const spokesperson = e.roleList.every((r) => SPEAKING_ROLES.has(r.head));
  // ("The Prime Minister", "The Health Minister": an office capitalised in house style.)
  const capitalisedOffice = /^the$/i.test(words[0] ?? '') && ROLE_NOUNS.has(last.toLowerCase());
  return e.kind === 'person' && e.roleList.length > 0 && !spokesperson && (/^[a-z]/.test(last) || POST_NOMINAL_ROLE.test(last) || capitalisedOffice);
}

/** A person's name: a title, a known gender or two or three name-shaped words ("Cathy Jamieson", not "SNP Holyrood"). */
function named(e: Entity): boolean {
  const words = e.name.split(/\s+/);
  const titled = e.aliases.some((a) => PERSONAL_TITLE.test(a));
  const nameShaped = words.length >= 2 && words.length <= 3 && words.every((w) => /^[A-Z][a-z]+(-[A-Z][a-z]+)?$/.test(w));
  return e.kind === 'person' && (titled || nameShaped);
}

/** Role heads must agree when the named person has any ("chief constable" is not "police chief"). */
function rolesAgree(description: Entity, person: Entity): boolean {
  if (person.roleList.length === 0) return true;
  return description.roleList.some((r) => person.roleList.some((p) => p.head === r.head || kindred(p.head, r.head)));
}

/** Words a lead uses for the same calling ("a renowned researcher" for "a former chief scientist"). */
const CALLINGS = [
  ['researcher', 'scientist', 'academic', 'professor', 'expert', 'scholar'],
  ['analyst', 'economist', 'strategist', 'expert'],
  ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'],
  ['campaigner', 'activist'],
  ['doctor', 'surgeon', 'physician', 'consultant'],
];

function kindred(a: string, b: string): boolean {
  return CALLINGS.some((words) => words.includes(a) && words.includes(b));
}

/**
 * The description that opens the article and the first person named as a source within the next
 * few sentences, before any other person speaks: [description, person], or null.
 * `sources[k]` is the source of sentence k, if any; `firstWords[k]` its first word.
 */
export function leadIdentification(sources: Array<Entity | null>, firstWords: string[]): [Entity, Entity] | null {
  const first = sources.findIndex((e) => !!e);
  if (first < 0 || first >= LEAD_SENTENCES) return null;
  const description = sources[first] as Entity;
  if (!unnamed(description)) return null;
  for (let k = first + 1; k < Math.min(sources.length, first + 1 + NAMED_WITHIN); k++) {
    const e = sources[k];
    if (!e || e === description || e.kind !== 'person') continue;
    // "But Michael Howard said ...": a reply from someone else.
    if (!named(e) || CONTRAST.test(firstWords[k] ?? '')) return null;
    const genders = description.gender && e.gender && description.gender !== e.gender;
    return !genders && rolesAgree(description, e) ? [description, e] : null;
  }
  return null;
}
