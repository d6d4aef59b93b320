import type { Analysis, ArticleText } from '../engine/types';
import { renderWebAnnotations } from './annotation';
import { renderCsv } from './csv';
import { toExportDocument } from './document';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

/** What every format renders from: the panel and the CLI both have all three. */
export interface ExportInput {
  analysis: Analysis;
  article: ArticleText;
  analyzedAt: Date;
}

export const EXPORT_FORMAT_IDS = ['json', 'markdown', 'csv', 'annotation'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  extension: string;
  mimeType: string;
  render(input: ExportInput): string;
}

export const EXPORT_FORMATS: Record<ExportFormatId, ExportFormat> = {
  json: {
    id: 'json',
    label: 'JSON',
    extension: 'json',
    mimeType: 'application/json',
    render: ({ analysis, analyzedAt }) => renderJson(toExportDocument(analysis, analyzedAt)),
  },
  markdown: {
    id: 'markdown',
    label: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    render: ({ analysis, analyzedAt }) => renderMarkdown(toExportDocument(analysis, analyzedAt)),
  },
  csv: {
    id: 'csv',
    label: 'CSV',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8;header=present',
    render: ({ analysis, analyzedAt }) => renderCsv(toExportDocument(analysis, analyzedAt)),
  },
  annotation: {
    id: 'annotation',
    label: 'Web Annotation (JSON-LD)',
    extension: 'jsonld',
    mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    render: ({ analysis, article, analyzedAt }) => renderWebAnnotations(analysis, article, analyzedAt),
  },
};

export function isExportFormatId(value: string): value is ExportFormatId {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
}
