// Writes lib/export/export.schema.json from the zod schema; `--check` only reports whether it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderExportJsonSchema } from '../lib/export/json-schema';

export const EXPORT_JSON_SCHEMA_PATH = fileURLToPath(new URL('../lib/export/export.schema.json', import.meta.url));

async function main() {
  const wanted = renderExportJsonSchema();
  if (process.argv.includes('--check')) {
    const current = await readFile(EXPORT_JSON_SCHEMA_PATH, 'utf8').catch(() => '');
    if (current !== wanted) {
      console.error(`${EXPORT_JSON_SCHEMA_PATH} is stale: run \`npx tsx scripts/json-schema.ts\`.`);
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(EXPORT_JSON_SCHEMA_PATH, wanted);
  console.log(`wrote ${EXPORT_JSON_SCHEMA_PATH}`);
}

await main();
