/**
 * Whether a speaker's own attributed sentence is a pledge: a pledge verb, an announced intention
 * or future, a later pledge of the same subject, or a clause committing the speaker or their side.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Cue } from './cues';
import type { Entity } from './entities';
import { announcesIntent, hasComplement } from './cue-shape';
import { announcesMeasure } from './announced-actions';
import { isComma } from './mentions';
import { FUTURE_MODALS } from './lexicon';
import { commitsSelf } from './commitments';

/** Verbs that attack or reject what they name. */
const OPPOSING = /^(criticise|criticize|condemn|attack|reject|oppose|slam|dismiss|question|call|brand|label|deride|ridicule|denounce|blast|lambast|challenge|dispute|warn|decry|deplore|scorn|mock|savage)$/;

/** The words of the cue that makes the sentence whose main cue is `main` a pledge, or null for a claim. */
export function pledgeCue(s: Sentence, main: Cue, cues: Cue[], source: Entity): string | null {
  if (!main.subject) return null;
  if (main.type === 'pledge') return main.words;
  // "declared his intention to resist", "announced plans to ...".
  // (Not "criticised the plan to close the school": attacking a plan announces none.)
  if (announcesIntent(s.tokens, main.at) && !OPPOSING.test(s.tokens[main.at]?.lemma ?? '')) return main.words;
  // ("Even as he announced the sanctions, Obama acknowledged ...": the later cue's clause decides.)
  if (announcesMeasure(s.tokens, main.at) && !cues.some((c) => c !== main && !c.quoted && c.at > main.at)) return main.words;
  // "Toshiba announced that DVD players would be on the market by 2005": announcing what will happen.
  if (announcesFuture(s, main)) return main.words;
  // A later pledge by the same subject outranks a claim ("called on ..., but vowed to ...").
  for (const c of cues) {
    if (c === main || c.quoted || c.type !== 'pledge' || !c.subject || c.at < main.at) continue;
    if (c.subject.start === main.subject.start || samePronounAfterAnd(s, c, source)) return c.words;
  }
  const from = main.inverted || main.trailing ? 0 : main.end;
  const to = main.inverted || main.trailing ? main.at : s.tokens.length;
  // "But, as the committee has pointed out, it would also be used ...": an observation cited in
  // support, not a decision the speaker announces.
  const asAside = !main.inverted && s.tokens[main.subject.start - 1]?.lower === 'as' && isComma(s.tokens[main.end]);
  if (asAside) return null;
  if (main.type !== 'belief' && !forecasts(s, main) && commitsSelf(s, from, to, source, false)) return main.words;
  for (const c of cues) {
    if (c === main || c.quoted || c.at < main.at || !c.subject || c.subject.start !== main.subject.start || c.type === 'belief' || forecasts(s, c)) continue;
    if (commitsSelf(s, c.end, s.tokens.length, source, false)) return c.words;
  }
  if (s.quoted.some(Boolean) && commitsSelf(s, 0, s.tokens.length, source, true)) return main.words;
  return null;
}

/**
 * "Patterson said BT had helped Britain ..., and he pledged to go further": the speaker again, by
 * a pronoun of the speaker's gender and number, opening a clause joined by "and" or "but".
 */
function samePronounAfterAnd(s: Sentence, c: Cue, source: Entity): boolean {
  const p = c.subject?.pronoun;
  if (!p || !c.subject || !/^(and|but)$/.test(s.tokens[c.subject.start - 1]?.lower ?? '')) return false;
  if (source.kind === 'person' && !source.plural) return (p === 'he' && source.gender !== 'f') || (p === 'she' && source.gender !== 'm');
  return p === (source.plural || source.kind === 'group' ? 'they' : 'it');
}

/** "WPP predicted that it will outperform the market": a forecast about oneself is no commitment. */
function forecasts(s: Sentence, cue: Cue): boolean {
  return /^(predict|forecast|estimate|project|expect)$/.test(s.tokens[cue.at]?.lemma ?? '');
}

/** "announced (that) ... will/would ..." in the cue's own complement, before any relative clause. */
function announcesFuture(s: Sentence, main: Cue): boolean {
  const toks = s.tokens;
  if (toks[main.at]?.lemma !== 'announce') return false;
  // ("Brown will deliver his Budget on 16 March, the Treasury has announced.")
  if (main.inverted || main.trailing) return toks.slice(0, main.subject?.start ?? main.at).some((t, k) => FUTURE_MODALS.has(t.lower) && !s.quoted[k]);
  if (!hasComplement(s, main.at)) return false;
  for (let k = main.end; k < Math.min(toks.length, main.end + 14); k++) {
    const t = toks[k] as Token;
    if (/^(which|who|whom|when|whether|if)$/.test(t.lower) || t.text === ';') return false;
    if (FUTURE_MODALS.has(t.lower)) {
      // ("announced that it would not be able to reach the target": no commitment.)
      const v = toks[k + 1]?.lower === 'not' ? k + 2 : k + 1;
      return !(toks[v]?.lower === 'be' && /^(able|unable)$/.test(toks[v + 1]?.lower ?? ''));
    }
  }
  return false;
}
