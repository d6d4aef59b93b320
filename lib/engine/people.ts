/**
 * The people an article names in full anywhere ("Amir Khan Muttaqi"), with the roles it attaches
 * to them and where their names occur, so that "Muttaqi" or "Mr Muttaqi" can be expanded.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { NAME_PARTICLES, analysePhrase, personRun, type PhraseInfo } from './names';
import { roleAround } from './roles';
import { noteNameSites, type NamedPerson } from './anaphora';

export interface KnownPerson extends NamedPerson { display: string; first: number }

export class PeopleIndex {
  readonly people: KnownPerson[] = [];

  /** Collects person names the article uses anywhere. */
  prescan(sentences: Sentence[]): void {
    for (const s of sentences) {
      const toks = s.tokens;
      let i = 0;
      while (i < toks.length) {
        let j = i;
        while (j < toks.length && (/^[A-Z]/.test((toks[j] as Token).text) ||
          (j > i && NAME_PARTICLES.has((toks[j] as Token).text) && /^[A-Z]/.test(toks[j + 1]?.text ?? ''))) && (toks[j] as Token).pos !== 'PUNCT') j++;
        // "a Margaret Hamilton Lego minifigure", "the Tony Blair years": a name used as a modifier
        // may run on into a brand; the person is named properly elsewhere.
        const modifier = /^(a|an|the)$/i.test(toks[i - 1]?.text ?? '') && toks[j]?.pos === 'NOUN' && /^[a-z]/.test(toks[j]?.text ?? '');
        if (j - i >= 1 && !modifier) {
          const run = personRun(toks, Math.max(0, i - 1), j);
          if (run) {
            const core = toks.slice(run.title ? run.start + 1 : run.start, run.end);
            const info = analysePhrase(toks.slice(run.start, run.end), core.map((t) => t.text).join(' '));
            if (info.person && core.length >= 2) {
              const p = this.addPerson(info, s.index);
              p.roles.push(...roleAround(s, run.title ? run.start + 1 : run.start, run.end));
            }
          }
        }
        i = Math.max(j, i + 1);
      }
    }
    noteNameSites(sentences, this.people);
  }

  private addPerson(info: PhraseInfo, at: number): KnownPerson {
    const full = info.person as string;
    const known = this.people.find((p) => p.full === full);
    if (known) return known;
    const p: KnownPerson = { full, display: info.display ?? full, tokens: full.split(' '), gender: info.gender, first: at, roles: [], sites: [] };
    this.people.push(p);
    return p;
  }

  /** The fullest known name containing the given name tokens (surname, or first + last). */
  expand(name: string): KnownPerson | null {
    const parts = name.split(' ');
    let best: KnownPerson | null = null;
    for (const p of this.people) {
      if (p.tokens.length < parts.length) continue;
      const last = parts[parts.length - 1] as string;
      const matchesLast = p.tokens[p.tokens.length - 1] === last;
      // ("De Miranda" opening a sentence is "de Miranda".)
      const same = (a: string | undefined, b: string) => a === b || (!!a && NAME_PARTICLES.has(b.toLowerCase()) && a.toLowerCase() === b.toLowerCase());
      // ("Lula" for "Luiz Inacio Lula da Silva": the name before the particle.)
      const beforeParticle = parts.length === 1 && p.tokens.some((x, k) => x === last && NAME_PARTICLES.has(p.tokens[k + 1] ?? ''));
      const matchesFirst = parts.length === 1 && (p.tokens[0] === last || beforeParticle);
      const prefix = parts.every((x, k) => same(p.tokens[k], x));
      const suffix = parts.every((x, k) => same(p.tokens[p.tokens.length - parts.length + k], x));
      if (!(matchesLast && suffix) && !prefix && !matchesFirst) continue;
      const extendsBest = !!best && best.tokens.every((x, k) => p.tokens[k] === x) && p.tokens.length > best.tokens.length;
      const shorterOfBest = !!best && p.tokens.every((x, k) => best?.tokens[k] === x);
      if (!best || extendsBest || (!shorterOfBest && p.first < best.first)) best = p;
    }
    return best;
  }

}
