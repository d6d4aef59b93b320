/**
 * Decides each sentence's label and source from its cues: report > pledge > claim,
 * the main clause first, relayed speech as report (with the original speaker as via),
 * commitments about the speaker's own future as pledge, and quote continuation.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Label } from './types';
import { promotedPlans, type Cue } from './cue-shape';
import { closingName, isComma, isQuote } from './mentions';
import { ORG_WORDS, analysePhrase, publicationName } from './names';
import type { Entity } from './entities';
import type { Registry } from './registry';
import { commitsSelf, selfCommitment } from './commitments';
import { affiliatedWith } from './own-side';
import { contentStart, relayed, relayedBefore, relaysDocument, relaysHearsay, relaysThirdParty, seenByOutlet, toldInQuote } from './relays';
import { citedParty, citingAfter, contactBefore } from './citing';
import { chooseMain } from './main-cue';
import { pollAnswer, pollSource, respondentsParticiple, respondentsSpeak } from './poll-shares';
import { pledgeCue } from './pledges';
import { DOCUMENT_NOUNS, RESPONDENT_PARTICIPLES } from './lexicon';

export interface Attribution {
  label: Label;
  source: Entity | null;
  via: Entity | null;
  cue: string | null;
  /** The cue attributes a quotation that opens or closes in this sentence. */
  attributesQuote: boolean;
}

/** How many sentences back a pronoun's speaker may have been named only in passing. */
const NAMED_SPEAKER_WINDOW = 10;

/** No attribution, and no main cue. */
function none(): Attribution & { main: null } {
  return { label: 'none', source: null, via: null, cue: null, attributesQuote: false, main: null };
}

/**
 * A sentence's label, source and cue from its own cues: a poll's answer, the main cue's report
 * (an outlet, a document, a relay) or else the speaker's pledge or claim.
 */
export function attributeOwn(s: Sentence, cues: Cue[], reg: Registry, lastOutlet: () => Entity | null): Attribution & { main: Cue | null } {
  // Code and other preformatted text is never an attribution.
  if (s.kind === 'preformatted') return none();
  const answered = pollAnswer(s, reg);
  if (answered) return { ...answered, main: null };
  let main = chooseMain(s, cues);
  if (!main || !main.subject) {
    // "Labour is committed to giving parents more choice": a body's own commitment, no speech verb.
    const committed = selfCommitment(s);
    const source = committed ? reg.resolve(committed.subject, s.index) : null;
    if (committed && source) return { label: 'pledge', source, via: null, cue: committed.words, attributesQuote: false, main: null };
    return none();
  }
  if (respondentsSpeak(s, main) || respondentsParticiple(s, main.at)) {
    const source = pollSource(s, reg);
    reg.lastPoll = source;
    return { label: 'report', source, via: null, cue: main.words, attributesQuote: false, main };
  }
  let source = reg.resolve(main.subject, s.index);
  if (!source) {
    // An unresolved pronoun: fall back to the next cue with a source.
    for (const c of cues) {
      if (c === main || c.quoted || !c.subject) continue;
      const e = reg.resolve(c.subject, s.index);
      if (e) { main = c; source = e; break; }
    }
  }
  // ("For Rick Dean, director of ..., it is a prospect. ... he told the BBC": named, never yet a speaker.)
  if (!source && main.subject?.pronoun && main.type === 'speech') source = reg.lastNamedPerson(main.subject.pronoun, s.index, NAMED_SPEAKER_WINDOW);
  if (!source || !main.subject) return none();
  for (const c of cues) {
    if (c.type === 'speech' && c.agent && /^(told|tell|tells|telling)$/.test(s.tokens[c.at]?.lower ?? '')) {
      const info = analysePhrase(c.agent.tokens, c.agent.text);
      if (info.kind === 'outlet') reg.lastOutlet = reg.resolve(c.agent, s.index);
    }
  }
  const attributesQuote = hasRealQuote(s) && (main.inverted || main.trailing ||
    s.tokens.slice(main.end, main.end + 8).some((t) => isQuote(t) || t.text === ':'));
  const base = { via: null as Entity | null, cue: main.words, attributesQuote, main };
  if (main.type === 'according') {
    if (main.agent) {
      const info = analysePhrase(main.agent.tokens, main.agent.text);
      // ("according to a statement by her special assistant on media, Mr Tunde Ayeni": a person, by name.)
      const person = info.kind === 'person' ? closingName(s, main.agent.end) ?? main.agent : null;
      if (info.kind === 'outlet' || info.proper || person) {
        const agent = reg.resolve(person ?? main.agent, s.index);
        if (agent) source = agent;
      }
    }
    if (source.kind === 'poll') reg.lastPoll = source;
    // ("according to a report by think tank Demos. It said ...": "it" is still the report.)
    const cited = analysePhrase(main.subject.tokens, main.subject.text).kind;
    if (cited === 'document' || cited === 'poll') reg.lastDocument = source;
    // "As Mashable reports, ...": a body that reports the news is an outlet, not the "company" in view.
    if (/^as /i.test(main.words) && source.kind === 'organisation') source.kind = 'outlet';
    // ("According to Fox News, Ali Fazel ... said": the outlet's report of the speaker's words.)
    // ("Mr Putin said he sees the US as a partner, according to the Kremlin": the speaker before it too.)
    const spoken = cues.find((c) => c.at > main.at && c.type === 'speech' && !c.quoted && c.subject && c.subject.start > main.subject!.end) ??
      cues.find((c) => c.at < main.at && c.type === 'speech' && !c.quoted && !!c.subject && !c.inverted);
    const via = spoken?.subject ? reg.resolve(spoken.subject, s.index) : null;
    return { ...base, label: 'report', source, via: via && via !== source ? via : null };
  }
  if (main.type === 'quoted') {
    let outlet = main.agent ? reg.resolve(main.agent, s.index) : null;
    if (!outlet) outlet = lastOutlet();
    if (outlet) return { ...base, label: 'report', source: outlet, via: source };
    return { ...base, label: 'claim', source };
  }
  // ("..., The Oregonian reported.": a "The" name with no word of a firm or body, reporting or
  // writing, is a publication.)
  if (source.kind === 'organisation' && /^(report|write)$/.test(s.tokens[main.at]?.lemma ?? '') && !main.subject.pronoun &&
    publicationName(main.subject.tokens) && !main.subject.tokens.some((t) => ORG_WORDS.has(t.text))) source.kind = 'outlet';
  const subjectKind = main.subject.pronoun ? null : analysePhrase(main.subject.tokens, main.subject.text).kind;
  // "A National Audit Office report says ... . It says ...": "it" is still the report.
  const docPronoun = main.subject.pronoun === 'it' && reg.lastDocument === source;
  reg.lastDocument = subjectKind === 'document' || subjectKind === 'poll' || docPronoun ? source : null;
  // ("A poll for the Sunday Times found ..." then "Forty per cent said ...": the same poll's source.)
  if (source.kind === 'poll' || subjectKind === 'poll') reg.lastPoll = source;
  // "A BBC spokesman said": an outlet speaking for itself makes a claim, not a report.
  const spokesperson = reg.lastSpokesperson?.body === source && s.index - reg.lastSpokesperson.at <= 2;
  // "The Auction Drop website is asking people to donate": an outlet's own appeal is no report.
  const appeal = /^(ask|urge|appeal|call|plead|beg)$/.test(s.tokens[main.at]?.lemma ?? '');
  const seen = seenByOutlet(s);
  const seer = seen ? reg.resolve(seen, s.index) : null;
  if (seer && seer !== source) return { ...base, label: 'report', source: seer, via: source };
  if (((source.kind === 'outlet' && !spokesperson && !appeal) || source.kind === 'document' || source.kind === 'poll' ||
    subjectKind === 'document' || subjectKind === 'poll' || docPronoun)) {
    // ("According to sources, ..., the Times reported": the outlet's sources are its via.)
    const cited = cues.find((c) => c.type === 'according' && c.at < main.at && !c.quoted && !!c.subject);
    const sources = cited?.subject ? reg.resolve(cited.subject, s.index) : null;
    return { ...base, label: 'report', source, via: citedParty(s, main, source, reg) ?? (sources !== source ? sources : null) };
  }
  // "Research by handset maker Nokia shows ...": the subject chunk left out the document before it.
  if (!main.inverted && documentBefore(s, main.subject.start)) return { ...base, label: 'report', source };
  // "Workshare surveyed firms ... and found that ...": what a survey found is its report.
  if (main.type === 'finding' && !main.inverted && s.tokens.slice(main.subject.end, main.at).some((t) => RESPONDENT_PARTICIPLES.test(t.lower))) {
    return { ...base, label: 'report', source };
  }
  // "the source, who had spoken to people inside, said ...": the source relays others.
  // (Not "Mr Obama spoke to Mr Zardari by phone and expressed his support": his own act, then his words.)
  if (!main.inverted && main.subject.end < main.at && !/^(and|but)$/.test(s.tokens[main.at - 1]?.lower ?? '')) {
    if (contactBefore(s, main.subject.end, main.at)) return { ...base, label: 'report', source, via: citedParty(s, main, source, reg) };
  }
  // ("The ministry said, citing a survey, ...": the content is the cited party's.)
  if (!main.inverted && citingAfter(s, main, source.kind === 'outlet') > 0) return { ...base, label: 'report', source, via: citedParty(s, main, source, reg) };
  // "stressed his party's commitment to ...", "underlined Lib Dem plans to ...": the speaker's own
  // side only (before relays: "Tory promises to cut tax" names no one else's words).
  const side = promotedPlans(s.tokens, main.at);
  if (side !== null && (side === '' || affiliatedWith(source, side))) return { ...base, label: 'pledge', source };
  const via = relayed(s, main, cues, source, reg, s.index);
  if (via) return { ...base, label: 'report', source, via };
  const before = relayedBefore(s, main, cues, source, reg);
  if (before) return { ...base, label: 'report', source, via: before.via };
  const from = contentStart(s, main);
  if (main.type !== 'belief' && (main.inverted || main.trailing ? toldBeforeClosingCue(s, from)
    : relaysHearsay(s, from) || relaysDocument(s, main, cues) || relaysThirdParty(s, from, source, reg))) return { ...base, label: 'report', source };
  const pledge = pledgeCue(s, main, cues, source);
  return pledge ? { ...base, label: 'pledge', source, cue: pledge } : { ...base, label: 'claim', source };
}

/** "“I'm told that most shops collapsed,” he said": the speaker's own hearsay before a closing cue. */
function toldBeforeClosingCue(s: Sentence, from: number): boolean {
  let k = from;
  while (isQuote(s.tokens[k])) k++;
  return (/^(i|we|he|she|they)$/.test(s.tokens[k]?.lower ?? '') && relaysHearsay(s, k)) || toldInQuote(s, k);
}

/** A quoted sentence with no cue of its own that continues a speaker's quotation. */
export function continuation(s: Sentence, speaker: Entity, prevLabel: Label, reg: Registry, cues: Cue[], quoted = true): Attribution {
  const via = quoted ? relayInQuotation(s, cues, speaker, reg) : null;
  if (via) return { label: 'report', source: speaker, via, cue: null, attributesQuote: true };
  const label: Label = prevLabel === 'report' && speaker.kind !== 'person' ? 'report'
    : commitsSelf(s, 0, s.tokens.length, speaker, quoted) ? 'pledge' : 'claim';
  return { label, source: speaker, via: null, cue: null, attributesQuote: true };
}

const QUOTED_RELAY_VERBS = /^(say|tell|state|find|conclude|report|rule|warn)$/;

/**
 * “Now the High Court has said they must come back to Parliament.”: a quotation with no cue of
 * its own that opens by passing on a named third party's words is the speaker's report of them,
 * as it would be after "he said".
 */
function relayInQuotation(s: Sentence, all: Cue[], speaker: Entity, reg: Registry): Entity | null {
  // (Only saying and finding by a named party: "Doctors are saying ..." is the speaker's own view
  // of a group, "Cellnet was forecasting" a figure.)
  const cues = all.filter((c) => c.quoted && (c.type === 'speech' || c.type === 'finding') &&
    QUOTED_RELAY_VERBS.test(s.tokens[c.at]?.lemma ?? '') && !/^(be|been|being)$/.test(s.tokens[c.at - 1]?.lower ?? '') && !!c.subject && analysePhrase(c.subject.tokens, c.subject.text).kind !== 'group');
  if (cues.length === 0) return null;
  const whole: Cue = { type: 'speech', at: -1, end: 0, words: '', subject: null, agent: null, inverted: true, trailing: false, quoted: true };
  return relayed(s, whole, cues, speaker, reg, s.index);
}

/** A quotation of at least a clause (not a quoted word like “heartbreaking”). */
export function hasRealQuote(s: Sentence): boolean {
  let words = 0;
  for (let k = 0; k < s.tokens.length; k++) if (s.quoted[k] && (s.tokens[k] as Token).pos !== 'PUNCT') words++;
  return words >= 5 || s.startsQuoted;
}

/**
 * "Research by handset maker Nokia", "figures compiled by the Tories": a document noun (and a
 * participle of making it), "by", then descriptive nouns before the subject.
 */
function documentBefore(s: Sentence, start: number): boolean {
  let k = start - 1;
  while (k > 0 && s.tokens[k]?.pos === 'NOUN' && start - k < 4) k--;
  if (s.tokens[k]?.lower !== 'by') return false;
  const made = /^(compiled|published|obtained|released|produced|commissioned|gathered|collected|issued|prepared|carried)$/.test(s.tokens[k - 1]?.lower ?? '');
  return DOCUMENT_NOUNS.has(s.tokens[made ? k - 2 : k - 1]?.lower ?? '');
}
