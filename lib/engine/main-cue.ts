/** Which of a sentence's cues decides its label and source: "according to", a closing cue, or the first. */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { onlyTimeFrom } from './time-phrases';
import type { Cue } from './cue-shape';
import { closingName, isComma, isQuote } from './mentions';
import { analysePhrase } from './names';

/** ", the officials said," inside the sentence: a cue set off by commas on both sides. */
function parenthetical(s: Sentence, c: Cue): boolean {
  if (!c.subject || c.inverted || c.trailing) return false;
  return isComma(s.tokens[c.subject.start - 1]) && isComma(s.tokens[c.end]) && c.subject.start > 1;
}

/** `..., “so nothing can build up,” Mr. Park said.`: a closing cue for a quoted fragment that opened mid-sentence. */
function closesQuotedFragment(s: Sentence, c: Cue): boolean {
  if (!c.subject || s.startsQuoted) return false;
  const before = s.tokens.slice(Math.max(0, c.subject.start - 2), c.subject.start);
  const opened = s.tokens.findIndex((t, k) => isQuote(t) && s.quoted[k + 1]);
  return before.some((t) => isQuote(t)) && opened > 3;
}

/**
 * "He had promised ..., and, according to Reuters, once told analysts ...": an "according to"
 * set off by commas in the middle of a sentence whose main clause already has its own cue
 * qualifies only its part; the main clause decides. (Closing the sentence, it decides.)
 */
function asideAfterMainCue(s: Sentence, according: Cue, outside: Cue[]): boolean {
  const toks = s.tokens;
  if (!isComma(toks[according.at - 1])) return false;
  const end = Math.max(according.subject?.end ?? according.end, according.agent?.end ?? 0);
  // (Closing the sentence, with at most a time after it: "..., according to The Times today", or a
  // clause about the source: "..., according to a readout from the Kremlin that also described ...".)
  if (onlyTimeFrom(toks, end) || /^(that|which|who)$/.test(toks[end]?.lower ?? '')) return false;
  // (", according to a statement by her aide, Mr Tunde Ayeni.": a closing name for the agent.)
  if (closingName(s, end)) return false;
  return outside.some((c) => c !== according && c.type !== 'according' && c.at < according.at && !!c.subject && !c.inverted && !c.trailing &&
    c.subject.start < c.at);
}

/**
 * "Lockheed Martin, which, like Ford, had been criticised by Trump, announced it would add jobs":
 * whether the cue is another's, in a relative clause set off by commas before the subject's own
 * verb. ("Inoni, who vowed to tackle corruption, said ...": the subject's own cue stays.)
 */
function othersInSubjectRelative(s: Sentence, c: Cue): boolean {
  const toks = s.tokens;
  for (let r = c.at - 1; r > 0 && c.at - r < 14; r--) {
    if (!isComma(toks[r]) || !/^(which|who)$/.test(toks[r + 1]?.lower ?? '')) continue;
    if (c.type !== 'passive' && !(c.subject && c.subject.start > r)) return false;
    for (let e = c.at + 1; e < toks.length - 1; e++) {
      if (isComma(toks[e]) && /^(VERB|AUX)$/.test(toks[e + 1]?.pos ?? '') && !(toks[e + 1] as Token).lower.endsWith('ing')) return true;
    }
    return false;
  }
  return false;
}

/** A closing cue after "according to" whose speaker is an outlet ("..., the Times reported"), when the "according to" names none. */
function closingOutletCue(according: Cue, outside: Cue[]): Cue | undefined {
  const named = according.subject ? analysePhrase(according.subject.tokens, according.subject.text).kind : null;
  if (named === 'outlet') return undefined;
  return outside.find((c) => c.at > according.at && (c.inverted || c.trailing) && !!c.subject && c.type !== 'according' &&
    analysePhrase(c.subject.tokens, c.subject.text).kind === 'outlet');
}

export function chooseMain(s: Sentence, cues: Cue[]): Cue | null {
  const unquoted = cues.filter((c) => !c.quoted);
  const outsideRelatives = unquoted.filter((c) => !othersInSubjectRelative(s, c));
  const outside0 = outsideRelatives.length ? outsideRelatives : unquoted;
  const according0 = outside0.find((c) => c.type === 'according');
  const outside = according0 && asideAfterMainCue(s, according0, outside0) ? outside0.filter((c) => c.type !== 'according') : outside0;
  if (outside.length === 0) return null;
  const according = outside.find((c) => c.type === 'according');
  // ("According to sources, the airline is exploring action, the Times reported": the outlet that
  // closes the sentence relays its sources.)
  const outlet = according ? closingOutletCue(according, outside) : undefined;
  if (outlet) return outlet;
  if (according && !asideAfterMainCue(s, according, outside)) return according;
  const trailing = outside.find((c) => c.trailing);
  // "To cut the risk, the officials said, the utility changed its pipes, “so nothing can build up,”
  // Mr. Park said.": the closing cue only attributes the quoted fragment; the main clause is the officials'.
  const aside = trailing ? outside.find((c) => c.at < trailing.at && parenthetical(s, c)) : undefined;
  if (trailing && aside && closesQuotedFragment(s, trailing)) return aside;
  return trailing ?? mainClauseCue(s, outside) ?? outside[0] ?? null;
}

/**
 * "While grassroots groups denounced the plan, the union and the AARP endorse it.": a cue inside
 * a fronted subordinate clause gives way to the main clause's own cue after the comma.
 */
function mainClauseCue(s: Sentence, outside: Cue[]): Cue | null {
  const first = outside[0];
  if (!first || outside.length < 2 || !/^(while|although|though|whereas|since|when|after|before|if|because|once|as)$/i.test(s.tokens[0]?.text ?? '')) return null;
  const comma = s.tokens.findIndex((t) => isComma(t));
  if (comma < 0 || comma < first.at) return null;
  return outside.find((c) => c.at > comma && !!c.subject && c.subject.start > comma) ?? null;
}
