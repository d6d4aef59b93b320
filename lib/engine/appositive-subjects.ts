/**
 * Subjects set off by commas before their verb: `S, appositive, VERB` and a name before its age
 * and place of origin ("Mr Mubanga, 32, from Wembley, London, said").
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { beforeBrackets, isComma, isNamingAppositive, isQuote, makeMention, npEndingAt, npStartingAt, opensClause, type Mention } from './mentions';
import { analysePhrase, isCredential } from './names';
import { ROLE_NOUNS, SPEAKING_BODIES } from './lexicon';

/**
 * "Mr Mubanga, 32, from Wembley, London, said", "Contrack International, of Arlington, Virginia,
 * heads": the sentence-opening name before an age and a place of origin.
 */
function pastDescriptors(s: Sentence, comma: number): Mention | null {
  const toks = s.tokens;
  let end = comma;
  let descriptors = 0;
  let pendingPlace = false;
  let stateAfterPlace = false;
  for (let hops = 0; hops < 6; hops++) {
    let k = end - 1;
    while (k >= 0 && !isComma(toks[k])) k--;
    const chunk = toks.slice(k + 1, end);
    const first = chunk[0];
    // ("The union representing workers at the plant in Elkhart, Ind., said": the state closes a
    // place inside the subject, which opens the sentence.)
    if (stateAfterPlace && first && inPlace(chunk)) {
      if (k < 0) return headBeforeModifier(s, npStartingAt(s, 0, false));
      // ("John Hanson, a spokesman at the sales unit in Torrance, Calif., said": a description
      // ending on the city and its state.)
      descriptors++;
      pendingPlace = false;
      stateAfterPlace = false;
      end = k;
      continue;
    }
    if (!first || chunk.length > 8) return null;
    // ("from Hexley in Norfolk": a place within a place.)
    const origin = /^(of|from|in|near)$/.test(first.lower) &&
      chunk.slice(1).every((t, n) => t.pos === 'PROPN' || t.pos === 'DET' || (n > 0 && /^(in|near|upon)$/.test(t.lower) && chunk[n + 2]?.pos === 'PROPN'));
    const age = chunk.length === 1 && first.pos === 'NUM';
    const place = chunk.every((t) => t.pos === 'PROPN') && chunk.length <= 3;
    // "Mr Johnson, MP for Henley on Thames, Oxfordshire, said": a seat or post, then its county.
    // ("Robert Jackson, 58, MP for Wantage in Oxfordshire, said": the seat after the age.)
    // ("head teacher at the school": a role of two words.)
    const prep = chunk.findIndex((t) => /^(for|of|in|at)$/.test(t.lower));
    const post = prep > 0 && prep <= 2 && ROLE_NOUNS.has((chunk[prep - 1] as Token).lower);
    // ("Mrs Dalley, head teacher at the school, in Bilton Road, for the past seven years, said").
    const tenure = /^(for|since)$/.test(first.lower) && chunk.some((t) => t.pos === 'NUM' || /^(years?|months?|decades?)$/.test(t.lower));
    // ("Kirstine Stewart, executive vice-president, English Services, said": a bare office, then its division.)
    const office = pendingPlace && chunk.every((t) => /^[a-z]/.test(t.text)) && ROLE_NOUNS.has((chunk[chunk.length - 1] as Token).lower.split('-').pop() ?? '');
    if (origin || age || post || tenure || office) { descriptors++; pendingPlace = false; end = k; continue; }
    if (place && hops === 0) {
      pendingPlace = true;
      stateAfterPlace = chunk.length === 1 && analysePhrase(chunk, first.text).kind !== 'person';
      end = k;
      continue;
    }
    if (pendingPlace || descriptors === 0) return null;
    // "One of the men, David Redvers, 34, from Hartpury, said": a full name after an opening phrase.
    const named = chunk.length >= 2 && chunk.every((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text));
    if (k >= 0 && !named) return null;
    return npEndingAt(s, end - 1, k + 1);
  }
  return null;
}

/** A chunk that ends on a place after a preposition ("... at the plant in Elkhart", "in Detroit and Warren"). */
function inPlace(chunk: Token[]): boolean {
  const capitalised = (t: Token | undefined) => !!t && t.pos === 'PROPN' && /^[A-Z]/.test(t.text);
  let n = chunk.length - 1;
  let words = 0;
  while (n > 0 && words < 3 && (capitalised(chunk[n]) || ((chunk[n] as Token).lower === 'and' && capitalised(chunk[n - 1]) && capitalised(chunk[n + 1])))) {
    if ((chunk[n] as Token).lower === 'and') words = 0;
    else words++;
    n--;
  }
  return n > 0 && n < chunk.length - 1 && /^(in|at|near)$/.test((chunk[n] as Token).lower);
}

/** "The union representing workers at the plant": the phrase up to its participle. */
function headBeforeModifier(s: Sentence, m: Mention | null): Mention | null {
  const cut = m ? m.tokens.findIndex((t, n) => n > 0 && t.pos === 'VERB') : -1;
  return m && cut > 0 ? makeMention(s, m.start, m.start + cut) : m;
}

/** `S, A, VERB`: the subject chunk S with A as its appositive. */
export function appositiveSubject(s: Sentence, comma: number): Mention | null {
  const toks = s.tokens;
  // (Not "Speaking on BBC Radio 4's Today programme, its general secretary, Mick Harland, said": the
  // programme is the fronted phrase's object.)
  const far0 = pastDescriptors(s, comma);
  const far = far0 && toks[far0.start - 1]?.pos === 'ADP' && /ing$/.test(toks[far0.start - 2]?.lower ?? '') ? null : far0;
  if (far && far.start === 0 || far && far.tokens[0] && /^[A-Z]/.test(far.text)) return far;
  let k = comma - 1;
  while (k >= 0 && !isComma(toks[k]) && (toks[k] as Token).text !== ';' && (toks[k] as Token).text !== ':') k--;
  if (k < 0 || !isComma(toks[k])) {
    // No second comma: "Abdul Qahar Balkhi, said" is unusual; take the chunk itself.
    // ("The Social Democrats (SPD), who ..., said": past the acronym in brackets.)
    return npEndingAt(s, beforeBrackets(toks, comma - 1, 6), Math.max(0, k + 1));
  }
  // "Alverson, a commissioner on the commission, which sets limits, described ...": past the
  // non-restrictive relative clause to the subject and its appositive.
  // ("The Alliance, which includes the Alzheimer's Society, Age Concern and Mencap, said": past a list.)
  // ("Lady Hale, sitting with Lords Bingham, Steyn and Hope, said": past a participle's list, too.)
  const opensAside = (t: Token | undefined): boolean => !!t && (/^(which|who)$/.test(t.lower) || (t.pos === 'VERB' && /ing$/.test(t.lower)));
  let rel = k;
  while (rel > 1 && comma - rel < 30 && !opensAside(toks[rel + 1])) {
    rel--;
    while (rel > 0 && !isComma(toks[rel]) && !/^[.;:]$/.test((toks[rel] as Token).text)) rel--;
    if (!isComma(toks[rel])) break;
  }
  if (opensAside(toks[rel + 1]) && rel > 1 && comma - rel < 30) {
    const inner = appositiveSubject(s, rel);
    if (inner && !inner.pronoun && /^[A-Z]/.test(inner.text)) return inner;
  }
  const appositive = toks.slice(k + 1, comma);
  // ("Scott Roberts, MD, associate medical director ..., tells": past a credential set off by commas.)
  let end = k - 1;
  while (isCredential(toks[end]) && isComma(toks[end - 1]) && end > 1) end -= 2;
  // ("Sen. Joe Marlin (D-W. Va.), a leading member of the group, said": past the brackets.)
  const subj = npEndingAt(s, beforeBrackets(toks, end, 8));
  if (!subj) return npEndingAt(s, comma - 1, k + 1);
  // ("The Secretary of State for Culture, Media and Sport, Tessa Jowell, said": the end of an
  // office's list of portfolios, then its holder.)
  const portfolioTail = isComma(toks[subj.start - 1]) && subj.tokens.some((t) => t.lower === 'and') &&
    subj.tokens.every((t) => /^[A-Z]/.test(t.text) || /^(and|&)$/.test(t.lower));
  if (portfolioTail && analysePhrase(appositive, appositive.map((t) => t.text).join(' ')).person) return npEndingAt(s, comma - 1, k + 1);
  // The subject chunk must start the clause (after a comma, quote, "that" or the sentence start).
  const before = toks[subj.start - 1];
  // ("marketing company Doubleclick, one of the leading providers, warned": a descriptive title.)
  // ("study co-author Gerard Roe, a professor ..., told": the role after its prefix.)
  const beforeHead = before?.lower.split('-').pop() ?? '';
  const titled = !!before && before.pos === 'NOUN' && (SPEAKING_BODIES.has(beforeHead) || ROLE_NOUNS.has(beforeHead));
  // ("His comments come after Dave Prentis, the leader of Unison, told ...": "after" opens a clause.)
  const opener = !!before && /^(after|before|since|until|while|when|because|as|although|though|once)$/.test(before.lower);
  // ("After the ruling Carla Ferstman, legal director of Redress, said": a full name after a
  // fronted phrase whose comma is missing.)
  const afterFronted = /^(ADP|VERB)$/.test(toks[0]?.pos ?? '') && !toks.slice(0, subj.start).some(isComma) &&
    subj.tokens.length >= 2 && subj.tokens.every((t) => t.pos === 'PROPN') && analysePhrase(subj.tokens, subj.text).kind === 'person';
  // ("COLUMBUS, Ohio (AP) — Rep. Janelle Whitaker, D-Ohio, told": a dateline's dash opens the clause.)
  if (before && !titled && !opener && !afterFronted && !isComma(before) && !isQuote(before) && !/^[-–—]$/.test(before.text) && before.pos !== 'SCONJ' &&
    before.pos !== 'CCONJ' && before.lower !== 'that' && before.pos !== 'ADV' && before.text !== ':' && before.text !== ';') {
    return npEndingAt(s, comma - 1, k + 1);
  }
  // "Following Mr Straw's announcement, lawyer Louise Christian, who ..., said": a fronted phrase, not the subject.
  const lead = subj.tokens[0] as Token;
  if (subj.start === 0 && (lead.pos === 'ADP' || (lead.pos === 'VERB' && /ing$/.test(lead.lower)))) {
    return npEndingAt(s, comma - 1, k + 1);
  }
  if (isNamingAppositive(appositive)) subj.appositives.push(appositive);
  if (appositive[0]?.lower === 'by' && /^[A-Z]/.test(appositive[1]?.text ?? '')) {
    subj.authored = true;
    subj.author = appositive.slice(1);
  }
  return subj;
}

/**
 * "Lisa Power, head of policy at the Terrence Higgins Trust said", "Dr Erel Avineri, of the
 * Centre for Transport said": the description's closing comma is missing, so the phrase just
 * before the verb is inside it; the name that opens the clause speaks.
 */
export function describedNameBefore(s: Sentence, np: Mention): Mention | null {
  const toks = s.tokens;
  let k = np.start - 1;
  while (k > 0 && np.start - k < 16 && !isComma(toks[k]) && /^(DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|PART)$/.test((toks[k] as Token).pos)) k--;
  if (k <= 0 || !isComma(toks[k])) return null;
  let d = k + 1;
  while (/^(DET|ADJ)$/.test(toks[d]?.pos ?? '') && d < np.start) d++;
  const lead = toks[d] as Token;
  const role = ROLE_NOUNS.has(lead.lower) || (ROLE_NOUNS.has(toks[d + 1]?.lower ?? '') && lead.pos === 'NOUN');
  const origin = d === k + 1 && /^(of|from)$/.test(lead.lower) && /^(DET|PROPN)$/.test(toks[d + 1]?.pos ?? '');
  if (!role && !origin) return null;
  const named = npEndingAt(s, k - 1);
  if (!named || named.pronoun) return null;
  const last = named.tokens[named.tokens.length - 1] as Token;
  if (last.pos !== 'PROPN' || !/^[A-Z]/.test(last.text) || analysePhrase(named.tokens, named.text).kind !== 'person') return null;
  return opensClause(toks, named.start) ? named : null;
}
