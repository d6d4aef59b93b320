/**
 * The subject of a cue verb: skips auxiliaries and adverbs, follows relative pronouns to their
 * antecedent (`relative-subjects.ts`), walks back over places, and takes the first of joint
 * speakers.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { DOCUMENT_NOUNS, MONTHS_DAYS, RESPONDENT_PARTICIPLES, ROLE_NOUNS, SPEECH_VERBS, TITLES } from './lexicon';
import { WEEKDAYS, timePhraseEndingAt } from './time-phrases';
import { ORG_WORDS, analysePhrase, genderOfFirstName, publicationName } from './names';
import { SUBJECT_PRONOUNS, beforeBrackets, isComma, isNounish, makeMention, npEndingAt, type Mention } from './mentions';
import { appositiveSubject, describedNameBefore } from './appositive-subjects';
import { partyKey } from './parties';
import { antecedentOf, beforeParticiplePhrase, beforeRelativeClause, commaRelativeBefore, governedBefore, isRelative, unclosedRelative } from './relative-subjects';
import { textOf } from './roles';

/** Past participles without "-ed" that take an agent ("hit by the drought", "held by rebels"). */
const IRREGULAR_PARTICIPLES = /^(hit|hurt|struck|caught|held|left|laid|brought|sent|shot|stung|kept|led|fed|paid|sold|built|bought|cut|set|hung|won|lost)$/;
/** The medium a speaker uses, named between subject and verb ("The union in a statement said"). */
const MEDIUM = /^(statement|interview|letter|tweet|post|email|e-mail|speech|release|filing|note|address|broadcast)$/;

/**
 * "in a statement", "in a joint statement", "in an interview" ending at `j` (or "in a post on X,",
 * "in an interview with the BBC": with where it appeared): the index of "in", else -1.
 */
function mediumPhraseStart(toks: Token[], j: number): number {
  let m = isComma(toks[j]) ? j - 1 : j;
  let w = m;
  while (w > m - 4 && w > 0 && (/^[A-Z]/.test((toks[w] as Token).text) || (toks[w] as Token).lower === 'the') && (toks[w] as Token).pos !== 'PUNCT') w--;
  if (w < m && /^(on|with|to)$/.test(toks[w]?.lower ?? '') && MEDIUM.test(toks[w - 1]?.lower ?? '')) m = w - 1;
  else if (m !== j) return -1;
  if (!MEDIUM.test(toks[m]?.lower ?? '')) return -1;
  let k = m - 1;
  if (toks[k]?.lower === 'joint') k--;
  if (!/^(a|an|its|his|her|their)$/.test(toks[k]?.lower ?? '')) return -1;
  return toks[k - 1]?.lower === 'in' ? k - 1 : -1;
}

/** Words skipped between a subject and its verb ("has also said", "would later tell"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'also', 'further', 'previously', 'will', 'would', 'did', 'does', 'do',
  'reportedly', 'repeatedly', 'publicly', 'again', 'later', 'recently', 'then', 'first', 'once',
  'both', 'all', 'each', 'just', 'already', 'now', 'never', 'often', 'always', 'still', 'separately',
  'earlier', 'today', 'yesterday', 'been', 'can', 'could', 'may', 'might',
  'should', 'must', 'shall', 'not', "n't", 'privately', 'strongly', 'clearly', 'firmly',
  'flatly', 'itself',
  'himself', 'herself', 'themselves', 'too', 'however', 'though', 'even', 'only', 'long',
  'worldwide', 'nationwide', 'globally', 'overall', 'alike', 'abroad', 'elsewhere', 'together',
]);

/** Where "some", "many" or "most" (with "in the community") opens a clause and ends at `j`, else -1. */
export function crowdStart(s: Sentence, j: number): number {
  const toks = s.tokens;
  let k = j;
  if (toks[j]?.pos === 'NOUN' && j >= 3 && toks[j - 1]?.lower === 'the' && toks[j - 2]?.lower === 'in') k = j - 3;
  const opens = k === 0 || isComma(toks[k - 1]) || /^(but|and|while|though|although)$/.test(toks[k - 1]?.lower ?? '');
  return k >= 0 && /^(some|many|most)$/.test(toks[k]?.lower ?? '') && opens ? k : -1;
}

/**
 * The subject of the verb at `v`: skips auxiliaries and adverbs, follows relative pronouns
 * to their antecedent, and takes `S, appositive, VERB` apart. Null when the verb has none
 * before it (inverted order or no subject).
 */
export function subjectBefore(s: Sentence, v: number): Mention | null {
  const toks = s.tokens;
  const described = beforeRelativeClause(s, v) ?? beforeParticiplePhrase(s, v);
  if (described) return described;
  let j = v - 1;
  let dashOpen = -1;
  while (j >= 0) {
    const t = toks[j] as Token;
    if (SUBJECT_PRONOUNS.has(t.lower) || isRelative(t)) break;
    // ("Police Thursday said", "California prison officials Thursday acknowledged", "Mark Carney,
    // governor of the Bank of England, Tuesday said": a bare weekday after the subject, in wire style.)
    if (j === v - 1 && WEEKDAYS.test(t.lower) && j > 0 && (/^(NOUN|PROPN)$/.test((toks[j - 1] as Token).pos) || (isComma(toks[j - 1]) && j > 2))) { j--; continue; }
    if (/^[A-Z]/.test(t.text) && j > 0 && (toks[j - 1] as Token).pos === 'PROPN') break;
    // "Mr Yushchenko - keen to reassure investors - had said": step over the dashes.
    if (/^[-–—]$/.test(t.text) && j > 2) {
      let k = j - 1;
      while (k > 0 && !/^[-–—]$/.test((toks[k] as Token).text)) k--;
      // ("Mr Ingram - making the statement for Geoff Hoon, who is in Oman - said": longer after a name.)
      // ("Lawyers for the mother -- who had been held on Nauru but brought to Australia ... -- had
      // argued": longer for a relative clause.)
      if (k > 0 && (j - k < 14 || (j - k < 30 && ((toks[k - 1] as Token).pos === 'PROPN' || /^(who|which)$/.test(toks[k + 1]?.lower ?? ''))))) { dashOpen = k; j = k - 1; continue; }
    }
    // ("He, however, said", "The minister, meanwhile, told": a sentence adverb set off by commas.)
    if (isComma(t) && j === v - 1 && toks[j - 1]?.pos === 'ADV' && /^[a-z]/.test(toks[j - 1]?.text ?? '') && isComma(toks[j - 2]) && j > 2) { j -= 3; continue; }
    // ("..., Long said": a capitalised name, not the adverb of "has long said".)
    const name = t.pos === 'PROPN' && /^[A-Z]/.test(t.text);
    if (!name && (BETWEEN.has(t.lower) || (t.pos === 'ADV' && t.lower !== 'not') || (t.pos === 'AUX' && t.lower !== "'s"))) { j--; continue; }
    // "The Electoral Commission on Thursday said", "A Mori poll this summer suggested", "the group last week said".
    const time = timePhraseEndingAt(toks, j);
    if (time >= 2 && j - time >= 0) { j -= time; continue; }
    // "The union in a statement Sunday reaffirmed", "Obama in an interview said": the medium.
    if (MONTHS_DAYS.has(t.lower) && MEDIUM.test(toks[j - 1]?.lower ?? '')) { j--; continue; }
    const medium = mediumPhraseStart(toks, j);
    if (medium > 0) { j = medium - 1; continue; }
    // ("A survey released Tuesday showed", "a report published last week found": past a document's participle.)
    const day = MONTHS_DAYS.has(t.lower) ? 1 : 0;
    const participle = toks[j - day] as Token;
    if (j - day > 0 && participle.pos === 'VERB' && /(ed|en)$/.test(participle.lower) && DOCUMENT_NOUNS.has((toks[j - day - 1] as Token).lower) && j < v - 1 + day) { j -= day + 1; continue; }
    break;
  }
  if (j < 0) return null;
  // ("Chika Obi, a senior figure in another union - the PSA - said": an appositive whose closing
  // comma is the aside in dashes.)
  if (dashOpen === j + 1 && !isComma(toks[j])) {
    let c = j;
    while (c > 0 && j - c < 14 && !isComma(toks[c]) && !/^(VERB|AUX)$/.test((toks[c] as Token).pos)) c--;
    // (Not "Meanwhile, Acme – the largest retailer – said": an opening adverb is no anchor.)
    const m = isComma(toks[c]) && toks[c - 1]?.pos !== 'ADV' ? appositiveSubject(s, dashOpen) : null;
    if (m && !m.pronoun) return firstOfJoint(s, m);
  }
  // "the Asian Development Bank (ADB) has said": step over the parenthesis.
  j = beforeBrackets(toks, j);
  if (j < 0) return null;
  const t = toks[j] as Token;
  if (s.quoted[j] && !s.quoted[v]) {
    // "Mr Kennedy, whose party opposes the plan as "deeply flawed" said": back to the antecedent.
    const relative = commaRelativeBefore(s, j - 1, false);
    return relative ? npEndingAt(s, relative.at - 2) : null;
  }
  // "69% of those questioned said": the respondents, participle and all.
  if (RESPONDENT_PARTICIPLES.test(t.lower) && toks[j - 1]?.lower === 'those') {
    const np = npEndingAt(s, j - 1);
    return makeMention(s, np ? np.start : j - 1, j + 1);
  }
  // "X held meetings ... and promised to ...": a coordinated verb shares the first subject.
  if ((t.lower === 'and' || t.lower === 'but') && j > 0) {
    // ("Yukos claims its downfall was ... and has vowed": wink reads "claims" after a name as a noun.)
    // ("Following a meeting, the negotiators briefed ... and said", "Alarmed by the rise, the minister
    // has called a meeting but said": not the opening participle.)
    const first = s.tokens.findIndex((x, k) => k < j && !s.quoted[k] && ((x.pos === 'VERB' && !(k === 0 && /(ing|ed)$/.test(x.lower))) || x.pos === 'AUX' ||
      (x.pos === 'NOUN' && SPEECH_VERBS.has(x.lemma) && /s$/.test(x.lower) && s.tokens[k - 1]?.pos === 'PROPN')));
    if (first > 0 && first < j) return subjectBefore(s, first);
    return null;
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) return makeMention(s, j, j + 1);
  // ("However, some say ...", "But many in the community fear ...": an unnamed crowd.)
  // ("possibly, many will feel, ...", "Some may see this as ...": a crowd's guess is no source.)
  const crowd = crowdStart(s, j);
  if (crowd >= 0) return /^(will|would|may|might|could|should|can)$/.test(toks[j + 1]?.lower ?? '') ? null : makeMention(s, crowd, j + 1);
  // "Many of them said": the group "they" refers to.
  if ((t.lower === 'them' || t.lower === 'us') && toks[j - 1]?.lower === 'of' && j >= 2) {
    const m = makeMention(s, j - 2, j + 1);
    m.pronoun = t.lower === 'them' ? 'they' : 'we';
    return m;
  }
  if (isRelative(t)) return antecedentOf(s, j);
  if (isComma(t)) {
    const m = appositiveSubject(s, j);
    return m && !m.pronoun ? firstOfJoint(s, m) : m;
  }
  // "Mr Galloway, who on Thursday won libel damages from the Daily Telegraph said": the relative
  // clause's closing comma is missing; its antecedent speaks.
  const antecedent = unclosedRelative(s, j);
  if (antecedent) return antecedent;
  let np = npEndingAt(s, j);
  // ("a revised law that activists say will ...": the relative "that" is no part of the speaker.)
  // ("reported last month, citing documents, that engineers had raised": the complementiser before
  // a plural, not a demonstrative.)
  const thatOpens = np && np.tokens.length > 1 && np.tokens[0]?.lower === 'that' &&
    (/^(NOUN|PROPN)$/.test(toks[np.start - 1]?.pos ?? '') || ((isComma(toks[np.start - 1]) || toks[np.start - 1]?.pos === 'VERB') && /[^s]s$/.test(np.tokens[np.tokens.length - 1]?.lower ?? '')));
  if (np && thatOpens) np = makeMention(s, np.start + 1, np.end);
  // ("At a protest in Dublin IFA President Joe Healy said": after a fronted phrase whose comma is
  // missing, the title and name at the end of the run are the speaker, not the place before them.)
  let opening = np ? np.start - 1 : -1;
  while (opening > 0 && !isComma(toks[opening - 1])) opening--;
  if (np && opening >= 0 && /^(ADP|VERB)$/.test(toks[opening]?.pos ?? '')) {
    const f = np.tokens.findIndex((x, k) => k >= 2 && !!genderOfFirstName(x.text) && np!.tokens.slice(k).every((y) => /^[A-Z]/.test(y.text)));
    const r = f > 0 ? f - 1 : -1;
    if (r >= 1 && ROLE_NOUNS.has((np.tokens[r] as Token).lower) && /^[A-Z]/.test((np.tokens[r] as Token).text)) {
      const acronym = /^[A-Z]{2,6}$/.test(np.tokens[r - 1]?.text ?? '') ? 1 : 0;
      return makeMention(s, np.start + r - acronym, np.end);
    }
  }
  // "Simon Hall at Postbridge on Dartmoor in the West Country said": walk back over places.
  for (let hops = 0; np && hops < 4; hops++) {
    const adp = toks[np.start - 1];
    // ("Agriculture ministers from across Canada said": the people, wherever they come from.)
    if (adp?.lower === 'across' && toks[np.start - 2]?.lower === 'from') {
      const people = npEndingAt(s, np.start - 3);
      if (people && /s$/.test(people.tokens[people.tokens.length - 1]?.lower ?? '')) np = makeMention(s, people.start, np.end);
      break;
    }
    if (!adp || !/^(in|at|on|near|outside|inside|into)$/.test(adp.lower)) break;
    // ("The joint committee on human rights found": a body's remit in lower case is no place.)
    const remitOf = adp.lower === 'on' && np.tokens.every((x) => /^[a-z]/.test(x.text)) ? npEndingAt(s, np.start - 2) : null;
    if (remitOf && /^(committee|commission|council|panel|board|inquiry|tribunal|subcommittee|taskforce)$/.test(remitOf.tokens[remitOf.tokens.length - 1]?.lower ?? '')) {
      np = makeMention(s, remitOf.start, np.end);
      break;
    }
    // "The Project and Contract Office (PCO) in Baghdad said": over the parenthesis.
    const earlier = npEndingAt(s, beforeBrackets(toks, np.start - 2, 8));
    if (!earlier) break;
    const last = earlier.tokens[earlier.tokens.length - 1] as Token;
    // ("A Department of Justice investigation into the incident concluded": the inquiry and its subject.)
    if (adp.lower === 'into') {
      if (DOCUMENT_NOUNS.has(last.lower)) np = makeMention(s, earlier.start, np.end);
      break;
    }
    // ("The Portfolio Committee on Mineral Resources said": a body's name with its remit.)
    if (adp.lower === 'on' && ORG_WORDS.has(last.text) && np.tokens.every((x) => /^[A-Z]/.test(x.text))) {
      np = makeMention(s, earlier.start, np.end);
      break;
    }
    // ("Speaking in Harrogate Mr Kennedy said": the opening participle is no speaker.)
    if (earlier.tokens[0]?.pos === 'VERB' && /ing$/.test(earlier.tokens[0]?.lower ?? '')) break;
    // "A report in the Sunday Business claimed": the document and the outlet it appeared in.
    if (adp.lower === 'in' && DOCUMENT_NOUNS.has((earlier.tokens[earlier.tokens.length - 1] as Token).lower) &&
      publicationName(np.tokens)) return makeMention(s, earlier.start, np.end);
    np = earlier;
  }
  // "A man arrested by police said", "Workers employed by the firm said": the agent of a
  // participle is not the subject; a document's ("figures compiled by the Tories") stays its source.
  // ("farmers hurt by deepening drought conditions told": past the agent's own "-ing" modifier.)
  const by = !np ? -1 : toks[np.start - 1]?.lower === 'by' ? np.start - 1 :
    toks[np.start - 1]?.pos === 'VERB' && /ing$/.test(toks[np.start - 1]?.lower ?? '') && toks[np.start - 2]?.lower === 'by' ? np.start - 2 : -1;
  if (np && by >= 2) {
    const participle = toks[by - 1] as Token;
    // ("Farmers hit by the drought told", "people hurt by the cuts said": irregular participles too.)
    const head = participle.pos === 'VERB' && (/(ed|en|wn)$/.test(participle.lower) || IRREGULAR_PARTICIPLES.test(participle.lower)) ? npEndingAt(s, by - 2) : null;
    const kind = head && !head.pronoun ? analysePhrase(head.tokens, head.text).kind : null;
    if (head && kind !== 'document' && kind !== 'poll' && !isComma(toks[head.end])) np = head;
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
  if (np && !isComma(toks[np.start - 1])) np = describedNameBefore(s, np) ?? np;
  if (np) np = portfolioName(s, np) ?? firstOfJoint(s, np);
  // Joint speakers ("Parata and his family believe"): the first named.
  // ("Work and pensions minister Alan Johnson" is one compound title, not two speakers.)
  const compound = !!np && np.start >= 2 && /^[a-z]/.test(np.text) && np.tokens[0]?.pos === 'NOUN' &&
    /^[A-Z]/.test(toks[np.start - 2]?.text ?? '') && !isNounish(toks[np.start - 3] ?? ({ pos: 'PUNCT', text: '' } as Token));
  // ("the Commons standards and privileges committee", "the trade and industry secretary": one
  // body or office with a two-part remit.)
  if (np && !compound && np.start >= 2 && toks[np.start - 1]?.lower === 'and' && /^[a-z]/.test(np.text) && np.tokens[0]?.pos === 'NOUN' &&
    /^[a-z]/.test(toks[np.start - 2]?.text ?? '') && toks[np.start - 2]?.pos === 'NOUN' &&
    /^(committee|commission|department|ministry|council|board|authority|agency|secretary|minister|spokesman|spokeswoman|inquiry|review)$/.test(np.tokens[np.tokens.length - 1]?.lower ?? '')) {
    const remit = npEndingAt(s, np.start - 2);
    if (remit) return makeMention(s, remit.start, np.end);
  }
  // ("Whole Foods co-founder and CEO John Mackey" is one person with two titles.)
  const roleBefore = np && np.start >= 2 ? ((toks[np.start - 2] as Token).lower.split('-').pop() ?? '') : '';
  const titled = !!np && np.start >= 2 && (ROLE_NOUNS.has(roleBefore) || roleBefore in TITLES);
  // ("The governor and mayor urged ...": two offices and no name; the first speaks first.)
  if (np && titled && toks[np.start - 1]?.lower === 'and' && np.tokens.every((t) => /^[a-z]/.test(t.text) && ROLE_NOUNS.has(t.lower))) {
    const first = npEndingAt(s, np.start - 2);
    if (first && first.tokens[0]?.lower === 'the') return first;
  }
  if (np && !compound && !titled && (toks[np.start - 1]?.lower === 'and') && np.start >= 2) {
    // ("The Teachers Union (TU) and the Nurses Organisation (NO) say": past the first one's short form.)
    let first = npEndingAt(s, beforeBrackets(toks, np.start - 2, 8));
    // "Tory work and pensions spokesman David Willetts", "committee member and Tory MP Nigel
    // Waterson": a title naming its holder, after a first part that names no one.
    const holder = np.tokens.some((t) => ROLE_NOUNS.has(t.lower)) && np.tokens[np.tokens.length - 1]?.pos === 'PROPN' &&
      /^[A-Z]/.test(np.tokens[np.tokens.length - 1]?.text ?? '');
    const opening = first?.start ?? 0;
    if (holder && first && !first.tokens.some((t, k) => t.pos === 'PROPN' && !partyKey(t.text) && opening + k > 0)) {
      return makeMention(s, first.start, np.end);
    }
    // "Sri Lanka, Indonesia and the Seychelles": the first of the list.
    const named = (m: Mention) => /^[A-Z]/.test(m.text) || m.tokens.some((t) => t.pos === 'PROPN');
    while (first && isComma(toks[first.start - 1]) && first.start >= 2 && named(first)) {
      const earlier = npEndingAt(s, first.start - 2);
      if (!earlier || !named(earlier) || earlier.tokens.length > 5) break;
      first = earlier;
    }
    // "Apple shipped its display and Steve Jobs said": the first is the object of another verb.
    // ("Both Labour and the Conservatives have said": past "both".)
    if (first && /^(both|either|neither)$/i.test(first.tokens[0]?.text ?? '') && first.tokens.length > 1) first = makeMention(s, first.start + 1, first.end);
    if (first && !governedBefore(s, first.start)) return first;
  }
  return np;
}

const OFFICE_QUALIFIERS = /^(acting|deputy|shadow|former|interim|junior|assistant|outgoing)$/;

/**
 * "The Department for Culture, Media and Sport said", "the Department for Environment, Food and
 * Rural Affairs": the end of a remit's list is the body or office that has it.
 */
function portfolioName(s: Sentence, np: Mention): Mention | null {
  const toks = s.tokens;
  if (!isComma(toks[np.start - 1]) || !np.tokens.some((t) => t.lower === 'and') || !np.tokens.every((t) => /^[A-Z]/.test(t.text) || /^(and|&)$/.test(t.lower))) return null;
  let k = np.start - 2;
  while (k > 0 && (/^[A-Z]/.test((toks[k] as Token).text) || isComma(toks[k]))) k--;
  const head = toks[k - 1];
  if (!/^(for|of)$/.test(toks[k]?.lower ?? '') || !head || !(isBodyHead(head.text) || (ROLE_NOUNS.has(head.lower) && /^[A-Z]/.test(head.text)))) return null;
  let b = k - 1;
  while (b > 0 && /^[A-Z]/.test((toks[b - 1] as Token).text) && (toks[b - 1] as Token).pos !== 'PUNCT') b--;
  if (toks[b - 1]?.lower === 'the') b--;
  return makeMention(s, b, np.end);
}

/** "both Roscosmos and NASA" → "Roscosmos": joint named speakers take the first named
 * (role titles joined by "and" stay whole: "Defence Minister and Chief of Army Staff"). */
function firstOfJoint(s: Sentence, m: Mention): Mention {
  const toks = m.tokens;
  const and = toks.findIndex((t, k) => k > 0 && t.lower === 'and');
  if (and <= 0) return m;
  // Both sides must be names: "Transport and General Workers' Union general secretary X" is one.
  if (toks.slice(and + 1).some((t) => /^[a-z]/.test(t.text) && t.pos !== 'DET' && !/^(of|the|for)$/.test(t.lower))) return m;
  // "Minister for Children, Young People and Families Margaret Hodge said": a title, then the person.
  const named = toks.findIndex((t, k) => k > and && !!genderOfFirstName(t.text) && /^[A-Z]/.test(toks[k + 1]?.text ?? '') && k + 2 === toks.length);
  if (named > and && !toks.slice(0, and).some((t) => !!genderOfFirstName(t.text))) return makeMention(s, m.start + named, m.end);
  // ("Information and Broadcasting Minister Priyaranjan Dasmunsi": a remit of two words, then the office and its holder.)
  const office = toks.findIndex((t, k) => k > and && ROLE_NOUNS.has(t.lower) && /^[A-Z]/.test(t.text) && k + 1 < toks.length &&
    toks.slice(k + 1).every((x) => /^[A-Z]/.test(x.text)));
  // ("acting Roads and Road Safety Minister Phillip Dalidakis": past a qualifier of the office.)
  if (office > and && toks.slice(0, and).every((t, k) => /^[A-Z]/.test(t.text) || (k === 0 && OFFICE_QUALIFIERS.test(t.lower))) && analysePhrase(toks.slice(0, and), textOf(toks.slice(0, and))).kind !== 'person') {
    return makeMention(s, m.start + office + 1, m.end);
  }
  // "Apple shipped its Retina display and Steve Jobs said": the first is another verb's object.
  if (governedBefore(s, m.start) && toks[and + 1]) return makeMention(s, m.start + and + 1, m.end);
  const before = toks[and - 1] as Token;
  // ("prosecutors in San Francisco and Los Angeles": one group in two places.)
  if (ROLE_NOUNS.has(before.lower) || before.lower in TITLES || toks.slice(0, and).some((t) => t.lower === 'of' || t.lower === 'in')) return m;
  // "The Institute for Geography and Statistics", "the Project and Contract Office": one name.
  const right = toks.slice(and + 1);
  // ("The Nurses and Midwives Union of Ireland", "Avon and Somerset Police": the body's head before
  // its "of", and a left side with no body word or name of its own.)
  const of = right.findIndex((t) => t.lower === 'of');
  const rightHead = right[(of > 0 ? of : right.length) - 1]?.text ?? '';
  const bareLeft = toks.slice(0, and).every((t) => /^the$/i.test(t.text) || (/^[A-Z][a-z]/.test(t.text) && !isBodyHead(t.text) && !genderOfFirstName(t.text)));
  if (right[0]?.pos !== 'DET' && (toks.slice(0, and).some((t) => t.lower === 'for') ||
    (/^the$/i.test(toks[0]?.text ?? '') && isBodyHead(right[right.length - 1]?.text ?? '')) ||
    (bareLeft && right.length >= 2 && isBodyHead(rightHead)))) return m;
  if (!/^[A-Z]/.test(before.text)) return m;
  let a = m.start;
  while (a < m.start + and - 1 && /^(both|all|either|neither)$/.test((s.tokens[a] as Token).lower)) a++;
  return makeMention(s, a, m.start + and);
}

/** "Bank", "Agency", and the heads only a body's name ends in ("the Health and Safety Executive"). */
const isBodyHead = (word: string): boolean => ORG_WORDS.has(word) || /^(Executive|Inspectorate|Directorate|Secretariat)$/.test(word);

