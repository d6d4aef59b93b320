/**
 * A cue at a speech, belief, pledge or finding verb: whether the verb attributes where it stands,
 * its subject (or the speaker after it, or the agent of a passive) and the cue's type.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { firstConjunct, npStartingAt, isQuote, isComma, makeMention, opensClause, type Mention } from './mentions';
import { crowdStart, subjectBefore } from './subjects';
import { analysePhrase } from './names';
import { canSpeak } from './speakers';
import { DOCUMENT_NOUNS, GROUP_NOUNS, OBJECT_VERBS, BELIEF_VERBS, PLEDGE_VERBS, REPORT_VERBS, SPEECH_VERBS } from './lexicon';
import type { Cue, CueType } from './cue-shape';
import { BE, announcesIntent, findAgent, progressiveAt, hasComplement, invertedSpeaker, isTrailing, prevIndex, textBetween } from './cue-shape';
import { CLOSING_GERUNDS, HEARING_BODIES, actedBefore, namesByJudgement, pollCommissioner, quoteAfterObject, reportsBefore, restrictiveRelative, speechAfter, stancePhrase, statementIssuer } from './verb-cue-context';
import { keenTo, mainClauseSubject, pastTenseLemma, refusedTo, speakerBeforePhrase } from './verb-cue-subjects';
import { respondentsParticiple } from './poll-shares';
import { onlyTimeFrom, timePhraseAt } from './time-phrases';
import { lexicallyVetoed, naturalForce } from './verb-cue-vetoes';
import { STANCE_OBJECTS, figuresObject, objectHead, peopleObject, summonedObject } from './verb-objects';
import { taggedAsVerb } from './verb-tags';

/** Documents whose words are quoted with "read" ("the letter reads", "the statement read"). */
const READING_DOCUMENTS = /^(letter|statement|circular|memo|note|notice|message|sign|banner|placard|poster|email|e-mail|post|tweet|text|inscription|citation|caption|headline|leaflet|advert|advertisement|motion|resolution|order|ruling|judgment|judgement|document|report)$/;

/** What one threatens to do oneself. */
const THREATS = /^(veto|strike|strikes|boycott|sanctions|walkout|resignation|retaliation|lawsuit|action|legal|industrial|reprisals|countermeasures|tariffs)$/;

/** Verbs that mark attribution only with a complement clause, a colon or a quote. */
const NEED_COMPLEMENT = new Set(['add', 'elaborate', 'find', 'show', 'write', 'explain', 'note', 'agree', 'recall',
  'reveal', 'admit', 'acknowledge', 'mention', 'predict', 'conclude',
  'repeat', 'restate', 'observe', 'remark', 'hear', 'shout', 'yell', 'scream', 'understand', 'feel', 'report', 'state', 'indicate', 'point', 'express',
  'call', 'accept', 'recommend', 'propose', 'question', 'highlight', 'underline', 'underscore',
  'declare', 'threaten', 'maintain', 'announce', 'continue', 'claim', 'disclose', 'worry', 'divulge',
  'post', 'tweet', 'protest', 'object', 'rule', 'hint', 'signal', 'speculate', 'unveil', 'outline', 'answer', 'chant']);

const FINDING = new Set(['find', 'show', 'indicate', 'report', 'reveal', 'suggest', 'estimate', 'put', 'quote', 'identify', 'learn', 'record', 'rank', 'list', 'detail']);

/** Bodies whose work is to inquire ("the commission found", "the committee found"). */
const INQUIRY_HEADS = /^(commission|committee|inquiry|review|panel|tribunal|watchdog|regulator|ombudsman|auditor|inspectorate)$/;

/** People whose work is finding things out ("Scientists found the rate trebled"). */
const RESEARCHERS = /^(scientists|researchers|experts|investigators|analysts|economists|academics|astronomers|inspectors|auditors|doctors|epidemiologists|geologists|archaeologists)$/;

/** Besides the verbs with a personal object: verbs that never name a speaker after them (", revealed details of ..."). */
const NO_INVERSION = /^(tell|urge|deride|ridicule|advise|thank|reveal|disclose|unveil|outline|cite)$/;

/**
 * "... remains a political issue said MP Richard Allan, Liberal Democrat spokesman.": a house style
 * with no comma before an inverted "said"; only a person's full name closing the sentence or
 * followed by a comma speaks ("He said Smith was wrong" has Smith as the content's subject).
 */
function bareInvertedSpeaker(s: Sentence, i: number): Mention | null {
  if (!s.tokens.slice(0, i - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const m = invertedSpeaker(s, i);
  if (!m) return null;
  const next = s.tokens[m.end];
  if (next && !isComma(next) && next.text !== '.') return null;
  const info = analysePhrase(m.tokens, m.text);
  return info.kind === 'person' && !!info.person?.includes(' ') ? m : null;
}

/** The cue at the verb `i` (with its lemma), or null when the verb attributes nothing there. */
/** A short "on Twitter", "in a statement" or time phrase starting at `k`: its length, else 0. */
function mediumOrTimeAt(toks: Token[], k: number): number {
  const time = timePhraseAt(toks, k);
  if (time > 0) return time;
  if (!/^(on|in)$/.test(toks[k]?.lower ?? '')) return 0;
  let e = k + 1;
  while (e < toks.length && e - k <= 4 && /^(DET|ADJ|NOUN|PROPN)$/.test((toks[e] as Token).pos)) e++;
  return e > k + 1 && toks[e]?.lower === 'to' ? e - k : 0;
}

export function verbCue(s: Sentence, i: number, lemma0: string, quoted: boolean): Cue | null {
  const toks = s.tokens;
  const t = toks[i] as Token;
  const lemma = t.pos === 'ADJ' && lemma0 === t.lower ? pastTenseLemma(t.lower) ?? lemma0 : lemma0;
  // ("“…,” the letter reads.", "The statement read: “…”": the words a document carries.)
  const documentReads = lemma === 'read' && i > 0 && READING_DOCUMENTS.test(toks[i - 1]?.lower ?? '') &&
    (!toks[i + 1] || /^[.,:]$/.test(toks[i + 1]?.text ?? '') || isQuote(toks[i + 1]));
  const isSpeech = SPEECH_VERBS.has(lemma) || stancePhrase(s, i, lemma) || documentReads;
  const isBelief = BELIEF_VERBS.has(lemma);
  const isFinding = FINDING.has(lemma);
  if (!isSpeech && !isBelief && !isFinding) return null;
  if (!taggedAsVerb(s, i, lemma, isSpeech, isBelief, isFinding)) return null;
  const prevTok = toks[i - 1];
  const nextTok = toks[i + 1];
  // A capitalised "verb" inside a sentence is a name ("Fiona Parry", "Will Hutton").
  // ("Lords Bingham, Steyn, Hope and Carswell", "Yahoo, Ask Jeeves, Amazon": a name in a list
  // after a comma, too.)
  if (i > 0 && /^[A-Z]/.test(t.text) && !isQuote(toks[i - 1]) && (toks[i - 1]?.pos !== 'PUNCT' ||
    (isComma(toks[i - 1]) && toks[i - 2]?.pos === 'PROPN' && (/^(and|,)$/.test(toks[i + 1]?.text ?? '') || /^[A-Z]/.test(toks[i + 1]?.text ?? ''))))) return null;
  if (lexicallyVetoed(s, i, lemma)) return null;
  // Participles ("..., emphasizing the need", "warning signs") belong to another clause,
  // except after "with X" ("with investors saying that ...").
  let byGerund = false;
  const progressive = progressiveAt(s, i);
  // "pressing for", "pleaded for": advocacy, like "calling for".
  if (lemma === 'press' || lemma === 'plead') {
    if (toks[i + 1]?.lower !== 'for') return null;
  }
  if (/ing$/.test(t.lower) && !progressive) {
    // "hit back by saying ...": the subject of the sentence's first verb.
    // ("by formally announcing that ...": past a manner adverb.)
    const by = toks[i - 1]?.lower === 'by' || (toks[i - 2]?.lower === 'by' && /ly$/.test(toks[i - 1]?.lower ?? ''));
    if ((by || isComma(toks[i - 1]) || /^[-–—]$/.test(toks[i - 1]?.text ?? '')) && isSpeech && /^(saying|adding|arguing|insisting|warning|noting|claiming|stressing|explaining|telling|writing|calling|accusing|urging|vowing|pledging|promising|announcing|confirming|declaring|admitting|demanding|complaining|denying|blaming|defending|criticising|criticizing|stating)$/.test(t.lower)) byGerund = true;
    // ("The airlines cancelled flights, citing staff shortages": the reason or charge a subject
    // gives for its own act; not "KNXV-TV, citing sources, said", where the gerund is an aside.)
    // (Not "..., KUNA reported, citing Oil Minister Khaled al-Fadhel": the outlet's sourcing of its report.)
    else if (isComma(toks[i - 1]) && CLOSING_GERUNDS.test(t.lower) && actedBefore(s, i - 1) && !speechAfter(s, i) && !reportsBefore(s, i - 1)) byGerund = true;
    // ("quizzed Mr Gray on the report, asking if he thought ...": a question put, after a comma.)
    else if (t.lower === 'asking' && isComma(toks[i - 1]) && /^(if|whether|why|what|how|who)$/.test(toks[i + 1]?.lower ?? '')) byGerund = true;
    // "Mr Kilroy Silk was heard saying ...": what someone was heard or recorded saying.
    else if (/^(saying|telling)$/.test(t.lower) && /^(heard|overheard|recorded|filmed|caught)$/.test(prevTok?.lower ?? '') &&
      /^(was|were|been|is|are)$/.test(toks[i - 2]?.lower ?? '')) byGerund = true;
    // "Airlines have attacked the legislation saying ...", "quit last autumn claiming ...", "walked
    // out last week demanding a 53% pay rise": the gerund closes the subject's own clause (not "a
    // letter saying", "many saying").
    else if ((/^(saying|claiming|arguing|insisting|warning|alleging|demanding)$/.test(t.lower) || (t.lower === 'calling' && /^(for|on)$/.test(nextTok?.lower ?? ''))) &&
      !!prevTok && /^(NOUN|PROPN|ADV)$/.test(prevTok.pos) &&
      !DOCUMENT_NOUNS.has(prevTok.lower) && !GROUP_NOUNS.has(prevTok.lower) && !/^(statement|message|note|sign|signs|banner|banners|poster|posters|e-mail|email|tweet|post|notice|notices|people|others|many|some)$/.test(prevTok.lower) &&
      // ("filed a lawsuit Thursday alleging state officials did not ...": a clause after it.)
      (/^(that|he|she|it|they|we|the|his|her|its|their|a|an|there|Mr|Mrs|Ms)$/i.test(nextTok?.text ?? '') || (t.lower === 'alleging' && hasComplement(s, i)) ||
        (/^(demanding|calling)$/.test(t.lower) && /^(DET|ADJ|NOUN|NUM|ADP)$/.test(nextTok?.pos ?? ''))) && !s.quoted[i] &&
      // ("..., with leader Charles Kennedy saying ...": the gerund has its own subject.)
      toks[(subjectBefore(s, i)?.start ?? i) - 1]?.lower !== 'with') byGerund = true;
    else {
      const subj = subjectBefore(s, i);
      if (!subj || subj.pronoun) return null;
      // "with investors saying ...", "comments accusing her of ...".
      const head = subj.tokens[subj.tokens.length - 1] as Token;
      const plural = head.pos === 'NOUN' && /s$/.test(head.lower) && toks[i - 1] === head && !/^(news|series)$/.test(head.lower) &&
        /^(saying|accusing|claiming|calling|urging|warning|demanding|arguing|suggesting|asking|insisting|alleging)$/.test(t.lower);
      if (s.tokens[subj.start - 1]?.lower !== 'with' && !plural) return null;
    }
  }
  // "called the debt “the transcendent issue of our era”": naming something in a quotation.
  let calledQuote = false;
  // ("called out weak spending": criticised it; not "called out the bomb squad", a summons, nor
  // "calling out to each other".)
  const callsOut = lemma === 'call' && toks[i + 1]?.lower === 'out' && /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(toks[i + 2]?.pos ?? '') && !summonedObject(toks, i + 1);
  // ("called Friday for an urgent mobilization": past a time phrase.)
  const callsFor = callsOut || (lemma === 'call' && /^(for|on)$/.test(toks[i + 1 + timePhraseAt(toks, i + 1)]?.lower ?? ''));
  if ((lemma === 'call' && !callsFor) || lemma === 'brand' || lemma === 'dub' || lemma === 'label' || lemma === 'term') {
    // ("have been branded “deeply irresponsible” by the Liberal Democrats": the passive's quote.)
    const passiveNaming = BE.has(prevTok?.lower ?? '') && isQuote(toks[i + 1]) && !!s.quoted[i + 2];
    if (!quoteAfterObject(s, i) && !passiveNaming && !namesByJudgement(s, i)) return null;
    calledQuote = true;
  }
  // ("repeated calls for the mayor to apologise", "renewed demands for ...".)
  const repeatsCall = lemma === 'repeat' && STANCE_OBJECTS.test(objectHead(toks, i));
  let end = i + 1;
  if ((lemma === 'call' || lemma === 'point') && toks[i + 1] && !calledQuote) end = i + 2;
  if (callsFor) end = i + 2 + timePhraseAt(toks, i + 1);
  const p = prevIndex(s, i);
  // ("did not immediately respond", "have not yet responded": the negation before a manner adverb or "yet".)
  let n0 = i - 1;
  while (n0 > 0 && (toks[n0] as Token).pos === 'ADV' && /(ly|^yet)$/.test((toks[n0] as Token).lower)) n0--;
  const prev0 = toks[n0];
  const prev = prev0 && (prev0.lower === 'not' || prev0.lower === "n't" || prev0.lower === 'never') ? prev0 : toks[p];
  const beforeVerb = toks[p];
  // ("under plans unveiled by ministers": a reduced passive of announcing plans.)
  const plansBy = /^(announce|unveil|outline|publish)$/.test(lemma) && /^(plans?|proposals?)$/.test(toks[i - 1]?.lower ?? '') && toks[i + 1]?.lower === 'by';
  const passive = (!!beforeVerb && BE.has(beforeVerb.lower) && /(ed|en|said|told|thought|known|seen|put|forecast|broadcast|held|taught)$/.test(t.lower) && !progressive) || plansBy;
  let subject: Mention | null = null;
  let agent: Mention | null = null;
  // "ruled out free personal care": a commitment not to.
  const ruledOut = lemma === 'rule' && toks[i + 1]?.lower === 'out';
  // "threatened to stand against Labour", "is threatening a nationwide strike": a commitment made as a threat.
  // ("threatened on Twitter to tax GM": past the medium or the day.)
  const toAt = i + 1 + mediumOrTimeAt(toks, i + 1);
  const threat = lemma === 'threaten' && !/^(that|which)$/.test(toks[i - 1]?.lower ?? '') && ((toks[toAt]?.lower === 'to' && toks[toAt + 1]?.pos === 'VERB') || THREATS.test(objectHead(toks, i)));
  // ("did not rule out a strike", "refused to rule out a coalition": leaving it open commits to nothing.)
  const negated = !!prev && /^(not|n't|never)$/.test(prev.lower);
  const leftOpen = ruledOut && (negated || refusedTo(toks, i));
  let type: CueType = PLEDGE_VERBS.has(lemma) || (ruledOut && !leftOpen) || threat ? 'pledge' : isBelief ? 'belief' : isFinding && !isSpeech ? 'finding' : 'speech';
  if (passive) {
    // "plans being considered by ministers", "rejected by the Commons": deliberation and votes.
    if (/^(considered|rejected|accepted|approved|debated|questioned|backed|examined|reviewed|challenged|put|ranked|listed)$/.test(t.lower)) return null;
    // ("is thought to have been written by a hacker": a hedge; the agent belongs to another verb.)
    if (toks[i + 1]?.lower === 'to') return null;
    agent = findAgent(s, i);
    // ("..., the court was told.": evidence given to a hearing, like "the court heard".)
    const hearing = !agent && lemma === 'tell' ? subjectBefore(s, p) : null;
    if (hearing && HEARING_BODIES.test(hearing.tokens[hearing.tokens.length - 1]?.lower ?? '')) {
      return { type: 'speech', at: i, end: i + 1, words: textBetween(s, p, i + 1), subject: hearing, agent: null, inverted: false, trailing: isComma(toks[hearing.start - 1]), quoted };
    }
    if (!agent) return null; // "is said to be", "was told", "is expected to": no source
    // "Pensioners are being promised energy savings by the Liberal Democrats": the agent's pledge;
    // so are "plans unveiled by ministers".
    // ("Plans to abolish 162 quangos have been unveiled by the Conservatives.")
    const lead = toks[0]?.lower === 'new' ? 1 : 0;
    const opensWithPlans = /^(plans?|proposals?)$/.test(toks[lead]?.lower ?? '') && toks[lead + 1]?.lower === 'to';
    const announced = plansBy || (/^(announce|unveil|outline|publish)$/.test(lemma) &&
      (/^(plans?|proposals?)$/.test(toks[i - 2]?.lower ?? '') || opensWithPlans));
    type = PLEDGE_VERBS.has(lemma) || announced ? 'pledge' : 'passive';
    subject = agent;
  } else if (byGerund) {
    subject = mainClauseSubject(s, i);
  } else {
    subject = statementIssuer(s, pollCommissioner(s, subjectBefore(s, keenTo(s, i) ?? i)), i);
    // "Now research shows ...": wink tags a bare document noun before the verb as a verb.
    const d = toks[i - 1];
    if (isFinding && d && d.pos === 'VERB' && DOCUMENT_NOUNS.has(d.lower) && (i === 1 || /^(ADV|CCONJ)$/.test(toks[i - 2]?.pos ?? '') || isComma(toks[i - 2]))) {
      subject = { start: i - 1, end: i, tokens: [d], appositives: [], pronoun: null, text: d.text };
    }
  }
  let inverted = false;
  // ("..., studios will listen, thinks Mr Dean.": a verb of belief inverts like one of speech;
  // "“...”, indicated Gilberto Gomes": an indication set off after the words, too; "..., reports
  // the Arizona Republic": an outlet's report.)
  const invertible = isSpeech || (isBelief && /^(think|believe|reckon|fear|suspect)$/.test(lemma)) || lemma === 'indicate' || lemma === 'report';
  // (", accused Britain of ...": verbs whose object is the person acted on never invert.)
  if (!passive && invertible && !OBJECT_VERBS.test(lemma) && !NO_INVERSION.test(lemma) && !calledQuote) {
    const before = toks[i - 1];
    // ("Or so says Home Secretary Charles Clarke.")
    const soSays = before?.lower === 'so' && (i === 1 || /^(or|and|but)$/i.test(toks[i - 2]?.text ?? '') || isComma(toks[i - 2]));
    if (before && (isComma(before) || isQuote(before) || soSays)) {
      const speaker = invertedSpeaker(s, i);
      // ("Jim Parton, from Families Need Fathers, said the new proposals ...": no speaker after it.)
      // ("Rachel Rivera, 36, of Brooklyn, asked the crowd": with no words of anyone's before it,
      // the one asked is the object, not an inverted speaker as in "“Why?” asked the reporter".)
      const asksAudience = lemma === 'ask' && !!subject && !toks.slice(0, i - 1).some((x, k) => x.pos === 'VERB' || x.pos === 'AUX' || s.quoted[k]);
      if ((speaker && canSpeak(speaker) && !asksAudience) || !subject) {
        subject = speaker;
        inverted = !!speaker;
      }
    } else if (before && /^(said|says)$/.test(t.lower) && i >= 5) {
      const speaker = bareInvertedSpeaker(s, i);
      if (speaker) { subject = speaker; inverted = true; }
    }
  }
  // ("The window, some believe, could be enough": an unnamed crowd set off as an aside.)
  const crowdAside = /^(some|many|others)$/.test(toks[i - 1]?.lower ?? '') && isComma(toks[i - 2]) && isComma(toks[i + 1]) && !passive;
  if (crowdAside) subject = makeMention(s, i - 1, i);
  // ("However, some say ...", "But many in the community fear ...": an unnamed crowd speaks.)
  const crowd = crowdAside || (!!subject && !subject.pronoun && crowdStart(s, subject.end - 1) === subject.start);
  if (subject && !canSpeak(subject) && !crowd) subject = speakerBeforePhrase(s, subject);
  if (!subject) return null;
  // ("The government will lobby the EU to …", "The minister will announce a strategy on Friday":
  // words not yet spoken, the article's own news of a plan; but "GM will announce plans to invest
  // …" is the body's commitment.)
  if (!quoted && !inverted && isSpeech && /^(will|shall|'ll|’ll)$/.test(toks[prevIndex(s, i)]?.lower ?? '') && !announcesIntent(toks, i)) return null;
  // "a film called “Jaws”" names a thing; the caller must open its clause.
  // ("Labour backbencher Stephen Pound labelled ...": the clause opens at the name's description.)
  let described = subject.start;
  while (described > 0 && /^(NOUN|PROPN|ADJ)$/.test((toks[described - 1] as Token).pos)) described--;
  if (calledQuote && (inverted || (passive && lemma === 'call') || (!passive && !opensClause(toks, described)))) return null;
  if (subject.pronoun === 'it' && (isBelief || type === 'finding') && prev && BE.has(prev.lower)) return null;
  if (!inverted && !quoted && subject.pronoun && /^(i|we|you)$/.test(subject.pronoun)) return null;
  if (!inverted) {
    const before = toks[subject.start - 1];
    if (before && /^(if|whether|unless)$/.test(before.lower)) return null;
  }
  // ("the Russian River threatened to flood", "Hurricane Henri threatened to cut power": nature speaks for no one.)
  if (!subject.pronoun && naturalForce(subject.tokens)) return null;
  const subjectInfo = subject.pronoun ? null : analysePhrase(subject.tokens, subject.text);
  const subjKind = subjectInfo?.kind ?? null;
  // "..., BBC Scotland has learned.": what an outlet has learned is its report; a person learns news.
  if (lemma === 'learn' && (subjKind !== 'outlet' || passive)) return null;
  // ("military chiefs reportedly asked for ...": hearsay about them, not their attribution; "the
  // document reportedly said" still carries the document's words.)
  if (/^(reportedly|allegedly)$/.test(toks[i - 1]?.lower ?? '') && subjKind !== 'document' && subjKind !== 'outlet') return null;
  const docSubject = subjKind === 'document' || subjKind === 'poll' || subjKind === 'outlet';
  // ("Cisco reported fourth quarter earnings of $2.3 billion": a company's account of its own figures.)
  const ownFigures = lemma === 'report' && !passive && (subject.pronoun === 'it' || subjKind === 'organisation' || subjKind === 'group') && figuresObject(toks, i);
  if (type === 'finding' && !docSubject && toks[i + 1]?.lower !== 'that') {
    // "..., the company reported.": a closing report verb of a speaker that is no outlet.
    // (", Yahoo Finance reported earlier this year.": a time phrase may follow.)
    // ("..., market research firm NPD Group has reported.": past the description before the name.)
    let before = subject.start - 1;
    while (before > 0 && subject.start - before < 5 && /^(NOUN|ADJ|PROPN)$/.test(toks[before]?.pos ?? '')) before--;
    // ("..., Downing Street has indicated.": a closing indication, too.)
    const closing = (lemma === 'report' || lemma === 'indicate') && isComma(toks[before]) && onlyTimeFrom(toks, i + 1);
    // "The Audit Commission found the system was flawed": a named body's own finding.
    // ("It also reported on Friday that passenger numbers rose": a company's own figures.)
    // ("The commission found the most common approach is ...": an inquiry's own finding.)
    const bodyFinding = (lemma === 'find' || lemma === 'report') &&
      ((lemma === 'report' && subject.pronoun === 'it') ||
        (subjKind === 'organisation' && (!!subjectInfo?.proper || (!!subjectInfo?.definite && INQUIRY_HEADS.test(subjectInfo.head ?? ''))))) &&
      (hasComplement(s, i) || toks.slice(i + 1, i + 6).some((x) => x.lower === 'that')) && !passive;
    // ("Scientists at US universities found the rate nearly trebled": researchers' own finding.)
    const researchers = lemma === 'find' && !passive && !subject.pronoun && RESEARCHERS.test((subject.tokens[0]?.lower === 'the' ? subject.tokens[1] : subject.tokens[0])?.lower ?? '') && hasComplement(s, i);
    // ("Russia had indicated it would not abide by the rulings": a statement of intent.)
    const indicates = lemma === 'indicate' && !subject.pronoun && hasComplement(s, i);
    // "The report ... . It showed British business ...": "it" may be the document just cited.
    const itFinds = subject.pronoun === 'it' && /^(show|find|suggest|conclude|reveal)$/.test(lemma) && hasComplement(s, i);
    if (itFinds) return { type, at: i, end, words: textBetween(s, i, end), subject, agent, inverted: false, trailing: false, quoted };
    if (!closing && !bodyFinding && !indicates && !researchers && !ownFigures && !(inverted && lemma === 'indicate')) return null;
    type = 'speech';
  }
  // ("However, only state controlled carriers ...": a sentence adverb is never the subject.)
  if (subject.tokens.length === 1 && /^(ADV|CCONJ|SCONJ)$/.test((subject.tokens[0] as Token).pos)) return null;
  // ("No one said", but "No 10 said" is Downing Street.)
  if (/^no$/i.test((subject.tokens[0] as Token).text) && subject.tokens[1]?.pos !== 'NUM') return null;
  // "The pattern of traffic to the website suggests": the website is not what suggests.
  if (!inverted && toks[subject.start - 1]?.lower === 'to' && toks[subject.start - 2]?.pos === 'NOUN') return null;
  // "Few would argue", "Nobody would deny": a negative quantifier is no source.
  if (!inverted && subject.tokens.length <= 2 && /^(few|nobody|none|no-one|noone)$/i.test((subject.tokens[0] as Token).text)) return null;
  // "Neither Downing Street nor the party would comment": negated speech.
  if (!inverted && (toks[subject.start - 1]?.lower === 'nor' || /^neither$/i.test((subject.tokens[0] as Token).text) || /^neither$/i.test(toks[0]?.text ?? '') && subject.start < 8)) return null;
  // ("claimed asylum", "claim benefits": an application, not words; "claimed responsibility for the
  // attack", "claimed a victory" are.)
  if (lemma === 'claim' && /^(asylum|benefits?|compensation)$/.test(toks[i + 1]?.lower ?? '')) return null;
  const claimsCredit = lemma === 'claim' && /^(responsibility|credit|victory)$/.test(objectHead(toks, i));
  // ("The High Court has dismissed a challenge", "rejected the appeal", "the bankruptcy judge rejected
  // an agreement": a ruling, not words.)
  const judicial = !subject.pronoun && /^(judge|judges|court|courts|tribunal|jury|justices|bench)$/.test(subject.tokens[subject.tokens.length - 1]?.lower ?? '');
  const ruledOn = objectHead(toks, i);
  if (/^(dismiss|reject|uphold)$/.test(lemma) && !passive && ((judicial && !/^(claims?|allegations?|suggestions?|accusations?|arguments?|criticism|reports?|idea|notion)$/.test(ruledOn)) ||
    /^(challenge|challenges|appeal|appeals|case|cases|lawsuit|suit|petition|application|motion|bid|charges|plea|request)$/.test(ruledOn))) return null;
  if (!isBelief && !leftOpen && negated && toks[i + 1]?.lower !== 'that') return null;
  const probe: Cue = { type, at: i, end, words: '', subject, agent, inverted, trailing: false, quoted };
  const trailing = isTrailing(s, probe);
  if (lemma === 'continue' && !inverted && !trailing && !(toks[i + 1]?.text === ':' || isQuote(toks[i + 1]))) return null;
  // ("objected to the report": a formal objection; not "shareholders can object to the deal".)
  const objectsTo = lemma === 'object' && toks[i + 1]?.lower === 'to' && !/^(can|could|may|might|will|would)$/.test(toks[prevIndex(s, i)]?.lower ?? '');
  const stanceObject = lemma === 'voice' || (lemma === 'announce' && !hasComplement(s, i)) || repeatsCall || objectsTo || (lemma === 'question' && stancePhrase(s, i, lemma));
  // "the 2.5% which the government had predicted": the content is what the relative pronoun stands for.
  const rel = toks[subject.start - 1];
  const objectRelative = !subject.pronoun && !!rel && (rel.lower === 'which' ||
    (rel.lower === 'that' && /^(NOUN|NUM|PROPN)$/.test(toks[subject.start - 2]?.pos ?? '')));
  // A document "shows a rise" (its finding's object), but a leaflet "posted to homes" and
  // "radio shows, and ..." carry nothing.
  // ("pirate radio shows", "a TV show which ...": the noun.)
  if (lemma === 'show' && /^(radio|television|tv|talk|chat|game|quiz|road|trade|fashion|cookery|stage|awards?|breakfast|comedy|music)$/.test(prevTok?.lower ?? '')) return null;
  const carriesNothing = !nextTok || isComma(nextTok) || nextTok.text === '.' || (nextTok.pos === 'ADP' && nextTok.lower !== 'that') ||
    /^(which|who)$/.test(nextTok.lower);
  // ("..., new figures show.": a document's cue closing the sentence.)
  const closingCue = isComma(toks[subject.start - 1]) && (!nextTok || nextTok.text === '.');
  const docObject = docSubject && (closingCue || ((isFinding || REPORT_VERBS.has(lemma) || !carriesNothing) && !(lemma === 'show' && carriesNothing)));
  // "they claim to be following Islam", "professes to know": a claim about oneself.
  const claimsTo = (lemma === 'claim' || lemma === 'profess') && toks[i + 1]?.lower === 'to' && /^(VERB|AUX)$/.test(toks[i + 2]?.pos ?? '');
  // "maintained his innocence", "protested her innocence": a stance held.
  const innocence = /^(maintain|protest|proclaim|insist)$/.test(lemma) && /^(innocence|innocent)$/.test(objectHead(toks, i));
  // "declared itself the winner", "declared himself innocent": a verdict on oneself.
  const declaresSelf = lemma === 'declare' && /^(itself|himself|herself|themselves)$/.test(toks[i + 1]?.lower ?? '') && /^(DET|ADJ|NOUN)$/.test(toks[i + 2]?.pos ?? '');
  // "The governor stated this while addressing journalists": the content is what came before.
  const saysThis = /^(say|state|disclose|reveal|explain|stress)$/.test(lemma) && toks[i + 1]?.lower === 'this' &&
    (!toks[i + 2] || /^(while|when|at|in|during|on|after|before|yesterday|today|,|\.)$/.test(toks[i + 2]?.lower ?? '') || (toks[i + 2]?.pos === 'VERB' && /ing$/.test(toks[i + 2]?.lower ?? '')));
  // "has written to Mr McConnell asking for clarification": a letter, its content in the participle.
  const writesTo = lemma === 'write' && toks[i + 1]?.lower === 'to' &&
    toks.slice(i + 2, i + 14).some((x) => /^(asking|telling|urging|calling|demanding|seeking|requesting|warning|inviting|saying|complaining|expressing)$/.test(x.lower));
  // ("Jackson admitted misconduct", "Both companies acknowledged the drag of inflation": a fault or
  // a fact owned up to; not "the hospital will admit new patients".)
  const ownsUpTo = /^(admit|acknowledge)$/.test(lemma) && t.pos === 'VERB' && !passive && !/^(to|into|in)$/.test(nextTok?.lower ?? '') &&
    /^(NOUN|DET|ADJ|PRON)$/.test(nextTok?.pos ?? '') && !peopleObject(toks, i);
  // ("Mr Ross highlighted the need for more nurses": a person's emphasis, as "stressed the need";
  // a flood or a screen "highlights" things without saying them.)
  const emphasises = /^(highlight|underline|underscore)$/.test(lemma) && (subjKind === 'person' || /^(he|she)$/.test(subject.pronoun ?? '')) &&
    /^(DET|ADJ|NOUN|PRON)$/.test(nextTok?.pos ?? '');
  if (NEED_COMPLEMENT.has(lemma) && !ownsUpTo && !emphasises && !inverted && !trailing && !docObject && !objectRelative && !claimsTo && !ownFigures && !claimsCredit && !declaresSelf && !innocence && !saysThis && !writesTo && !threat && !(passive && type === 'pledge') && !(ruledOut && !passive) && !hasComplement(s, i) && lemma !== 'express' && lemma !== 'call' && lemma !== 'point' && !stanceObject &&
    !respondentsParticiple(s, i)) {
    // Without content of its own ("This process can repeat.") a complement verb is no cue.
    const next = toks[i + 1];
    const atEnd = !next || isComma(next) || (/^[-–—]$/.test(next.text) && /ing$/.test(toks[i + 2]?.lower ?? ''));
    if (!atEnd || lemma === 'continue') return null;
  }
  // "a terror suspect held in ...", "election hopes for ...": a noun, not a verb of belief.
  const parenthetical = isComma(toks[subject.start - 1]) || isQuote(toks[subject.start - 1]);
  // "That's what media bosses want, too": a pseudo-cleft names the holder's view.
  const whatCleft = isBelief && !inverted && !subject.pronoun && (!nextTok || nextTok.pos === 'PUNCT') &&
    (toks[subject.start - 1]?.lower === 'what' || ((subject.tokens[0] as Token).lower === 'what' && subject.tokens.length > 1));
  if (whatCleft && (subject.tokens[0] as Token).lower === 'what') {
    const st = subject.start + 1;
    subject = { ...subject, start: st, tokens: toks.slice(st, subject.end), text: textBetween(s, st, subject.end) };
  }
  // "received and considered dozens of submissions": weighing things, not a view.
  if (lemma === 'consider' && !passive) {
    let k = i + 1;
    while (k < toks.length && k < i + 8 && (/^(DET|NUM|ADJ|NOUN)$/.test((toks[k] as Token).pos) || ((toks[k] as Token).lower === 'of' && toks[k - 1]?.pos !== 'DET'))) k++;
    const after = toks[k];
    // ("is considering a compromise measure that does not ...": the object's relative clause.)
    const relative = k > i + 2 && !!after && /^(that|which)$/.test(after.lower) && toks[k - 1]?.pos === 'NOUN' && toks[i + 1]?.pos === 'DET';
    if (relative || (!hasComplement(s, i) && k > i + 1 && (!after || (after.pos === 'ADP' && after.lower !== 'as') || (after.pos === 'PUNCT' && !isQuote(after))))) return null;
  }
  // ("expects adjusted operating profit of …": a participle modifying the object.)
  const participleObject = nextTok?.pos === 'VERB' && /ed$/.test(nextTok.lower) && /^(NOUN|ADJ)$/.test(toks[i + 2]?.pos ?? '');
  if (isBelief && !passive && !whatCleft && nextTok && ((nextTok.pos === 'VERB' && !participleObject) || nextTok.pos === 'AUX' || (nextTok.pos === 'ADP' && !/^(in|that|so)$/.test(nextTok.lower)) || (nextTok.pos === 'PUNCT' && !isQuote(nextTok) && !parenthetical))) return null;
  // "migrants who want to work", "those who believe ...": a restrictive relative clause
  // describes a class of people; it does not attribute a view to a source.
  if (isBelief && !passive && restrictiveRelative(s, i)) return null;
  // "ministers should expect it to be rewritten", "Australia can expect inflation to rise": advice or
  // a forecast, not a view anyone holds.
  if (isBelief && /^(should|must|would|could|might|may|can)$/.test(toks[prevIndex(s, i)]?.lower ?? '')) return null;
  if (isBelief && lemma === 'expect' && toks[i + 1]?.lower === 'to') {
    // "X expects to ..." is a plan, "X is expected to" a hedge; both are not attributions.
    return null;
  }
  // "told the Reuters news agency": keep the addressee, an outlet may relay later quotes.
  if (lemma === 'tell' && !agent) agent = npStartingAt(s, i + 1, false);
  if (subject === agent) subject = firstConjunct(s, subject);
  const cue: Cue = { type, at: i, end, words: textBetween(s, i, end), subject, agent, inverted, trailing: false, quoted };
  cue.trailing = isTrailing(s, cue);
  return cue;
}
