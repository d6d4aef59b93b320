/**
 * Descriptions that re-name a person just mentioned: "... a call to pause from Charles
 * Kennedy. The Lib Dem leader said ..." — an affiliation-marked role ("the Lib Dem leader",
 * "the Tory spokesman") the article never attached to a name, read as the person named last
 * in the two sentences before it; a spokesman description also fits the titled official who
 * just spoke. Never someone known with a clashing role.
 */
import { startsUpper, type Token } from './nlp';
import type { Sentence } from './sentences';
import { roleScore, type Role } from './roles';
import { isGenitive } from './mentions';

/** Where a person's name occurs: sentence index and token position. */
export interface NameSite { at: number; pos: number }

export interface NamedPerson { full: string; tokens: string[]; roles: Role[]; sites: NameSite[]; gender: 'm' | 'f' | null }

/** The gender a role noun itself marks ("spokeswoman", "chairman"), or null. */
export function roleGender(head: string): 'm' | 'f' | null {
  return /(wo)?man$/.test(head) ? (/woman$/.test(head) ? 'f' : 'm') : null;
}

export const LOOK_BACK = 2;

/** Records every sentence position where a known person's surname (or full name) appears. */
export function noteNameSites(sentences: Sentence[], people: NamedPerson[]): void {
  const bySurname = new Map<string, NamedPerson[]>();
  for (const p of people) {
    const last = p.tokens[p.tokens.length - 1] as string;
    bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
  }
  if (bySurname.size === 0) return;
  for (const s of sentences) {
    const toks = s.tokens;
    for (let pos = 0; pos < toks.length; pos++) {
      const text = (toks[pos] as Token).text;
      // (Taking off a possessive leaves the first letter, so a name starts with a capital either way.)
      if (!startsUpper(text)) continue;
      const found = bySurname.get(text.replace(/['’]s$/, ''));
      // A surname shared by two people names neither.
      if (found?.length === 1) (found[0] as NamedPerson).sites.push({ at: s.index, pos });
    }
  }
}

/** "The Lib Dem leader", "the Tory spokesman": a role with a capitalised modifier besides its head. */
export function affiliationMarked(tokens: Token[], head: string): boolean {
  const last = tokens[tokens.length - 1];
  // "Pakistan's Defence Minister" is an office's full title, not a description of someone in view.
  if (tokens[0]?.lower !== 'the' || !last || last.lower !== head || /^[A-Z]/.test(last.text)) return false;
  if (tokens.some((t) => isGenitive(t) || t.lower === 'of' || t.lower === 'for')) return false;
  return tokens.some((t, k) => k > 0 && /^[A-Z]/.test(t.text) && t.pos !== 'DET');
}

const DESCRIBING = /^(former|outgoing|veteran|retiring|departing|embattled|ex|then|long-serving|incoming|beleaguered|disgraced|ousted|deposed|newly|\d+-year-old)$/;

/** "the former Labour leader", "the group's general secretary": a description of someone, not a bare office. */
export function descriptive(tokens: Token[], head: string): boolean {
  if (tokens[0]?.lower !== 'the') return false;
  return affiliationMarked(tokens, head) || tokens.some((t) => isGenitive(t) || DESCRIBING.test(t.lower));
}

/**
 * The person named last in the sentences just before `at`, when their known roles do not clash
 * with the mention. Not the one who spoke in the sentence just before: a writer continues with
 * "he" for that person, a description re-introduces someone less in view ("... from Charles
 * Kennedy. The Lib Dem leader said"), and "Mr Blair said ... . The Tory leader said" is a second person.
 */
export function describedPerson(role: Role, tokens: Token[], at: number, people: NamedPerson[], lastSpeakers: Set<string>): NamedPerson | null {
  let best: NamedPerson | null = null;
  let bestSite: NameSite | null = null;
  for (const p of people) {
    // (A name with neither gender nor role may be a place read as a name: "inmates at Guantanamo Bay".)
    if (!p.gender && p.roles.length === 0) continue;
    for (const site of p.sites) {
      if (site.at >= at || site.at < at - LOOK_BACK) continue;
      if (bestSite && (site.at < bestSite.at || (site.at === bestSite.at && site.pos < bestSite.pos))) continue;
      best = p;
      bestSite = site;
    }
  }
  // "The Chozo leader told Samus ...": a person named in the description's own sentence is someone else.
  if (!best || lastSpeakers.has(best.full) || best.sites.some((x) => x.at === at)) return null;
  return fitsRole(role, tokens, best.roles, best.gender) ? best : null;
}

/** The description can name someone with these roles and gender: no clashing role, no other gender ("spokeswoman"). */
export function fitsRole(role: Role, tokens: Token[], roles: Role[], gender: 'm' | 'f' | null): boolean {
  const marked = roleGender(role.head);
  return !clashes(role, tokens, roles) && !(marked && gender && marked !== gender);
}

/** The person is known with the same role head but other modifiers ("Lib Dem leader" for "the Tory leader"). */
export function clashes(role: Role, tokens: Token[], roles: Role[]): boolean {
  return roles.some((r) => r.head === role.head) && roleScore(role, tokens, roles) < 0;
}
