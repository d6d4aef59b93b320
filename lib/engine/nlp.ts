/**
 * Tokens, part-of-speech tags and sentence spans from wink-nlp, with character offsets
 * into the original text. The model is loaded once, on first use.
 *
 * Hot path (about half the engine's time): one wink document per block, each token property
 * read with one vectorised `.out()`, no regular expression on the common path. The reference
 * version of this loop lives in tests/unit/engine/nlp-fast.test.ts and must agree with it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { TOP_LEVEL_DOMAIN } from './lexicon';

export interface Token {
  /** The text exactly as in the source. */
  text: string;
  /** Lower-cased form. */
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentence spans as [first token, last token] inclusive. */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Loads wink's English model now rather than on the first analysis. */
export function loadLanguageModel(): void {
  load();
}

function load(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const SPACE = /\s/;
const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const REPORTED_OPENERS = /^(the|a|an|that|its|this|these)$/;
/** Adjectives that are also nouns for a person or a document ("the chief", "a senior academic", "the circular"). */
const ADJECTIVE_NOUNS = /^(chief|premier|circular|academic|local|accused|deceased)$/;
const STANCE_VERB_FORMS = /^(fears?|claims?|hopes?|doubts?|warns?|vows?|pledges?|promises?|demands?|estimates?|calls?)$/;
const SUBJECT_PRONOUN = /^(he|she|it|they|we|i)$/;
const FIRST_PERSON_AM = /^[Ii]['’]m$/;

/**
 * A name, a subject pronoun or a plural common noun: something a verb can follow as its subject;
 * for a plain form ("demand", "claim") a plural one ("the Palestinians demand", not "the American demand").
 */
function canBeSubject(t: Token, plural: boolean): boolean {
  if (SUBJECT_PRONOUN.test(t.lower)) return !plural || /^(they|we|i)$/.test(t.lower);
  if (t.pos === 'PROPN' && UPPER_START.test(t.text)) return !plural || /[^s]s$/.test(t.lower);
  return t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && /^[a-z]/.test(t.text);
}

/** The start of a reported clause: a determiner, a pronoun, a name or "that" ("to" and a verb for "hopes to"). */
function clauseAfter(t: Token | undefined, next: Token | undefined, third: Token | undefined): boolean {
  if (!t) return false;
  if (t.lower === 'to') return next?.pos === 'VERB' || next?.pos === 'AUX';
  // ("Trump claims pipeline extensions would ...": a bare noun phrase as the clause's subject.)
  if (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) return next?.pos === 'AUX' || (next?.pos === 'NOUN' && third?.pos === 'AUX');
  return t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NUM' || t.lower === 'that';
}

/** Starts with a capital A-Z, as `/^[A-Z]/` tests, for loops over every token of an article. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** [0, 1, ..., k - 1], sized for the rest to be filled in. */
function identity(k: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < k; i++) a.push(i);
  return a;
}

/** Lower case without a new string when there is nothing to lower (ASCII fast check). */
function lowerOf(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return value.toLowerCase();
  }
  return value;
}

export function tokenize(text: string): TokenizedText {
  const engine = load();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const col = doc.tokens();
  const values = col.out(its.value) as string[];
  const pos = col.out(its.pos) as string[];
  const lemmas = col.out(its.lemma as Parameters<typeof col.out>[0]) as string[];
  const n = values.length;
  // (splitArticle never asks for blank text; the earlier loop returned a span of undefineds here.)
  if (n === 0) return { tokens: [], sentences: [] };
  const tokens: Token[] = new Array(n);
  const length = text.length;
  let cursor = 0;
  // Where each of wink's tokens starts among ours, once one has been split in two ("I'm").
  let firstOf: number[] | null = null;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] as string;
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    let exact = at >= 0 && at - cursor <= 64;
    // wink may normalise some characters; fall back to the next non-space position.
    if (!exact) {
      at = cursor;
      while (at < length && SPACE.test(text[at] as string)) at++;
    }
    const vl = value.length;
    const end = at + vl < length ? at + vl : length;
    if (end - at !== vl) exact = false;
    const lower = lowerOf(value);
    const lemma = lemmas[i] ?? lower;
    cursor = end;
    // (wink keeps "I'm" whole, as a name; every other contraction it splits: "we 're", "I 'll".)
    if (exact && vl === 3 && FIRST_PERSON_AM.test(value)) {
      firstOf ??= identity(i);
      firstOf[i] = o;
      tokens[o++] = { text: value.slice(0, 1), lower: 'i', lemma: 'i', pos: 'PRON', start: at, end: at + 1 };
      tokens[o++] = { text: value.slice(1), lower: lower.slice(1), lemma: 'be', pos: 'AUX', start: at + 1, end };
      continue;
    }
    if (firstOf) firstOf[i] = o;
    tokens[o++] = {
      text: exact ? value : text.slice(at, end),
      lower,
      lemma: lemma === lower ? lower : lowerOf(lemma),
      pos: pos[i] ?? 'X',
      start: at,
      end,
    };
  }
  const count = o;
  // wink splits words at letters outside ASCII ("M ā ori"); glue touching letter runs back.
  // Merged in place: the write position `m` never passes the read position `i`. `remap` is only
  // needed once a merge has happened (before that, token i stays at i).
  let remap: number[] | null = null;
  let m = 0;
  for (let i = 0; i < count; i++) {
    const t = tokens[i] as Token;
    const prev = m > 0 ? tokens[m - 1] as Token : undefined;
    if (!prev || prev.end !== t.start) {
      if (remap) remap[i] = m;
      tokens[m++] = t;
      continue;
    }
    const next = i + 1 < count ? tokens[i + 1] as Token : undefined;
    // ("The 34-year-old said": an age as one word, a noun when nothing follows it to describe.)
    const ageEnd = t.text === '-' && /^\d+$/.test(prev.text) && next?.lower === 'year' && t.end === next.start ? i + 3 : -1;
    const old = ageEnd > 0 ? tokens[ageEnd] : undefined;
    if (old && tokens[i + 2]?.text === '-' && /^olds?$/.test(old.lower) && old.start === (tokens[i + 2] as Token).end && (tokens[i + 2] as Token).start === (next as Token).end) {
      prev.end = old.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      prev.pos = /^(NOUN|PROPN|ADJ)$/.test(tokens[ageEnd + 1]?.pos ?? '') ? 'ADJ' : 'NOUN';
      remap ??= identity(i);
      for (let r = i; r <= ageEnd; r++) remap[r] = m - 1;
      i = ageEnd;
      continue;
    }
    // ("Nielsen/NetRatings": a name joined by a slash is one word.)
    const slashName = t.text === '/' && UPPER_START.test(prev.text) && !!next && UPPER_START.test(next.text);
    // ("says gamesindustry.biz", "TechCrunch.com", "bbc.co.uk": a web address is one name.)
    const domain = t.text === '.' && !!next && TOP_LEVEL_DOMAIN.test(next.text);
    if ((t.text === '-' || slashName || domain) && next && t.end === next.start &&
      LETTER_END.test(prev.text) && LETTER_START.test(next.text)) {
      // "Jae-myung", "co-ordinator": one word.
      prev.end = next.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      if ((UPPER_START.test(prev.text) && UPPER_START.test(next.text)) || domain) prev.pos = 'PROPN';
      // ("Ontario-based RIM", "Saudi-led forces": a compound with a participle describes, it names no one.)
      else if (!UPPER_START.test(prev.text) || next.pos === 'VERB') prev.pos = next.pos === 'VERB' ? 'ADJ' : next.pos;
      remap ??= identity(i);
      remap[i] = m - 1;
      remap[i + 1] = m - 1;
      i++;
      continue;
    }
    if ((prev.text.charCodeAt(prev.text.length - 1) > 127 || t.text.charCodeAt(0) > 127) &&
      LETTER_END.test(prev.text) && LETTER_START.test(t.text)) {
      prev.end = t.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      if (UPPER_START.test(prev.text)) prev.pos = 'PROPN';
      else if (prev.pos === 'X' || prev.pos === 'PUNCT') prev.pos = t.pos;
      remap ??= identity(i);
      remap[i] = m - 1;
      continue;
    }
    if (remap) remap[i] = m;
    tokens[m++] = t;
  }
  tokens.length = m;
  // "The Ofsted chief said", "The Quebec premier said", "the circular said", "A senior academic
  // said": wink tags a bare "chief", "premier", "circular" or "academic" before a verb as an adjective.
  for (let i = 0; i < m; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'ADJ' && ADJECTIVE_NOUNS.test(t.lower) && !/^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) t.pos = 'NOUN';
    // ("says the think tank": a noun compound, not the verb.)
    else if (t.lower === 'think' && /^tanks?$/.test(tokens[i + 1]?.lower ?? '')) t.pos = 'NOUN';
    // ("WASHINGTON • Twitter said": a dateline's bullet is punctuation, not a name.)
    else if (t.text.length === 1 && /^[•·●▪■|]$/.test(t.text)) t.pos = 'PUNCT';
    // ("The Hurriyet daily said": the paper, not the adverb.)
    else if ((t.lower === 'daily' || t.lower === 'weekly') && t.pos === 'ADV' && i > 0 && (tokens[i - 1] as Token).pos === 'PROPN' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX')) t.pos = 'NOUN';
    // "Robin Cook said", "Pak Gil Yon": a capitalised "verb" or "adverb" right after a name is the name's next word.
    else if ((t.pos === 'VERB' || t.pos === 'ADV') && i > 0 && UPPER_START.test(t.text) && (tokens[i - 1] as Token).pos === 'PROPN' && UPPER_START.test((tokens[i - 1] as Token).text)) t.pos = 'PROPN';
    // ("Before touring the island, Cooper took a question", "Ford scrapped plans ...": a capitalised
    // "verb" after a comma or opening a sentence, before a finite verb, is a name.)
    else if (t.pos === 'VERB' && UPPER_START.test(t.text) && (i === 0 || (i > 1 && (tokens[i - 1] as Token).text === ',') || /^[.!?]$/.test((tokens[i - 1] as Token).text)) &&
      (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX') &&
      /^[a-z]/.test(tokens[i + 1]?.text ?? '') && !(tokens[i + 1] as Token).lower.endsWith('ing')) t.pos = 'PROPN';
    // ("defence minister A K Antony", "Defence Minister A K Antony": inside a sentence, a capital "A"
    // before another initial is one, after a lower-case word or with a name after the initials.)
    else if (t.text === 'A' && t.pos === 'DET' && i > 0 && (/^[a-z]/.test((tokens[i - 1] as Token).text) || UPPER_START.test(tokens[i + 2]?.text ?? '')) &&
      /^[A-Z]\.?$/.test(tokens[i + 1]?.text ?? '')) t.pos = 'PROPN';
    // ("Cooper said help was coming": a capitalised "verb" right before "said" or "told" is a name.)
    else if (t.pos === 'VERB' && UPPER_START.test(t.text) && /^(said|says|told|tells)$/.test(tokens[i + 1]?.text ?? '')) t.pos = 'PROPN';
    // ("think tank Demos": a capitalised "verb" closing a description is the name it describes.)
    else if (t.pos === 'VERB' && i > 1 && UPPER_START.test(t.text) && (tokens[i - 1] as Token).pos === 'NOUN' && /^[a-z]/.test((tokens[i - 1] as Token).text) &&
      !/^[.!?:;]$/.test((tokens[i - 2] as Token).text)) t.pos = 'PROPN';
    // ("The UNHCR reports the number ...": between a name and a determiner, the verb.)
    else if (t.lower === 'reports' && t.pos === 'NOUN' && i > 0 && (tokens[i - 1] as Token).pos === 'PROPN' && REPORTED_OPENERS.test(tokens[i + 1]?.lower ?? '')) {
      t.pos = 'VERB';
      t.lemma = 'report';
    }
    // ("..., reports the Arizona Republic.", "..., reports Reuters": after a comma, before a name, the verb.)
    else if ((t.lower === 'reports' || t.lower === 'report') && t.pos === 'NOUN' && i > 0 && (tokens[i - 1] as Token).text === ',' &&
      (tokens[i + 1]?.pos === 'PROPN' || (tokens[i + 1]?.pos === 'DET' && tokens[i + 2]?.pos === 'PROPN'))) {
      t.pos = 'VERB';
      t.lemma = 'report';
    }
    // ("Gary Taylor fears the economy ...", "The lawyers claim the agency ...": a verb of stance
    // tagged as a noun between its subject and the clause it opens; not an object's head, "denied
    // Conservative claims that ...".)
    // ("Unions call for a strike", "Campaigners call on ministers to act": advocacy.)
    else if (t.pos === 'NOUN' && STANCE_VERB_FORMS.test(t.lower) && i > 0 && canBeSubject(tokens[i - 1] as Token, !t.lower.endsWith('s')) &&
      (clauseAfter(tokens[i + 1], tokens[i + 2], tokens[i + 3]) || (/^calls?$/.test(t.lower) && /^(for|on)$/.test(tokens[i + 1]?.lower ?? ''))) &&
      !/^(VERB|AUX|ADP)$/.test(tokens[i - 2]?.pos ?? '')) t.pos = 'VERB';
    // ("“…,” the circular read.": a closing "read" after "the" and a noun is the verb.)
    else if ((t.lower === 'read' || t.lower === 'reads') && t.pos === 'NOUN' && i > 1 && (tokens[i - 2] as Token).pos === 'DET' &&
      /^(NOUN|ADJ)$/.test((tokens[i - 1] as Token).pos) && (!tokens[i + 1] || tokens[i + 1]?.pos === 'PUNCT')) {
      t.pos = 'VERB';
      t.lemma = 'read';
      (tokens[i - 1] as Token).pos = 'NOUN';
    }
    // ("Smith, in a statement, alleged that …": before a clause, the verb, not "the alleged plot".)
    else if (t.lower === 'alleged' && t.pos === 'ADJ' && /^(that|the|a|an|he|she|they|it|we|i)$/.test(tokens[i + 1]?.lower ?? '')) {
      t.pos = 'VERB';
      t.lemma = 'allege';
    }
    // ("A survey in 2021 found that …": "found" before "that" is the verb.)
    else if (t.lower === 'found' && t.pos !== 'VERB' && tokens[i + 1]?.lower === 'that') {
      t.pos = 'VERB';
      t.lemma = 'find';
    }
    // ("Robin Cook said": after a name wink may tag "said" as an adjective.)
    else if (t.pos !== 'VERB' && (t.lower === 'said' || t.lower === 'told') && i > 0 && (tokens[i - 1] as Token).pos === 'PROPN') {
      t.pos = 'VERB';
      t.lemma = t.lower === 'said' ? 'say' : 'tell';
    }
  }
  const sentences: Array<[number, number]> = [];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as [number, number];
    const first = firstOf ? firstOf[span[0]] as number : span[0];
    const lastOne = firstOf ? (span[1] + 1 < n ? (firstOf[span[1] + 1] as number) - 1 : count - 1) : span[1];
    const a = remap ? remap[first] as number : first;
    const b = remap ? remap[lastOne] as number : lastOne;
    const last = sentences[sentences.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else sentences.push([a, b]);
  }
  return { tokens, sentences };
}
