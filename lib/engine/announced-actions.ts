/**
 * Decisions a speaker announces in the passive future ("farmland would be taken", "the list will
 * not be extended") and measures announced ("announced a strike", "announced tariffs"): a pledge
 * of the body the speaker acts for.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isGenitive, isQuote } from './mentions';
import { COURTESY_TITLE, FUTURE_MODALS, GUESSES } from './lexicon';

const BE_FORMS = /^(be|been)$/;
const FEELINGS = /^(disappointed|pleased|surprised|delighted|concerned|worried|interested|tired|excited|satisfied|shocked|relieved|scared|frightened|embarrassed|involved|qualified|entitled|based|located|exposed|limited|complicated|determined|committed|prepared|amazed|annoyed|ashamed|bored|confused|devastated|disgusted|encouraged|frustrated|horrified|impressed|inspired|overwhelmed|saddened|thrilled|troubled|upset|stunned)$/;
const STATIVE = /^(considered|seen|regarded|viewed|thought|deemed|expected|needed|required|affected|hit|known|believed|hoped|hurt|damaged|forced|used|allowed)$/;

/**
 * Decisions announced in the passive future ("farmland would be taken", "the list will not be
 * extended", "evidence was to be passed on"), and "X stands ready / is committed to".
 */
export function announcesAction(s: Sentence, from: number, to: number): boolean {
  const toks = s.tokens;
  for (let k = from; k < to - 2; k++) {
    const t = toks[k] as Token;
    const l = t.lower;
    if ((l === 'stands' || l === 'stand') && toks[k + 1]?.lower === 'ready') return true;
    let j = -1;
    if (FUTURE_MODALS.has(l)) j = k + 1;
    else if ((l === 'was' || l === 'were' || l === 'is' || l === 'are') && toks[k + 1]?.lower === 'to' && toks[k + 2]?.lower === 'be') j = k + 2;
    if (j < 0) continue;
    // Only the reported clause itself, not a relative or noun-complement clause inside it.
    const lead = toks.slice(from, Math.min(k, from + 5)).findIndex((x) => x.lower === 'that');
    // "his worst moment was when he was told he would be released": someone else's decision.
    if (toks.slice(from, k).some((x, n) => x.lower === 'when' || (x.lower === 'told' && /^(was|were|been|being)$/.test(toks[from + n - 1]?.lower ?? '')))) continue;
    if (toks.slice(from, k).some((x, n) => /^(which|who|whom|whose)$/.test(x.lower) || (x.lower === 'that' && n > 1 && n !== lead))) continue;
    // "would now be extended", "will not be passed on".
    while (/^(not|n't|now|also|then|still|only|soon|all)$/.test(toks[j]?.lower ?? '')) j++;
    if (!BE_FORMS.test(toks[j]?.lower ?? '')) continue;
    // "asked whether it would be outlawed", "if the public is to be reassured": no decision;
    // "maybe a new truce will be agreed": a guess.
    if (toks.slice(from, k).some((x) => GUESSES.test(x.lower))) continue;
    // "Mr Bradshaw would be put in a position ...": what befalls a named person is no decision of the speaker's.
    if (toks.slice(from, k).some((x, n) => COURTESY_TITLE.test(x.text) && toks[from + n + 1]?.pos === 'PROPN')) continue;
    // ("their offices will be “deep cleaned”": past the quotation mark.)
    const p = isQuote(toks[j + 1]) ? toks[j + 2] : toks[j + 1];
    // ("will be vaccinated": a participle the tagger reads as an adjective, unless a feeling.)
    const participle = p?.pos === 'VERB' || (p?.pos === 'ADJ' && /ed$/.test(p.lower) && !/^un/.test(p.lower) && !FEELINGS.test(p.lower));
    if (!p || !participle || !/(ed|en|own|ut|et|ld|nt|id|ne)$/.test(p.lower) || STATIVE.test(p.lower)) continue;
    if (toks.slice(j + 2, j + 6).some((x) => x.lower === 'by')) continue;
    return true;
  }
  return false;
}

/** Measures a body takes by announcing them. */
const MEASURE_NOUNS = new RegExp('^(tariffs?|sanctions|package|bailout|stimulus|strikes?|walkout|cuts|layoffs|redundancies|closures?|' +
  'recall|ban|measures|investment|funding|grants?|review|inquiry|investigation|programme|program|scheme|reforms?|restructuring|' +
  'reduction|withdrawal|deployment|freeze|moratorium|subsidies|boycott|lockdown|curfew|limit|cap|deal|partnership)$');

/**
 * "announced blanket 25 percent tariffs", "has announced a strike by its members": the body
 * announcing a measure of its own, made or about to be made (not "is expected to announce",
 * "did not announce").
 */
export function announcesMeasure(toks: Token[], i: number): boolean {
  if (!/^(announce|unveil|confirm)$/.test(toks[i]?.lemma ?? '')) return false;
  const before = toks[i - 1]?.lower ?? '';
  if (/^(to|will|would|may|might|could|should|not|n't|n’t|never)$/.test(before)) return false;
  // ("confirmed a new $21m aid package", "a 5 per cent limit".)
  for (let k = i + 1; k < Math.min(toks.length, i + 9); k++) {
    const t = toks[k] as Token;
    if (MEASURE_NOUNS.test(t.lower) && t.pos === 'NOUN' && toks[k + 1]?.pos !== 'NOUN') return true;
    if (!/^(DET|ADJ|NUM|PRON|NOUN|PROPN|SYM)$/.test(t.pos) && !/^([-%]|per|cent)$/.test(t.text) && !isGenitive(t)) return false;
  }
  return false;
}
