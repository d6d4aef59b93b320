/**
 * Role phrases ("the Tory leader", "Foreign Secretary", "the spokesman of the ministry"):
 * what they are made of, where the article attaches them to a name, and how well a role
 * mention fits a candidate's known roles.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { analysePhrase, type PhraseInfo } from './names';
import { countryOf } from './countries';
import { ABBREVIATED_ROLES, COURTESY_TITLE, ROLE_NOUNS } from './lexicon';

/** A role phrase: its head noun and its other content words ("tory", "leader"). */
export interface Role {
  head: string;
  words: Set<string>;
  /** From post-nominal letters ("Frank Field MP"): matches any "the ... MP ..." phrase. */
  loose?: boolean;
}

/** Role heads a broader description may stand for ("the French leader" for the French president). */
const BROADER_HEADS = new Map<string, Set<string>>([
  ['leader', new Set(['president', 'premier', 'chancellor', 'taoiseach', 'minister', 'king', 'queen', 'emir', 'sultan', 'chairman', 'chairwoman'])],
  ['official', new Set(['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'director', 'commissioner', 'officer', 'ambassador', 'envoy', 'governor', 'administrator', 'chief', 'head'])],
  ['boss', new Set(['chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'director', 'head', 'manager', 'commissioner'])],
]);

const QUALIFIERS = ['shadow', 'deputy', 'vice', 'assistant', 'acting', 'junior', 'under', 'former', 'ex'];
const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', "'s", '’s', 'new', 'then', 'current', 'its', 'his', 'her', 'their', 'in', 'on', 'at']);

/** The role the phrase names; `info` is the phrase's own analysis when the caller already has it. */
export function roleOf(tokens: Token[], info: PhraseInfo = analysePhrase(tokens, textOf(tokens))): Role | null {
  if (!info.head || info.person) return null;
  const words = new Set(tokens.map((t) => t.lower.replace(/['’]s$/, '')).filter((w) => !ROLE_STOP.has(w) && /\p{L}/u.test(w)));
  // ("the PM": the office the abbreviation stands for.)
  const office = ABBREVIATED_ROLES.get(info.head);
  return office ? officeRole(office, words) : { head: info.head, words };
}

/** The role an office's full name makes ("prime minister": head "minister"), with any other words. */
function officeRole(office: string, words = new Set<string>()): Role {
  const parts = office.split(' ');
  for (const w of parts) words.add(w);
  return { head: parts[parts.length - 1] as string, words };
}

/** The words naming whose role it is, before a possessive ("the prime minister's spokesman" → prime, minister). */
function ownerWords(tokens: Token[]): Token[] {
  let mark = -1;
  for (let k = tokens.length - 2; k > 0 && mark < 0; k--) if (/^['’]s$/.test((tokens[k] as Token).text)) mark = k;
  return tokens.slice(0, Math.max(mark, 0)).filter((t) => !ROLE_STOP.has(t.lower) && /\p{L}/u.test(t.lower));
}

/** The mention's word is one the known role has, its short form, or its country. */
const sharedWord = (t: Token, r: Role): boolean =>
  r.words.has(t.lower.replace(/['’]s$/, '')) || shortFormOf(t.text, r) || sameCountry(t.text, r);

/**
 * The mention's role fits: same head (or, with `broaden`, a head its broader word covers), and
 * every capitalised modifier ("Tory") is known for the candidate.
 */
export function roleScore(mention: Role, mentionTokens: Token[], roles: Role[], broaden = false): number {
  let best = -1;
  const owner = ownerWords(mentionTokens);
  for (const r of roles) {
    const broader = r.head !== mention.head;
    if (broader && (!broaden || !BROADER_HEADS.get(mention.head)?.has(r.head))) continue;
    let score = 0;
    let ok = true;
    // "shadow foreign secretary" is not "the foreign secretary".
    for (const q of QUALIFIERS) if (r.words.has(q) && !mentionTokens.some((t) => t.lower === q)) ok = false;
    if (r.loose) { best = Math.max(best, 0); continue; }
    // ("The prime minister's spokesman" is not "Ms Patel's spokesman": whose role it is must match.)
    if (owner.some((t) => !sharedWord(t, r))) continue;
    for (const t of mentionTokens) {
      const w = t.lower.replace(/['’]s$/, '');
      if (ROLE_STOP.has(w) || w === mention.head) continue;
      if (sharedWord(t, r)) score++;
      else if (/^[A-Z]/.test(t.text)) ok = false;
    }
    // ("the French leader" for "French President Nicolas Sarkozy": a broader word fits only
    // with a modifier the known role shares.)
    if (ok && (!broader || score >= 1)) best = Math.max(best, score);
  }
  return best;
}

/** "Germany's president" for "German President …": the country by another of its forms. */
function sameCountry(text: string, r: Role): boolean {
  const country = countryOf([text]);
  return !!country && [...r.words].some((w) => countryOf([w.charAt(0).toUpperCase() + w.slice(1)]) === country);
}

/**
 * A capitalised modifier that shortens the role's words: a clipping ("Fed" for "Federal Reserve")
 * or the initials of words in a row ("CBN" for "Central Bank of Nigeria").
 */
function shortFormOf(text: string, r: Role): boolean {
  const w = text.toLowerCase();
  const words = [...r.words];
  if (w.length >= 3 && /^[A-Z][a-z]+$/.test(text) && words.some((x) => x.length > w.length && x.startsWith(w))) return true;
  if (!/^[A-Z]{2,6}$/.test(text)) return false;
  for (let i = 0; i + w.length <= words.length; i++) {
    if (words.slice(i, i + w.length).every((x, k) => x[0] === w[k])) return true;
  }
  return false;
}

export function textOf(tokens: Token[]): string {
  let out = '';
  let prevEnd = -1;
  for (const t of tokens) {
    if (prevEnd >= 0 && t.start > prevEnd) out += ' ';
    out += t.text;
    prevEnd = t.end;
  }
  return out;
}

/** The role phrase right before a name ("Tory leader Michael Howard") or in apposition to it
 * ("Lee, the Democratic Party leader," / "the foreign minister, Amir Khan Muttaqi,"). */
export function roleAround(s: Sentence, start: number, end: number): Role[] {
  const toks = s.tokens;
  const roles: Role[] = [];
  // "Gov. David Paterson": the office an abbreviated title stands for.
  const abbreviation = toks[start - 1]?.text === '.' ? toks[start - 2] : toks[start - 1];
  const office = abbreviation && /^[A-Z]/.test(abbreviation.text) ? ABBREVIATED_ROLES.get(abbreviation.lower.replace(/\.$/, '')) : undefined;
  // Pre-modifiers, past a courtesy title ("Foreign Office Spokesperson Dr Muhammad Faisal").
  let roleEnd = start;
  while (roleEnd > 0 && COURTESY_TITLE.test((toks[roleEnd - 1] as Token).text)) roleEnd--;
  let a = roleEnd;
  while (a > 0) {
    const t = toks[a - 1] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'PRON' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
    a--;
  }
  const premodified = a < roleEnd ? roleOf(toks.slice(a, roleEnd)) : null;
  // ("deputy PM John Prescott": the office with its qualifier, not the bare one.)
  if (premodified && ROLE_NOUNS.has(premodified.head)) roles.push(premodified);
  else if (office) roles.push(officeRole(office));
  // Post-nominal letters: "Frank Field MP" is "the MP".
  let e = end;
  const post = toks[e];
  if (post && /^(MP|MEP|MSP|TD|MLA|MPP|MNA|QC|KC)$/.test(post.text)) {
    roles.push({ head: post.lower, words: new Set([post.lower]), loose: true });
    e++;
  }
  // ", the role," after the name.
  if (toks[e]?.text === ',') {
    let b = e + 1;
    while (b < toks.length && toks[b]?.text !== ',' && toks[b]?.text !== '.' && b - e < 14) b++;
    const ap = toks.slice(e + 1, b);
    if (ap[0]?.pos === 'DET' || ap[0]?.pos === 'ADJ' || ap[0]?.pos === 'NOUN' || ap[0]?.pos === 'PROPN') {
      const r = roleOf(ap);
      if (r && ROLE_NOUNS.has(r.head)) roles.push(r);
    }
  }
  // "the role, Name," before the name.
  if (toks[start - 1]?.text === ',') {
    let b = start - 2;
    while (b >= 0 && toks[b]?.text !== ',' && toks[b]?.pos !== 'VERB' && start - b < 14) b--;
    const ap = toks.slice(b + 1, start - 1);
    const r = ap.length ? roleOf(ap) : null;
    if (r && ROLE_NOUNS.has(r.head)) roles.push(r);
  }
  return roles;
}
