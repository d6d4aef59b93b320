/**
 * Tokens, part-of-speech tags and sentence spans from wink-nlp, with character offsets
 * into the original text. The model is loaded once, on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The text exactly as in the source. */
  text: string;
  /** Lower-cased form. */
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentence spans as [first token, last token] inclusive. */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function load(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function tokenize(text: string): TokenizedText {
  const engine = load();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    let exact = at >= 0 && at - cursor <= 64;
    // wink may normalise some characters; fall back to the next non-space position.
    if (!exact) {
      at = cursor;
      while (at < text.length && /\s/.test(text[at] as string)) at++;
    }
    const end = Math.min(text.length, at + value.length);
    if (end - at !== value.length) exact = false;
    const lower = value.toLowerCase();
    const lemma = lemmas[i] ?? lower;
    tokens.push({
      text: exact ? value : text.slice(at, end),
      lower,
      lemma: lemma === lower ? lower : lemma.toLowerCase(),
      pos: pos[i] ?? 'X',
      start: at,
      end,
    });
    cursor = end;
  }
  // wink splits words at letters outside ASCII ("M ā ori"); glue touching letter runs back.
  const remap: number[] = new Array(tokens.length);
  const merged: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = merged[merged.length - 1];
    if (!prev || prev.end !== t.start) {
      remap[i] = merged.length;
      merged.push(t);
      continue;
    }
    const next = tokens[i + 1];
    if (prev && t.text === '-' && next && prev.end === t.start && t.end === next.start &&
      /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(next.text)) {
      // "Jae-myung", "co-ordinator": one word.
      prev.end = next.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      if (/^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text)) prev.pos = 'PROPN';
      else if (!/^\p{Lu}/u.test(prev.text)) prev.pos = next.pos === 'VERB' ? 'ADJ' : next.pos;
      remap[i] = merged.length - 1;
      remap[i + 1] = merged.length - 1;
      i++;
      continue;
    }
    if ((prev.text.charCodeAt(prev.text.length - 1) > 127 || t.text.charCodeAt(0) > 127) &&
      /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(t.text)) {
      prev.end = t.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      if (/^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
      else if (prev.pos === 'X' || prev.pos === 'PUNCT') prev.pos = t.pos;
      remap[i] = merged.length - 1;
      continue;
    }
    remap[i] = merged.length;
    merged.push(t);
  }
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    const a = remap[span[0]] as number;
    const b = remap[span[1]] as number;
    const last = sentences[sentences.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else sentences.push([a, b]);
  });
  return { tokens: merged, sentences };
}
