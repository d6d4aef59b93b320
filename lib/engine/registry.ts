/**
 * The registry of the article's sources: creates entities, keeps their forms and merges them,
 * and resolves names (surname and titled forms to the fullest name), role nouns
 * ("the spokesman") and pronouns (by gender and number) to entities.
 */
import { startsUpper, type Token } from './nlp';
import type { Sentence } from './sentences';
import type { SourceKind } from './types';
import { isQuote, type Mention } from './mentions';
import { textOf } from './roles';
import { PeopleIndex, type KnownPerson } from './people';
import { Salience } from './salience';
import { orgNamesIn } from './bodies';
import { aliasKey, type Entity } from './entities';
import { resolveMention } from './mention-resolution';
import { SPEECH_VERBS } from './lexicon';

export class Registry {
  readonly entities: Entity[] = [];
  /** The outlet most recently named (as a source or an addressee: "told Reuters"). */
  lastOutlet: Entity | null = null;
  /** The source last cited through a document ("the ADB report said"), for a following "it says". */
  lastDocument: Entity | null = null;
  /** The poll or survey last cited as a source, for "Some 87% said ..." after it. */
  lastPoll: Entity | null = null;
  /** A body last quoted through its unnamed spokesperson, for a following "he said". */
  lastSpokesperson: { body: Entity; at: number } | null = null;
  /** A poll the article cites without naming it as a source first. */
  genericPoll(): Entity {
    return this.find('the poll') ?? this.create('the poll', 'poll', null, false);
  }
  /** The sentence being resolved, for possessives that point back inside it. */
  context: Sentence | null = null;
  private byAlias = new Map<string, Entity>();
  /** `aliasKey` by text: the article's names are looked up over and over. */
  private keys = new Map<string, string>();
  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = aliasKey(text);
      this.keys.set(text, key);
    }
    return key;
  }
  private readonly known = new PeopleIndex();
  /** The people the article names in full (see `PeopleIndex`). */
  get people(): KnownPerson[] { return this.known.people; }
  /** Recent subjects and sources, newest last, for pronouns. */
  readonly salience = new Salience();

  /** Collects person names the article uses anywhere, so "Muttaqi" can become "Amir Khan Muttaqi". */
  prescan(sentences: Sentence[]): void {
    this.known.prescan(sentences);
    for (const s of sentences) {
      for (let k = 1; k < s.tokens.length; k++) {
        const t = s.tokens[k] as Token;
        if (startsUpper(t.text)) this.capitalisedInside.add(t.text);
      }
    }
  }

  /** Words the article capitalises somewhere other than at a sentence's start: names, not openers. */
  readonly capitalisedInside = new Set<string>();

  expand(name: string, bySurname = false): KnownPerson | null { return this.known.expand(name, bySurname); }

  /** Acronyms the article defines: "the Asian Development Bank (ADB)". */
  readonly acronyms = new Map<string, string>();

  /** Organisation names spelled out anywhere in the article ("Roscosmos Space Agency"). */
  readonly orgNames = new Set<string>();

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

  create(name: string, kind: SourceKind, gender: 'm' | 'f' | null, plural: boolean): Entity {
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
    const k = this.keyOf(t);
    if (k && !this.byAlias.has(k)) this.byAlias.set(k, e);
    // ("The island's defence ministry" ... "The Defence Ministry": the body without its owner.)
    const owned = /^(?:the )?\S+['’]s ([a-z][a-z ]*[a-z])$/i.exec(t);
    if (owned && e.kind !== 'person' && /^[a-z]/.test(owned[1] as string) && (owned[1] as string).includes(' ')) {
      const bare = aliasKey(owned[1] as string);
      if (!this.byAlias.has(bare)) this.byAlias.set(bare, e);
    }
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
    // "A Labour Party spokesman told the BBC ... . “...,” he said.": the body still speaks.
    const spoke = this.lastSpokesperson;
    if ((p === 'he' || p === 'she') && spoke && at - spoke.at <= 2 && !exclude?.has(spoke.body)) return spoke.body;
    const e = this.salience.pronoun(p, at, exclude);
    if ((p === 'he' || p === 'she') && !e?.gender) {
      // "... to Mrs Quinn's son. She denies ...": a person of the pronoun's gender named in the
      // sentence just before (as an object too) beats someone in view whose gender is unknown.
      const named = this.namedJustBefore(p === 'he' ? 'm' : 'f', at);
      if (named && !exclude?.has(named)) return named;
    }
    return e;
  }

  /**
   * The person named last in the `within` sentences before `at` whom "he" or "she" can be: for a
   * speaker only ever named in passing ("For Rick Dean, director of ..., it is a prospect. ... he
   * said"), never a subject or source before. A name of unknown gender counts only with a role:
   * without one it may be a title or a place ("Indiana Jones", "Signal Processing").
   */
  lastNamedPerson(pronoun: string, at: number, within: number): Entity | null {
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const gender = pronoun === 'he' ? 'm' : 'f';
    let best: KnownPerson | null = null;
    let bestAt = -1;
    let bestPos = -1;
    for (const k of this.known.people) {
      if (k.gender ? k.gender !== gender : k.roles.length === 0) continue;
      for (const site of k.sites) {
        if (site.at >= at || site.at < at - within) continue;
        if (site.at > bestAt || (site.at === bestAt && site.pos > bestPos)) { best = k; bestAt = site.at; bestPos = site.pos; }
      }
    }
    if (!best) return null;
    return this.find(best.full) ?? this.create(best.full, 'person', best.gender, false);
  }

  private namedJustBefore(gender: 'm' | 'f', at: number): Entity | null {
    let best: KnownPerson | null = null;
    let bestAt = -1;
    for (const k of this.known.people) {
      if (k.gender !== gender) continue;
      for (const site of k.sites) if (site.at === at - 1 && site.at > bestAt) { best = k; bestAt = site.at; }
    }
    if (!best) return null;
    // ("Mr Curry hosts a podcast called The Daily Source Code. He says ...": the sentence's
    // subject outranks a name of unknown gender later in it.)
    const opens = best.sites.some((x) => x.at === at - 1 && x.pos <= 2);
    const rivals = this.known.people.filter((k) => k !== best && k.gender !== (gender === 'm' ? 'f' : 'm') &&
      (k.gender === gender || !opens) && k.sites.some((x) => x.at === at - 1));
    if (rivals.length > 0) return null;
    return this.find(best.full) ?? this.create(best.full, 'person', best.gender, false);
  }

  /**
   * People named after a subject pronoun in its sentence: "he insisted he still trusted Mr Blair"
   * cannot be Mr Blair (a pronoun never outranks a name it refers to in its own clause); for a
   * pronoun set off after the content, the people named anywhere in the sentence (`named`), and
   * apart from them those the quotation before it names (`quoted`: "“... the hallmark of David
   * Cameron ...,” he said." is not David Cameron speaking).
   */
  namedAfter(m: Mention): { named: Set<Entity>; quoted: Set<Entity> } {
    const named = new Set<Entity>();
    const quoted = new Set<Entity>();
    const s = this.context;
    if (!s || s.tokens[m.start] !== m.tokens[0]) return { named, quoted };
    // "Mr Blair has failed to tackle these problems, he claimed": the speaker set off after the
    // content is not the person the content is about.
    const setOff = m.start > 0 && /^[,"”’]$/.test((s.tokens[m.start - 1] as Token).text);
    const spokeBefore = setOff ? this.salience.peopleAt(s.index - 1) : null;
    // ("Regulations ... are too lax, it said.": a body closing the sentence is not the content's subject.)
    const closing = setOff && (m.pronoun === 'it' || m.pronoun === 'they') &&
      s.tokens.slice(m.end + 1).every((t) => t.pos === 'PUNCT' || isQuote(t) || t.pos === 'ADV');
    if (closing) for (const e of this.salience.seenAt(s.index)) if (e.kind !== 'person') named.add(e);
    for (let k = setOff ? 0 : m.end; k < s.tokens.length; k++) {
      if (k >= m.start && k < m.end) continue;
      const t = s.tokens[k] as Token;
      // ("Mr Johnson told Today: “...,” he said.": a name that is itself a speaker stays possible.)
      if (k < m.start) {
        let n = k + 1;
        while ((s.tokens[n] as Token | undefined)?.pos === 'PROPN') n++;
        if (SPEECH_VERBS.has((s.tokens[n] as Token | undefined)?.lemma ?? '')) continue;
      }
      if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || (s.quoted[k] && k > m.start)) continue;
      const known = this.expand(t.text.replace(/['’]s$/, ''));
      const e = known ? this.find(known.full) : this.find(t.text);
      if (!e || e.kind !== 'person') continue;
      // (Someone who spoke in the sentence before may still be describing their own work, but
      // not by their full name inside their own quotation.)
      if (s.quoted[k]) quoted.add(e);
      else if (!(k < m.start && spokeBefore?.has(e.name))) named.add(e);
    }
    return { named, quoted };
  }

  /** Looks a phrase up without creating anything. */
  find(text: string): Entity | null {
    return this.byAlias.get(this.keyOf(text)) ?? null;
  }

  /** "the WTO" for "the World Tourism Organisation": initials of an entity's capitalised words. */
  byInitials(text: string): Entity | null {
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

  /** The entity a mention (with its appositives) names; creates it when new. */
  resolve(m: Mention, at: number, create = true): Entity | null { return resolveMention(this, m, at, create); }
}
