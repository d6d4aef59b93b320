/**
 * The attribution engine: split sentences → find cues → find and resolve sources → count.
 * Pure TypeScript; runs in Node, the extension and tests alike.
 */
import { isEnglish } from './language';
import type { Analysis, AnalyzedSentence, ArticleText, Label, SourceEntity } from './types';
import { splitArticle, type Sentence } from './sentences';
import type { Entity } from './entities';
import { Registry } from './registry';
import { attributeOwn, continuation, type Attribution } from './attribute';
import { findCues } from './cues';
import type { Cue } from './cue-shape';
import { isComma, isGenitive, isQuote, makeMention, npStartingAt, type Mention } from './mentions';
import { subjectBefore } from './subjects';
import { BE } from './cue-shape';
import { startsUpper, type Token } from './nlp';
import { analysePhrase } from './names';
import { BELIEF_VERBS, FIGURE_NOUNS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { leadIdentification } from './lead-identification';

export type * from './types';
export { isEnglish } from './language';
export { loadLanguageModel } from './nlp';

/** ("In Seattle, skipper Wade Bassi bought ...": wink tags a role noun before a name as a verb.) */
function roleBeforeName(s: Sentence, k: number): boolean {
  const t = s.tokens[k] as Token;
  const prev = s.tokens[k - 1];
  const next = s.tokens[k + 1];
  return t.pos === 'VERB' && t.lemma === t.lower && !SPEECH_VERBS.has(t.lemma) && !BELIEF_VERBS.has(t.lemma) &&
    !!next && /^[A-Z]/.test(next.text) && (next.pos === 'PROPN' || next.pos === 'VERB') &&
    (!prev || isComma(prev) || prev.pos === 'DET' || prev.pos === 'ADJ');
}

/** Keeps the sentence subject in view for later pronouns ("The Attorney General ... . He said ..."). */
function noteSubject(s: Sentence, reg: Registry): void {
  const v = s.tokens.findIndex((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && !s.quoted[k] && k > 0 && !t.lower.endsWith('ing') && !startsUpper(t.text) && !roleBeforeName(s, k));
  if (v <= 0) return;
  let m = subjectBefore(s, v);
  if (!m) return;
  // "Shares in Acme have fallen": the figure is no source; Acme is the body in view.
  const prep = m.tokens[1]?.lower ?? '';
  if (!m.pronoun && FIGURE_NOUNS.has((m.tokens[0] as Token).lower) && /^(in|of|at|for)$/.test(prep)) {
    const owner = npStartingAt(s, m.start + 2, false);
    if (!owner || owner.end > m.end) return;
    const oi = analysePhrase(owner.tokens, owner.text);
    const proper = owner.tokens.every((t) => /^[A-Z]/.test(t.text) || t.pos === 'DET');
    if (!proper || (oi.kind !== 'organisation' && !(oi.kind === 'person' && !oi.gender))) return;
    reg.touch(reg.body(owner, s.index), s.index);
    return;
  }
  if (!m.pronoun && !/^[A-Z]/.test(m.tokens[m.tokens.length - 1]?.text ?? '') && BE.has(s.tokens[v]?.lower ?? '')) noteAgent(s, v, reg);
  if (m.pronoun) return;
  // ("Shares fell, the company reported.": a figure opening the sentence is no body in view.)
  if (m.tokens.length === 1 && FIGURE_NOUNS.has((m.tokens[0] as Token).lower)) return;
  // ("Terms could still change …, they said.": a plural that is capitalised only as the sentence's
  // first word is no body in view.)
  const opener = m.start === 0 && m.tokens.length === 1 && /[a-z]s$/.test(m.text) && !reg.capitalisedInside.has(m.text);
  if (opener) return;
  const info = analysePhrase(m.tokens, m.text);
  const named = (info.kind === 'person' && !!info.person) || (info.kind === 'organisation' && !!info.proper);
  // "The chancellor is on a tour of Africa. ... he insisted": a role standing for someone named.
  const role = info.kind === 'person' && !info.person && info.definite;
  // "The government is cracking down ..., which it says": a body already in view.
  const body = info.definite && !info.proper && (info.kind === 'organisation' || info.kind === 'group');
  // "The study is published in ... . It found that ...": a study or report named as subject.
  const doc = info.definite && info.kind === 'document' && !info.plural;
  if (doc && !named && !role && !body) {
    const d = reg.resolve(m, s.index, true);
    if (d) reg.touch(d, s.index);
    return;
  }
  if (!named && !info.proper && noteOwnerOffice(s, m, reg)) return;
  if (!named && !role && !body) return;
  // An unnamed office holder as subject ("The chancellor is on a tour of Africa.") becomes a
  // source of its own, so a following "he insisted" does not jump back to someone else.
  const office = role && !info.plural && m.tokens[0]?.lower === 'the' && ROLE_NOUNS.has(info.head ?? '');
  const e = reg.resolve(m, s.index, named || office);
  if (e && (!role || e.kind === 'person')) reg.touch(e, s.index);
}

/**
 * "The young officer's voice shook as he repeated the threat.": an unnamed office holder who owns
 * the subject, and whom a "he" or "she" later in the sentence stands for, is the one in view for a
 * following "he said".
 */
function noteOwnerOffice(s: Sentence, m: Mention, reg: Registry): boolean {
  const g = m.tokens.findIndex(isGenitive);
  if (g < 2 || m.tokens[0]?.lower !== 'the' || m.tokens.slice(0, g).some((t) => t.pos === 'ADP')) return false;
  if (!s.tokens.slice(m.end).some((t, k) => /^(he|she)$/.test(t.lower) && !s.quoted[m.end + k])) return false;
  const owner = makeMention(s, m.start, m.start + g);
  const info = analysePhrase(owner.tokens, owner.text);
  if (info.kind !== 'person' || info.person || info.plural || !ROLE_NOUNS.has(info.head ?? '')) return false;
  const e = reg.resolve(owner, s.index, true);
  if (e && e.kind === 'person') reg.touch(e, s.index);
  return true;
}

/**
 * "The claims were made in a book published by Philippe Sands QC.": the person named as the
 * agent of a passive whose subject is a thing is the one in view for a following "He says".
 */
function noteAgent(s: Sentence, v: number, reg: Registry): void {
  for (let k = v + 1; k < s.tokens.length - 1; k++) {
    if (s.quoted[k] || (s.tokens[k] as Token).lower !== 'by' || s.tokens[k + 1]?.pos !== 'PROPN') continue;
    const agent = npStartingAt(s, k + 1, false);
    const info = agent ? analysePhrase(agent.tokens, agent.text) : null;
    if (!agent || !info || info.kind !== 'person' || !info.person) return;
    const e = reg.resolve(agent, s.index, true);
    if (e) reg.touch(e, s.index);
    return;
  }
}

/** A person who already spoke in the article and whose name appears in sentence `s`. */
function speakerNamedIn(s: Sentence, speakers: Set<Entity>, reg: Registry): Entity | null {
  const found = new Set<Entity>();
  for (const t of s.tokens) {
    if (t.pos !== 'PROPN') continue;
    const e = reg.find(t.text);
    if (e && speakers.has(e)) found.add(e);
  }
  if (found.size <= 1) return found.size === 1 ? ([...found][0] as Entity) : null;
  // ("Before touring the island, Cooper took a question about what Murphy meant.": the subject.)
  for (const t of clauseSubject(s)?.tokens ?? []) {
    const e = t.pos === 'PROPN' ? reg.find(t.text) : null;
    if (e && found.has(e)) return e;
  }
  return null;
}

/** The subject of the first finite verb outside quotation (not an opening participle's). */
function clauseSubject(s: Sentence): Mention | null {
  const v = s.tokens.findIndex((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX') && !s.quoted[k] && !/ing$/.test(t.lower) && /^[a-z]/.test(t.text));
  return v > 0 ? subjectBefore(s, v) : null;
}

/** The named person who is the subject of sentence `s`'s main clause ("Karina Gould was pleased ..."). */
function personSubject(s: Sentence, reg: Registry): Entity | null {
  const subject = clauseSubject(s);
  if (!subject || subject.pronoun) return null;
  const info = analysePhrase(subject.tokens, subject.text);
  if (info.kind !== 'person' || !info.person) return null;
  const e = reg.resolve(subject, s.index, false);
  return e && e.kind === 'person' ? e : null;
}

/**
 * A quotation opening within the first few words, unless the article's own words frame it as a
 * text ("The theme of the seminar is: “...”").
 */
function quoteOpensEarly(s: Sentence): boolean {
  const open = s.tokens.findIndex((t, k) => k < 8 && (t.text === '“' || t.text === '"'));
  return open >= 0 && !(s.tokens[open - 1]?.text === ':' && s.tokens[open - 2]?.lemma === 'be');
}

/**
 * The person attributed (not as a relay) in the three sentences before sentence `k`; given the
 * sentences, only in `k`'s own paragraph.
 */
function recentSpeaker(results: Attribution[], k: number, sentences?: Sentence[]): Entity | null {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (sentences && (sentences[j] as Sentence).block !== (sentences[k] as Sentence).block) return null;
    const r = results[j] as Attribution;
    if (r.source && r.label !== 'report' && r.source.kind === 'person') return r.source;
  }
  return null;
}

function leadIn(sentences: Sentence[], results: Attribution[], k: number): Attribution | null {
  const s = sentences[k] as Sentence;
  if (s.kind !== 'list-item' && s.kind !== 'quote') return null;
  for (let j = k - 1; j >= 0 && k - j <= 40; j--) {
    const p = sentences[j] as Sentence;
    const r = results[j] as Attribution;
    if (p.kind === s.kind) continue;
    return r.source && /:\s*$/.test(p.text) ? r : null;
  }
  return null;
}

/** A reference list's back-link mark opening an entry (Wikipedia's "^", "↑"). */
const CITATION_MARK = /^\s*[\^↑]/;

export function analyze(article: ArticleText): Analysis {
  const sentences = splitArticle(article);
  const reg = new Registry();
  const english = isEnglish(article.lang);
  const results: Attribution[] = [];
  if (english) {
    reg.prescan(sentences);
    for (const s of sentences) reg.noteAcronyms(s);
    let lastOutlet: Entity | null = null;
    const segmentSpeaker = new Map<number, { e: Entity; label: Label }>();
    /** The last speaker a quotation was attributed to, for orphan quote paragraphs. */
    const quoteSpeakerAt: Array<Entity | null> = [];
    let lastQuoteSpeaker: Entity | null = null;
    /** Each sentence's cues, found once for its own attribution and for a quotation continuing through it. */
    const cuesAt: Cue[][] = [];
    for (const s of sentences) {
      reg.context = s;
      noteSubject(s, reg);
      const cues = findCues(s, true);
      cuesAt.push(cues);
      const own = attributeOwn(s, cues, reg, () => reg.lastOutlet ?? lastOutlet);
      if (own.source) {
        reg.touch(own.source, s.index);
        if (own.source.kind === 'outlet') { lastOutlet = own.source; reg.lastOutlet = own.source; }
        if (own.attributesQuote && own.label !== 'report') lastQuoteSpeaker = own.source;
        if (own.attributesQuote) {
          for (const id of new Set(s.segment)) if (id >= 0) segmentSpeaker.set(id, { e: own.source, label: own.label });
        }
      }
      results.push(own);
      quoteSpeakerAt.push(lastQuoteSpeaker);
    }
    const speakers = new Set<Entity>();
    for (const r of results) if (r.source && r.source.kind === 'person') speakers.add(r.source);
    // Quotations with no cue of their own take the speaker of their quotation, or continue
    // the previous sentence's speaker.
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k] as Sentence;
      const r = results[k] as Attribution;
      // A lead-in ending in a colon carries its speaker to the list items or quotes after it.
      const lead = leadIn(sentences, results, k);
      if (lead && (!r.source || r.source === lead.source)) { results[k] = continuation(s, lead.source as Entity, lead.label, reg, cuesAt[k] as Cue[], false); continue; }
      if (r.source) continue;
      if (s.quotedShare < 0.5 && !s.startsQuoted) continue;
      // ('^ "Income inequality".': a reference list's quoted titles are nobody's words.)
      if (CITATION_MARK.test(s.text)) continue;
      // “... in grocery?” / Forte said.: a quotation split from its bare closing cue.
      const nextS = sentences[k + 1];
      const nextR = results[k + 1];
      if (nextS && nextR?.source && nextR.label !== 'report' && nextS.block === s.block && nextS.tokens.length <= 6 &&
        !nextS.tokens.some((t) => isQuote(t)) && nextS.tokens.some((t) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma)) &&
        /[”"]\s*$/.test(s.text)) {
        results[k] = continuation(s, nextR.source, 'claim', reg, cuesAt[k] as Cue[]);
        continue;
      }
      const seg = s.segment.find((id) => id >= 0);
      const bySegment = seg !== undefined ? segmentSpeaker.get(seg) : undefined;
      if (bySegment) { results[k] = continuation(s, bySegment.e, bySegment.label, reg, cuesAt[k] as Cue[]); continue; }
      let back = k - 1;
      while (back > 0 && k - back < 6 && ((sentences[back] as Sentence).kind === 'caption' || (sentences[back] as Sentence).kind === 'heading' ||
        ((results[back] as Attribution).label === 'none' && (sentences[back] as Sentence).tokens.every((t) => t.text !== '.')))) back--;
      const prev = results[back];
      const prevS = sentences[back];
      const opensQuote = s.startsQuoted || s.tokens[0]?.text === '"' || s.tokens[0]?.text === '“' || (s.tokens[0]?.text === '‘' && s.quoted[0] === true && s.kind !== 'heading') ||
        (s.quotedShare >= 0.6 && quoteOpensEarly(s));
      if (s.kind === 'quote' && !(prev?.source && prevS && opensQuote)) {
        // A block quote with no cue: the speaker of the last attribution just before it.
        let speaker: Entity | null = null;
        for (let j = k - 1; j >= 0 && k - j <= 4 && !speaker; j--) {
          const r2 = results[j] as Attribution;
          if (r2.source && r2.label !== 'report') speaker = r2.source;
        }
        if (speaker) { results[k] = continuation(s, speaker, 'claim', reg, cuesAt[k] as Cue[]); continue; }
      }
      if (prev?.source && prevS && opensQuote) {
        results[k] = continuation(s, prev.source, prev.label, reg, cuesAt[k] as Cue[]);
        const seg3 = s.segment.find((id) => id >= 0);
        if (seg3 !== undefined && !segmentSpeaker.has(seg3)) segmentSpeaker.set(seg3, { e: prev.source, label: prev.label });
      } else if (opensQuote) {
        // A quotation with no cue after narrative: the person the sentence just before has as its
        // subject ("Karina Gould was pleased with the results. “We saw that ...”") or, inside a
        // paragraph, the person it attributed just before; else a speaker that sentence names, else
        // the speaker last quoted, else the person attributed just before. Only once someone has
        // spoken; inside a paragraph, only when one of the first two is there.
        const introduced = (prevS && back === k - 1 ? personSubject(prevS, reg) : null) ??
          (s.firstInBlock ? null : recentSpeaker(results, k, sentences));
        if (!s.firstInBlock && !introduced) continue;
        const earlier = quoteSpeakerAt[k] ?? recentSpeaker(results, k);
        if (!earlier) continue;
        const speaker = introduced ?? (prevS ? speakerNamedIn(prevS, speakers, reg) : null) ?? earlier;
        results[k] = continuation(s, speaker, 'claim', reg, cuesAt[k] as Cue[]);
        const seg2 = s.segment.find((id) => id >= 0);
        if (seg2 !== undefined) segmentSpeaker.set(seg2, { e: speaker, label: 'claim' });
      }
    }
  } else {
    for (let k = 0; k < sentences.length; k++) results.push({ label: 'none', source: null, via: null, cue: null, attributesQuote: false });
  }

  const counts = new Map<Entity, SourceEntity>();
  const entry = (e: Entity): SourceEntity => {
    let c = counts.get(e);
    if (!c) {
      c = { id: e.id, name: e.name, aliases: [...e.aliases], kind: e.kind, counts: { claim: 0, report: 0, pledge: 0 }, total: 0 };
      counts.set(e, c);
    }
    return c;
  };
  const lead = leadIdentification(results.map((r) => (r.source && r.label !== 'none' ? reg.canonical(r.source) : null)),
    sentences.map((s) => s.tokens[0]?.text ?? ''));
  if (lead) reg.merge(lead[0], lead[1]);
  // Entities a later mention showed to be another one count as that one.
  for (const r of results) {
    if (r.source) r.source = reg.canonical(r.source);
    if (r.via) r.via = reg.canonical(r.via);
  }
  const out: AnalyzedSentence[] = sentences.map((s, k) => {
    const r = results[k] as Attribution;
    if (r.source && r.label !== 'none') {
      const c = entry(r.source);
      c.counts[r.label]++;
      c.total++;
    }
    if (r.via) entry(r.via);
    return {
      index: k, block: s.block, start: s.start, end: s.end, text: s.text, label: r.label,
      sourceId: r.label === 'none' ? null : (r.source?.id ?? null),
      viaId: r.label === 'report' ? (r.via?.id ?? null) : null,
      cue: r.label === 'none' ? null : r.cue,
    };
  });
  for (const [e, c] of counts) { c.name = e.name; c.aliases = [...e.aliases]; c.kind = e.kind; }
  const sources = [...counts.values()].sort((a, b) => b.total - a.total);
  return { title: article.title, url: article.url, lang: article.lang, sentences: out, sources };
}
