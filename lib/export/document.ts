import type { Analysis } from '../engine/types';
import { EXPORT_SCHEMA_VERSION, type ExportDocument, ExportSchema } from './schema';

/**
 * The analysis as a self-contained document: source ids become the sources'
 * canonical names, and every sentence is listed, `none` included.
 * Throws when the result does not satisfy ExportSchema (an engine bug).
 */
export function toExportDocument(analysis: Analysis, analyzedAt: Date): ExportDocument {
  const nameOf = new Map(analysis.sources.map((source) => [source.id, source.name]));
  const name = (id: string | null) => (id === null ? null : (nameOf.get(id) ?? id));

  return ExportSchema.parse({
    schema: EXPORT_SCHEMA_VERSION,
    url: analysis.url,
    title: analysis.title,
    analyzedAt: analyzedAt.toISOString(),
    lang: analysis.lang,
    sentences: analysis.sentences.map((sentence) => ({
      index: sentence.index,
      text: sentence.text,
      label: sentence.label,
      source: name(sentence.sourceId),
      via: name(sentence.viaId),
      cue: sentence.cue,
      block: sentence.block,
      start: sentence.start,
      end: sentence.end,
    })),
    sources: analysis.sources.map(({ name, aliases, kind, counts, total }) => ({
      name,
      aliases: [...aliases],
      kind,
      counts: { claim: counts.claim, report: counts.report, pledge: counts.pledge },
      total,
    })),
  });
}

export function attributedSentences(document: ExportDocument) {
  return document.sentences.filter((sentence) => sentence.label !== 'none');
}
