/**
 * Noun phrases around a cue verb: the subject before it (with appositives and relative
 * pronouns), the speaker after an inverted cue, and the object of "according to" / "by".
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { DOCUMENT_NOUNS, GROUP_NOUNS, MONTHS_DAYS, ROLE_NOUNS, TITLES } from './lexicon';
import { NAME_PARTICLES, ORG_WORDS, analysePhrase, publicationName } from './names';

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
const INNER_ADP = new Set(['of', 'for', 'by', 'from', 'at', 'about']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Words skipped between a subject and its verb ("has also said", "would later tell"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'also', 'further', 'previously', 'will', 'would', 'did', 'does', 'do',
  'reportedly', 'repeatedly', 'publicly', 'again', 'later', 'recently', 'then', 'first', 'once',
  'both', 'all', 'just', 'already', 'now', 'never', 'often', 'always', 'still', 'separately',
  'once', 'earlier', 'today', 'yesterday', 'had', 'been', 'can', 'could', 'may', 'might',
  'should', 'must', 'shall', 'not', "n't", 'privately', 'strongly', 'clearly', 'firmly',
  'flatly', 'itself',
  'himself', 'herself', 'themselves', 'too', 'however', 'though', 'even', 'only', 'long',
]);

export const isQuote = (t: Token | undefined): boolean => !!t && QUOTES.has(t.text);
export const isComma = (t: Token | undefined): boolean => !!t && t.text === ',';

function isNounish(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' ||
    (t.pos !== 'PUNCT' && /^[A-Z]/.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET');
}

function npTokenOk(t: Token): boolean {
  if (isNounish(t)) return true;
  if (t.pos === 'ADJ' || t.pos === 'DET') return true;
  if (POSSESSIVE.has(t.text) || t.text === '-' || t.text === '&') return true;
  if (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower)) return true; // "managing director", "unnamed"
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
    // "the time Yoon declared", "policies Mr Mugabe's critics": a plain noun before a name
    // belongs to an earlier phrase (role nouns do not: "spokesman Damien Milverton").
    if (t.pos === 'NOUN' && !/^[A-Z]/.test(t.text) && /^[A-Z]/.test(right.text) && right.pos === 'PROPN' &&
      !ROLE_NOUNS.has(t.lower) && !(t.lower in TITLES) && !GROUP_NOUNS.has(t.lower) && toks[i - 2]?.pos !== 'PROPN') break;
    // "sources close to the negotiations", "people familiar with the plan".
    if ((t.lower === 'to' && toks[i - 2]?.lower === 'close') || (t.lower === 'with' && toks[i - 2]?.lower === 'familiar')) {
      if (i - 3 >= lo && isNounish(toks[i - 3] as Token)) { i -= 2; continue; }
      break;
    }
    // "Republicans in the House", "firms with listings in New York": a plural group's qualifier.
    const groupAdp = (t.lower === 'in' || t.lower === 'with' || t.lower === 'within') && !!toks[i - 2] && groupBefore(toks, i - 2);
    if ((INNER_ADP.has(t.lower) || groupAdp) && (isNounish(right) || right.pos === 'DET' || right.pos === 'ADJ' || /^(his|her|its|their)$/.test(right.lower))) {
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
      break;
    }
    if (!npTokenOk(t)) break;
    i--;
  }
  // Trim leading words that cannot start a name ("for ensuring migrants" → "migrants").
  if (i < j && (toks[i] as Token).pos === 'VERB' && /ing$/.test((toks[i] as Token).lower) && toks[i - 1]?.pos === 'ADP') i++;
  while (i < j) {
    const t = toks[i] as Token;
    if (t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'ADP' || MONTHS_DAYS.has(t.lower) ||
      POSSESSIVE.has(t.text) || t.text === '-') i++;
    else break;
  }
  // Trim trailing possessive marks.
  let e = j;
  while (e > i && POSSESSIVE.has((toks[e] as Token).text)) e--;
  const slice = toks.slice(i, e + 1);
  if (!slice.some((t) => isNounish(t))) return null;
  if (slice.every((t) => MONTHS_DAYS.has(t.lower) || t.pos === 'NUM' || t.pos === 'DET')) return null;
  return make(s, i, e + 1);
}

function make(s: Sentence, a: number, b: number, appositives: Token[][] = []): Mention {
  const tokens = s.tokens.slice(a, b);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return {
    start: a, end: b, tokens, appositives,
    text: s.text.slice(first.start - s.start, last.end - s.start),
    pronoun: tokens.length === 1 && SUBJECT_PRONOUNS.has(first.lower) ? first.lower : null,
  };
}

/** A noun phrase starting at token `i` (an inverted speaker: `..., said managing director X`). */
export function npStartingAt(s: Sentence, i: number, withAppositive = true): Mention | null {
  const toks = s.tokens;
  let a = i;
  while (a < toks.length && ((toks[a] as Token).lower === 'by')) a++;
  const first = toks[a];
  if (!first) return null;
  if (first.pos === 'PRON' && SUBJECT_PRONOUNS.has(first.lower)) return make(s, a, a + 1);
  if (first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'AUX' || first.pos === 'PUNCT' || first.pos === 'PART') return null;
  let b = a;
  while (b < toks.length) {
    const t = toks[b] as Token;
    if (t.pos === 'PUNCT' && !POSSESSIVE.has(t.text) && t.text !== '-' && t.text !== '&') break;
    if (isQuote(t) && !POSSESSIVE.has(t.text)) break;
    if (t.pos === 'ADP' && !INNER_ADP.has(t.lower) && b > a) break;
    if (INNER_ADP.has(t.lower) && t.lower !== 'of' && b > a) {
      const nx = toks[b + 1];
      if (!nx || !(nx.pos === 'PROPN' || nx.pos === 'DET' || /^[A-Z]/.test(nx.text))) break;
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.lower) && b > a) break;
    if (t.pos === 'SCONJ' || (t.pos === 'PRON' && !/^(his|her|its|their|our)$/.test(t.lower))) break;
    if (b > a && (t.lower === 'that' || t.lower === 'who')) break;
    // "According to Mr Peston the prime minister said": a determiner after a name starts a new phrase.
    if (b > a && t.pos === 'DET' && (toks[b - 1] as Token).pos === 'PROPN' && !(NAME_PARTICLES.has(t.text) && /^[A-Z]/.test(toks[b + 1]?.text ?? ''))) break;
    b++;
  }
  if (b === a) return null;
  const m = make(s, a, b);
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

/**
 * The subject of the verb at `v`: skips auxiliaries and adverbs, follows relative pronouns
 * to their antecedent, and takes `S, appositive, VERB` apart. Null when the verb has none
 * before it (inverted order or no subject).
 */
export function subjectBefore(s: Sentence, v: number): Mention | null {
  const toks = s.tokens;
  let j = v - 1;
  while (j >= 0) {
    const t = toks[j] as Token;
    if (SUBJECT_PRONOUNS.has(t.lower) || RELATIVES.has(t.lower)) break;
    if (/^[A-Z]/.test(t.text) && j > 0 && (toks[j - 1] as Token).pos === 'PROPN') break;
    // "Mr Yushchenko - keen to reassure investors - had said": step over the dashes.
    if (/^[-–—]$/.test(t.text) && j > 2) {
      let k = j - 1;
      while (k > 0 && !/^[-–—]$/.test((toks[k] as Token).text)) k--;
      if (k > 0 && j - k < 14) { j = k - 1; continue; }
    }
    if (BETWEEN.has(t.lower) || (t.pos === 'ADV' && t.lower !== 'not') || (t.pos === 'AUX' && t.lower !== "'s")) { j--; continue; }
    // "The Electoral Commission on Thursday said"
    if (MONTHS_DAYS.has(t.lower) && j > 1 && /^(on|last|this|next|since)$/.test((toks[j - 1] as Token).lower)) { j -= 2; continue; }
    break;
  }
  if (j < 0) return null;
  // "the Asian Development Bank (ADB) has said": step over the parenthesis.
  if ((toks[j] as Token).text === ')') {
    let k = j - 1;
    while (k >= 0 && (toks[k] as Token).text !== '(') k--;
    if (k > 0) j = k - 1;
  }
  if (j < 0) return null;
  const t = toks[j] as Token;
  if (s.quoted[j] && !s.quoted[v]) {
    // "Mr Kennedy, whose party opposes the plan as "deeply flawed" said": back to the antecedent.
    for (let k = j - 1; k > 1 && j - k < 30; k--) {
      const x = toks[k] as Token;
      if (x.text === '.' || x.text === ';') break;
      if (/^(who|whose)$/.test(x.lower) && isComma(toks[k - 1])) return npEndingAt(s, k - 2);
    }
    return null;
  }
  // "X held meetings ... and promised to ...": a coordinated verb shares the first subject.
  if ((t.lower === 'and' || t.lower === 'but') && j > 0) {
    const first = s.tokens.findIndex((x, k) => k < j && (x.pos === 'VERB' || x.pos === 'AUX') && !s.quoted[k]);
    if (first > 0 && first < j) return subjectBefore(s, first);
    return null;
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) return make(s, j, j + 1);
  // "Many of them said": the group "they" refers to.
  if ((t.lower === 'them' || t.lower === 'us') && toks[j - 1]?.lower === 'of' && j >= 2) {
    const m = make(s, j - 2, j + 1);
    m.pronoun = t.lower === 'them' ? 'they' : 'we';
    return m;
  }
  if (RELATIVES.has(t.lower)) {
    let k = j - 1;
    if (isComma(toks[k])) k--;
    if (k < 0) return null;
    const np = npEndingAt(s, k);
    // "Senator James Lankford, an Oklahoma Republican who warned": the name the role describes.
    if (np && isComma(toks[np.start - 1]) && np.start >= 2 && (np.tokens[0]?.pos === 'DET')) {
      const named = npEndingAt(s, np.start - 2);
      const last = named?.tokens[named.tokens.length - 1];
      if (named && last && last.pos === 'PROPN' && /^[A-Z]/.test(last.text)) { named.appositives.push(np.tokens); return named; }
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
      const of = np.tokens.map((x) => x.lower).lastIndexOf('of');
      const tail = of > 0 ? np.tokens.slice(of + 1) : [];
      if (tail.length > 0 && tail.some((x) => x.pos === 'PROPN') && tail[tail.length - 1]?.pos === 'PROPN' && /^[A-Z]/.test(tail[tail.length - 1]?.text ?? '')) {
        return make(s, np.start + of + 1, np.end);
      }
    }
    return np;
  }
  if (isComma(t)) return appositiveSubject(s, j);
  let np = npEndingAt(s, j);
  // "Simon Hall at Postbridge on Dartmoor in the West Country said": walk back over places.
  for (let hops = 0; np && hops < 4; hops++) {
    const adp = toks[np.start - 1];
    if (!adp || !/^(in|at|on|near|outside|inside)$/.test(adp.lower)) break;
    // "The Project and Contract Office (PCO) in Baghdad said": over the parenthesis.
    let e = np.start - 2;
    if (toks[e]?.text === ')') {
      let p = e - 1;
      while (p > 0 && (toks[p] as Token).text !== '(' && e - p < 8) p--;
      if ((toks[p] as Token | undefined)?.text === '(') e = p - 1;
    }
    const earlier = npEndingAt(s, e);
    if (!earlier) break;
    // "A report in the Sunday Business claimed": the document and the outlet it appeared in.
    if (adp.lower === 'in' && DOCUMENT_NOUNS.has((earlier.tokens[earlier.tokens.length - 1] as Token).lower) &&
      publicationName(np.tokens)) return make(s, earlier.start, np.end);
    np = earlier;
  }
  // "Sarah Mukherjee, with the Beaufort Hunt in Badminton, Gloucestershire said": past the place.
  if (np && isComma(toks[np.start - 1]) && np.tokens.every((x) => x.pos === 'PROPN')) {
    let k = np.start - 2;
    while (k > 0 && !isComma(toks[k]) && j - k < 16) k--;
    const lead = toks[k + 1];
    if (k > 0 && isComma(toks[k]) && lead && /^(with|in|at|from|near|outside|on)$/.test(lead.lower)) {
      const person = npEndingAt(s, k - 1);
      if (person && person.tokens.some((x) => x.pos === 'PROPN') && !isComma(toks[person.start - 1])) np = person;
    }
  }
  if (np) np = firstOfJoint(s, np);
  // Joint speakers ("Parata and his family believe"): the first named.
  // ("Work and pensions minister Alan Johnson" is one compound title, not two speakers.)
  const compound = !!np && np.start >= 2 && /^[a-z]/.test(np.text) && np.tokens[0]?.pos === 'NOUN' &&
    /^[A-Z]/.test(toks[np.start - 2]?.text ?? '') && !isNounish(toks[np.start - 3] ?? ({ pos: 'PUNCT', text: '' } as Token));
  // ("Whole Foods co-founder and CEO John Mackey" is one person with two titles.)
  const roleBefore = np && np.start >= 2 ? ((toks[np.start - 2] as Token).lower.split('-').pop() ?? '') : '';
  const titled = !!np && np.start >= 2 && (ROLE_NOUNS.has(roleBefore) || roleBefore in TITLES);
  if (np && !compound && !titled && (toks[np.start - 1]?.lower === 'and') && np.start >= 2) {
    let first = npEndingAt(s, np.start - 2);
    // "Sri Lanka, Indonesia and the Seychelles": the first of the list.
    const named = (m: Mention) => /^[A-Z]/.test(m.text) || m.tokens.some((t) => t.pos === 'PROPN');
    while (first && isComma(toks[first.start - 1]) && first.start >= 2 && named(first)) {
      const earlier = npEndingAt(s, first.start - 2);
      if (!earlier || !named(earlier) || earlier.tokens.length > 5) break;
      first = earlier;
    }
    if (first) return first;
  }
  return np;
}

/** `S, A, VERB`: the subject chunk S with A as its appositive. */
/**
 * "Mr Mubanga, 32, from Wembley, London, said", "Contrack International, of Arlington, Virginia,
 * heads": the sentence-opening name before an age and a place of origin.
 */
function pastDescriptors(s: Sentence, comma: number): Mention | null {
  const toks = s.tokens;
  let end = comma;
  let descriptors = 0;
  let pendingPlace = false;
  for (let hops = 0; hops < 6; hops++) {
    let k = end - 1;
    while (k >= 0 && !isComma(toks[k])) k--;
    const chunk = toks.slice(k + 1, end);
    const first = chunk[0];
    if (!first || chunk.length > 8) return null;
    const origin = /^(of|from|in|near)$/.test(first.lower) && chunk.slice(1).every((t) => t.pos === 'PROPN' || t.pos === 'DET');
    const age = chunk.length === 1 && first.pos === 'NUM';
    const place = chunk.every((t) => t.pos === 'PROPN') && chunk.length <= 3;
    if (origin || age) { descriptors++; pendingPlace = false; end = k; continue; }
    if (place && hops === 0) { pendingPlace = true; end = k; continue; }
    if (pendingPlace || descriptors === 0 || k >= 0) return null;
    return npEndingAt(s, end - 1, 0);
  }
  return null;
}

function appositiveSubject(s: Sentence, comma: number): Mention | null {
  const toks = s.tokens;
  const far = pastDescriptors(s, comma);
  if (far && far.start === 0 || far && far.tokens[0] && /^[A-Z]/.test(far.text)) return far;
  let k = comma - 1;
  while (k >= 0 && !isComma(toks[k]) && (toks[k] as Token).text !== ';' && (toks[k] as Token).text !== ':') k--;
  if (k < 0 || !isComma(toks[k])) {
    // No second comma: "Abdul Qahar Balkhi, said" is unusual; take the chunk itself.
    return npEndingAt(s, comma - 1, Math.max(0, k + 1));
  }
  // "Alverson, a commissioner on the commission, which sets limits, described ...": past the
  // non-restrictive relative clause to the subject and its appositive.
  if (/^(which|who)$/.test(toks[k + 1]?.lower ?? '') && k > 1 && comma - k < 20) {
    const inner = appositiveSubject(s, k);
    if (inner && !inner.pronoun && /^[A-Z]/.test(inner.text)) return inner;
  }
  const appositive = toks.slice(k + 1, comma);
  const subj = npEndingAt(s, k - 1);
  if (!subj) return npEndingAt(s, comma - 1, k + 1);
  // The subject chunk must start the clause (after a comma, quote, "that" or the sentence start).
  const before = toks[subj.start - 1];
  if (before && !isComma(before) && !isQuote(before) && before.pos !== 'SCONJ' &&
    before.pos !== 'CCONJ' && before.lower !== 'that' && before.pos !== 'ADV' && before.text !== ':' && before.text !== ';') {
    return npEndingAt(s, comma - 1, k + 1);
  }
  if (isNamingAppositive(appositive)) subj.appositives.push(appositive);
  if (appositive[0]?.lower === 'by' && /^[A-Z]/.test(appositive[1]?.text ?? '')) {
    subj.authored = true;
    subj.author = appositive.slice(1);
  }
  return subj;
}

/** An appositive that names or describes the source ("the spokesman", "Abdul Qahar Balkhi"),
 * not an example list, an age or a place ("such as ...", "75", "from the league"). */
export function isNamingAppositive(ap: Token[]): boolean {
  if (ap.length === 0 || ap.length > 16) return false;
  const first = ap[0] as Token;
  if (/^(such|including|like|from|with|who|which|in|at|on|for|as|and|but|aged)$/.test(first.lower)) return false;
  if (first.pos === 'NUM' && ap.length <= 2) return false;
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'VERB' || first.pos === 'PRON' && !/^(his|her|its|their)$/.test(first.lower)) return false;
  return true;
}

/** "both Roscosmos and NASA" → "Roscosmos": joint named speakers take the first named
 * (role titles joined by "and" stay whole: "Defence Minister and Chief of Army Staff"). */
function firstOfJoint(s: Sentence, m: Mention): Mention {
  const toks = m.tokens;
  const and = toks.findIndex((t, k) => k > 0 && t.lower === 'and');
  if (and <= 0) return m;
  // Both sides must be names: "Transport and General Workers' Union general secretary X" is one.
  if (toks.slice(and + 1).some((t) => /^[a-z]/.test(t.text) && t.pos !== 'DET' && !/^(of|the|for)$/.test(t.lower))) return m;
  const before = toks[and - 1] as Token;
  // ("prosecutors in San Francisco and Los Angeles": one group in two places.)
  if (ROLE_NOUNS.has(before.lower) || before.lower in TITLES || toks.slice(0, and).some((t) => t.lower === 'of' || t.lower === 'in')) return m;
  // "The Institute for Geography and Statistics", "the Project and Contract Office": one name.
  const right = toks.slice(and + 1);
  if (right[0]?.pos !== 'DET' && (toks.slice(0, and).some((t) => t.lower === 'for') ||
    (/^the$/i.test(toks[0]?.text ?? '') && ORG_WORDS.has(right[right.length - 1]?.text ?? '')))) return m;
  if (!/^[A-Z]/.test(before.text)) return m;
  let a = m.start;
  while (a < m.start + and - 1 && /^(both|all|either|neither)$/.test((s.tokens[a] as Token).lower)) a++;
  return make(s, a, m.start + and);
}
