/**
 * Whether a speech, belief or finding word stands as a verb where wink tagged it otherwise:
 * "Officials claim that" (a noun), "Mr Lewis branded the council “surprising”" and "has alleged
 * the elections are rigged" (adjectives), ", warning the “stakes are too high”" (a noun).
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, isGenitive } from './mentions';
import { DOCUMENT_NOUNS, GERUND_LEMMAS, GROUP_NOUNS, OUTLET_NOUNS, PLEDGE_VERBS, POLL_NOUNS, PUBLISHING_PARTICIPLES, ROLE_NOUNS } from './lexicon';
import { hasComplement, trailingNoun } from './cue-shape';
import { finiteSoon } from './verb-cue-context';
import { crowdStart } from './subjects';
import { timePhraseAt } from './time-phrases';

const ALWAYS_VERB = new Set(['said', 'says', 'told', 'added', 'say', 'tells']);

/** Verbs wink sometimes tags as nouns ("Officials claim that", "the ADB fears that"). */
const NOUN_TAGGED = new Set(['claim', 'fear', 'say', 'warn', 'argue', 'believe', 'hope', 'think', 'insist', 'add', 'state', 'note', 'suggest', 'allege',
  'estimate', 'predict', 'forecast', 'project', 'report', 'quote', 'point', 'show', 'indicate', 'promise', 'pledge', 'vow', 'list']);

/** Heads of a body that speaks ("the company", "the union"). */
const BODY_HEADS = /^(company|firm|government|union|party|group|council|bank|agency|ministry|department|committee|commission|board|authority|regulator|retailer|airline|club|charity|campaign|administration)$/;

/**
 * A document opening the clause before `i`, described by a phrase that has no verb of its own
 * but a publishing participle ("Figures from the Department for Transport", "The latest figures,
 * published on Tuesday,").
 */
function describedDocumentBefore(toks: Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && i - k <= 10; k--) {
    const t = toks[k] as Token;
    if ((t.pos === 'VERB' && !PUBLISHING_PARTICIPLES.test(t.lower)) || t.pos === 'AUX' || t.pos === 'PRON') return false;
    if (!DOCUMENT_NOUNS.has(t.lower) || !/^(NOUN|PROPN)$/.test(t.pos)) continue;
    const after = toks[k + 1] as Token;
    if (!/^(from|by|in|for)$/.test(after.lower) && !isComma(after) && !PUBLISHING_PARTICIPLES.test(after.lower)) return false;
    let j = k - 1;
    while (j >= 0 && /^(DET|ADJ|NOUN)$/.test((toks[j] as Token).pos)) j--;
    return j < 0 || isComma(toks[j]) || (toks[j] as Token).pos === 'CCONJ';
  }
  return false;
}

/** Whether the word at `i` (with its lemma and kind) is the verb of a cue. */
export function taggedAsVerb(s: Sentence, i: number, lemma: string, isSpeech: boolean, isBelief: boolean, isFinding: boolean): boolean {
  const toks = s.tokens;
  const t = toks[i] as Token;
  const prevTok = toks[i - 1];
  const nextTok = toks[i + 1];
  // ("... and three cyber crime suspects.": a noun compound closing a list, not "suspects" as a verb.)
  if (isBelief && /s$/.test(t.lower) && prevTok?.pos === 'NOUN' && !/s$/.test(prevTok.lower) && /^[.,;]$/.test(nextTok?.text ?? '.')) return false;
  // ("The European Regions Airline Association (ERAA) claims that": past the acronym.)
  const nameBefore = prevTok?.text === ')' && toks[i - 3]?.text === '(' ? toks[i - 4] : prevTok;
  const nounVerb = t.pos === 'NOUN' && NOUN_TAGGED.has(lemma) && !!nameBefore && (nameBefore.pos === 'NOUN' || nameBefore.pos === 'PROPN' || nameBefore.pos === 'PRON') &&
    // ("reacted to media reports that ...": the object of a preposition is a noun.)
    // ("The government forecast in 2015 that ...": past a time phrase.)
    ((toks[i + 1 + timePhraseAt(toks, i + 1)]?.lower === 'that' && toks[i - 2]?.pos !== 'ADP') || ((nextTok?.text === '.' || nextTok?.text === ':') && (isSpeech || isFinding) && trailingNoun(s, i)) ||
      // "the Sunday Telegraph claims Mr Milburn is unwilling": a name then a finite verb.
      (isSpeech && !!prevTok && prevTok.pos === 'PROPN' && nextTok?.pos === 'PROPN' && hasComplement(s, i)) ||
      // "The new book claims Mr Prescott hosted ...": a document or outlet noun, then a clause.
      // ("Records show he told a grand jury ...": a capital that only opens the sentence, and a pronoun.)
      (!!prevTok && (prevTok.pos === 'NOUN' || (i === 1 && prevTok.pos === 'PROPN')) && (DOCUMENT_NOUNS.has(prevTok.lower) || OUTLET_NOUNS.has(prevTok.lower) || POLL_NOUNS.has(prevTok.lower)) &&
        (nextTok?.pos === 'PROPN' || nextTok?.pos === 'DET' || /^(he|she|it|they|we|there)$/.test(nextTok?.lower ?? '')) && hasComplement(s, i)) ||
      // "..., the newspaper quotes a source close to the firm."
      (lemma === 'quote' && (nextTok?.pos === 'DET' || nextTok?.pos === 'PROPN')) ||
      // "The group claims to be the largest": a claim about itself.
      (lemma === 'claim' && nextTok?.lower === 'to' && /^(VERB|AUX)$/.test(toks[i + 2]?.pos ?? '')) ||
      // "Critics fear the move could ...": a plural of people, then a clause.
      ((isSpeech || isBelief) && !!prevTok && /^(NOUN|PROPN)$/.test(prevTok.pos) && /[a-z]s$/.test(prevTok.lower) &&
        (GROUP_NOUNS.has(prevTok.lower) || GROUP_NOUNS.has(prevTok.lower.replace(/s$/, ''))) && nextTok?.pos === 'DET' && finiteSoon(toks, i + 2)) ||
      // "De Miranda points out that ...".
      (lemma === 'point' && nextTok?.lower === 'out') ||
      // ("The IPPR report points to examples ...": a document's finding.)
      (lemma === 'point' && nextTok?.lower === 'to' && !!prevTok && DOCUMENT_NOUNS.has(prevTok.lower)) ||
      // "the sale, which Yukos claims was illegal", "a bill which critics claim would ...".
      ((isSpeech || isBelief) && (prevTok?.pos === 'PROPN' || (prevTok?.pos === 'NOUN' && /s$/.test(prevTok.lower))) &&
        /^(which|that)$/.test(toks[i - 2]?.lower ?? '') && /^(AUX|VERB)$/.test(nextTok?.pos ?? '')) ||
      // "Critics fear it could allow ...": a plural subject, then a clause opened by a pronoun.
      ((isSpeech || isBelief) && !!prevTok && /^(NOUN|PROPN)$/.test(prevTok.pos) && /s$/.test(prevTok.lower) &&
        /^(it|he|she|they|we|there)$/.test(nextTok?.lower ?? '') && /^(AUX|VERB)$/.test(toks[i + 2]?.pos ?? '')) ||
      // "Democrats claim the administration has not done enough", "The UNHCR reports the number ... rose".
      ((isSpeech || lemma === 'report') && prevTok?.pos === 'PROPN' && nextTok?.pos === 'DET' && hasComplement(s, i) && finiteSoon(toks, i + 2)) ||
      // ", latest figures show.", ", official figures show but ...": a document closing the sentence.
      (isFinding && !!prevTok && DOCUMENT_NOUNS.has(prevTok.lower) && /^(\.|,|but|that)$/.test(nextTok?.lower ?? '.')) ||
      // "the report forecast total growth of 3.6%": a document's own figures.
      ((isSpeech || isFinding) && !!prevTok && DOCUMENT_NOUNS.has(prevTok.lower) && toks[i - 2]?.pos === 'DET' && /^(ADJ|NUM|NOUN)$/.test(nextTok?.pos ?? '')) ||
      // "The Tories promise to keep the payments".
      // ("the party's promises to raise ..." is a noun.)
      (PLEDGE_VERBS.has(lemma) && nextTok?.lower === 'to' && /^(PROPN|NOUN)$/.test(prevTok?.pos ?? '') && !isGenitive(toks[i - 1])) ||
      // "the company claims its new prices have saved ...": a body or role noun, then a clause.
      (isSpeech && !!prevTok && prevTok.pos === 'NOUN' && (/^(the|a|an)$/.test(toks[i - 2]?.lower ?? '') ||
        // ("The prime minister claims this is ...": past the office's other words.)
        (/^(ADJ|NOUN)$/.test(toks[i - 2]?.pos ?? '') && /^(the|a|an)$/.test(toks[i - 3]?.lower ?? ''))) &&
        (ROLE_NOUNS.has(prevTok.lower) || GROUP_NOUNS.has(prevTok.lower) || BODY_HEADS.test(prevTok.lower)) &&
        (nextTok?.pos === 'DET' || /^(its|their|his|her|this|these|it|they|he|she)$/.test(nextTok?.lower ?? '')) && finiteSoon(toks, i + 2)));
  // ("However, some say more debt is not support", "Many fear displacement": after a crowd
  // opening its clause, the verb.)
  // ("Most state agencies will ...": a noun compound, not the verb.)
  const crowd = t.pos === 'NOUN' && (NOUN_TAGGED.has(lemma) || lemma === 'feel') && (isSpeech || isBelief) && crowdStart(s, i - 1) >= 0 &&
    !(nextTok?.pos === 'NOUN' && /^(AUX|VERB)$/.test(toks[i + 2]?.pos ?? ''));
  // ("Mr Lewis branded the council “surprising”": wink tags the naming verb as an adjective.)
  const brandedAdj = /^(branded|dubbed|labelled|labeled)$/.test(t.lower) &&
    (/^(has|have|had|been)$/.test(prevTok?.lower ?? '') || (/^(PROPN|NOUN|PRON)$/.test((prevTok?.pos === 'ADV' ? toks[i - 2] : prevTok)?.pos ?? '') &&
      /^(DET|PRON|PROPN|NOUN)$/.test(nextTok?.pos ?? '')));
  // "he elaborated that": right after a subject pronoun, a speech or belief word is its verb.
  const afterPronoun = (t.pos === 'ADJ' || t.pos === 'NOUN') && /^(he|she|they|we|i)$/.test(prevTok?.lower ?? '') && (isSpeech || isBelief);
  // (", warning the “stakes are too high”": wink tags the gerund after a comma as a noun.)
  const gerundNoun = t.pos === 'NOUN' && isComma(prevTok) && GERUND_LEMMAS.has(t.lower) &&
    /^(DET|PRON|PROPN)$/.test(nextTok?.pos ?? '') && i > 3;
  // ("Hichilema has alleged the elections are rigged", "X alleged that ...": wink tags some past
  // tenses as adjectives; after an auxiliary or a subject, and before a clause or object, a verb.)
  // ("General Naravane further informed that ...": past an adverb.)
  const lead = prevTok?.pos === 'ADV' && /^[a-z]/.test(prevTok.text) ? toks[i - 2] : prevTok;
  const pastAdj = t.pos === 'ADJ' && lemma !== t.lower && !!lead && (/^(has|have|had)$/.test(lead.lower) ||
    (/^(PROPN|NOUN|PRON)$/.test(lead.pos) && !isGenitive(lead))) && nextTok?.lower !== 'which' &&
    // ("The ombudsman alleged union members verbally abused workers": a bare noun opening a clause.)
    (/^(DET|PRON|PROPN|SCONJ)$/.test(nextTok?.pos ?? '') || (nextTok?.pos === 'NOUN' && lead.pos !== 'PRON' && finiteSoon(toks, i + 2)));
  // ("Figures from the Department for Transport show road deaths fell", "The latest figures,
  // published on Tuesday, show a rise": a document's finding, past what the document is described by.)
  const describedFinding = t.pos === 'NOUN' && isFinding && NOUN_TAGGED.has(lemma) && /^(DET|NOUN|ADJ|NUM|PRON|SCONJ)$/.test(nextTok?.pos ?? '') &&
    describedDocumentBefore(toks, i);
  // ("Her party, the Civic Union, claims to have gathered evidence": after an appositive's comma.)
  const claimsAfterAside = t.pos === 'NOUN' && /^claims?$/.test(t.lower) && isComma(prevTok) && nextTok?.lower === 'to' &&
    /^(have|be)$/.test(toks[i + 2]?.lower ?? '');
  return t.pos === 'VERB' || ALWAYS_VERB.has(t.lower) || nounVerb || brandedAdj || afterPronoun || gerundNoun || pastAdj || crowd || describedFinding ||
    claimsAfterAside;
}
