/**
 * Whom a speaker cites or has talked to: "reported, citing two officials, that …", "…, citing a
 * person familiar with the investigation", "the source, who had spoken to people inside, said" —
 * the marks of a report and its original party (`via`).
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Cue } from './cue-shape';
import { isComma, npStartingAt } from './mentions';
import { analysePhrase } from './names';
import { timePhraseAt } from './time-phrases';
import type { Entity } from './entities';
import type { Registry } from './registry';
import { DOCUMENT_NOUNS, GROUP_NOUNS, OUTLET_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS } from './lexicon';

/**
 * "reported last month, citing internal documents, that …", "reported that …, citing a person
 * familiar with the investigation": the index of a ", citing" after the cue, else -1.
 */
export function citingAfter(s: Sentence, cue: Cue, outlet = false): number {
  const toks = s.tokens;
  const near = cue.end + timePhraseAt(toks, cue.end);
  for (let k = cue.end; k < toks.length - 1; k++) {
    if (!isComma(toks[k]) || toks[k + 1]?.lower !== 'citing' || s.quoted[k + 1]) continue;
    if (k === near) return k + 1;
    // (Further on, a source cited, not a reason: "insisted …, citing the strong growth".)
    const cited = npStartingAt(s, k + 2, false);
    const info = cited ? analysePhrase(cited.tokens, cited.text) : null;
    const head = (info?.head ?? '').replace(/s$/, '');
    const who = !!info && (!!info.person || info.kind === 'outlet' || PEOPLE_NOUNS.has(head) || ROLE_NOUNS.has(head) || GROUP_NOUNS.has(info.head ?? '') ||
      (outlet && DOCUMENT_NOUNS.has(info.head ?? '')));
    if (who) return k + 1;
  }
  return -1;
}

/**
 * The party a report cites ("KUNA reported, citing Oil Minister Khaled al-Fadhel", "Reuters,
 * citing two officials, said"): its original speaker, by "citing" between the subject and the
 * cue or right after the cue's comma.
 */
export function citedParty(s: Sentence, cue: Cue, source: Entity, reg: Registry): Entity | null {
  let k = citingAfter(s, cue, source.kind === 'outlet');
  if (k < 0 && cue.subject && !cue.inverted) {
    for (let j = cue.subject.end; j < cue.at && k < 0; j++) if ((s.tokens[j] as Token).lower === 'citing') k = j;
  }
  const cited = k >= 0 ? npStartingAt(s, k + 1, false) : null;
  const party = cited ? reg.resolve(cited, s.index) : null;
  return party && party !== source ? party : null;
}

/** The press a speaker talks to ("reporters", "the Nation", "our correspondent"): an audience, not a source. */
const PRESS = /^(reporters?|journalists?|correspondents?|newsmen|media|press|us)$/;

/**
 * "the source, who had spoken to people inside, said": between the subject (ending at `from`) and
 * the cue at `to`, the speaker's contact with others, whose words the speaker passes on. Not a
 * talk with the press ("Residents who spoke to the Nation said").
 */
export function contactBefore(s: Sentence, from: number, to: number): boolean {
  const toks = s.tokens;
  for (let k = from; k < to; k++) {
    const w = (toks[k] as Token).lower;
    if (w === 'citing' || (w === 'briefed' && toks[k - 1]?.lower === 'been') || (w === 'contact' && toks[k - 1]?.lower === 'in' && toks[k + 1]?.lower === 'with')) return true;
    if (!/^(spoken|spoke|talked|talks)$/.test(w) || !/^(to|with)$/.test(toks[k + 1]?.lower ?? '')) continue;
    const heard = npStartingAt(s, k + 2, false);
    const head = heard?.tokens[heard.tokens.length - 1]?.lower ?? '';
    if (heard && (PRESS.test(head) || OUTLET_NOUNS.has(head) || analysePhrase(heard.tokens, heard.text).kind === 'outlet')) continue;
    return true;
  }
  return false;
}
