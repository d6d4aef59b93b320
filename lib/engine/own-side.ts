/**
 * The word lists and tests behind the speaker's own side in a reported future clause: their
 * staff ("his aides will ..."), their people in a quotation ("our teams will ..."), the principal
 * a spokesperson speaks for ("President Obama would sign ..."), the body a person's description
 * names, and the observers (a lawyer, an analyst) who have no side to commit.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Entity } from './entities';
import { SPEAKING_ROLES } from './lexicon';
import { partyKey } from './parties';

/** The speaker's own staff after "his", "her", "their", "its". */
export const STAFF = /^(staff|aides|officials|ministers|officers|troops|forces|advisers|advisors|lawyers|negotiators|engineers|members|workers|employees|supporters|team|researchers|scientists|colleagues)$/;

/** Offices a spokesperson speaks for ("President", "Foreign Minister", "Prime Minister"). */
const PRINCIPALS = /^(president|prime|premier|minister|secretary|chancellor|governor|mayor|king|queen|prince)$/;

/**
 * A source that speaks for someone else: a spokesperson (in a name it goes by or a role an
 * appositive gave it), or the office of a head of government.
 */
export function spokesperson(source: Entity): boolean {
  return source.aliases.some((a) => a.toLowerCase().split(/[^a-z]+/).some((w) => SPEAKING_ROLES.has(w))) ||
    source.roleList.some((r) => SPEAKING_ROLES.has(r.head)) ||
    /^(the )?(White House|Downing Street|Kremlin|Elysee|Élysée|Palace|Number 10|No 10)$/i.test(source.name);
}

/** A person's office, campaign or team, by the owner's name or pronoun ("Mr Obi's office", "her campaign"). */
const HOLDERS_STAFF = /^(?:the )?(.+?)['’]s? (?:office|campaign|camp|team|press office|aides|staff|representatives)$|^(his|her) (?:office|campaign|camp|team|press office|aides|staff|representatives)$/i;

/**
 * "Mr Obi's office said he would not resign", "her campaign said she would debate": a person's
 * own staff announcing that person's action, when "he" / "she" fits the owner.
 */
export function speaksForHolder(source: Entity, pronoun: 'he' | 'she'): boolean {
  if (source.kind === 'person') return false;
  return source.aliases.some((a) => {
    const m = HOLDERS_STAFF.exec(a.trim());
    if (!m) return false;
    const owner = (m[1] ?? m[2] ?? '').toLowerCase();
    const female = /^(her|ms|mrs|miss|dame|lady|madam)\b/.test(owner);
    const male = /^(his|mr|sir|lord)\b/.test(owner);
    return pronoun === 'he' ? !female : !male;
  });
}

/** A titled person opening the reported clause at `k` ("President Obama", "Foreign Minister Shah Qureshi"). */
export function principalAt(s: Sentence, k: number, from: number): boolean {
  const toks = s.tokens;
  if (k !== from && !/^(that|,)$/.test(toks[k - 1]?.lower ?? '')) return false;
  let b = k;
  while (b < toks.length && b - k < 6 && /^[A-Z]/.test((toks[b] as Token).text) && /^(PROPN|NOUN)$/.test((toks[b] as Token).pos)) b++;
  const run = toks.slice(k, b).map((x) => x.lower);
  // ("the President will not ...": the office itself, capitalised as its holder's.)
  if (toks[k]?.lower === 'the' && k + 1 < toks.length) {
    let c = k + 1;
    while (c < toks.length && c - k <= 2 && /^[A-Z]/.test((toks[c] as Token).text)) c++;
    return c > k + 1 && PRINCIPALS.test((toks[k + 1] as Token).lower) && toks.slice(k + 1, c).every((x) => /^[A-Z]/.test(x.text));
  }
  return run.length >= 2 && toks[b - 1]?.pos === 'PROPN' && run.slice(0, 3).some((w) => PRINCIPALS.test(w));
}

/** The speaker's own people and bodies after "our" ("our teams will ...", not "our prices will rise"). */
export const OWN_PEOPLE = /^(teams?|staff|people|officers|engineers|members|government|party|company|firm|group|troops|forces|ministers|department|organisation|organization|union|colleagues|investigators|lawyers|scientists|researchers|doctors|nurses|agents|volunteers|workers|activists|cadres|candidates|personnel|employees|soldiers|officials|committee|council|administration|ministry|players|squad|board)$/;

/**
 * The body a person's own description names: a capitalised word of an alias that is not part of
 * the person's name ("SEC chairman William Donaldson" → SEC), or any named body when the
 * description is "the party's / the company's ..." (→ "Labour", "Acme").
 */
export function affiliatedWith(source: Entity, name: string): boolean {
  const own = new Set(source.name.split(/\s+/));
  const words = name.split(/\s+/);
  if (words.some((w) => own.has(w))) return false;
  const party = partyKey(name);
  for (const a of source.aliases) {
    if (/\b(the|his|her) (party|company|firm|group|union|bank|government)['’]s\b/i.test(a)) return true;
    const extra = a.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !own.has(w) && !/^(Mr|Mrs|Ms|Dr|Miss|The)$/.test(w)).map((w) => w.replace(/['’]s$/, ''));
    if (words.every((w) => extra.includes(w))) return true;
    // "Lib Dem spokesman Ed Davey" speaks for "Liberal Democrats"; "Tory" for "Conservative".
    if (party && partyKey(extra.join(' ')) === party) return true;
  }
  return false;
}

/**
 * People who comment on decisions rather than take them (a lawyer, an analyst, a relative):
 * "the lawyer said the families would be reunited" announces no action of their own.
 */
const OBSERVER_ROLES = /\b(lawyer|solicitor|barrister|analyst|economist|expert|campaigner|academic|professor|researcher|commentator|observer|critic|mother|father|wife|husband|son|daughter|brother|sister|relative|witness|resident|neighbour|neighbor|friend)s?\b/i;
export function observer(source: Entity): boolean {
  // ("the academic said": a description by an observer's noun, whatever kind it was read as.)
  if (/^(the|an?)\b/i.test(source.name) && OBSERVER_ROLES.test(source.name.split(' ').pop() ?? '')) return true;
  return source.kind === 'person' && (source.aliases.some((a) => OBSERVER_ROLES.test(a)) || source.roleList.some((r) => OBSERVER_ROLES.test(r.head)));
}

/** Words that name a police force or its officers ("Det Insp Kane", "the sheriff's office", "officers"). */
const POLICE_WORDS = /\b(police|constabulary|sheriff|detectives?|deputies|inspector|insp|officers?|superintendent|supt|sergeant|sgt|constable|troopers?)\b/i;

/** Whether the source is a police force or one of its officers, by its name, description or role. */
export function policeSource(source: Entity): boolean {
  return POLICE_WORDS.test([source.name, ...source.aliases, ...source.roleList.map((r) => [...r.words, r.head].join(' '))].join(' '));
}

/** Whether the words name police officers ("officers", "detectives", "deputies", "police"). */
export const namesPolice = (text: string): boolean => POLICE_WORDS.test(text);
