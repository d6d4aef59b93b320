/**
 * Relayed speech: the speaker passes on what a named third party, a document or hearsay said
 * ("said auditors had found ...", "wrote that Muttaqi expressed hope"), which makes a report.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Cue } from './cue-shape';
import { isComma, isQuote, makeMention, npStartingAt, type Mention } from './mentions';
import { analysePhrase } from './names';
import { timePhraseAt } from './time-phrases';
import type { Entity } from './entities';
import type { Registry } from './registry';
import { affiliatedWith, namesPolice, policeSource, spokesperson } from './own-side';
import { speaksForNamedCountry } from './state-speakers';
import { DOCUMENT_NOUNS, OBJECT_VERBS, OUTLET_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS } from './lexicon';

/** Where the reported content starts: after "that", an object ("told reporters") or a colon. */
export function contentStart(s: Sentence, cue: Cue): number {
  const toks = s.tokens;
  if (cue.inverted || cue.trailing) {
    let k = 0;
    while (k < toks.length && (isQuote(toks[k]) || (toks[k] as Token).pos === 'PUNCT')) k++;
    return k;
  }
  for (let k = cue.end; k < Math.min(toks.length, cue.end + 8); k++) {
    const t = toks[k] as Token;
    if (t.lower === 'that' || t.text === ':' ) return k + 1;
    if (isQuote(t)) return k + 1;
    // "said the police had said ID cards could "help ..."": the content began before the quote.
    // (A capitalised "verb" is part of a name: "told The Associated Press that".)
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]/.test(t.text)) break;
  }
  return cue.end;
}

/** A pronoun and a passive: "he had been", "we were", "it's". */
const PRONOUN_PASSIVE = "^(he|she|they|we|i|it) (had been|has been|have been|was|were|am|'m|’m|are|'re|’re|is|'s|’s)";
/** "he had been told", "they were advised": what others told the speaker. */
const TOLD = new RegExp(`${PRONOUN_PASSIVE} (told|advised|informed|notified|warned|assured)\\b`);
/** "we have been asked to", "she was instructed to": what others asked of the speaker. */
const ASKED_TO = new RegExp(`${PRONOUN_PASSIVE} (asked|instructed) to\\b`);

/**
 * Inside the speaker's quotation from `from`, a third person telling the speaker something:
 * opening it (“They told us very clearly …”) or further on (“I've spoken to the chairman and he's
 * told me he's fully behind me”).
 */
export function toldInQuote(s: Sentence, from: number): boolean {
  const toks = s.tokens;
  while (isQuote(toks[from])) from++;
  if (!s.quoted[from]) return false;
  let end = from;
  while (end < toks.length && s.quoted[end]) end++;
  const words = toks.slice(from, end).map((t) => t.lower.replace('’', "'")).join(' ');
  return /^(he|she|they) (told|informed|assured|warned|promised) (me|us)\b/.test(words) ||
    /\b(and|but|,) (he|she|they) (has |'s |had |'d |have |'ve )?(told|informed|assured|warned|promised) (me|us)\b/.test(words);
}

/** "told the BBC that Mr Clarke had been reported to be ...": the speaker passes on others' reports. */
export function relaysHearsay(s: Sentence, from: number): boolean {
  const toks = s.tokens;
  // "said he had been told he could see his son": passing on what others told the speaker.
  while (isQuote(toks[from])) from++;
  // ("told the AP that, according to preliminary reports, ...": passing on what reports say.)
  const opening = isComma(toks[from]) ? from + 1 : from;
  if (toks[opening]?.lower === 'according' && toks[opening + 1]?.lower === 'to') return true;
  const open = toks.slice(from, from + 4).map((t) => t.lower).join(' ');
  // ("said it had been advised that ...", "they were informed ...": the same, from a body.)
  if (TOLD.test(open)) return true;
  // ("“We have been asked to pull up the deadlines”": what another party asked of the speaker.)
  if (ASKED_TO.test(toks.slice(from, from + 5).map((t) => t.lower).join(' '))) return true;
  // ("said staff were told the job losses were necessary": what others were told, passed on.)
  if (!s.quoted[from] && /^((the|its|his|her|their|some|many|all) )?([a-z]+ ){0,2}(had been|have been|were) (told|advised|informed|warned|assured)\b/.test(toks.slice(from, from + 6).map((t) => t.lower).join(' '))) return true;
  if (toldInQuote(s, from)) return true;
  // "We understand from the executive that ...", "I have heard from officials that ...".
  if (/^(we|i|they) (understand|understood|heard|hear|learned|learnt|gather|gathered|have heard) from\b/.test(open)) return true;
  for (let k = from + 1; k < Math.min(toks.length - 1, from + 10); k++) {
    const t = toks[k] as Token;
    if (/^(reported|rumoured|rumored)$/.test(t.lower) && /^(been|be|is|are|was|were)$/.test(toks[k - 1]?.lower ?? '') && toks[k + 1]?.lower === 'to') return true;
  }
  return false;
}

/** Speech and finding verbs that, opening the reported content with another party's subject, make it a relay. */
const RELAY_VERBS = /^(tell|find|say|warn|threaten|advise|inform|claim|allege|reveal|admit|promise|pledge|vow|insist|suggest|conclude|confirm|describe|predict|forecast|state|shout|ask|urge|request|assure|report)$/;

/**
 * "said auditors had found ...", "said the “MI6 agent” told him ...", "said some MPs had
 * threatened to ...": the content opens with a third party (a common-noun group or a described
 * person, not a pronoun and not the speaker) whose own speech or finding the speaker passes on.
 */
export function relaysThirdParty(s: Sentence, from: number, source: Entity, reg: Registry): boolean {
  const toks = s.tokens;
  // ("said that in 2019, the central bank had asked them to ...": past a fronted time and its comma.)
  const time = timePhraseAt(toks, from);
  if (time > 0 && isComma(toks[from + time])) from += time + 1;
  let k = from;
  let nouns = 0;
  while (k < toks.length && k - from < 7) {
    const t = toks[k] as Token;
    if (isQuote(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || (k === from && /^(his|her|their|its)$/.test(t.lower))) { k++; continue; }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') { nouns++; k++; continue; }
    // ("said colleagues in Argentina had reported …": past where the third party is.)
    if (nouns > 0 && /^(in|from|at)$/.test(t.lower) && toks[k + 1]?.pos === 'PROPN') { k++; continue; }
    break;
  }
  if (nouns === 0 || k === from) return false;
  const head = toks[k - 1] as Token;
  if (isQuote(head) && nouns === 0) return false;
  const subj = toks.slice(from, k).filter((t) => !isQuote(t));
  if (/^(he|she|it|they|we|i|you|this|that|there)$/.test(subj[0]?.lower ?? '')) return false;
  // The speaker's own body is no third party ("the firm said its auditors ..." is still).
  const text = subj.map((t) => t.text).join(' ');
  const e = reg.find(text);
  if (e && e === source) return false;
  let v = k;
  while (v < toks.length && /^(had|has|have|also|already|previously|then|been)$/.test((toks[v] as Token).lower)) v++;
  // "said the industry was predicting that ...": the progressive of a speech verb.
  const progressive = /^(is|are|was|were)$/.test(toks[v]?.lower ?? '') && /ing$/.test(toks[v + 1]?.lower ?? '');
  if (progressive) v++;
  const verb = toks[v];
  // ("said the minister had informed aides that ...": a perfect participle the tagger reads as an adjective.)
  if (verb?.pos === 'ADJ' && v > k && /^(had|has|have)$/.test(toks[v - 1]?.lower ?? '') && /^(informed|advised|warned|assured|notified)$/.test(verb.lower)) return true;
  if (!verb || verb.pos !== 'VERB' || !RELAY_VERBS.test(verb.lemma) || (/ing$/.test(verb.lower) && !progressive)) return false;
  // ("companies reported for the first time": reporting with nothing reported is no relay.)
  if (verb.lemma === 'report' && /^(ADP|PUNCT|ADV)$/.test(toks[v + 1]?.pos ?? 'PUNCT') && toks[v + 1]?.lower !== 'that') return false;
  if (progressive) return true;
  // "said the plans would help": not speech. The verb must be finite past/present speech.
  return v > k || /(ed|old|ound|aid|ote)$/.test(verb.lower) || /s$/.test(verb.lower);
}

/**
 * "Police said officers were appealing for witnesses": the force's own appeal, which the
 * statement makes, not words passed on; "the family said police were appealing" passes it on.
 */
function policeAppeal(s: Sentence, cue: Cue, source: Entity): boolean {
  return s.tokens[cue.at]?.lemma === 'appeal' && namesPolice(cue.subject?.text ?? '') && policeSource(source);
}

/**
 * "said intelligence reports showed ...", "said a survey found ...": the content opens with a
 * document's or poll's finding, which the speaker passes on.
 */
export function relaysDocument(s: Sentence, cue: Cue, all: Cue[]): boolean {
  const from = contentStart(s, cue);
  return all.some((c) => c !== cue && c.type === 'finding' && !c.quoted && !!c.subject && !c.subject.pronoun && c.at > cue.at &&
    c.subject.start - from >= 0 && c.subject.start - from <= 1 &&
    !s.tokens.slice(from, c.at).some((t) => isComma(t) || /^(but|while|and|although|if|when)$/.test(t.lower)) &&
    ['document', 'poll'].includes(analysePhrase(c.subject.tokens, c.subject.text).kind ?? ''));
}

export function relayed(s: Sentence, cue: Cue, all: Cue[], source: Entity, reg: Registry, at: number): Entity | null {
  if (OBJECT_VERBS.test(s.tokens[cue.at]?.lemma ?? '') && !cue.inverted && !cue.trailing) return null;
  const from = contentStart(s, cue);
  for (const other of all) {
    if (other === cue || other.type === 'according' || other.type === 'passive' || other.type === 'finding') continue;
    if (!other.subject || other.subject.pronoun || other.inverted) continue;
    // The relayed speaker opens the reported content ("wrote that Muttaqi expressed hope"),
    // past an opening quote mark and a quantity ("“Lots of ministers believe ...").
    let open = from;
    while (isQuote(s.tokens[open])) open++;
    const quantity = /^(lots? of|a lot of|many( of)?|most( of)?|some( of)?|several( of)?|a number of|dozens of|hundreds of|all( of)?|a few)( the)?$/
      .test(s.tokens.slice(open, other.subject.start).map((t) => t.lower).join(' '));
    const gap = quantity ? 0 : other.subject.start - open;
    // ("Acme co-founder and CEO John Smith said ...": a title prefix the subject chunk left out.)
    const titlePrefix = gap > 1 && gap <= 6 && s.tokens.slice(open, other.subject.start).every((t) =>
      t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.lower === 'and' || /^[-–]$/.test(t.text)) &&
      /^[A-Z]/.test(s.tokens[open]?.text ?? '');
    if (gap < 0 || (gap > 1 && !titlePrefix) || (other.quoted && gap > 0)) continue;
    // ("With some lawmakers saying profits are high, producers might ..., said X": a fronted adjunct.)
    if (gap === 1 && /^(ADP|SCONJ)$/.test(s.tokens[open]?.pos ?? '')) continue;
    if (!titlePrefix && s.tokens.slice(open, other.subject.start).some((t) => isComma(t) || /^(but|while|and|although)$/.test(t.lower))) continue;
    const info = analysePhrase(other.subject.tokens, other.subject.text);
    if (info.kind !== 'person' && !info.proper && info.kind !== 'group') continue;
    // Inside a quotation only a named party or a group opening it is relayed ("“Lots of ministers believe ...").
    if (other.quoted && info.kind !== 'group' && (other.type === 'belief' || (!info.proper && !info.person))) continue;
    // ("“Customers expect an answer at once”": a speaker's own generalisation, unless counted out.)
    if (other.quoted && info.kind === 'group' && other.type === 'belief' && !quantity) continue;
    if (other.quoted && /^(people|everyone|everybody|nobody|someone|anyone)$/.test(info.head ?? '')) continue;
    if (policeAppeal(s, other, source)) continue;
    // "said people already thought ...", "said North East people did not want ...": the speaker's
    // own reading of what an unnamed public believes, not words passed on.
    if (!other.quoted && other.type === 'belief' && /^(people|public|voters|everyone|everybody|others|many|some)$/.test(info.head ?? '') && !info.proper) continue;
    const e = reg.find(other.subject.text) ?? reg.resolve(other.subject, at);
    // ("McKinsey said the United Nations hoped to start ...": a spokesperson voicing a body's hopes
    // or expectations speaks for it.)
    if (e && e.kind !== 'person' && other.type === 'belief' && spokesperson(source)) continue;
    // ("Labour's election chief said Labour wanted ...", “China has committed to …,” Xi said: the
    // speaker's own body or country is no third party.)
    if (e && e !== source && !affiliatedWith(source, other.subject.text) && !speaksForNamedCountry(source, other.subject.tokens.map((t) => t.text))) return e;
  }
  return null;
}

/**
 * "The suspect added that he was an arsonist, the sheriff's office said.", "During the interview,
 * he noted the SUV was chosen for convenience, officials said.": a closing cue whose content is
 * a third party's own speech or feeling passes it on. ("He" is a third party when the source is
 * a body or a group.)
 */
export function relayedBefore(s: Sentence, cue: Cue, all: Cue[], source: Entity, reg: Registry): { via: Entity | null } | null {
  if (!cue.inverted && !cue.trailing) return null;
  const end = Math.min(cue.at, cue.subject?.start ?? cue.at);
  for (const other of all) {
    // ("“They said there was not enough staff,” Conner said": the quotation opens on others' words.)
    const opensQuote = other.quoted && !!other.subject && /^(he|she|they)$/.test(other.subject.pronoun ?? '') && other.type === 'speech' &&
      s.tokens.slice(0, other.subject.start).every((t) => isQuote(t));
    if (opensQuote && other.at < end) return { via: null };
    if (other === cue || other.quoted || other.at >= end || other.inverted || other.trailing || !other.subject) continue;
    if (other.type !== 'speech' && other.type !== 'belief') continue;
    // The third party opens the content, after at most a short fronted phrase ("During the interview, he noted").
    const start = other.subject.start;
    const fronted = start === 0 || (isComma(s.tokens[start - 1]) && start <= 7 && !s.tokens.slice(0, start).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
    if (!fronted) continue;
    const pronoun = other.subject.pronoun;
    if (pronoun) {
      if ((pronoun === 'he' || pronoun === 'she') && source.kind !== 'person') {
        const e = reg.resolve(other.subject, s.index);
        if (e !== source) return { via: e };
      }
      continue;
    }
    const info = analysePhrase(other.subject.tokens, other.subject.text);
    // A named person or one described in the singular ("The 48-year-old suspect added"), not a crowd.
    const one = !!info.person || (info.definite && !info.plural && (PEOPLE_NOUNS.has(info.head ?? '') || ROLE_NOUNS.has(info.head ?? '')));
    if (!one) continue;
    const e = reg.find(other.subject.text) ?? reg.resolve(other.subject, s.index);
    if (e && e !== source && !affiliatedWith(source, other.subject.text)) return { via: e };
  }
  return null;
}

/**
 * "The regulator said in a letter to Safaricom, reviewed by Reuters, that ...": a document an
 * outlet has seen carries the words, and the outlet is the intermediary; so does an outlet that
 * quotes the speaker in an aside.
 */
export function seenByOutlet(s: Sentence): Mention | null {
  const toks = s.tokens;
  for (let k = 2; k < toks.length - 2; k++) {
    // ("A spokesman, quoted by the newspaper Diário do Sul, said ...": the outlet relays the words.)
    if (/^(quoted|cited)$/.test((toks[k] as Token).lower) && isComma(toks[k - 1]) && toks[k + 1]?.lower === 'by') {
      let close = k + 2;
      // ("the newspaper Diário do Sul": a name's particle is no verb.)
      while (close < toks.length && close - k <= 10 && !isComma(toks[close]) &&
        !(/^(VERB|AUX)$/.test((toks[close] as Token).pos) && !/^[A-Z]/.test(toks[close + 1]?.text ?? ''))) close++;
      const quoting = isComma(toks[close]) && close > k + 2 ? makeMention(s, k + 2, close) : null;
      if (quoting && (analysePhrase(quoting.tokens, quoting.text).kind === 'outlet' || quoting.tokens.some((t) => OUTLET_NOUNS.has(t.lower)))) return quoting;
    }
    if (!/^(seen|reviewed|obtained|viewed)$/.test((toks[k] as Token).lower) || toks[k + 1]?.lower !== 'by') continue;
    let d = k - 1;
    while (d >= 0 && k - d <= 10 && !DOCUMENT_NOUNS.has((toks[d] as Token).lower) && !/^(VERB|AUX)$/.test((toks[d] as Token).pos)) d--;
    if (d < 0 || !DOCUMENT_NOUNS.has((toks[d] as Token).lower)) continue;
    const outlet = npStartingAt(s, k + 2, false);
    if (outlet && analysePhrase(outlet.tokens, outlet.text).kind === 'outlet') return outlet;
  }
  return null;
}
