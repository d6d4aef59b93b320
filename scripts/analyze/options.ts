import { parseArgs } from 'node:util';
import { EXPORT_FORMAT_IDS, type ExportFormatId, isExportFormatId } from '../../lib/export/formats';

export interface AnalyzeOptions {
  pages: string[];
  format: ExportFormatId;
  outDir: string | null;
}

export type ParsedOptions = { kind: 'help' } | { kind: 'run'; options: AnalyzeOptions } | { kind: 'error'; message: string };

export function parseAnalyzeArgs(args: string[]): ParsedOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  const format = values.format ?? 'json';
  if (!isExportFormatId(format)) {
    return { kind: 'error', message: `unknown format "${format}": use one of ${EXPORT_FORMAT_IDS.join(', ')}` };
  }
  if (positionals.length === 0) return { kind: 'error', message: 'no page given' };
  const outDir = values.out ?? null;
  if (outDir === '') return { kind: 'error', message: '--out needs a folder' };
  if (outDir === null && positionals.length > 1) {
    return { kind: 'error', message: `${positionals.length} pages given: use --out DIR to export more than one` };
  }
  return { kind: 'run', options: { pages: positionals, format, outDir } };
}
