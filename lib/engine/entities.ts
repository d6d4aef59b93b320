/**
 * The article's sources: one entity per real-world source with all the forms the article
 * uses for it. Resolves names (surname and titled forms to the fullest name), role nouns
 * ("the spokesman") and pronouns (by gender and number) to entities.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { SourceKind } from './types';
import type { Mention } from './mentions';
import { analysePhrase, publicationName, type PhraseInfo } from './names';
import { PARTY_NAMES, ROLE_NOUNS, TITLES } from './lexicon';
import { roleOf, roleScore, textOf, type Role } from './roles';
import { LOOK_BACK, SPEAKING_ROLES, affiliationMarked, clashes, describedPerson, roleGender } from './anaphora';
import { PeopleIndex, type KnownPerson } from './people';
import { Salience } from './salience';
import { STATE_HEADS, fullerName, hasContrast, modifiersOf, namedBodyFor, onlyBodyNoun, orgNamesIn, sameGroup, stateBody, type BodyView } from './bodies';

/** Sentences within which a bare plural or a body noun ("agency officials") still points back. */
const RECENT = 3;

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

export const aliasKey = (text: string): string =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/^the /, '').replace(/'s$/, '').replace(/'$/, '').trim();

/** Only a determiner before the head ("the newspaper", not "a Chinese newspaper"). */
const modifiers0 = (text: string, head: string): boolean => new RegExp(`^(the|this) ${head}$`, 'i').test(text.trim());

const ORG_GENERIC = new Set(['firm', 'company', 'group', 'bank', 'business', 'airline', 'carrier', 'retailer',
  'insurer', 'lender', 'manufacturer', 'maker', 'giant', 'charity', 'organisation', 'organization', 'operator',
  'utility', 'supplier', 'producer', 'conglomerate', 'corporation', 'club', 'broadcaster']);
export class Registry {
  readonly entities: Entity[] = [];
  /** The outlet most recently named (as a source or an addressee: "told Reuters"). */
  lastOutlet: Entity | null = null;
  /** The source last cited through a document ("the ADB report said"), for a following "it says". */
  lastDocument: Entity | null = null;
  /** The poll or survey last cited as a source, for "Some 87% said ..." after it. */
  lastPoll: Entity | null = null;
  /** A poll the article cites without naming it as a source first. */
  genericPoll(): Entity {
    return this.find('the poll') ?? this.create('the poll', 'poll', null, false);
  }
  /** The sentence being resolved, for possessives that point back inside it. */
  context: Sentence | null = null;
  private byAlias = new Map<string, Entity>();
  private readonly known = new PeopleIndex();
  /** The people the article names in full (see `PeopleIndex`). */
  private get people(): KnownPerson[] { return this.known.people; }
  /** Recent subjects and sources, newest last, for pronouns. */
  private readonly salience = new Salience();

  /** Collects person names the article uses anywhere, so "Muttaqi" can become "Amir Khan Muttaqi". */
  prescan(sentences: Sentence[]): void { this.known.prescan(sentences); }

  private expand(name: string): KnownPerson | null { return this.known.expand(name); }

  /** Acronyms the article defines: "the Asian Development Bank (ADB)". */
  private acronyms = new Map<string, string>();

  /** Organisation names spelled out anywhere in the article ("Roscosmos Space Agency"). */
  private orgNames = new Set<string>();

  noteAcronyms(s: Sentence): void {
    const toks = s.tokens;
    for (const name of orgNamesIn(toks)) this.orgNames.add(name);
    for (let k = 2; k + 1 < toks.length; k++) {
      const t = toks[k] as Token;
      if (toks[k - 1]?.text !== '(' || toks[k + 1]?.text !== ')' || !/^[A-Z]{2,6}$/.test(t.text)) continue;
      let a = k - 2;
      while (a > 0 && /^[A-Z]/.test((toks[a - 1] as Token).text) || (a > 1 && /^(of|for|and|the)$/.test((toks[a - 1] as Token).lower) && /^[A-Z]/.test((toks[a - 2] as Token).text))) a--;
      const full = textOf(toks.slice(a, k - 1));
      if (full.split(' ').length >= 2) this.acronyms.set(t.text, full);
    }
  }

  private create(name: string, kind: SourceKind, gender: 'm' | 'f' | null, plural: boolean): Entity {
    const e: Entity = {
      id: `s${this.entities.length + 1}`, name, aliases: [], kind, gender, plural, roles: new Set(), roleList: [], heads: new Set(), lastSeen: -1,
    };
    this.entities.push(e);
    this.addAlias(e, name);
    return e;
  }

  /** A name known to be a body ("Shares in Acme Widgets": Acme Widgets), even if it reads like a person's. */
  body(m: Mention, at: number): Entity {
    const e = this.find(m.text) ?? this.resolve(m, at, false) ?? this.create(m.text, 'organisation', null, false);
    if (e.kind === 'person' && !e.gender && !e.plural && e.roles.size === 0) e.kind = 'organisation';
    this.addAlias(e, m.text);
    return e;
  }

  addAlias(e: Entity, text: string): void {
    const t = text.trim();
    if (!t) return;
    if (!e.aliases.includes(t)) e.aliases.push(t);
    const k = aliasKey(t);
    if (k && !this.byAlias.has(k)) this.byAlias.set(k, e);
  }

  /** Folds `from` into `into`: its forms and its sentences count for `into` from now on. */
  merge(from: Entity, into: Entity): void {
    if (from === into) return;
    from.mergedInto = into;
    for (const a of from.aliases) this.addAlias(into, a);
    for (const [k, v] of this.byAlias) if (v === from) this.byAlias.set(k, into);
    this.salience.replace(from, into);
  }

  canonical(e: Entity): Entity {
    let c = e;
    while (c.mergedInto) c = c.mergedInto;
    return c;
  }

  touch(e: Entity, at: number): void { this.salience.touch(e, at); }

  /** Resolves a pronoun to the most recent compatible entity. */
  pronoun(p: string, at: number, exclude?: Set<Entity>): Entity | null {
    const e = this.salience.pronoun(p, at, exclude);
    if ((p === 'he' || p === 'she') && !e?.gender) {
      // "... to Mrs Quinn's son. She denies ...": a person of the pronoun's gender named in the
      // sentence just before (as an object too) beats someone in view whose gender is unknown.
      const named = this.namedJustBefore(p === 'he' ? 'm' : 'f', at);
      if (named && !exclude?.has(named)) return named;
    }
    return e;
  }

  private namedJustBefore(gender: 'm' | 'f', at: number): Entity | null {
    let best: KnownPerson | null = null;
    let bestAt = -1;
    for (const k of this.known.people) {
      if (k.gender !== gender) continue;
      for (const site of k.sites) if (site.at === at - 1 && site.at > bestAt) { best = k; bestAt = site.at; }
    }
    const rivals = this.known.people.filter((k) => k !== best && k.gender !== (gender === 'm' ? 'f' : 'm') && k.sites.some((x) => x.at === at - 1));
    if (!best || rivals.length > 0) return null;
    return this.find(best.full) ?? this.create(best.full, 'person', best.gender, false);
  }

  /**
   * People named after a subject pronoun in its sentence: "he insisted he still trusted Mr Blair"
   * cannot be Mr Blair (a pronoun never outranks a name it refers to in its own clause).
   */
  private namedAfter(m: Mention): Set<Entity> {
    const out = new Set<Entity>();
    const s = this.context;
    if (!s || s.tokens[m.start] !== m.tokens[0]) return out;
    for (let k = m.end; k < s.tokens.length; k++) {
      const t = s.tokens[k] as Token;
      if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || s.quoted[k]) continue;
      const known = this.expand(t.text.replace(/['’]s$/, ''));
      const e = known ? this.find(known.full) : this.find(t.text);
      if (e && e.kind === 'person') out.add(e);
    }
    return out;
  }

  /** Looks a phrase up without creating anything. */
  find(text: string): Entity | null {
    return this.byAlias.get(aliasKey(text)) ?? null;
  }

  /** The political party most recently in view ("Labour", "the Liberal Democrats", "the Green Party"). */
  private partyInView(at: number): Entity | null {
    return this.salience.recentWhere(at, 8, (e) => e.kind !== 'person' &&
      (PARTY_NAMES.has(e.name.replace(/^the /i, '').toLowerCase().replace(/ /g, '-')) || /\bParty$/.test(e.name)));
  }

  /**
   * "The firm", "the company" → the organisation in view; "a spokesman" with no "for X" → the
   * organisation in view; "the authorities", "the government" → an entity with the same head.
   */
  private generic(info: PhraseInfo, at: number): Entity | null {
    const head = info.head as string;
    const mods = modifiersOf(info.text, head);
    if (STATE_HEADS.has(head) && !hasContrast(mods)) {
      const body = stateBody(this.bodyView(), mods, /['’]s\b/.test(info.text));
      if (body || mods.length === 0) return body;
    }
    if (info.kind === 'group' && mods.length > 0 && !hasContrast(mods)) {
      const group = sameGroup(this.bodyView(), head, mods, at - RECENT);
      if (group) return group;
    }
    const recentOrg = (): Entity | null => this.salience.recentOrg(at, 6);
    // "Labour says ... . The party says ...": a bare "the party" is the political party in view.
    if (head === 'party' && /^the party$/i.test(info.text.trim())) {
      const party = this.partyInView(at);
      if (party) return party;
    }
    if (info.definite && ORG_GENERIC.has(head)) return recentOrg();
    // "the newspaper quotes ...", "the paper said": the outlet last named.
    if (info.definite && /^(newspaper|paper|daily|tabloid|broadcaster|magazine|website)$/.test(head) && modifiers0(info.text, head) && this.lastOutlet) return this.lastOutlet;
    if (!info.definite && /^(spokesman|spokeswoman|spokesperson)$/.test(head) && /^an? /i.test(info.text) &&
      !/ (for|of) /.test(info.text)) return recentOrg();
    // Only a bare phrase ("the government", "other agencies") stands for an earlier, fuller one.
    const modifiers = info.text.toLowerCase().split(/\s+/).filter((w) => !/^(the|other|some|many|several|these|those|its|their|a|an)$/.test(w) && w !== head);
    if (info.definite && modifiers.length > 0 && modifiers.length <= 3) {
      // "the conservation department" for "the New Zealand Department of Conservation".
      const stem = (w: string) => w.toLowerCase().slice(0, 5);
      for (let k = this.entities.length - 1; k >= 0; k--) {
        const e = this.entities[k] as Entity;
        if (e.kind === 'person' || e.kind === 'group') continue;
        const words = new Set(e.name.split(/\s+/).map(stem));
        if (words.has(stem(head)) && modifiers.every((w) => words.has(stem(w)))) return e;
      }
    }
    if ((info.definite || info.kind === 'group') && modifiers.length === 0) {
      // The one most recently in view; a bare plural ("Officials said") only when it was just mentioned.
      const bare = info.text.split(/\s+/).length === 1;
      let best: Entity | null = null;
      for (const e of this.entities) {
        if (bare && e.lastSeen < at - RECENT) continue;
        if (e.kind !== 'person' && e.heads.has(head) && e.kind === info.kind && (!best || e.lastSeen > best.lastSeen)) best = e;
      }
      if (best) return best;
    }
    return null;
  }

  private bodyView(): BodyView {
    return {
      entities: this.entities,
      find: (text) => this.find(text),
      namesPerson: (text) => !!this.expand(text.replace(/^(Mr|Mrs|Ms|Dr|President)\.? /, '')),
    };
  }

  /** The person named nearest before the mention in the same sentence ("Morgan Tsvangirai ..., his spokesman said"). */
  private personBefore(m: Mention): Entity | null {
    const s = this.context;
    if (!s || s.tokens[m.start] !== m.tokens[0]) return null;
    for (let k = m.start - 1; k >= 0; k--) {
      const t = s.tokens[k] as Token;
      if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text)) continue;
      const known = this.expand(t.text.replace(/['’]s$/, ''));
      if (known) return this.find(known.full) ?? this.create(known.full, 'person', known.gender, false);
      const e = this.find(t.text);
      if (e && e.kind === 'person') return e;
    }
    return null;
  }

  /** "the WTO" for "the World Tourism Organisation": initials of an entity's capitalised words. */
  private byInitials(text: string): Entity | null {
    const acr = text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
    if (!/^[A-Z]{2,6}$/.test(acr)) return null;
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k] as Entity;
      if (e.kind === 'person') continue;
      for (const a of e.aliases) {
        const initials = a.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !/^(The|Of|And)$/.test(w)).map((w) => w[0]).join('');
        if (initials === acr) return e;
      }
    }
    return null;
  }

  /** "a new book about the chancellor" after "the book": the same document. */
  private byHead(head: string): Entity | null {
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k] as Entity;
      if ((e.kind === 'document' || e.kind === 'poll') && e.roles.has(head)) return e;
    }
    return null;
  }

  /** "the Tory leader", "the foreign secretary": the entity or named person that held the role. */
  private byRole(info: PhraseInfo, tokens: Token[], at: number): Entity | KnownPerson | null {
    if (!info.head) return null;
    const role = roleOf(tokens);
    if (!role) return null;
    if (!info.definite) {
      // "Netanyahu's triumph keeps in place an Israeli prime minister who ...": an indefinite role
      // describes someone only when a person with that role is named in the same sentence.
      if (!ROLE_NOUNS.has(role.head) || info.plural) return null;
      return this.people.find((p) => p.sites.some((x) => x.at === at) && roleScore(role, tokens, p.roles) >= 1) ?? null;
    }
    let best: Entity | KnownPerson | null = null;
    let bestScore = -1;
    let bestWhen = -1;
    for (const e of this.entities) {
      const score = roleScore(role, tokens, e.roleList);
      if (score < 0) continue;
      if (score > bestScore || (score === bestScore && e.lastSeen > bestWhen)) { best = e; bestScore = score; bestWhen = e.lastSeen; }
    }
    for (const p of this.people) {
      if (p.first > at) continue;
      const score = roleScore(role, tokens, p.roles);
      if (score < 0) continue;
      if (score > bestScore || (score === bestScore && p.first > bestWhen && !this.find(p.full))) { best = p; bestScore = score; bestWhen = p.first; }
    }
    if (!best && ROLE_NOUNS.has(role.head) && !info.plural && affiliationMarked(tokens, role.head)) {
      const lastSpeakers = this.salience.peopleAt(at - 1);
      const p = describedPerson(role, tokens, at, this.people, lastSpeakers) as KnownPerson | null;
      if (p) { p.roles.push(role); return p; }
      const speaker = SPEAKING_ROLES.has(role.head) ? this.salience.lastPerson(at, LOOK_BACK) : null;
      const gender = roleGender(role.head);
      if (speaker && speaker.roleList.length > 0 && !clashes(role, tokens, speaker.roleList) &&
        !(gender && speaker.gender && gender !== speaker.gender)) return speaker;
    }
    return best;
  }

  /**
   * "the ADB report", "the World Bank report": the body named in front of a document noun;
   * "Mr Peston's book": the work the article already credited to that author.
   */
  private documentOwner(main: PhraseInfo, mainTokens: Token[], authored: boolean, phrases: PhraseInfo[]): Entity | null {
    const head = main.head as string;
    const caps = mainTokens.filter((t) => /^[A-Z]/.test(t.text) && t.pos !== 'DET' && t.lower !== head);
    if (caps.length === 0 || authored) return null;
    const names = caps.map((t) => t.text.replace(/['’]s$/, ''));
    const titledOwner = (names[0] as string).toLowerCase().replace(/\.$/, '') in TITLES;
    const owner = this.expand((titledOwner ? names.slice(1) : names).join(' '));
    if (titledOwner || owner) {
      return owner ? this.entities.find((d) => d.author === owner.full && (d.kind === 'document' || d.kind === 'poll')) ?? null : null;
    }
    const org = caps.map((t) => t.text).join(' ').replace(/['’]s$/, '');
    let e = this.find(org) ?? this.find(this.acronyms.get(org) ?? '') ?? this.byInitials(org);
    if (!e && caps.length >= 2 && !phrases.some((p) => p.kind === 'outlet')) {
      e = this.create(/^the /i.test(main.text) ? `the ${org}` : org, 'organisation', null, false);
    }
    if (e) e.roles.add(head);
    return e;
  }

  /** The entity a mention (with its appositives) names; creates it when new. */
  resolve(m: Mention, at: number, create = true): Entity | null {
    if (m.pronoun) return this.pronoun(m.pronoun, at, this.namedAfter(m));
    const first = m.tokens[0] as Token;
    if (/^(his|her|its|their)$/.test(first.lower) && m.tokens.length >= 2 && m.appositives.length === 0) {
      const rest = m.tokens.slice(1);
      const info = analysePhrase(rest, textOf(rest));
      const owner = info.head && ROLE_NOUNS.has(info.head) && !info.person
        ? (first.lower === 'his' || first.lower === 'her' ? this.personBefore(m) : null) ??
          this.pronoun(first.lower === 'his' ? 'he' : first.lower === 'her' ? 'she' : first.lower === 'its' ? 'it' : 'they', at) : null;
      if (owner) {
        const name = `${owner.name}'s ${textOf(rest)}`;
        const e = this.find(name) ?? this.create(name, 'person', null, false);
        this.addAlias(e, m.text);
        return e;
      }
    }
    let mainTokens = m.tokens;
    const poss = mainTokens.findIndex((t) => t.text === "'s" || t.text === '’s');
    // "The Obama administration's first comments came with a warning": the administration.
    if (poss > 0 && /^(comments?|statement|remarks|warning|words|response|reply|announcement)$/.test(mainTokens[mainTokens.length - 1]?.lower ?? '')) {
      mainTokens = mainTokens.slice(0, poss);
    }
    const cut = mainTokens.findIndex((t, k) => k > 0 && (t.lower === 'by' || t.lower === 'from' || t.lower === 'in'));
    let authored = !!m.authored;
    let authorTokens = m.author ?? null;
    if (cut > 0) {
      const headInfo = analysePhrase(mainTokens.slice(0, cut), textOf(mainTokens.slice(0, cut)));
      const rest = mainTokens.slice(cut + 1);
      // "Brown's Britain by Sunday Telegraph journalist Robert Peston": a work by its author.
      const cutWord = (mainTokens[cut] as Token).lower;
      if (cutWord === 'by' && headInfo.proper && !headInfo.person &&
        analysePhrase(rest, textOf(rest)).kind === 'person') {
        mainTokens = mainTokens.slice(0, cut);
        authored = true;
        authorTokens = rest;
      } else if (headInfo.kind === 'document' || headInfo.kind === 'poll' || headInfo.kind === 'outlet') {
        const restInfo = analysePhrase(rest, textOf(rest));
        // "estimates from the World Bank", "a report by the Fraser Institute": the body the
        // figures come from is the source; "a report in the Sunday Times": the outlet.
        const body = restInfo.proper && restInfo.kind !== 'person';
        mainTokens = ((cutWord === 'from' || cutWord === 'by') && body) || (cutWord === 'in' && publicationName(rest)) ? rest : mainTokens.slice(0, cut);
      }
    }
    const phrases = [mainTokens, ...m.appositives].map((toks) => analysePhrase(toks, textOf(toks)));
    const main = phrases[0] as PhraseInfo;
    let person = phrases.find((p) => p.person);
    if (!person) {
      // A bare surname or first name of someone the article names in full elsewhere.
      for (const p of phrases) {
        const caps = p.text.replace(/^(the|The)\s+/, '').replace(/['’]s$/, '');
        if (!/^[A-Z][\p{L}'’.-]+$/u.test(caps) && !/^(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)\.? [A-Z][\p{L}'’.-]+$/u.test(caps)) continue;
        const bare = caps.replace(/^(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)\.? /, '');
        const known = this.expand(bare);
        if (known) {
          const title = caps === bare ? null : caps.split(/\.? /)[0] as string;
          const g = title ? ({ Mr: 'm', Sir: 'm', Lord: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', Lady: 'f', Dame: 'f' } as Record<string, 'm' | 'f'>)[title] ?? null : null;
          person = { ...p, person: known.full, display: known.display, gender: g ?? known.gender, kind: 'person' };
          break;
        }
      }
    }
    let e: Entity | null = null;
    if (person?.person) {
      const known = this.expand(person.person);
      const full = known?.full ?? person.person;
      e = this.find(full) ?? this.find(person.display ?? '') ?? null;
      if (!e) {
        e = this.create(full, 'person', person.gender ?? known?.gender ?? null, false);
      }
      if (!e.gender) e.gender = person.gender ?? known?.gender ?? null;
      if (known) for (const r of known.roles) if (!e.roleList.includes(r)) e.roleList.push(r);
      if (person.display) this.addAlias(e, person.display);
    } else {
      const proper = phrases.find((p) => p.proper && p.kind !== 'group');
      // "agency officials" is looked up by what is in view, never by its words alone.
      const bodyNounGroup = main.kind === 'group' && !!main.head && onlyBodyNoun(modifiersOf(main.text, main.head));
      // "the party" is the party in view now, not whichever party it named before.
      if (/^the party$/i.test(main.text.trim())) e = this.partyInView(at);
      if (!bodyNounGroup) for (const p of phrases) e = e ?? this.find(p.text) ?? this.find(this.acronyms.get(p.text.replace(/^the /i, '')) ?? '');
      if (!e && !proper) {
        const r = this.byRole(main, mainTokens, at);
        if (r && 'full' in r) {
          e = this.find(r.full) ?? this.create(r.full, 'person', r.gender, false);
          e.roleList.push(...r.roles);
        } else e = r;
      }
      if (!e && (main.kind === 'document' || main.kind === 'poll') && main.head) {
        e = this.documentOwner(main, mainTokens, authored, phrases);
        const bare = this.byHead(main.head);
        // "the report said" before "the ADB report said": the same report, so the same source.
        if (e && bare && bare.kind === 'document' && !/[A-Z]/.test(bare.name.replace(/^the /i, '')) && !bare.author) this.merge(bare, e);
        e = e ?? bare;
      }
      if (!e && !proper && main.head) {
        e = this.generic(main, at);
        if (e) {
          if (STATE_HEADS.has(main.head) && !main.plural) e.plural = false;
          if (fullerName(main.text, e.name)) e.name = main.text;
        }
      }
      if (!e) e = this.byInitials(main.text);
      if (!e && !proper && main.definite && main.kind === 'organisation' && main.head) {
        const named = namedBodyFor(main.text, main.head, this.orgNames);
        if (named) {
          e = this.find(named.core) ?? this.find(named.full) ?? this.create(named.full, 'organisation', null, false);
          this.addAlias(e, named.core);
        }
      }
      if (!e && !create) return null;
      if (!e) {
        const named = proper ?? main;
        const kind = authored || main.kind === 'document' || main.kind === 'poll' ? (main.kind === 'poll' ? 'poll' : 'document')
          : phrases.some((p) => p.kind === 'outlet') ? 'outlet' : named.kind;
        e = this.create(named.text, kind, null, named.plural);
        // "Officials in Cojedes state": the group is also just "Officials" later on.
        const qualified = kind === 'group' ? /^(.+?) (?:in|with|within) /.exec(named.text) : null;
        if (qualified) this.addAlias(e, qualified[1] as string);
        const author = authorTokens ? this.expand(textOf(authorTokens).replace(/^(Mr|Mrs|Ms|Dr)\.? /, '')) : null;
        if (kind === 'document' && author) e.author = author.full;
      }
    }
    for (const p of phrases) {
      if (p.head && !p.person && e.kind !== 'person') e.heads.add(p.head);
      // A bare "Officials" stays free for the next group unless it is this entity's own name.
      const barePlural = p.kind === 'group' && !/\s/.test(p.text.trim()) && aliasKey(p.text) !== aliasKey(e.name);
      if (p.text.length <= 120 && !barePlural) this.addAlias(e, p.text);
      if (p.head && (ROLE_NOUNS.has(p.head) || p.kind === 'document' || p.kind === 'poll') && !p.person) e.roles.add(p.head);
    }
    for (const toks of [mainTokens, ...m.appositives]) {
      const r = roleOf(toks);
      if (r && ROLE_NOUNS.has(r.head)) e.roleList.push(r);
    }
    for (const p of phrases) {
      if (p.kind === 'outlet' && e.kind !== 'person') e.kind = 'outlet';
    }
    return e;
  }
}
