import { describe, expect, it } from 'vitest';
import { toExportDocument } from '../../../lib/export/document';
import { markdownUrl, renderMarkdown } from '../../../lib/export/markdown';
import { markdownInline, yamlString } from '../../../lib/export/markdown-text';
import { ANALYZED_AT, sampleAnalysis } from './build-analysis';

function frontMatter(markdown: string): Record<string, unknown> {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('---');
  const end = lines.indexOf('---', 1);
  expect(end).toBeGreaterThan(0);
  // Our scalars are JSON strings (valid YAML double-quoted scalars) or null.
  return Object.fromEntries(
    lines.slice(1, end).map((line) => {
      const [, key, value] = /^(\w+): (.*)$/.exec(line) ?? [];
      expect(key, `front matter line: ${line}`).toBeDefined();
      return [key, JSON.parse(value as string)];
    }),
  );
}

describe('markdownInline', () => {
  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['--- not a rule', '\\--- not a rule'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['> not a quote', '\\> not a quote'],
    ['1. not a list', '1\\. not a list'],
    ['2026) not a list', '2026\\) not a list'],
    ['=== not a setext underline', '\\=== not a setext underline'],
    ['```js fence', '\\`\\`\\`js fence'],
    ['*bold* _em_ [link](x) <b>html</b> a|b ~~s~~', '\\*bold\\* \\_em\\_ \\[link\\](x) \\<b\\>html\\</b\\> a\\|b \\~\\~s\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['AT&T &amp; &#35;', 'AT&T \\&amp; &\\#35;'],
    ['two\nlines\r\n---\nhere', 'two lines --- here'],
    ['   leading spaces would be code', 'leading spaces would be code'],
  ])('%j → %j', (input, expected) => {
    expect(markdownInline(input)).toBe(expected);
  });
});

describe('yamlString', () => {
  it.each([
    'plain',
    'with "quotes" and \\ backslash',
    'colon: and # hash and - dash',
    'line\nbreak\r\ttab',
    'next line\u0085, separators\u2028\u2029 and bom\ufeff',
    '---',
  ])('is one quoted line that reads back the same: %j', (value) => {
    const scalar = yamlString(value);
    expect(scalar).toMatch(/^"[^\n\r\u0085\u2028\u2029]*"$/);
    expect(JSON.parse(scalar)).toBe(value);
  });

  it('replaces lone surrogates, which YAML cannot hold', () => {
    expect(JSON.parse(yamlString('a\ud800b'))).toBe('a\ufffdb');
    expect(JSON.parse(yamlString('😀'))).toBe('😀');
  });
});

describe('renderMarkdown', () => {
  const { analysis } = sampleAnalysis();
  const markdown = renderMarkdown(toExportDocument(analysis, ANALYZED_AT));

  it('starts with front matter holding title, URL and date', () => {
    expect(frontMatter(markdown)).toEqual({
      title: 'Council votes: "bridge" #1',
      url: 'https://news.example/story',
      date: '2026-11-27T08:00:00.000Z',
      lang: 'en',
      schema: 'sourcelight.export/1',
    });
  });

  it('has one section per source with its counts, in source order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Ellen Marsh (1 claim, 1 pledge)',
      '## David Okafor (1 claim)',
      '## the Millbrook Gazette (1 report)',
    ]);
  });

  it('quotes each attributed sentence with its label, and "via" for relayed reports', () => {
    expect(markdown).toContain('> Mayor Ellen Marsh said the vote was historic.\n>\n> — **claim** · cue: “said” · sentence 2');
    expect(markdown).toContain('> — **report** via Ellen Marsh · cue: “according to” · sentence 4');
    expect(markdown).not.toContain('The council met on Tuesday.');
  });

  it('keeps page text from breaking the structure', () => {
    const lines = markdown.split('\n');
    const body = lines.slice(lines.indexOf('---', 1) + 1);
    // Outside the front matter only the title, the summary, headings, quotes and blank lines appear.
    for (const line of body) expect(line).toMatch(/^(?:$|# |## |> |>$|From <https:|\d+ of \d+ sentences)/);
    expect(body.filter((line) => line.startsWith('# '))).toEqual(['# Council votes: "bridge" \\#1']);
    expect(markdown).toContain('> \\# She vowed to open it by 2028 --- no matter what.');
    expect(markdown).toContain('adding: "costs, risks and delays".');
  });

  it('links web URLs and writes any other URL as plain text', () => {
    expect(markdownUrl('https://news.example/a_b?c=1&d=<2>')).toBe('https://news.example/a\\_b?c=1&d=\\<2\\>');
    expect(markdownUrl('https://news.example/a_b?c=1')).toBe('<https://news.example/a_b?c=1>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownUrl('')).toBe('');
  });

  it('separates every quote from the next by a blank line, so they stay distinct blockquotes', () => {
    expect(markdown).not.toMatch(/sentence \d+\n>/);
  });
});
