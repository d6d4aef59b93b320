import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../../lib/engine';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/export/formats';
import { parseAnalyzeArgs } from './options';
import { outputStem } from './output-name';
import { readSavedPage } from './read-saved-page';
import { USAGE } from './usage';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The analysis time written into exports. */
  now(): Date;
}

export const EXIT_OK = 0;
export const EXIT_PAGE_FAILED = 1;
export const EXIT_USAGE = 2;

type PageExport = { ok: true; text: string } | { ok: false; problem: string };

async function exportPage(page: string, format: ExportFormat, io: CliIo): Promise<PageExport> {
  const reading = await readSavedPage(page);
  if (!reading.ok) return reading;
  try {
    const analysis = analyze(reading.article);
    return { ok: true, text: format.render({ analysis, article: reading.article, analyzedAt: io.now() }) };
  } catch (error) {
    return { ok: false, problem: `analysis or export failed: ${(error as Error).message}` };
  }
}

function reportProblem(io: CliIo, page: string, problem: string) {
  io.stderr(`analyze: ${page}: ${problem}\n`);
}

async function printPage(page: string, format: ExportFormat, io: CliIo): Promise<number> {
  const result = await exportPage(page, format, io);
  if (!result.ok) {
    reportProblem(io, page, result.problem);
    return EXIT_PAGE_FAILED;
  }
  io.stdout(result.text);
  return EXIT_OK;
}

async function writePages(pages: string[], outDir: string, format: ExportFormat, io: CliIo): Promise<number> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    io.stderr(`analyze: cannot create ${outDir}: ${(error as Error).message}\n`);
    return EXIT_PAGE_FAILED;
  }
  let status = EXIT_OK;
  const pageWritten = new Map<string, string>();
  for (const page of pages) {
    const target = join(outDir, `${outputStem(page)}.${format.extension}`);
    const earlier = pageWritten.get(target);
    const result: PageExport =
      earlier === undefined
        ? await exportPage(page, format, io)
        : { ok: false, problem: `would overwrite ${target}, already written for ${earlier}` };
    if (!result.ok) {
      reportProblem(io, page, result.problem);
      status = EXIT_PAGE_FAILED;
      continue;
    }
    try {
      await writeFile(target, result.text);
      pageWritten.set(target, page);
      io.stdout(`${target}\n`);
    } catch (error) {
      reportProblem(io, page, `cannot write ${target}: ${(error as Error).message}`);
      status = EXIT_PAGE_FAILED;
    }
  }
  return status;
}

/** The whole CLI but the process: arguments in, text out through `io`, exit status back. */
export async function runAnalyzeCli(args: string[], io: CliIo): Promise<number> {
  const parsed = parseAnalyzeArgs(args);
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(`analyze: ${parsed.message}\nSee \`npm run analyze -- --help\`.\n`);
    return EXIT_USAGE;
  }
  const { pages, outDir, format } = parsed.options;
  const exportFormat = EXPORT_FORMATS[format];
  return outDir === null
    ? printPage(pages[0] as string, exportFormat, io)
    : writePages(pages, outDir, exportFormat, io);
}
