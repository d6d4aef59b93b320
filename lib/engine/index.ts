/**
 * The attribution engine: split sentences → find cues → find and resolve sources → count.
 * Pure TypeScript; runs in Node, the extension and tests alike.
 */
import type { Analysis, AnalyzedSentence, ArticleText, Label, SourceEntity } from './types';
import { splitArticle, type Sentence } from './sentences';
import { Registry, type Entity } from './entities';
import { attributeOwn, continuation, type Attribution } from './attribute';
import { subjectBefore } from './mentions';
import { analysePhrase } from './names';

export type * from './types';

const isEnglish = (lang: string | null): boolean => !lang || /^en\b/i.test(lang);

/** Keeps the sentence subject in view for later pronouns ("The Attorney General ... . He said ..."). */
function noteSubject(s: Sentence, reg: Registry): void {
  const v = s.tokens.findIndex((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && !s.quoted[k]);
  if (v <= 0) return;
  const m = subjectBefore(s, v);
  if (!m || m.pronoun) return;
  const info = analysePhrase(m.tokens, m.text);
  if (info.kind !== 'person' || !info.person) return;
  const e = reg.resolve(m, s.index);
  if (e) reg.touch(e, s.index);
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
    for (const s of sentences) {
      const own = attributeOwn(s, reg, () => lastOutlet);
      if (own.source) {
        reg.touch(own.source, s.index);
        if (own.source.kind === 'outlet') lastOutlet = own.source;
        if (own.attributesQuote && own.label !== 'report') lastQuoteSpeaker = own.source;
        if (own.attributesQuote) {
          for (const id of new Set(s.segment)) if (id >= 0) segmentSpeaker.set(id, { e: own.source, label: own.label });
        }
      } else {
        noteSubject(s, reg);
      }
      results.push(own);
      quoteSpeakerAt.push(lastQuoteSpeaker);
    }
    // Quotations with no cue of their own take the speaker of their quotation, or continue
    // the previous sentence's speaker.
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k] as Sentence;
      const r = results[k] as Attribution;
      if (r.source) continue;
      // A lead-in ending in a colon carries its speaker to the list items or quotes after it.
      const lead = leadIn(sentences, results, k);
      if (lead) { results[k] = continuation(s, lead.source as Entity, lead.label, false); continue; }
      if (s.quotedShare < 0.5 && !s.startsQuoted) continue;
      const seg = s.segment.find((id) => id >= 0);
      const bySegment = seg !== undefined ? segmentSpeaker.get(seg) : undefined;
      if (bySegment) { results[k] = continuation(s, bySegment.e, bySegment.label); continue; }
      let back = k - 1;
      while (back > 0 && ((sentences[back] as Sentence).kind === 'caption' || (sentences[back] as Sentence).kind === 'heading' ||
        ((results[back] as Attribution).label === 'none' && (sentences[back] as Sentence).tokens.every((t) => t.text !== '.')))) back--;
      const prev = results[back];
      const prevS = sentences[back];
      const opensQuote = s.startsQuoted || s.tokens[0]?.text === '"' || s.tokens[0]?.text === '“';
      if (prev?.source && prevS && opensQuote) {
        results[k] = continuation(s, prev.source, prev.label);
      } else if (opensQuote && s.firstInBlock && quoteSpeakerAt[k]) {
        // A quotation paragraph with no cue after narrative: the speaker last quoted.
        results[k] = continuation(s, quoteSpeakerAt[k] as Entity, 'claim');
        const seg2 = s.segment.find((id) => id >= 0);
        if (seg2 !== undefined) segmentSpeaker.set(seg2, { e: quoteSpeakerAt[k] as Entity, label: 'claim' });
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
