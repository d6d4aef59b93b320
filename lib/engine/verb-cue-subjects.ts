/**
 * Finding a verb cue's speaker where the nearest phrase will not do: past qualifying phrases and
 * "who" clauses, the one who "was keen to" or "continues to" say it, and verbs the tagger read
 * as adjectives ("he elaborated that").
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, isQuote, makeMention, npEndingAt, type Mention } from './mentions';
import { subjectBefore } from './subjects';
import { canSpeak } from './speakers';
import { BE, prevIndex } from './cue-shape';
import { BELIEF_VERBS, SPEECH_VERBS } from './lexicon';
import { isTimePhrase } from './time-phrases';

/** "brewers with pubs in rural areas have objected": past the phrases and clauses that qualify the speaker. */
export function speakerBeforePhrase(s: Sentence, subject: Mention): Mention | null {
  // "Iyad Allawi, who this week criticised ...", "the report this week said": past a time phrase.
  if (isTimePhrase(subject.tokens)) {
    const m = subjectBefore(s, subject.start);
    return m && !m.pronoun && canSpeak(m) ? m : null;
  }
  // "... for development in poorer countries Gordon Brown will say": the name the phrase ends with.
  const toks = subject.tokens;
  let n = toks.length;
  while (n > 0 && toks[n - 1]?.pos === 'PROPN' && /^[A-Z]/.test(toks[n - 1]?.text ?? '')) n--;
  if (toks.length - n >= 2 && n > 0) {
    const name = makeMention(s, subject.start + n, subject.end);
    if (canSpeak(name)) return name;
  }
  // "broad support from charities who say ...": the speakers the phrase ends with.
  for (let k = subject.tokens.length - 2; k > 0; k--) {
    if (!/^(from|by|among|amongst)$/.test(subject.tokens[k]?.lower ?? '')) continue;
    const tail = npEndingAt(s, subject.end - 1, subject.start + k + 1);
    if (tail && canSpeak(tail)) return tail;
    break;
  }
  let m: Mention | null = subject;
  for (let hops = 0; m && hops < 3; hops++) {
    const before = s.tokens[m.start - 1];
    // "Respondents who work nights expressed ...": past a relative clause to the one it describes.
    if (before?.pos === 'VERB' && /^(who|that)$/.test(s.tokens[prevIndex(s, m.start - 1)]?.lower ?? '')) {
      m = npEndingAt(s, prevIndex(s, m.start - 1) - 1);
      return m && !m.pronoun && canSpeak(m) ? m : null;
    }
    if (!/^(with|in|at|from|of|for|across|around|on|to)$/.test(before?.lower ?? '')) return null;
    m = subjectBefore(s, m.start - 1);
    if (m && !m.pronoun && canSpeak(m)) return m;
  }
  return null;
}

/** "refused to" or "declined to" right before the verb at `i`. */
export function refusedTo(toks: Token[], i: number): boolean {
  return toks[i - 1]?.lower === 'to' && /^(refused|refuses|refuse|declined|declines|decline)$/.test(toks[i - 2]?.lower ?? '');
}

/** "Caudevilla was keen to stress that ...": the verb's subject is the one who was keen (or went on). */
export function keenTo(s: Sentence, i: number): number | null {
  const t = s.tokens;
  // "the government continues to insist that ...": the one who goes on saying it.
  if (t[i - 1]?.lower === 'to' && /^(continue|continues|continued)$/.test(t[i - 2]?.lower ?? '')) return i - 2;
  // "Mr McConnell went on to promise that ...": the one who goes on.
  if (t[i - 1]?.lower === 'to' && t[i - 2]?.lower === 'on' && /^(went|go|goes|gone)$/.test(t[i - 3]?.lower ?? '')) return i - 3;
  const vehicle = t[i - 1]?.lower === 'to' ? speakingVehicle(t, i - 1) : -1;
  if (vehicle >= 0) return vehicle;
  // "Mr Kenny has refused to rule out a coalition": the one who refused.
  if (t[i]?.lemma === 'rule' && t[i + 1]?.lower === 'out' && refusedTo(t, i)) return i - 2;
  if (t[i - 1]?.lower !== 'to' || !/^(keen|eager|anxious|quick|swift|careful|happy|willing)$/.test(t[i - 2]?.lower ?? '')) return null;
  const be = prevIndex(s, i - 2);
  // ("keen to emphasise a lack of trust", "careful to maintain its reputation": an aim, not a statement.)
  const stated = t.slice(i + 1, i + 4).some((x) => x.lower === 'that' || x.text === ':' || isQuote(x));
  // ("Opposition parties were quick to criticise the plan": being quick to do it, they did it.)
  const done = /^(quick|swift)$/.test(t[i - 2]?.lower ?? '');
  return BE.has(t[be]?.lower ?? '') && (stated || done) ? be : null;
}

/** Occasions a speaker uses to say something ("used his speech to attack the plan"). */
const SPEAKING_OCCASIONS = /^(speech|address|statement|interview|appearance|column|post|tweet|letter|platform|briefing|keynote|sermon|testimony|remarks|op-ed|video|message|blog|podcast|show|visit|conference|rally)$/;

/**
 * "took to Twitter to say …", "used his speech to attack …": the verb whose subject speaks, when
 * the infinitive's "to" at `to` follows a medium taken to or an occasion used; else -1.
 */
function speakingVehicle(t: Token[], to: number): number {
  for (let k = to - 1; k >= Math.max(0, to - 6); k--) {
    const w = t[k] as Token;
    if (/^(took|takes|take|taken|taking)$/.test(w.lower) && t[k + 1]?.lower === 'to' && k + 2 < to) return k;
    if (/^(used|uses|use|using)$/.test(w.lower) && SPEAKING_OCCASIONS.test(t[to - 1]?.lower ?? '')) return k;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|ADP|PART)$/.test(w.pos) || w.pos === 'PRON' && !/^(his|her|its|their|our|my)$/.test(w.lower)) return -1;
  }
  return -1;
}

/** "elaborated" tagged as an adjective: the verb it is the past tense of, if it is a cue verb. */
export function pastTenseLemma(word: string): string | null {
  if (!word.endsWith('ed')) return null;
  const stems = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`, word.slice(0, -3)];
  return stems.find((w) => SPEECH_VERBS.has(w) || BELIEF_VERBS.has(w)) ?? null;
}

/**
 * The subject of the main clause a trailing participle (", calling it ...") hangs on: the first
 * clause's, or a later coordinated clause's ("..., and the council reversed the policy, calling ...").
 */
export function mainClauseSubject(s: Sentence, i: number): Mention | null {
  const toks = s.tokens;
  const isVerb = (k: number) => ((toks[k] as Token).pos === 'VERB' || (toks[k] as Token).pos === 'AUX') && !s.quoted[k];
  let verb = toks.findIndex((_, k) => k < i - 1 && isVerb(k));
  if (verb <= 0) return null;
  for (let k = verb + 1; k < i - 1; k++) {
    if (!(isComma(toks[k - 1]) && /^(and|but)$/.test((toks[k] as Token).lower))) continue;
    let v = k + 1;
    while (v < i - 1 && !isVerb(v) && !isComma(toks[v])) v++;
    if (v < i - 1 && isVerb(v)) verb = v;
  }
  return subjectBefore(s, verb);
}
