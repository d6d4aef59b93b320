// Placeholder until the engine lands: every sentence is a block, labelled none.
import type { Analysis, ArticleText } from './types';

export type * from './types';

export function analyze(article: ArticleText): Analysis {
  return {
    title: article.title,
    url: article.url,
    lang: article.lang,
    sentences: article.blocks.map((block, i) => ({
      index: i, block: i, start: 0, end: block.text.length, text: block.text,
      label: 'none', sourceId: null, viaId: null, cue: null,
    })),
    sources: [],
  };
}
