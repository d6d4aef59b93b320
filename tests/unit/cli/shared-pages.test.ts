import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExportSchema } from '../../../lib/export/schema';
import { runCli } from './run-cli';

const SHARED = fileURLToPath(new URL('../../../../shared', import.meta.url));
const hasShared = existsSync(join(SHARED, 'fixtures'));
if (!hasShared) console.warn(`analyze CLI on real pages: ${SHARED} is absent; skipping.`);

describe.skipIf(!hasShared)('analyze CLI on real saved pages from ../shared', () => {
  it('exports fixtures named after their folders, with the canonical URL when the page declares one', async () => {
    const out = await mkdtemp(join(tmpdir(), 'sourcelight-shared-'));
    try {
      const pages = ['seed-pakistan-taliban', 'bbc-1', 'guardian-1'].map((name) => join(SHARED, 'fixtures', name, 'source.html'));
      const { code, stderr } = await runCli([...pages, '--out', out]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect((await readdir(out)).sort()).toEqual(['bbc-1.json', 'guardian-1.json', 'seed-pakistan-taliban.json']);

      const bbc = ExportSchema.parse(JSON.parse(await readFile(join(out, 'bbc-1.json'), 'utf8')));
      expect(bbc.url).toBe('http://www.bbc.com/news/world-us-canada-33646704');
      const seed = ExportSchema.parse(JSON.parse(await readFile(join(out, 'seed-pakistan-taliban.json'), 'utf8')));
      expect(seed.url).toMatch(/^file:\/\/.*seed-pakistan-taliban\/source\.html$/);
      expect(seed.sentences.map((s) => s.text).join(' ')).toContain('Muttaqi');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('exports a BBC corpus page in every format', async () => {
    const page = join(SHARED, 'corpus', 'bbc', 'bbc-business-029.html');
    for (const format of ['json', 'markdown', 'csv', 'annotation']) {
      const { code, stdout, stderr } = await runCli([page, '--format', format]);
      expect(stderr, format).toBe('');
      expect(code, format).toBe(0);
      expect(stdout.length, format).toBeGreaterThan(0);
    }
  });
});
