import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../../lib/export/csv';
import { toExportDocument } from '../../../lib/export/document';
import { ANALYZED_AT, sampleAnalysis } from './build-analysis';

/** A strict RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
        else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i += 1;
    }
    while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
      if (text[i] === '"' || text[i] === '\n') throw new Error(`bad character at ${i}`);
      cell += text[i++];
    }
    if (text[i] === ',') {
      row.push(cell), (cell = ''), (i += 1);
    } else {
      if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
      row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    }
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tlead tab', "'\tlead tab"],
    ['\rlead cr', '"\'\rlead cr"'],
    ['  =after spaces', "'  =after spaces"],
    ['＝full width', "'＝full width"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a = b', 'a = b'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as they are and null as an empty cell', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });
});

describe('renderCsv', () => {
  const { analysis } = sampleAnalysis();
  const rows = parseCsv(renderCsv(toExportDocument(analysis, ANALYZED_AT)));

  it('has a header and one row per attributed sentence', () => {
    expect(rows[0]).toEqual(['index', 'label', 'source', 'via', 'cue', 'text']);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['2', 'claim', 'Ellen Marsh', '', 'said'],
      ['3', 'claim', 'David Okafor', '', 'said'],
      ['4', 'report', 'the Millbrook Gazette', 'Ellen Marsh', 'according to'],
      ['6', 'pledge', 'Ellen Marsh', '', 'vowed'],
    ]);
  });

  it('reads back quotes, commas and newlines, with formulas defused', () => {
    expect(rows[2]?.[5]).toBe('\'=SUM(A1:A9) is what "Okafor" typed, he said, adding: "costs, risks\nand delays".');
    expect(rows.every((row) => row.length === 6)).toBe(true);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
