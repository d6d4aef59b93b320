export { renderWebAnnotations, toWebAnnotations, type WebAnnotation, type WebAnnotationCollection } from './annotation';
export { articlePlainText } from './article-text';
export { renderCsv } from './csv';
export { toExportDocument } from './document';
export { exportFileName, safeFileStem } from './file-name';
export { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat, type ExportFormatId, type ExportInput, isExportFormatId } from './formats';
export { renderJson } from './json';
export { renderMarkdown } from './markdown';
export * from './schema';
