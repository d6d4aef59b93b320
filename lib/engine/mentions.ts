/**
 * Noun phrases as mentions: the phrase that ends at a token (read backwards), the phrase that
 * starts at one (the speaker after an inverted cue, the object of "according to" / "by"), and
 * whether an appositive names the source.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { BODY_DESCRIPTIONS, COURTESY_TITLE, GROUP_NOUNS, MONTHS_DAYS, OUTLET_NOUNS, ROLE_NOUNS, SERVING_ROLES, SPEAKING_BODIES, TITLES } from './lexicon';
import { NAME_PARTICLES, ORG_WORDS } from './names';
import { informedAt } from './informed-sources';

export interface Mention {
  /** Token range in the sentence, end exclusive. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Other phrases naming the same source: appositives ("X, the spokesman, said"). */
  appositives: Token[][];
  pronoun: string | null;
  /** "Brown's Britain, by Robert Peston, says": a work by an author (a document). */
  authored?: boolean;
  /** The author's name tokens of such a work. */
  author?: Token[];
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', "'", '‘', '’']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** The genitive "'s" as a token of its own ("Labour 's", "Mr Clarke 's"). */
export const isGenitive = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === '’s';
const INNER_ADP = new Set(['of', 'for', 'by', 'from', 'at', 'about']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** "according to him": an object pronoun stands for the same referent as its subject form. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we'], ['me', 'i']]);
/** The subject form of an object pronoun ("him" → "he"), not of "US" or "ME" in capitals. */
const objectPronoun = (t: Token): string | null => /^[A-Z]{2,}$/.test(t.text) ? null : OBJECT_PRONOUNS.get(t.lower) ?? null;

export const isQuote = (t: Token | undefined): boolean => !!t && QUOTES.has(t.text);
export const isComma = (t: Token | undefined): boolean => !!t && t.text === ',';

/**
 * Where a phrase ending at `j` ends once a closing parenthesis is stepped over ("the Asian
 * Development Bank (ADB)" → "Bank"): the token before its "(", found within `within` tokens; else `j`.
 */
export function beforeBrackets(toks: Token[], j: number, within = Infinity): number {
  if (toks[j]?.text !== ')') return j;
  let p = j - 1;
  while (p > 0 && (toks[p] as Token).text !== '(' && j - p < within) p--;
  return p > 0 && (toks[p] as Token).text === '(' ? p - 1 : j;
}

/**
 * Whether a clause can open at `k`: at `from`, or after a comma, a quote mark, a conjunction or
 * "that", or after a sentence adverb that itself opens the clause ("Meanwhile Mr Pound ...").
 */
export function opensClause(toks: Token[], k: number, from = 0): boolean {
  if (k <= from) return true;
  const before = toks[k - 1] as Token;
  if (before.pos === 'ADV' && /^[A-Z]/.test(before.text) && k - 1 === from) return true;
  return isComma(before) || isQuote(before) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || /^(that|when|while|as|but|and|so)$/.test(before.lower);
}

export function isNounish(t: Token): boolean {
  // ("the WHO", "the US": an acronym tagged as a pronoun.)
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'PRON' && /^[A-Z]{2,}$/.test(t.text)) ||
    (t.pos !== 'PUNCT' && /^[A-Z]/.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET');
}

function npTokenOk(t: Token): boolean {
  if (isNounish(t)) return true;
  if (t.pos === 'ADJ' || t.pos === 'DET') return true;
  if (POSSESSIVE.has(t.text) || t.text === '-' || t.text === '&') return true;
  if (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower)) return true; // "managing director", "unnamed"
  if (t.lower === 'think') return true; // "think tank" (only reached when a noun follows)
  if (t.pos === 'PRON' && /^(his|her|its|their|our)$/.test(t.lower)) return true;
  return false;
}

/** A plural group of people: "officials", "firms", "Republicans". */
const pluralHead = (t: Token): boolean => GROUP_NOUNS.has(t.lower) ||
  (t.pos === 'PROPN' && /^[A-Z][a-z]+s$/.test(t.text) && !/(ss|us|is)$/.test(t.lower));

/** A plural group ends at `k`, or a plural noun there qualifies one just before ("firms with listings"). */
function groupBefore(toks: Token[], k: number): boolean {
  const t = toks[k] as Token;
  if (pluralHead(t)) return true;
  if (t.pos !== 'NOUN' || !/[a-z]s$/.test(t.text)) return false;
  for (let j = k - 1; j >= 0 && k - j < 6; j--) {
    const x = toks[j] as Token;
    if (x.lower === 'with' || x.lower === 'in' || x.lower === 'within') return j > 0 && pluralHead(toks[j - 1] as Token);
    if (!(x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'DET')) return false;
  }
  return false;
}

/** An outlet's describing noun before its name ("the newspaper Dawn", "state news agency KUNA"). */
const outletNounAt = (toks: Token[], k: number): boolean =>
  OUTLET_NOUNS.has((toks[k] as Token).lower) || ((toks[k] as Token).lower === 'agency' && toks[k - 1]?.lower === 'news');

/** A capitalised name or a role noun ("Jane Smith", "a spokesman"): someone who can work for a body. */
const personBefore = (t: Token): boolean => (t.pos === 'PROPN' && /^[A-Z]/.test(t.text)) || ROLE_NOUNS.has(t.lower);

/** Office titles with a post-positive "general" ("the attorney general", "secretary general"). */
const GENERAL_OFFICES = /^(attorney|solicitor|surgeon|secretary|director|governor|inspector|auditor|comptroller|postmaster|paymaster|consul|registrar|accountant|procurator|advocate)$/;
function postpositiveGeneral(s: Sentence, j: number): boolean {
  const t = s.tokens[j] as Token;
  return t.lower === 'general' && j > 0 && GENERAL_OFFICES.test((s.tokens[j - 1] as Token).lower);
}

/** The noun phrase that ends at token `j` (inclusive), reading backwards. */
export function npEndingAt(s: Sentence, j: number, lo = 0): Mention | null {
  const toks = s.tokens;
  if (j < lo) return null;
  const last = toks[j] as Token;
  if (!isNounish(last) && !POSSESSIVE.has(last.text) && !postpositiveGeneral(s, j)) return null;
  let i = j;
  while (i - 1 >= lo) {
    const t = toks[i - 1] as Token;
    const right = toks[i] as Token;
    if (s.quoted[i - 1] !== s.quoted[j]) break;
    // ("posters, which critics claimed were ...": the relative pronoun is the content, not the speaker.)
    if (t.lower === 'which') break;
    // "the time Yoon declared", "policies Mr Mugabe's critics": a plain noun before a name
    // belongs to an earlier phrase (role nouns do not: "spokesman Damien Milverton").
    if (t.pos === 'NOUN' && !/^[A-Z]/.test(t.text) && /^[A-Z]/.test(right.text) && right.pos === 'PROPN' &&
      !ROLE_NOUNS.has(t.lower) && !(t.lower in TITLES) && !GROUP_NOUNS.has(t.lower) && !outletNounAt(toks, i - 1) && toks[i - 2]?.pos !== 'PROPN' &&
      !describesBody(toks, i - 1)) break;
    // ("the deal with Tanzania Mr Brown said": a courtesy title opens the name; a role before it stays.)
    if (COURTESY_TITLE.test(right.text) && /^[A-Z]/.test(t.text) && !ROLE_NOUNS.has(t.lower) && !(t.lower in TITLES)) break;
    // "sources close to the negotiations", "people familiar with the plan", "a person briefed on the matter".
    if (informedAt(toks, i - 1)) {
      if (i - 3 >= lo && isNounish(toks[i - 3] as Token)) { i -= 2; continue; }
      break;
    }
    // "Republicans in the House", "firms with listings in New York": a plural group's qualifier.
    // ("Arts organisations across the nation", "hospitals around the country": a plural's spread.)
    const spread = /^(across|around|throughout)$/.test(t.lower) && /[a-z]s$/.test(toks[i - 2]?.text ?? '') &&
      (toks[i - 2]?.pos === 'NOUN' || (i - 2 === 0 && toks[i - 2]?.pos === 'PROPN'));
    const groupAdp = ((t.lower === 'in' || t.lower === 'with' || t.lower === 'within') && !!toks[i - 2] && groupBefore(toks, i - 2)) || spread;
    // ("Sgt. Cassandra Davis with the Little Rock Police Department said", "a spokesman with the
    // agency": a person's employer after "with", as after "of" or "at".)
    // (Not "a blow to John Reid with a scathing report": a body named or its noun, after "the".)
    const employer = t.lower === 'with' && !!toks[i - 2] && personBefore(toks[i - 2] as Token) && (right.lower === 'the' || /^[A-Z]/.test(right.text)) &&
      (/^[A-Z]/.test(last.text) || SPEAKING_BODIES.has(last.lower));
    // ("Opposition Leader in the National Assembly Shehbaz Sharif": an office held in a body.)
    const officeIn = t.lower === 'in' && ROLE_NOUNS.has(toks[i - 2]?.lower ?? '') && /^[A-Z]/.test(toks[i - 2]?.text ?? '') && /^[A-Z]/.test(toks[j]?.text ?? '');
    // ("an aide to the president", "the US ambassador to the UN": whom the office serves.)
    const servesTo = t.lower === 'to' && SERVING_ROLES.test(toks[i - 2]?.lower ?? '');
    if ((INNER_ADP.has(t.lower) || groupAdp || officeIn || employer || servesTo) && (isNounish(right) || right.pos === 'DET' || right.pos === 'ADJ' || /^(his|her|its|their)$/.test(right.lower))) {
      const before = toks[i - 2];
      if (before && isNounish(before) && !s.quoted[i - 2]) { i--; continue; }
      break;
    }
    // "Lula da Silva": a name particle between two names.
    const particle = NAME_PARTICLES.has(right.text) && t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && /^[A-Z]/.test(toks[i + 1]?.text ?? '');
    if (!particle && (right.pos === 'DET' || (right.pos === 'PRON' && right.lower !== 'i'))) break;
    if ((t.lower === 'and' || t.text === '&') && i - 2 >= lo) {
      const before = toks[i - 2] as Token;
      if (/^[A-Z]/.test(before.text) && /^[A-Z]/.test(right.text)) { i--; continue; }
      // ("The former chairman and CEO of Equifax": two offices of one person in one body; not "the
      // governor and mayor urged", two people.)
      if (ROLE_NOUNS.has(before.lower) && ROLE_NOUNS.has(right.lower) && /^(of|at)$/.test(toks[i + 1]?.lower ?? '')) { i--; continue; }
      break;
    }
    // "a survey of more than 5,000 professionals": a number's qualifier stays in the phrase.
    if (t.lower === 'than' && right.pos === 'NUM' && /^(more|less|fewer)$/.test(toks[i - 2]?.lower ?? '') && i - 2 > lo) { i -= 2; continue; }
    // "the League Against Cruel Sports": a capitalised preposition inside a name.
    if (t.pos === 'ADP' && /^[A-Z]/.test(t.text) && /^[A-Z]/.test(right.text) && toks[i - 2]?.pos === 'PROPN' && i - 2 >= lo) { i -= 2; continue; }
    // "de Miranda notes": a lower-case name particle opens the name.
    if (NAME_PARTICLES.has(t.text) && right.pos === 'PROPN' && /^[A-Z]/.test(right.text)) { i--; continue; }
    // ("WASHINGTON - Toyota said": a dateline set off by a spaced dash; "... to three points -
    // Labour MPs urged": an aside closed by one.)
    if (/^[-–—]$/.test(t.text) && t.end < right.start) break;
    if (!npTokenOk(t)) break;
    i--;
  }
  // Trim leading words that cannot start a name ("for ensuring migrants" → "migrants"; "I watched
  // Fleishman berate ..." → "Fleishman").
  if (i < j && (toks[i] as Token).pos === 'VERB' && /ing$/.test((toks[i] as Token).lower) && toks[i - 1]?.pos === 'ADP') i++;
  else if (i < j && /^(watched|saw|heard|noticed|observed|let|made|helped)$/.test((toks[i] as Token).text) && toks[i + 1]?.pos === 'PROPN' && /^[A-Z]/.test(toks[i + 1]?.text ?? '')) i++;
  while (i < j) {
    const t = toks[i] as Token;
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADV' || t.pos === 'ADP' || MONTHS_DAYS.has(t.lower) ||
      POSSESSIVE.has(t.text) || t.text === '-') i++;
    else break;
  }
  // Trim trailing possessive marks.
  let e = j;
  while (e > i && POSSESSIVE.has((toks[e] as Token).text)) e--;
  const slice = toks.slice(i, e + 1);
  if (!slice.some((t) => isNounish(t))) return null;
  // (Not "No 10", Downing Street.)
  const number10 = slice.length === 2 && /^No\.?$/.test((slice[0] as Token).text) && (slice[1] as Token).text === '10';
  if (!number10 && slice.every((t) => MONTHS_DAYS.has(t.lower) || t.pos === 'NUM' || t.pos === 'DET')) return null;
  return makeMention(s, i, e + 1);
}

/** "research from housing charity Shelter", "the charity Shelter": a body's description at `k`, before its name. */
function describesBody(toks: Token[], k: number): boolean {
  if (!BODY_DESCRIPTIONS.test((toks[k] as Token).lower)) return false;
  const before = toks[k - 1]?.pos === 'NOUN' ? k - 2 : k - 1;
  return /^(from|by|the|of)$/.test(toks[before]?.lower ?? '');
}

export function makeMention(s: Sentence, a: number, b: number, appositives: Token[][] = []): Mention {
  const tokens = s.tokens.slice(a, b);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return {
    start: a, end: b, tokens, appositives,
    text: s.text.slice(first.start - s.start, last.end - s.start),
    pronoun: tokens.length !== 1 ? null : SUBJECT_PRONOUNS.has(first.lower) ? first.lower : objectPronoun(first),
  };
}

/**
 * "criticised by environmental groups and the Liberal Democrats", "slammed by the opposition and by
 * EU observers": joint agents count as the first named, when the second opens with an article or
 * "by" (not "Marks and Spencer", "Procter and Gamble").
 */
export function firstConjunct(s: Sentence, m: Mention): Mention {
  const and = m.tokens.findIndex((t, k) => k > 0 && t.lower === 'and');
  if (and <= 0 || !/^(the|a|an|by)$/i.test(m.tokens[and + 1]?.text ?? '')) return m;
  if (!/^(NOUN|PROPN)$/.test(m.tokens[and - 1]?.pos ?? '') || m.tokens.slice(0, and).some((t) => t.text === ',')) return m;
  return makeMention(s, m.start, m.start + and);
}

const COMPOUND_PARTICIPLES = new Set(['based', 'backed', 'funded', 'owned', 'controlled', 'sponsored', 'registered', 'listed', 'born', 'trained', 'educated']);

/** A noun phrase starting at token `i` (an inverted speaker: `..., said managing director X`). */
export function npStartingAt(s: Sentence, i: number, withAppositive = true): Mention | null {
  const toks = s.tokens;
  let a = i;
  while (a < toks.length && ((toks[a] as Token).lower === 'by')) a++;
  const first = toks[a];
  if (!first) return null;
  if (first.pos === 'PRON' && SUBJECT_PRONOUNS.has(first.lower)) return makeMention(s, a, a + 1);
  // ("according to her, ..." but not "according to her lawyer".)
  const after = toks[a + 1];
  if (objectPronoun(first) && !(first.lower === 'her' && after && (isNounish(after) || after.pos === 'ADJ'))) return makeMention(s, a, a + 1);
  // ("says Home Secretary Charles Clarke": wink tags a capitalised "Home" as an adverb.)
  const capitalisedTitle = /^[A-Z]/.test(first.text) && toks[a + 1]?.pos === 'PROPN';
  if ((first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'AUX' || first.pos === 'PUNCT' || first.pos === 'PART') && !capitalisedTitle) return null;
  let b = a;
  while (b < toks.length) {
    const t = toks[b] as Token;
    // ("according to Commission on Elections (Comelec) Chairman George Garcia": over a body's
    // short form in brackets when its office and holder follow.)
    if (t.text === '(' && b > a && toks[b + 2]?.text === ')' && /^[A-Z]/.test(toks[b + 1]?.text ?? '') && /^[A-Z]/.test(toks[b - 1]?.text ?? '') &&
      ROLE_NOUNS.has(toks[b + 3]?.lower ?? '') && /^[A-Z]/.test(toks[b + 3]?.text ?? '')) { b += 3; continue; }
    if (t.pos === 'PUNCT' && !POSSESSIVE.has(t.text) && t.text !== '-' && t.text !== '&') break;
    if (isQuote(t) && !POSSESSIVE.has(t.text)) break;
    // ("the Mozilla Foundation:[41]": a footnote mark ends the name.)
    if (t.pos === 'SYM' && /[[:]/.test(t.text)) break;
    // ("Commission on Elections", "Committee on Foreign Affairs": a body's remit in its name.)
    const remit = t.lower === 'on' && ORG_WORDS.has(toks[b - 1]?.text ?? '') && /^[A-Z]/.test(toks[b + 1]?.text ?? '') && !MONTHS_DAYS.has(toks[b + 1]?.lower ?? '');
    if (t.pos === 'ADP' && !INNER_ADP.has(t.lower) && b > a && !remit && !informedAt(toks, b)) break;
    if (INNER_ADP.has(t.lower) && t.lower !== 'of' && b > a) {
      const nx = toks[b + 1];
      if (!nx || !(nx.pos === 'PROPN' || nx.pos === 'DET' || /^[A-Z]/.test(nx.text))) break;
    }
    // ("said Hannah Ward": a capitalised word after a name is the name, whatever its tag.)
    const inName = b > a && /^[A-Z]/.test(t.text) && (toks[b - 1] as Token).pos === 'PROPN' && /^[A-Z]/.test((toks[b - 1] as Token).text);
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.lower) && b > a && !inName) break;
    // ("said economic migration helped the UK": a past tense with its object closes the phrase.)
    // ("Moscow based lawyer": a compound adjective whose hyphen was lost stays.)
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && !COMPOUND_PARTICIPLES.has(t.lower) && b > a && !inName && /^(NOUN|PROPN)$/.test((toks[b - 1] as Token).pos) &&
      /^(DET|NOUN|PROPN|PRON|NUM)$/.test(toks[b + 1]?.pos ?? '')) break;
    if (t.pos === 'SCONJ' || (t.pos === 'PRON' && !/^(his|her|its|their|our)$/.test(t.lower))) break;
    if (b > a && (t.lower === 'that' || (t.lower === 'who' && t.text !== 'WHO'))) break;
    // "According to Mr Peston the prime minister said": a determiner after a name starts a new phrase.
    if (b > a && t.pos === 'DET' && (toks[b - 1] as Token).pos === 'PROPN' && !(NAME_PARTICLES.has(t.text) && /^[A-Z]/.test(toks[b + 1]?.text ?? ''))) break;
    b++;
  }
  // ("says Cara Diemont of IT firm ...": a phrase cut short keeps no dangling "of".)
  while (b > a + 1 && INNER_ADP.has((toks[b - 1] as Token).lower)) b--;
  if (b === a) return null;
  const m = makeMention(s, a, b);
  if (!m.tokens.some((t) => isNounish(t))) return null;
  if (withAppositive && isComma(toks[b])) {
    let c = b + 1;
    while (c < toks.length && !isComma(toks[c]) && (toks[c] as Token).pos !== 'PUNCT' && !isQuote(toks[c])) c++;
    const ap = toks.slice(b + 1, c);
    const head = ap[0];
    if (head && isNamingAppositive(ap) && (head.pos === 'DET' || head.pos === 'ADJ' || head.pos === 'NOUN' || head.pos === 'PROPN')) {
      m.appositives.push(ap);
    }
  }
  return m;
}

/** An appositive that names or describes the source ("the spokesman", "Abdul Qahar Balkhi"),
 * not an example list, an age or a place ("such as ...", "75", "from the league"). */
export function isNamingAppositive(ap: Token[]): boolean {
  if (ap.length === 0 || ap.length > 16) return false;
  const first = ap[0] as Token;
  if (/^(such|including|like|from|with|who|which|in|at|on|for|as|and|but|aged)$/.test(first.lower)) return false;
  if (first.pos === 'NUM' && ap.length <= 2) return false;
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'VERB' || first.pos === 'PRON' && !/^(his|her|its|their)$/.test(first.lower)) return false;
  // ("The EPA, meanwhile, said": a sentence adverb set off by commas names no one.)
  if (ap.every((t) => t.pos === 'ADV' || t.pos === 'CCONJ')) return false;
  return true;
}

/**
 * ", Mr Tunde Ayeni." closing the sentence a few words after `from` (past a phrase's tail: "on
 * Media"): that name, which ends the sentence.
 */
export function closingName(s: Sentence, from: number): Mention | null {
  const toks = s.tokens;
  let c = from;
  while (c < toks.length && c - from < 4 && !isComma(toks[c]) && (toks[c]?.pos === 'ADP' || /^[A-Z]/.test(toks[c]?.text ?? ''))) c++;
  if (!isComma(toks[c])) return null;
  const name = npStartingAt(s, c + 1, false);
  return name && name.tokens.every((t) => /^[A-Z]/.test(t.text)) && toks.slice(name.end).every((t) => t.pos === 'PUNCT') ? name : null;
}
