/**
 * Subjects reached through a relative clause: "Mr Kennedy, who ..., said", "Residents who live
 * nearby said", "the resignation of his defense minister Kim Yong-hyun, who said".
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { analysePhrase } from './names';
import { MONTHS_DAYS, PUBLISHING_PARTICIPLES, ROLE_NOUNS } from './lexicon';
import { timePhraseAt } from './time-phrases';
import { isComma, isQuote, makeMention, npEndingAt, npStartingAt, type Mention } from './mentions';

const RELATIVES = new Set(['who', 'which', 'that']);
/** A relative pronoun ("the WHO" is the World Health Organization). */
export const isRelative = (t: Token): boolean => RELATIVES.has(t.lower) && t.text !== 'WHO';

/** "Speaking to ANI, a senior official … who": the name is the fronted phrase's object, not the official's. */
function frontedObject(toks: readonly Token[], start: number): boolean {
  return /^(to|with)$/.test(toks[start - 1]?.lower ?? '') && /ing$/.test(toks[start - 2]?.lower ?? '') && toks[start - 2]?.pos === 'VERB';
}

/** The antecedent of the relative pronoun at `j` ("..., who said", "the firm that said"). */
export function antecedentOf(s: Sentence, j: number): Mention | null {
  const toks = s.tokens;
  const t = toks[j] as Token;
  let k = j - 1;
  if (isComma(toks[k])) k--;
  if (k < 0) return null;
  const np = npEndingAt(s, k);
  // "Senator James Lankford, an Oklahoma Republican who warned": the name the role describes.
  if (np && isComma(toks[np.start - 1]) && np.start >= 2 && (np.tokens[0]?.pos === 'DET')) {
    // ("Dorothy Kimble, 68, a retired nurse from nearby Harlow, who said": past an age, too.)
    const aged = toks[np.start - 2]?.pos === 'NUM' && isComma(toks[np.start - 3]) && np.start >= 4;
    let named = npEndingAt(s, np.start - (aged ? 4 : 2));
    const last = named?.tokens[named.tokens.length - 1];
    if (named && last && last.pos === 'PROPN' && /^[A-Z]/.test(last.text) && !frontedObject(toks, named.start)) {
      // ("a comment this morning by Michael Fallon, the defence secretary, who said": the name.)
      const by = named.tokens.map((x) => x.lower).lastIndexOf('by');
      if (by >= 0) named = makeMention(s, named.start + by + 1, named.end);
      named.appositives.push(np.tokens);
      return named;
    }
  }
  // "claims in Brown's Britain, by journalist Robert Peston, which suggested": "which" never
  // refers to a person; step back over the person's appositive to the thing it describes.
  if (np && t.lower === 'which' && analysePhrase(np.tokens, np.text).kind === 'person') {
    let c = np.start - 1;
    while (c > 0 && np.start - c < 6 && /^[A-Z]/.test((toks[c] as Token).text) && (toks[c] as Token).pos !== 'VERB') c--;
    if (toks[c]?.lower === 'by') c--;
    if (isComma(toks[c]) && c > 0) {
      const thing = npEndingAt(s, c - 1);
      if (thing && analysePhrase(thing.tokens, thing.text).kind !== 'person') {
        // A title credited "by" a person is a work by that author.
        if (toks[c + 1]?.lower === 'by') { thing.authored = true; thing.author = np.tokens; }
        return thing;
      }
    }
  }
  // "the resignation of his defense minister Kim Yong-hyun, who said": the nearest person.
  if (np) {
    const lows = np.tokens.map((x) => x.lower);
    // ("a comment this morning by Michael Fallon, who said": the person after "by" too.)
    const of = Math.max(lows.lastIndexOf('of'), lows.lastIndexOf('from'), lows.lastIndexOf('by'));
    const tail = of > 0 ? np.tokens.slice(of + 1) : [];
    if (tail.length > 0 && tail.some((x) => x.pos === 'PROPN') && tail[tail.length - 1]?.pos === 'PROPN' && /^[A-Z]/.test(tail[tail.length - 1]?.text ?? '')) {
      return makeMention(s, np.start + of + 1, np.end);
    }
  }
  return np;
}

/** The named antecedent of ", who ..." when the relative clause runs up to `j` with a verb of its own. */
export function unclosedRelative(s: Sentence, j: number): Mention | null {
  const relative = commaRelativeBefore(s, j, true);
  if (!relative?.ownVerb) return null;
  const named = npEndingAt(s, relative.at - 2);
  return named && named.tokens.some((t) => t.pos === 'PROPN') && /^[A-Z]/.test(named.text) ? named : null;
}

/**
 * Reading back from `from` (at most 30 tokens, within the sentence's clause), the ", who" or
 * ", whose" that opens a relative clause, and whether the clause has a finite verb of its own.
 * With `withinClause`, a comma or quotation mark on the way ends the search.
 */
export function commaRelativeBefore(s: Sentence, from: number, withinClause: boolean): { at: number; ownVerb: boolean } | null {
  const toks = s.tokens;
  let ownVerb = false;
  for (let k = from; k > 1 && from - k < 30; k--) {
    const x = toks[k] as Token;
    if (x.text === '.' || x.text === ';' || (withinClause && (isComma(x) || isQuote(x)))) return null;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/.test(x.lower)) ownVerb = true;
    if (/^(who|whose)$/.test(x.lower) && isComma(toks[k - 1])) return { at: k, ownVerb };
  }
  return null;
}

/** The phrase starting at `start` is the object of a verb or preposition before it. */
export function governedBefore(s: Sentence, start: number): boolean {
  let d = start - 1;
  while (d > 0 && /^(DET|ADJ|ADV|PRON|NUM)$/.test(s.tokens[d]?.pos ?? '') && !/^(how|when|where|why|what|whether)$/.test(s.tokens[d]?.lower ?? '')) d--;
  return /^(VERB|ADP)$/.test(s.tokens[d]?.pos ?? '') && !s.quoted[d];
}

/** "Residents who live nearby said": the people a "who" clause just before the verb describes. */
export function beforeRelativeClause(s: Sentence, v: number): Mention | null {
  const toks = s.tokens;
  let w = v - 1;
  while (w > 0 && v - w <= 8 && !RELATIVE_PRONOUN.test(toks[w]?.lower ?? '') && toks[w]?.pos !== 'PUNCT' && !s.quoted[w]) w--;
  // ("people who fail to say": the verb belongs to the clause.)
  if (!RELATIVE_PRONOUN.test(toks[w]?.lower ?? '') || w >= v - 1 || toks[v - 1]?.lower === 'to') return null;
  if (toks[w]?.lower !== 'who') return bodyBeforeRelative(s, w, v);
  // The clause has a verb of its own (wink may tag it a noun: "who use the app").
  const own = toks[w + 1]?.pos === 'NOUN' || toks.slice(w + 1, v).some((t) => t.pos === 'VERB') ||
    (toks[w + 1]?.pos === 'AUX' && toks[w + 2]?.pos !== 'VERB');
  // ("people who have created a profile or suggest ...": a verb joined to the clause's own.)
  if (!own || toks[v - 1]?.pos === 'CCONJ') return null;
  // ("Those who attended the meeting said", "those who knew him say": the people the clause describes.)
  if (toks[w - 1]?.lower === 'those' && (w - 1 === 0 || /^(PUNCT|CCONJ|SCONJ)$/.test(toks[w - 2]?.pos ?? ''))) return makeMention(s, w - 1, v);
  // Only a group of people ("Residents", "those"): a singular "the mother of a woman who ..."
  // is named by the article later and stays with the rules that find that name.
  const np = npEndingAt(s, w - 1);
  if (!np || np.pronoun) return null;
  const info = analysePhrase(np.tokens, np.text);
  // A group, or one person by role ("A Highland councillor who was at the event has defended").
  const role = info.kind === 'person' && !info.person && (!np.tokens.some((t) => t.lower === 'of') || officerOfBody(np));
  return info.kind === 'group' || role ? np : null;
}

/**
 * "A senior official of the Rajasthan Cricket Association who did not wish to be named": a role
 * held in a named body, which the relative clause describes (not "the mother of a woman who ...").
 */
function officerOfBody(np: Mention): boolean {
  const of = np.tokens.findIndex((t) => t.lower === 'of');
  const head = np.tokens[of - 1]?.lower ?? '';
  if (of < 1 || !ROLE_NOUNS.has(head)) return false;
  const body = np.tokens.slice(of + 1);
  return body.some((t) => /^[A-Z]/.test(t.text)) && analysePhrase(body, body.map((t) => t.text).join(' ')).kind === 'organisation';
}

/**
 * "Figures released by the Office for National Statistics showed", "A study published in the
 * journal Nature found": the document the participle phrase describes, with the phrase (which
 * names who made it public), is the subject of the verb at `v`.
 */
function documentBefore(s: Sentence, w: number, v: number): Mention | null {
  const np = /^(NOUN|PROPN)$/.test(s.tokens[w - 1]?.pos ?? '') ? npEndingAt(s, w - 1) : null;
  if (!np || np.pronoun) return null;
  const kind = analysePhrase(np.tokens, np.text).kind;
  if (kind !== 'document' && kind !== 'poll') return null;
  // ("Data published by the NHS on Thursday showed", "Figures published on Thursday by the CSO
  // showed": with who made it public, not when.)
  const at = w + 1 + timePhraseAt(s.tokens, w + 1);
  // (A poll "conducted for" a client is named with it by the commissioner rule: verb-cue-context.ts.)
  if (s.tokens[at]?.lower === 'for') return null;
  const by = /^(by|in|from)$/.test(s.tokens[at]?.lower ?? '') && timePhraseAt(s.tokens, at) === 0 ? npStartingAt(s, at + 1, false) : null;
  const dated = !by || by.tokens.every((t) => MONTHS_DAYS.has(t.lower) || t.pos === 'NUM');
  if (dated) return np;
  // ("published by the ONS last week showed": the agent without the time.)
  let end = by.start + 1;
  while (end < by.end && timePhraseAt(s.tokens, end) === 0) end++;
  return makeMention(s, np.start, end);
}

const RELATIVE_PRONOUN = /^(who|that|which)$/;

/**
 * "…, the NHS trust that runs it has said.", "…, the company which owns the site said.": closing
 * the sentence, a body described by a relative clause speaks, not the clause's last noun.
 */
function bodyBeforeRelative(s: Sentence, w: number, v: number): Mention | null {
  const toks = s.tokens;
  const closing = toks.slice(v + 1).every((t) => t.pos === 'PUNCT') || timePhraseAt(toks, v + 1) + v + 1 >= toks.length - 1;
  if (!closing || !/^(NOUN|PROPN)$/.test(toks[w - 1]?.pos ?? '') || !toks.slice(w + 1, v).some((t) => t.pos === 'VERB')) return null;
  const np = npEndingAt(s, w - 1);
  if (!np || np.pronoun || !isComma(toks[np.start - 1])) return null;
  const kind = analysePhrase(np.tokens, np.text).kind;
  return /^(organisation|group|outlet|document|poll)$/.test(kind) ? np : null;
}

/**
 * "Residents living near the plant say", "Firms hoping to win the contract say": a subject of
 * people described by an "-ing" phrase (a reduced relative clause) before the verb at `v`.
 */
export function beforeParticiplePhrase(s: Sentence, v: number): Mention | null {
  const toks = s.tokens;
  for (let w = v - 2; w > 0 && v - w <= 10; w--) {
    const t = toks[w] as Token;
    // (A subject pronoun nearer the verb is its subject: "the people telling her something she acknowledged".)
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || s.quoted[w] || /^(that|which|who|and|but|or|he|she|they|it|we|i|you)$/.test(t.lower)) return null;
    if (t.pos !== 'VERB') continue;
    if (PUBLISHING_PARTICIPLES.test(t.lower) && toks[v]?.pos === 'VERB') return documentBefore(s, w, v);
    if (!/ing$/.test(t.lower)) {
      // ("hoping to win": a verb after "to" belongs to the phrase; any other is finite.)
      if (toks[w - 1]?.lower === 'to') continue;
      return null;
    }
    if (!/^(NOUN|PROPN)$/.test(toks[w - 1]?.pos ?? '')) return null;
    const np = npEndingAt(s, w - 1);
    if (!np || np.pronoun) return null;
    const info = analysePhrase(np.tokens, np.text);
    return info.kind === 'group' || (info.plural && info.kind === 'organisation' && !info.proper) ? np : null;
  }
  return null;
}
