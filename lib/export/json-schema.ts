import * as z from 'zod/mini';
import { EXPORT_SCHEMA_VERSION, ExportSchema } from './schema';

/** The published JSON Schema of the export (lib/export/export.schema.json), generated from ExportSchema. */
export function buildExportJsonSchema(): Record<string, unknown> {
  return {
    // The input side leaves objects open: a reader of this version must accept optional fields added later.
    ...z.toJSONSchema(ExportSchema, { io: 'input' }),
    title: 'Sourcelight export',
    description: `Who says what in a news article, as exported by Sourcelight (${EXPORT_SCHEMA_VERSION}).`,
  };
}

export function renderExportJsonSchema(): string {
  return `${JSON.stringify(buildExportJsonSchema(), null, 2)}\n`;
}
