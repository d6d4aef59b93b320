/**
 * Attributions a writer sets beside the sentence rather than in its main clause:
 * "As Mashable reports, ..." (the outlet relays the whole sentence: a report), and
 * "..., as Espinosa put it, ..." / "In Dr Shadlen's words, “...”" (the speaker's own words: a claim),
 * and a lead-in that ends in a colon before its subject's quotation.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { timePhraseAt } from './time-phrases';
import type { Cue } from './cue-shape';
import { BE, textBetween } from './cue-shape';
import { isComma, isQuote, npStartingAt, makeMention, type Mention } from './mentions';
import { subjectBefore } from './subjects';
import { GROUP_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS } from './lexicon';
import { analysePhrase } from './names';

const REPORTS = /^(reports|reported|reporting)$/;
/** What a document or an outlet does with the content it carries ("As the report states"). */
const RELAY_VERBS = /^(states|says|notes|explains|shows|found|finds|concludes|puts)$/;

/** The cue that starts at `i` ("as" or "in"), or null. */
export function asideCue(s: Sentence, i: number, quoted: boolean): Cue | null {
  const toks = s.tokens;
  const t = toks[i] as Token;
  if (quoted) return null;
  if (t.lower === 'as' && (i === 0 || isComma(toks[i - 1]) || isQuote(toks[i - 1]) || toks[i - 1]?.pos === 'CCONJ')) {
    // "As reported by Bloomberg, ...", "as first reported by the Times": the agent relays the sentence.
    let r = i + 1;
    if (/^(first|previously|earlier|originally)$/.test(toks[r]?.lower ?? '')) r++;
    if (/^(reported|revealed|disclosed)$/.test(toks[r]?.lower ?? '') && toks[r + 1]?.lower === 'by') {
      const agent = npStartingAt(s, r + 2, false);
      if (agent && !agent.pronoun && (isComma(toks[agent.end]) || toks[agent.end]?.text === '.' || !toks[agent.end])) {
        return { type: 'according', at: i, end: agent.end, words: textBetween(s, i, r + 2), subject: agent, agent: null, inverted: false, trailing: false, quoted };
      }
    }
    let who = npStartingAt(s, i + 1, false);
    if (!who || who.pronoun) return null;
    // ("As Mashable reports", "As the report states": wink may read the verb into the noun phrase.)
    if (who.end - who.start > 1 && (REPORTS.test(toks[who.end - 1]?.lower ?? '') || RELAY_VERBS.test(toks[who.end - 1]?.lower ?? ''))) {
      who = makeMention(s, who.start, who.end - 1);
    }
    let v = who.end;
    if (/^(has|have|had)$/.test(toks[v]?.lower ?? '')) v++;
    const verb = toks[v];
    if (!verb) return null;
    const closes = (k: number) => !toks[k] || isComma(toks[k]) || toks[k]?.text === '.' || isQuote(toks[k]);
    // "As Mashable reports, the company ...", "As the report states: “...”": the sentence comes second-hand.
    const kind = analysePhrase(who.tokens, who.text).kind;
    const relays = REPORTS.test(verb.lower) || (RELAY_VERBS.test(verb.lower) &&
      (kind === 'document' || kind === 'outlet' || kind === 'poll'));
    // ("As NPR's Merrit Kennedy reported on Saturday morning, ...": past a time phrase.)
    const after = v + 1 + timePhraseAt(toks, v + 1);
    if (relays && (closes(after) || toks[after]?.text === ':')) {
      return { type: 'according', at: i, end: v + 1, words: textBetween(s, i, v + 1), subject: who, agent: null, inverted: false, trailing: false, quoted };
    }
    // "as Espinosa put it": the speaker's own phrase.
    if (/^(put|puts)$/.test(verb.lower) && toks[v + 1]?.lower === 'it' && closes(v + 2)) {
      return { type: 'speech', at: v, end: v + 2, words: textBetween(s, v, v + 2), subject: who, agent: null, inverted: false, trailing: false, quoted };
    }
    return null;
  }
  // "In Dr. Shadlen's words, “...”", "in the words of one official, ...".
  if (t.lower === 'in' && (i === 0 || isComma(toks[i - 1]))) {
    if (toks[i + 1]?.lower === 'the' && toks[i + 2]?.lower === 'words' && toks[i + 3]?.lower === 'of') {
      const who = npStartingAt(s, i + 4, false);
      if (who && isComma(toks[who.end])) return speechAt(s, i, who.end, who);
      return null;
    }
    let k = i + 1;
    while (k < toks.length && k < i + 8 && !/^['’]s?$/.test(toks[k]?.text ?? '')) k++;
    const words = /^['’]s?$/.test(toks[k]?.text ?? '') && toks[k + 1]?.lower === 'words' && isComma(toks[k + 2]);
    if (!words || k === i + 1) return null;
    return speechAt(s, i, k + 2, makeMention(s, i + 1, k));
  }
  return null;
}

function speechAt(s: Sentence, at: number, end: number, subject: Cue['subject']): Cue {
  return { type: 'speech', at, end, words: textBetween(s, at, end), subject, agent: null, inverted: false, trailing: false, quoted: false };
}

/**
 * "Rachel Stephens shared her view on the findings: “There is ...”", "One respondent summed it
 * up as follows: “...”": a clause ending in a colon that opens a quotation of its subject's words.
 */
export function colonQuoteCue(s: Sentence): Cue | null {
  const toks = s.tokens;
  if (s.startsQuoted || s.quoted[0]) return null;
  const colon = toks.findIndex((t, k) => t.text === ':' && !s.quoted[k]);
  if (colon < 2 || !isQuote(toks[colon + 1]) || !s.quoted[colon + 2]) return null;
  let words = 0;
  for (let k = colon + 1; k < toks.length; k++) if (s.quoted[k] && (toks[k] as Token).pos !== 'PUNCT') words++;
  if (words < 5) return null;
  const verb = toks.findIndex((t, k) => k > 0 && k < colon && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower));
  // ("The ingredients are simple: “...”": a copula describes, it does not speak.)
  if (verb < 0 || BE.has((toks[verb] as Token).lower) || (toks[verb] as Token).lemma === 'seem') return null;
  const subject = subjectBefore(s, verb);
  if (!subject || (subject.pronoun && /^(i|we|you|it)$/.test(subject.pronoun))) return null;
  if (!subject.pronoun && !namesSomeone(subject)) return null;
  return { type: 'speech', at: verb, end: colon, words: textBetween(s, verb, colon), subject, agent: null, inverted: false, trailing: false, quoted: false };
}

/** A person or people by name, role or group noun, or a named body (not "the ingredients"). */
function namesSomeone(m: Mention): boolean {
  const info = analysePhrase(m.tokens, m.text);
  const head = info.head ?? '';
  return !!info.person || !!info.proper || ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || PEOPLE_NOUNS.has(head);
}
