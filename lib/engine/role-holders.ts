/**
 * Role phrases linked to a person: "the Tory leader" to whoever held the role, "his spokesman"
 * to the person named just before.
 */
import type { Token } from './nlp';
import type { Mention } from './mentions';
import type { PhraseInfo } from './names';
import { ROLE_NOUNS, SPEAKING_ROLES } from './lexicon';
import { roleOf, roleScore } from './roles';
import { LOOK_BACK, affiliationMarked, describedPerson, descriptive, fitsRole } from './anaphora';
import type { KnownPerson } from './people';
import type { Entity } from './entities';
import type { Registry } from './registry';

/** The person named nearest before the mention in the same sentence ("Morgan Tsvangirai ..., his spokesman said"). */
export function personBefore(reg: Registry, m: Mention): Entity | null {
  const s = reg.context;
  if (!s || s.tokens[m.start] !== m.tokens[0]) return null;
  for (let k = m.start - 1; k >= 0; k--) {
    const t = s.tokens[k] as Token;
    if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text)) continue;
    const known = reg.expand(t.text.replace(/['’]s$/, ''));
    if (known) return reg.find(known.full) ?? reg.create(known.full, 'person', known.gender, false);
    const e = reg.find(t.text);
    if (e && e.kind === 'person') return e;
  }
  return null;
}

/** "the Tory leader", "the foreign secretary": the entity or named person that held the role. */
export function byRole(reg: Registry, info: PhraseInfo, tokens: Token[], at: number): Entity | KnownPerson | null {
  if (!info.head) return null;
  const role = roleOf(tokens, info);
  if (!role) return null;
  if (!info.definite) {
    // "Netanyahu's triumph keeps in place an Israeli prime minister who ...": an indefinite role
    // describes someone only when a person with that role is named in the same sentence.
    if (!ROLE_NOUNS.has(role.head) || info.plural) return null;
    return reg.people.find((p) => p.sites.some((x) => x.at === at) && roleScore(role, tokens, p.roles) >= 1) ?? null;
  }
  let best: Entity | KnownPerson | null = null;
  let bestScore = -1;
  let bestWhen = -1;
  for (const e of reg.entities) {
    const score = roleScore(role, tokens, e.roleList, true);
    if (score < 0) continue;
    if (score > bestScore || (score === bestScore && e.lastSeen > bestWhen)) { best = e; bestScore = score; bestWhen = e.lastSeen; }
  }
  for (const p of reg.people) {
    if (p.first > at) continue;
    const score = roleScore(role, tokens, p.roles, true);
    if (score < 0) continue;
    if (score > bestScore || (score === bestScore && p.first > bestWhen && !reg.find(p.full))) { best = p; bestScore = score; bestWhen = p.first; }
  }
  // "The home secretary said ..." in the opening, "Home Secretary Charles Clarke" further down:
  // the one person the article gives that title.
  if (!best && ROLE_NOUNS.has(role.head) && !info.plural) {
    const later = reg.people.filter((p) => p.first > at && roleScore(role, tokens, p.roles, true) >= 1);
    if (later.length === 1) best = later[0] as KnownPerson;
  }
  if (!best && ROLE_NOUNS.has(role.head) && !info.plural && affiliationMarked(tokens, role.head)) {
    const lastSpeakers = reg.salience.peopleAt(at - 1);
    const p = describedPerson(role, tokens, at, reg.people, lastSpeakers) as KnownPerson | null;
    if (p) { p.roles.push(role); return p; }
    const speaker = SPEAKING_ROLES.has(role.head) ? reg.salience.lastPerson(at, LOOK_BACK) : null;
    if (speaker && speaker.roleList.length > 0 && fitsRole(role, tokens, speaker.roleList, speaker.gender)) return speaker;
  }
  // "... said Mr Kinnock. The former Labour leader added": a description (unlike a bare office
  // such as "the chancellor", or a spokesman, often someone else) re-names the person who just
  // spoke, unless they are known by another role.
  if (!best && ROLE_NOUNS.has(role.head) && !SPEAKING_ROLES.has(role.head) && !info.plural && descriptive(tokens, role.head)) {
    const speaker = reg.salience.lastPerson(at, LOOK_BACK);
    const known = speaker ? reg.people.find((p) => p.full === speaker.name) : undefined;
    // ("The Chozo leader told Samus ...": someone named beside the description is someone else.)
    const namedBeside = !!known && !!reg.context?.tokens.some((t) => !tokens.includes(t) && known.tokens.includes(t.text.replace(/['’]s$/, '')));
    if (speaker && known && !namedBeside && speaker.roleList.every((r) => r.head === role.head) &&
      fitsRole(role, tokens, speaker.roleList, speaker.gender)) return speaker;
  }
  return best;
}
