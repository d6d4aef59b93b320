import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../../scripts/analyze/options';
import { outputStem } from '../../../scripts/analyze/output-name';

describe('parseAnalyzeArgs', () => {
  it('defaults to JSON on stdout', () => {
    expect(parseAnalyzeArgs(['a.html'])).toEqual({ kind: 'run', options: { pages: ['a.html'], format: 'json', outDir: null } });
  });

  it('takes a format and an out folder, long or short', () => {
    expect(parseAnalyzeArgs(['a.html', 'b.html', '-f', 'csv', '-o', 'out'])).toEqual({
      kind: 'run',
      options: { pages: ['a.html', 'b.html'], format: 'csv', outDir: 'out' },
    });
    expect(parseAnalyzeArgs(['--format=annotation', 'a.html'])).toMatchObject({ options: { format: 'annotation' } });
  });

  it.each([
    [['--help'], 'help'],
    [['a.html', '-h'], 'help'],
  ])('%j asks for help', (args, kind) => {
    expect(parseAnalyzeArgs(args).kind).toBe(kind);
  });

  it.each([
    [[], /no page/],
    [['a.html', '--format', 'pdf'], /unknown format "pdf"/],
    [['a.html', '--colour'], /colour/],
    [['a.html', 'b.html'], /--out/],
    [['a.html', '--out', ''], /--out needs a folder/],
  ])('%j is a usage error', (args, message) => {
    const parsed = parseAnalyzeArgs(args);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});

describe('outputStem', () => {
  it.each([
    ['pages/bridge-vote.html', 'bridge-vote'],
    ['pages/bridge.vote.htm', 'bridge.vote'],
    ['fixtures/seed-pakistan-taliban/source.html', 'seed-pakistan-taliban'],
    ['fixtures/bbc-1/Source.HTML', 'bbc-1'],
    ['noext', 'noext'],
  ])('%s → %s', (path, stem) => {
    expect(outputStem(path)).toBe(stem);
  });
});
