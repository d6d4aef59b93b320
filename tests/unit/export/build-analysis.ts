import type { Analysis, AnalyzedSentence, ArticleText, Label, SourceEntity, SourceKind } from '../../../lib/engine/types';

export interface SentenceSpec {
  block: number;
  text: string;
  label?: Label;
  sourceId?: string | null;
  viaId?: string | null;
  cue?: string | null;
}

export function buildArticle(blocks: string[], title = 'A test article', url = 'https://news.example/story'): ArticleText {
  return { title, url, lang: 'en', blocks: blocks.map((text) => ({ text, kind: 'paragraph' })) };
}

export function source(id: string, name: string, kind: SourceKind = 'person', aliases: string[] = [name]): SourceEntity {
  return { id, name, aliases, kind, counts: { claim: 0, report: 0, pledge: 0 }, total: 0 };
}

/** An Analysis by hand: offsets found in the article's blocks, source counts computed from the sentences. */
export function buildAnalysis(article: ArticleText, specs: SentenceSpec[], sources: SourceEntity[]): Analysis {
  const searchFrom = new Map<number, number>();
  const sentences = specs.map((spec, index): AnalyzedSentence => {
    const blockText = article.blocks[spec.block]?.text ?? '';
    const start = blockText.indexOf(spec.text, searchFrom.get(spec.block) ?? 0);
    if (start < 0) throw new Error(`"${spec.text}" is not in block ${spec.block}`);
    searchFrom.set(spec.block, start + spec.text.length);
    const label = spec.label ?? 'none';
    return {
      index,
      block: spec.block,
      start,
      end: start + spec.text.length,
      text: spec.text,
      label,
      sourceId: spec.sourceId ?? null,
      viaId: spec.viaId ?? null,
      cue: spec.cue ?? null,
    };
  });
  const counted = sources.map((entity) => {
    const counts = { claim: 0, report: 0, pledge: 0 };
    for (const s of sentences) if (s.sourceId === entity.id && s.label !== 'none') counts[s.label] += 1;
    return { ...entity, counts, total: counts.claim + counts.report + counts.pledge };
  });
  return { title: article.title, url: article.url, lang: article.lang, sentences, sources: counted };
}

export const ANALYZED_AT = new Date('2026-11-27T08:00:00.000Z');

/** A small article with every label, a via, a pronoun-free repeat of a sentence, and hostile characters. */
export function sampleAnalysis() {
  const article = buildArticle(
    [
      'Council votes on the bridge',
      'The council met on Tuesday. Mayor Ellen Marsh said the vote was historic.',
      '=SUM(A1:A9) is what "Okafor" typed, he said, adding: "costs, risks\nand delays".',
      'According to the Gazette, Marsh told aides the plan was final. The council met on Tuesday.',
      '# She vowed to open it by 2028 --- no matter what.',
    ],
    'Council votes: "bridge" #1',
  );
  const sources = [
    source('marsh', 'Ellen Marsh', 'person', ['Ellen Marsh', 'Marsh', 'the mayor']),
    source('okafor', 'David Okafor'),
    source('gazette', 'the Millbrook Gazette', 'outlet', ['the Gazette', 'the Millbrook Gazette']),
  ];
  const analysis = buildAnalysis(
    article,
    [
      { block: 0, text: 'Council votes on the bridge' },
      { block: 1, text: 'The council met on Tuesday.' },
      { block: 1, text: 'Mayor Ellen Marsh said the vote was historic.', label: 'claim', sourceId: 'marsh', cue: 'said' },
      {
        block: 2,
        text: '=SUM(A1:A9) is what "Okafor" typed, he said, adding: "costs, risks\nand delays".',
        label: 'claim',
        sourceId: 'okafor',
        cue: 'said',
      },
      {
        block: 3,
        text: 'According to the Gazette, Marsh told aides the plan was final.',
        label: 'report',
        sourceId: 'gazette',
        viaId: 'marsh',
        cue: 'according to',
      },
      { block: 3, text: 'The council met on Tuesday.' },
      { block: 4, text: '# She vowed to open it by 2028 --- no matter what.', label: 'pledge', sourceId: 'marsh', cue: 'vowed' },
    ],
    sources,
  );
  return { article, analysis };
}
