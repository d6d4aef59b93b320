/**
 * The people an article names in full anywhere ("Amir Khan Muttaqi"), with the roles it attaches
 * to them and where their names occur, so that "Muttaqi" or "Mr Muttaqi" can be expanded.
 */
import { startsUpper, type Token } from './nlp';
import type { Sentence } from './sentences';
import { NAME_PARTICLES, PARTICLE_NAME, analysePhrase, genderOfFirstName, personRun, type PhraseInfo } from './names';
import { roleAround } from './roles';
import { ROLE_NOUNS } from './lexicon';
import { WEEKDAYS } from './time-phrases';
import { noteNameSites, type NamedPerson } from './anaphora';

const ROYAL = /^(prince|princess|king|queen)$/i;

export interface KnownPerson extends NamedPerson { display: string; first: number }

/**
 * "a Margaret Hamilton Lego minifigure", "the Tony Blair years": a name used as a modifier may run
 * on into a brand; the person is named properly elsewhere. ("An Asda Extra Special pork stuffing":
 * the article may open the run itself.)
 */
function modifierRun(toks: Token[], i: number, j: number): boolean {
  const article = /^(a|an|the)$/i.test(toks[i - 1]?.text ?? '') || ((toks[i] as Token).pos === 'DET' && /^(A|An|The)$/.test((toks[i] as Token).text));
  return article && toks[j]?.pos === 'NOUN' && /^[a-z]/.test(toks[j]?.text ?? '');
}

/**
 * Where an office such as "Chief Minister of" or "Opposition Leader in the" starts, right before a
 * run of names at `i` ("... of Punjab Usman Buzdar"), or -1.
 */
function officeBefore(toks: Token[], i: number): number {
  let k = i - 1;
  if (toks[k]?.lower === 'the') k--;
  const head = toks[k - 1];
  if (!/^(of|for|in)$/.test(toks[k]?.lower ?? '') || !head || !ROLE_NOUNS.has(head.lower) || !startsUpper(head.text)) return -1;
  let s = k - 1;
  while (s > 0 && k - s < 3 && startsUpper((toks[s - 1] as Token).text) && (toks[s - 1] as Token).pos !== 'PUNCT') s--;
  return s;
}

/** A picture credit after a caption's name ("Mevlut Cavusoglu Image Credit: Reuters", "Photo: AFP"). */
function creditAt(toks: Token[], j: number): boolean {
  const t = toks[j] as Token;
  const next = toks[j + 1]?.text ?? '';
  if (/^(Image|Photo|Picture|Photograph|Video)$/.test(t.text)) return /^(Credit|credit|:|by)$/.test(next);
  return t.text === 'Credit' && next === ':';
}

export class PeopleIndex {
  readonly people: KnownPerson[] = [];
  /** `expand`'s answers by name, the surname-first ones apart; dropped whenever someone is added. */
  private expanded = new Map<string, KnownPerson | null>();
  private expandedBySurname = new Map<string, KnownPerson | null>();

  /** Collects person names the article uses anywhere. */
  prescan(sentences: Sentence[]): void {
    for (const s of sentences) {
      const toks = s.tokens;
      let i = 0;
      while (i < toks.length) {
        let j = i;
        while (j < toks.length && (startsUpper((toks[j] as Token).text) || (j > i && PARTICLE_NAME.test((toks[j] as Token).text)) ||
          (j > i && NAME_PARTICLES.has((toks[j] as Token).text) && startsUpper(toks[j + 1]?.text ?? ''))) && (toks[j] as Token).pos !== 'PUNCT' &&
          // ("Mayor John Smith Tuesday said": a weekday after a name, in wire style, is no part of it.)
          !(j > i && WEEKDAYS.test((toks[j] as Token).lower)) && !(j > i && creditAt(toks, j))) j++;
        if (j > i && !modifierRun(toks, i, j)) {
          const office = officeBefore(toks, i);
          const held = office >= 0 ? analysePhrase(toks.slice(office, j), toks.slice(office, j).map((t) => t.text).join(' ')).person : null;
          const run = held ? { start: j - held.split(' ').length, end: j, title: null } : personRun(toks, Math.max(0, i - 1), j);
          if (run) {
            const core = toks.slice(run.title ? run.start + 1 : run.start, run.end);
            const info = analysePhrase(toks.slice(run.start, run.end), core.map((t) => t.text).join(' '));
            // ("Prince Charles": royals go by title and first name.)
            if (info.person && (core.length >= 2 || (!!run.title && ROYAL.test(run.title)))) {
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
    this.expanded.clear();
    this.expandedBySurname.clear();
    return p;
  }

  /**
   * The fullest known name containing the given name tokens (surname, or first + last). With
   * `bySurname` ("Mr Mittal"), a surname match outranks a first-name match ("Mittal Steel").
   */
  expand(name: string, bySurname = false): KnownPerson | null {
    const answers = bySurname ? this.expandedBySurname : this.expanded;
    let known = answers.get(name);
    if (known === undefined) {
      known = this.fullestNameFor(name, bySurname);
      answers.set(name, known);
    }
    return known;
  }

  private fullestNameFor(name: string, bySurname: boolean): KnownPerson | null {
    const parts = name.split(' ');
    const last = parts[parts.length - 1] as string;
    let best: KnownPerson | null = null;
    let bestRank = -1;
    for (const p of this.people) {
      const t = p.tokens;
      if (t.length < parts.length) continue;
      // ("Charles" is Prince Charles when the article names him so, not Charles Kennedy.)
      if (t.length === 1 && parts.length === 1 && ROYAL.test(p.display.split(' ')[0] ?? '') && t[0] === parts[0]) return p;
      const matchesLast = sameNameWord(t[t.length - 1] as string, last);
      // ("Lula" for "Luiz Inacio Lula da Silva": the name before the particle.)
      const matchesFirst = parts.length === 1 && (t[0] === last || beforeParticle(t, last));
      const surname = matchesLast && runAt(t, t.length - parts.length, parts);
      if (!surname && !runAt(t, 0, parts) && !matchesFirst) continue;
      const rank = surname && bySurname ? 1 : 0;
      if (best && rank < bestRank) continue;
      const extendsBest = !!best && t.length > best.tokens.length && (runAt(t, 0, best.tokens) || particleSurnameOf(t, best.tokens));
      const shorterOfBest = !!best && (runAt(best.tokens, 0, t) || particleSurnameOf(best.tokens, t));
      if (!best || rank > bestRank || extendsBest || (!shorterOfBest && p.first < best.first)) { best = p; bestRank = rank; }
    }
    return best;
  }
}

/** "De Blasio" opening a sentence is the surname of "Bill de Blasio", not a first and last name. */
function particleSurnameOf(full: string[], short: string[]): boolean {
  return short.length >= 2 && full.length > short.length && NAME_PARTICLES.has((short[0] as string).toLowerCase()) &&
    !genderOfFirstName(short[0] as string) && runAt(full, full.length - short.length, short);
}

/** Name tokens `parts` stand at `at` in `tokens` ("De Miranda" opening a sentence is "de Miranda"). */
function runAt(tokens: string[], at: number, parts: string[]): boolean {
  if (at < 0 || at + parts.length > tokens.length) return false;
  for (let k = 0; k < parts.length; k++) {
    const a = tokens[at + k] as string;
    const b = parts[k] as string;
    if (!sameNameWord(a, b) && !(NAME_PARTICLES.has(b.toLowerCase()) && a.toLowerCase() === b.toLowerCase())) return false;
  }
  return true;
}

/** Arabic names drop the article in short reference: "Tareq al-Haidan" is "Haidan", "el-Sisi" "Sisi". */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(?=\p{Lu})/u;

function sameNameWord(full: string, short: string): boolean {
  return full === short || (full.length > short.length && full.endsWith(short) && full.replace(ARABIC_ARTICLE, '') === short);
}

function beforeParticle(tokens: string[], name: string): boolean {
  for (let k = 0; k < tokens.length - 1; k++) if (tokens[k] === name && NAME_PARTICLES.has(tokens[k + 1] as string)) return true;
  return false;
}
