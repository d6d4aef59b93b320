/**
 * Splits an article's blocks into sentences (with exact block offsets) and marks which
 * tokens are inside quotation marks, following quotes across sentences and paragraphs
 * (`quote-marks.ts`).
 */
import type { ArticleText, BlockKind } from './types';
import { tokenize, type Token } from './nlp';
import { readableText, restoreWords } from './readable-text';
import { CLOSE, OPEN, QuoteTracker } from './quote-marks';

export interface Sentence {
  index: number;
  block: number;
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Per token: inside a quotation (quote marks included). */
  quoted: boolean[];
  /** Quote segment id per token (-1 outside quotes); a segment may span sentences. */
  segment: number[];
  /** The sentence begins inside a quotation opened earlier (or continued from the last paragraph). */
  startsQuoted: boolean;
  /** Share of word tokens inside quotes. */
  quotedShare: number;
  /** First sentence of its block. */
  firstInBlock: boolean;
}

const ENDS = /[.?!…]$/;
const SAID = /^(said|says|asked|asks|added|adds|told|wrote|recalled|explained|continued|replied|insisted)$/;

function isUpperStart(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toLowerCase() || OPEN.has(c) || c === '"' || /\d/.test(c);
}

/** wink keeps `."` + capital together; split there (and after `?"`, `!"`). */
function refineSpans(tokens: Token[], spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    let s = a;
    for (let k = a + 1; k < b; k++) {
      const t = tokens[k] as Token;
      const prev = tokens[k - 1] as Token;
      const next = tokens[k + 1] as Token;
      // ("voted no. Huelskamp argued …": wink reads "no." as the abbreviation of "number".)
      if (/^no\.$/.test(prev.text) && next && t.start > prev.end && isUpperStart(t.text) && t.pos !== 'NUM' && !/^\d/.test(t.text)) {
        out.push([s, k - 1]);
        s = k;
        continue;
      }
      const isClose = t.text.length === 1 && (CLOSE.has(t.text) || t.text === '"' || t.text === '’' || t.text === "'");
      if (!isClose || !ENDS.test(prev.text) || !(next.start > t.end) || !isUpperStart(next.text)) continue;
      // `“...?” Forte said.` stays one sentence: a short speaker + verb closes the quotation.
      const tail = tokens.slice(k + 1, Math.min(b + 1, k + 6));
      const attribution = tail.findIndex((x) => SAID.test(x.lower));
      const closesWithCue = attribution > 0 && attribution <= 3 && /^[.,]$/.test(tail[attribution + 1]?.text ?? '');
      if (!closesWithCue) {
        out.push([s, k]);
        s = k + 1;
      }
    }
    out.push([s, b]);
  }
  // `"...?" he asked.`: a span that starts in lower case after a closing quote continues the sentence.
  const merged: Array<[number, number]> = [];
  for (const span of out) {
    const prev = merged[merged.length - 1];
    const first = tokens[span[0]] as Token;
    const last = prev ? tokens[prev[1]] as Token : undefined;
    if (prev && last && /^[a-z]/.test(first.text) && (CLOSE.has(last.text) || last.text === '"')) prev[1] = span[1];
    else if (prev && last && (glued(tokens, prev, first) || titleBefore(tokens, prev, first) || abbreviationBefore(tokens, prev, first) || stateAfterInitial(tokens, prev, first))) prev[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * A period with no space after it inside a word: "Snopes.com writer", "Ph.D.", "Rs280.51". (A glued capital
 * word after a period, "...said.Photo", is a caption run in and still splits.)
 */
function glued(tokens: Token[], prev: [number, number], first: Token): boolean {
  const last = tokens[prev[1]] as Token;
  if (last.end !== first.start) return false;
  if (/^[a-z]/.test(first.text)) return true;
  const word = tokens[prev[1] - 1];
  // ("Rs280.51 million": a decimal in an amount the tagger split at its point.)
  if (last.text === '.' && !!word && word.end === last.start && /\d$/.test(word.text) && /^\d/.test(first.text)) return true;
  // ("Ph.D.", and "Canada-U.S." where the initials follow a hyphen.)
  return last.text === '.' && !!word && word.end === last.start && /(^|-)[A-Za-z]{1,2}$/.test(word.text) && /^[A-Z]\.?$/.test(first.text);
}

/** The abbreviations of US states that news style puts after a city ("Elkhart, Ind., said"). */
const US_STATES = /^(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/;

/**
 * "Sen. Mitch McConnell (R-Ky.) has advocated ...", "in the U.S. but not ...": a span that
 * starts in lower case after an abbreviation's period (inside brackets, initials, a state's or a
 * firm's abbreviation) continues the sentence.
 */
function abbreviationBefore(tokens: Token[], prev: [number, number], first: Token): boolean {
  // (No sentence opens with a comma: "Sen. Joe Marlin (D-Ky.), a leading member, said".)
  if (!/^[a-z]/.test(first.text) && first.text !== ',') return false;
  let k = prev[1];
  const bracket = tokens[k]?.text === ')';
  if (bracket) k--;
  const t = tokens[k] as Token | undefined;
  const word = t?.text === '.' && tokens[k - 1]?.end === t.start ? tokens[k - 1]?.text ?? '' : t?.text.replace(/\.$/, '') ?? '';
  if (!t || !t.text.endsWith('.')) return false;
  return bracket || /^([A-Z](\.[A-Z])+|etc|approx|vs|Inc|Corp|Co|Ltd|Bros|No|St)$/.test(word) || US_STATES.test(word);
}

/** "Sen. Joe Manchin (D-W. Va.) said": a party letter and a state's initial, then the rest of the state. */
function stateAfterInitial(tokens: Token[], prev: [number, number], first: Token): boolean {
  const last = tokens[prev[1]] as Token;
  const word = last.text === '.' ? tokens[prev[1] - 1] : last;
  return !!word && /-[A-Z]\.?$/.test(word.text) && US_STATES.test(first.text.replace(/\.$/, ''));
}

const TITLE_ABBREVIATIONS = /^(Supt|Insp|Det|Sgt|Lt|Gov|Sen|Rep|Gen|Col|Capt|Adm|Prof|Rev|Cmdr|Maj|Cpl|Pte|Atty|Msgr|Sens|Reps|Govs|Coun|Ald|Amb|Brig|Cdr)\.?$/;

/** The span before ends on an abbreviated title and this one opens with the name it belongs to. */
function titleBefore(tokens: Token[], prev: [number, number], first: Token): boolean {
  const last = tokens[prev[1]] as Token;
  const word = last.text === '.' ? tokens[prev[1] - 1] : last;
  if (!word || !TITLE_ABBREVIATIONS.test(word.text) || (last.text === '.' && word.end !== last.start)) return false;
  return /^[A-Z][a-z]/.test(first.text);
}

/** A weekday's short form the tokenizer reads at a paragraph's end ("according to The Sun."). */
const DAY_ABBREVIATION = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)\.$/;

/** Gives the paragraph's full stop back when the tokenizer took it into a weekday's short form. */
function splitClosingStop(tokens: Token[], spans: Array<[number, number]>): void {
  const last = tokens[tokens.length - 1] as Token;
  if (!DAY_ABBREVIATION.test(last.text)) return;
  const word = last.text.slice(0, -1);
  tokens[tokens.length - 1] = { ...last, text: word, lower: word.toLowerCase(), lemma: word.toLowerCase(), end: last.end - 1 };
  tokens.push({ text: '.', lower: '.', lemma: '.', pos: 'PUNCT', start: last.end - 1, end: last.end });
  const span = spans[spans.length - 1];
  if (span && span[1] === tokens.length - 2) span[1]++;
}

export function splitArticle(article: ArticleText): Sentence[] {
  const sentences: Sentence[] = [];
  const quotes = new QuoteTracker();
  article.blocks.forEach((block, b) => {
    const original = block.text;
    if (!original.trim()) return;
    const text = readableText(original);
    const { tokens, sentences: spans } = tokenize(text);
    if (tokens.length === 0) return;
    if (text !== original) restoreWords(tokens, original);
    splitClosingStop(tokens, spans);
    const inQuoteBlock = block.kind === 'quote';
    const { quoted, seg, continues } = quotes.mark(text, tokens, inQuoteBlock);
    const finalSpans: Array<[number, number]> =
      block.kind === 'heading' && text.length <= 150 ? [[0, tokens.length - 1]] : refineSpans(tokens, spans);
    finalSpans.forEach(([a, z], k) => {
      const first = a;
      const last = z;
      if (first > last) return;
      const ft = tokens[first] as Token;
      const lt = tokens[last] as Token;
      // (A typewriter quote's second mark belongs to the sentence too.)
      const start = ft.start - (/[`']/.test(original[ft.start - 1] ?? '') && ft.text === '“' && original[ft.start] !== '“' ? 1 : 0);
      const end = lt.end + (original[lt.end] === "'" && lt.text === '”' ? 1 : 0);
      if (end <= start) return;
      const toks = tokens.slice(first, last + 1);
      const q = quoted.slice(first, last + 1);
      const sg = seg.slice(first, last + 1);
      let words = 0;
      let inq = 0;
      for (let i = 0; i < toks.length; i++) {
        if ((toks[i] as Token).pos === 'PUNCT') continue;
        words++;
        if (q[i]) inq++;
      }
      const startsQuoted = (first > 0 && quoted[first - 1] === true && quoted[first] === true &&
        !OPEN.has(ft.text)) || (k === 0 && continues) || inQuoteBlock;
      sentences.push({
        index: sentences.length,
        block: b,
        kind: block.kind,
        start,
        end,
        text: original.slice(start, end),
        tokens: toks,
        quoted: q,
        segment: sg,
        startsQuoted,
        quotedShare: words ? inq / words : 0,
        firstInBlock: k === 0,
      });
    });
  });
  return sentences;
}
