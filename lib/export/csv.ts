import { attributedSentences } from './document';
import type { ExportDocument } from './schema';

export const CSV_COLUMNS = ['index', 'label', 'source', 'via', 'cue', 'text'] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), full-width forms included. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

/** Defuses formulas with a leading apostrophe, then quotes per RFC 4180 when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per attributed sentence, CRLF line ends, with a header row. */
export function renderCsv(document: ExportDocument): string {
  const rows = attributedSentences(document).map((s) => [s.index, s.label, s.source, s.via, s.cue, s.text]);
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
