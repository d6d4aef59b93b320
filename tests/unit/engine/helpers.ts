import { analyze, type Analysis, type ArticleText, type BlockKind } from '../../../lib/engine/index';

export function article(...paragraphs: Array<string | [BlockKind, string]>): ArticleText {
  return {
    title: 'Test', url: 'https://example.test/a', lang: 'en',
    blocks: paragraphs.map((p) => (typeof p === 'string' ? { text: p, kind: 'paragraph' } : { text: p[1], kind: p[0] })),
  };
}

/** Label and source name of the sentence containing `needle`. */
export function labelOf(a: Analysis, needle: string): { label: string; source: string | null; via: string | null } {
  const s = a.sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence contains ${needle}`);
  const name = (id: string | null) => a.sources.find((e) => e.id === id)?.name ?? null;
  return { label: s.label, source: name(s.sourceId), via: name(s.viaId) };
}

export function run(...paragraphs: Array<string | [BlockKind, string]>): Analysis {
  return analyze(article(...paragraphs));
}
