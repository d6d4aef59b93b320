/**
 * Who is in view: recent subjects and sources, newest last. Pronouns, "the firm" and role
 * descriptions look back through it.
 */
import { properlyNamed, type Entity } from './entities';
import { PRONOUNS } from './lexicon';

interface Seen { e: Entity; at: number }

const IT_WINDOW = 4;

export class Salience {
  private items: Seen[] = [];
  /** The order in which the article brought each entity into view. */
  private met = new Map<Entity, number>();

  touch(e: Entity, at: number): void {
    e.lastSeen = at;
    if (!this.met.has(e)) this.met.set(e, this.met.size);
    this.items.push({ e, at });
    if (this.items.length > 64) this.items.splice(0, 32);
  }

  /** After a merge: what was in view as `from` is in view as `into`. */
  replace(from: Entity, into: Entity): void {
    for (const x of this.items) if (x.e === from) x.e = into;
    const first = this.met.get(from);
    if (first !== undefined && first < (this.met.get(into) ?? Infinity)) this.met.set(into, first);
  }

  /** Of two entities in view, the one the article brought into view first. */
  firstMet(a: Entity, b: Entity): Entity {
    return (this.met.get(b) ?? Infinity) < (this.met.get(a) ?? Infinity) ? b : a;
  }

  /** Newest first, seen within `within` sentences before or at `at`. */
  private *recent(at: number, within: number): Generator<Seen> {
    for (let k = this.items.length - 1; k >= 0; k--) {
      const x = this.items[k] as Seen;
      if (at - x.at > within) return;
      yield x;
    }
  }

  /** The two most recent different entities that `fits`, seen within `within` sentences, newer first. */
  lastPair(at: number, within: number, fits: (e: Entity) => boolean): [Entity, Entity] | null {
    let newer: Entity | null = null;
    for (const { e } of this.recent(at, within)) {
      if (!fits(e) || e === newer) continue;
      if (newer) return [newer, e];
      newer = e;
    }
    return null;
  }

  /** Resolves a pronoun to the most recent compatible entity, never one in `exclude`. */
  pronoun(p: string, at: number, exclude: Set<Entity> = new Set()): Entity | null {
    const spec = PRONOUNS[p];
    if (!spec || spec.first) return null;
    // "it" names things far more often than sources: only a body in view just now.
    for (const { e } of this.recent(at, spec.gender === 'n' ? IT_WINDOW : 20)) {
      if (exclude.has(e)) continue;
      if (spec.gender === 'm' || spec.gender === 'f') {
        if (e.kind !== 'person' || e.plural) continue;
        if (e.gender && e.gender !== spec.gender) continue;
        return e;
      }
      if (spec.gender === 'n') {
        if (e.kind === 'person' || e.plural) continue;
        return e;
      }
    }
    if (spec.plural) {
      // "they": a plural group first, then an organisation.
      let org: Entity | null = null;
      for (const { e } of this.recent(at, 8)) {
        // ("the Tories insisted ... . They said": a party named in the plural.)
        if (e.plural || e.kind === 'group' || (e.kind === 'organisation' && /^(the )?[A-Z][\w ]*[a-z]s$/.test(e.name) && !/(ss|us|ics)$/.test(e.name))) return e;
        if (!org && (e.kind === 'organisation')) org = e;
      }
      return org;
    }
    return null;
  }

  /** The organisation with a proper name most recently in view ("the firm", "a spokesman"). */
  recentOrg(at: number, within: number): Entity | null {
    for (const { e } of this.recent(at, within)) if (e.kind === 'organisation' && properlyNamed(e)) return e;
    return null;
  }

  /** The entity most recently in view that passes `test`, within `within` sentences. */
  recentWhere(at: number, within: number, test: (e: Entity) => boolean): Entity | null {
    for (const { e } of this.recent(at, within)) if (test(e)) return e;
    return null;
  }

  /** The person most recently a subject or source, within `within` sentences before `at`. */
  lastPerson(at: number, within: number): Entity | null {
    for (const { e, at: when } of this.recent(at, within)) if (when < at && e.kind === 'person' && !e.plural) return e;
    return null;
  }

  /** Entities seen as a subject or source in sentence `at`. */
  seenAt(at: number): Entity[] {
    return this.items.filter((x) => x.at === at).map((x) => x.e);
  }

  /** Names of the people who were subjects or sources in sentence `at`. */
  peopleAt(at: number): Set<string> {
    return new Set(this.seenAt(at).filter((e) => e.kind === 'person').map((e) => e.name));
  }
}
