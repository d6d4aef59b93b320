/**
 * "Some 87% said ...", "Two-thirds of voters believe ...", "respondents told us ...": what a poll's
 * respondents say, and the poll it belongs to.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { isComma, npEndingAt, npStartingAt, type Mention } from './mentions';
import { BELIEF_VERBS, POLL_NOUNS, RESPONDENT_PARTICIPLES, SPEECH_VERBS } from './lexicon';
import type { Cue } from './cue-shape';
import type { Entity } from './entities';
import type { Registry } from './registry';
import type { Attribution } from './attribute';

/** "Forty three per cent": a percentage in words. */
const NUMBER_WORDS = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)';

/** "87% of adults quizzed", "Two-thirds of voters", "most respondents": a share of those polled. */
export const POLL_SHARE = new RegExp(
  '^(?:(?:and|but|so|yet|meanwhile|overall|however|in all|in total|of those)\\s*,?\\s+)?' +
  // ("In homes with broadband, 40% said ...": a fronted phrase naming the group asked.)
  '(?:(?:in|among|of) [^,;:]{1,40},\\s*)?' +
  '(?:(?:some|about|around|nearly|almost|roughly|only|just|more than|less than|fewer than|over|under|just under|just over|a further|another|a total of)\\s+)?' +
  '(?:(?:(?:\\d+(?:\\.\\d+)?|' + NUMBER_WORDS + ')\\s*(?:%|per ?cent)|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)|half|a (?:third|quarter|fifth|majority|minority)|the majority|a majority|(?:one|two|three|four|five|six|seven|eight|nine|\\d) (?:out of|in) (?:10|ten|five|four|three))' +
  '(?:\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)\\s*\\))?' +
  '(?:\\s+of\\s+(?:the|all|those)?\\s*(?:[\\d,]+\\s+)?(?:\\w+\\s+)?(?:respondents|voters|adults|people|those|britons|americans|participants|members|users|customers|consumers|workers|employees|parents|teachers|doctors|firms|businesses|companies|women|men|public|electorate|population|residents|citizens|owners|shoppers|households|students|patients|drivers|viewers|readers|investors|executives|managers|smokers|homeowners|tenants|graduates|pupils|nurses)(?:\\s+aged\\s+(?:between\\s+)?\\d+(?:\\s+(?:and|to)\\s+\\d+|\\s+and\\s+over|\\s+or\\s+over)?)?(?:\\s+(?:polled|quizzed|surveyed|questioned|asked|interviewed|sampled|contacted)(?:\\s+(?:by|for|in|on)\\s+[^,;:]{1,60}?)?)?)?' +
  '|most (?:respondents|voters|adults|people (?:polled|quizzed|surveyed|questioned|asked)|of those (?:polled|quizzed|surveyed|questioned|asked))' +
  '|half (?:of )?those (?:polled|quizzed|surveyed|questioned|asked)' +
  '|(?:a|the) majority\\s*,\\s*\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)\\s*,)' +
  '(?:\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)\\s*\\))?' +
  '\\s+(?:also\\s+|still\\s+|even\\s+)?(?:said|say|says|believe|believed|believes|think|thinks|thought|agreed|agree|agrees|felt|feel|feels|told|admitted|admit|suggested|claimed|reported|wanted|want|expect|expects|expected|indicated|indicate|indicates|prefer|prefers|preferred|support|supports|supported|oppose|opposes|opposed|favour|favours|favoured|favor|favors|favored|backed|back|backs|plan|plans|planned|intend|intends|intended)\\b',
  'i');

/**
 * "Only 51% of those polled had made up their minds": a share of named respondents, whatever
 * they did; what they answered reaches us through the poll.
 */
const RESPONDENT_SHARE = new RegExp(
  '^(?:(?:only|just|some|about|around|nearly|almost|roughly|more than|less than|fewer than|over|under)\\s+)?' +
  '(?:\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)|' + NUMBER_WORDS + '\\s+per ?cent|half|(?:a|one|two) (?:third|quarter)s?|two-thirds|three-quarters)' +
  '\\s+of\\s+(?:those|the\\s+\\w+|\\w+)\\s+(?:polled|surveyed|quizzed|questioned|interviewed|asked|sampled)\\s+(?!by\\b|for\\b)\\w+', 'i');

/** The poll a share of respondents belongs to: one named in the sentence, else the last one cited. */
export function pollSource(s: Sentence, reg: Registry): Entity {
  for (let k = 0; k < s.tokens.length; k++) {
    if (!POLL_NOUNS.has((s.tokens[k] as Token).lower) || s.quoted[k]) continue;
    const np = npEndingAt(s, k);
    if (np) {
      const e = reg.resolve(np, s.index);
      if (e && e.kind === 'poll') return e;
    }
  }
  // ("A poll for the Daily Planet …" then "adults quizzed by Acme Research": who ran that poll.)
  if (reg.lastPoll) return reg.lastPoll;
  const named = pollster(s);
  const firm = named ? reg.resolve(named, s.index) : null;
  // (Who ran a poll is no company in the story: "The company said" looks past it.)
  if (firm && firm.kind === 'organisation') firm.heads.add('pollster');
  return firm ?? reg.genericPoll();
}

/** "Most economists polled by Reuters", "voters surveyed for the Herald": who ran the poll, named. */
function pollster(s: Sentence): Mention | null {
  const toks = s.tokens;
  for (let k = 1; k < toks.length - 2; k++) {
    if (!RESPONDENT_PARTICIPLES.test((toks[k] as Token).lower) || !/^(by|for)$/.test(toks[k + 1]?.lower ?? '') || s.quoted[k]) continue;
    const np = npStartingAt(s, k + 2, false);
    if (np && np.tokens.some((t) => t.pos === 'PROPN')) return np;
  }
  return null;
}

const RESPONDENTS = /^respondents$/;
const POLLED = /^(polled|surveyed|quizzed|questioned|interviewed)$/;

/** The cue's speakers are a poll's respondents ("70% of respondents told us", "those surveyed felt"). */
export function respondentsSpeak(s: Sentence, main: Cue): boolean {
  if (main.inverted || main.quoted || !main.subject || main.type === 'according' || main.type === 'quoted') return false;
  const toks = s.tokens;
  for (let k = 0; k < main.at; k++) {
    if (s.quoted[k]) continue;
    const t = toks[k] as Token;
    if (RESPONDENTS.test(t.lower)) return true;
    // "those surveyed said", not "the site surveyed 56,000 developers" (a participle with an object).
    const next = toks[k + 1];
    if (POLLED.test(t.lower) && k > 0 && (!next || /^(VERB|AUX|ADV|PUNCT)$/.test(next.pos) || /^(by|for|in|on|last|this)$/.test(next.lower))) return true;
  }
  return false;
}

/** "90% of those companies questioned had no idea ...": a reduced relative naming a poll's respondents, not speech. */
export function respondentsParticiple(s: Sentence, at: number): boolean {
  const toks = s.tokens;
  const prev = toks[at - 1];
  const next = toks[at + 1];
  if (!RESPONDENT_PARTICIPLES.test(toks[at]?.lower ?? '') || !prev || !next) return false;
  if (!(prev.lower === 'those' || (prev.pos === 'NOUN' && /s$/.test(prev.lower))) || !/^(AUX|VERB)$/.test(next.pos)) return false;
  return toks.slice(0, at).some((t) => t.pos === 'NUM' || /^(%|most|half|majority|minority|third|quarter)$/.test(t.lower));
}

/** A cheap test before the share pattern: a number, a fraction or "most". */
const MAY_SHARE = /\d|half|third|quarter|fifth|tenth|majority|minority|most\b|per ?cent|\b(in|out of) (ten|five|four|three)\b/i;

/**
 * The words POLL_SHARE and RESPONDENT_SHARE can open with, or a digit: a sentence whose first token
 * starts otherwise is not rebuilt as text for them (a third of the work). Keep in step with both.
 */
const SHARE_OPENING = new RegExp('^(?:\\d|and|but|so|yet|meanwhile|overall|however|in|of|among|some|about|around|nearly|almost|' +
  'roughly|only|just|more|less|fewer|over|under|a|another|half|the|most|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)', 'i');

/**
 * "Some 87% said ...", "Two-thirds of voters believe ...", and "Many suggested that ..." after a
 * poll: the poll reports what its respondents said, or null.
 */
export function pollAnswer(s: Sentence, reg: Registry): Attribution | null {
  // (What the respondents say someone "promised" is no pledge.)
  if (!s.startsQuoted && !s.quoted[0] && SHARE_OPENING.test(s.tokens[0]?.text ?? '') && MAY_SHARE.test(s.text)) {
    const text = s.tokens.map((t) => t.text).join(' ').replace(/ ([%,)]) ?/g, '$1 ').replace(/\( /g, '(').replace(/ ?- ?/g, '-').replace(/\s+/g, ' ');
    const m = POLL_SHARE.exec(text) ?? RESPONDENT_SHARE.exec(text);
    if (m) {
      const source = pollSource(s, reg);
      reg.lastPoll = source;
      return { label: 'report', source, via: null, cue: m[0].split(' ').pop() ?? null, attributesQuote: false };
    }
  }
  // ("While most considered ...": the respondents of the poll just cited.)
  const poll = reg.lastPoll;
  const answer = poll && s.index - poll.lastSeen <= 3 && !s.startsQuoted ? crowdAnswer(s) : null;
  if (poll && answer) {
    reg.touch(poll, s.index);
    return { label: 'report', source: poll, via: null, cue: answer, attributesQuote: false };
  }
  return null;
}

/** The verb after a bare "many" or "most" opening a clause, when it is a speech or belief verb. */
function crowdAnswer(s: Sentence): string | null {
  const toks = s.tokens;
  const k = toks.findIndex((t, k) => /^(many|most)$/.test(t.lower) && !s.quoted[k] &&
    (k === 0 || isComma(toks[k - 1]) || /^(while|but|and|although|whereas)$/.test(toks[k - 1]?.lower ?? '')) &&
    toks[k + 1]?.pos === 'VERB' && (SPEECH_VERBS.has(toks[k + 1]?.lemma ?? '') || BELIEF_VERBS.has(toks[k + 1]?.lemma ?? '')));
  return k >= 0 ? (toks[k + 1] as Token).text : null;
}
