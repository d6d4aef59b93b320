import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { toExportDocument } from '../../../lib/export/document';
import { buildExportJsonSchema, renderExportJsonSchema } from '../../../lib/export/json-schema';
import { readArticleFromFile } from '../../../lib/node/read-page';
import { analyze } from '../../../lib/engine';

const SCHEMA_FILE = new URL('../../../lib/export/export.schema.json', import.meta.url);
const SAMPLE = new URL('../../../samples/sample-article.html', import.meta.url);

describe('lib/export/export.schema.json', () => {
  it('is up to date with the zod schema (else run `npx tsx scripts/json-schema.ts`)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(renderExportJsonSchema());
  });

  it('accepts a real export of the sample article and rejects a broken one', async () => {
    const reading = await readArticleFromFile(fileURLToPath(SAMPLE));
    if (!reading.ok) throw new Error(`sample article not read: ${reading.reason}`);
    const document = toExportDocument(analyze(reading.article), new Date());
    const published = z.fromJSONSchema(JSON.parse(await readFile(SCHEMA_FILE, 'utf8')));

    expect(published.safeParse(document).error).toBeUndefined();
    expect(published.safeParse({ ...document, analyzedAt: 'yesterday' }).success).toBe(false);
    expect(published.safeParse({ ...document, addedInALaterRelease: true }).success).toBe(true);
    expect(published.safeParse({ ...document, sentences: [{ ...document.sentences[0], label: 'rumour' }] }).success).toBe(false);
  });

  it('is a draft 2020-12 schema with a title', () => {
    expect(buildExportJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Sourcelight export',
    });
  });
});
