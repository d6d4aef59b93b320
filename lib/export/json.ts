import type { ExportDocument } from './schema';

export function renderJson(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
