/**
 * Quotation marks across a block and from one block to the next: which tokens are quoted and
 * which quotation (segment) each belongs to. Straight quotes take their direction from the
 * characters around them; single curly quotes mark speech only as a pair.
 */
import type { Token } from './nlp';

// All quote marks here are single characters (the quote-state loop relies on it).
export const OPEN = new Set(['“', '«', '„']);
export const CLOSE = new Set(['”', '»']);

/** The characters either side of a quote mark (a space at either end of the text). */
function sides(text: string, tok: Token): [string, string] {
  return [tok.start > 0 ? text[tok.start - 1] as string : ' ', tok.end < text.length ? text[tok.end] as string : ' '];
}

/** A quote mark after a space, an opening bracket or a dash, with no space after it. */
function openingMark(text: string, tok: Token): boolean {
  const [before, after] = sides(text, tok);
  return /[\s(\[—–-]/.test(before) && !/\s/.test(after);
}

/** A quote mark after a word or punctuation (not an opening bracket), with space, punctuation or the end after it. */
function closingMark(text: string, tok: Token): boolean {
  const [before, after] = sides(text, tok);
  return !/[\s(\[]/.test(before) && /[\s.,;:!?)\]—–-]/.test(after);
}

/** Abbreviated ranks and titles wink may end a sentence on ("Supt. Scott Miller said"). */

/** Follows quotations through an article's blocks in order. */
export class QuoteTracker {
  private segmentId = 0;
  private prevOpen = false;
  private prevSegment = -1;

  /**
   * One block's quote marks: per token, whether it is quoted and its quotation's id (-1 outside
   * quotes, -2 inside a block quotation with no marks); and whether the block continues a
   * quotation the block before left open.
   */
  mark(text: string, tokens: Token[], inQuoteBlock: boolean): { quoted: boolean[]; seg: number[]; continues: boolean } {
    // A paragraph that opens with a quote mark after a paragraph whose quote never closed
    // continues that quotation.
    let open = false;
    let segment = -1;
    const firstTok = tokens[0] as Token;
    const opensWithQuote = OPEN.has(firstTok.text) || firstTok.text === '"' || firstTok.text === '‘';
    // Single curly quotes (British style) mark speech only as a pair outside double quotes:
    // "‘We urge people ...,’ said Nick Moore"; a lone ’ stays an apostrophe ("Jones’ car").
    let single = false;
    const continues = this.prevOpen && opensWithQuote;
    const quoted: boolean[] = new Array(tokens.length).fill(false);
    const seg: number[] = new Array(tokens.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      const t = tok.text;
      // Every quote mark is one character: longer tokens only take the current quote state.
      if (t.length !== 1) {
        if (open || inQuoteBlock) {
          quoted[i] = true;
          seg[i] = open ? segment : -2;
        }
        continue;
      }
      if (t === '"') {
        // Straight quotes: direction from the characters around them.
        const opener = openingMark(text, tok);
        const closer = closingMark(text, tok);
        if (opener && open) {
          // A new quotation opening while one is open: the old one ended at the paragraph break.
          segment = this.segmentId++;
          quoted[i] = true;
          seg[i] = segment;
          continue;
        }
        if (closer && !open) {
          quoted[i] = true;
          seg[i] = this.segmentId++;
          continue;
        }
      }
      if (t === '‘' && !open && openingMark(text, tok) && /[\p{L}\p{N}]/u.test(sides(text, tok)[1])) {
        open = true;
        single = true;
        segment = i === 0 && continues ? this.prevSegment : this.segmentId++;
        quoted[i] = true;
        seg[i] = segment;
        continue;
      }
      if (t === '’' && open && single && closingMark(text, tok)) {
        quoted[i] = true;
        seg[i] = segment;
        open = false;
        single = false;
        continue;
      }
      if (OPEN.has(t) && open) {
        segment = this.segmentId++;
        quoted[i] = true;
        seg[i] = segment;
        continue;
      }
      if (OPEN.has(t) || (t === '"' && !open)) {
        if (!open) {
          open = true;
          segment = i === 0 && continues ? this.prevSegment : this.segmentId++;
        }
        quoted[i] = true;
        seg[i] = segment;
        continue;
      }
      if (CLOSE.has(t) || (t === '"' && open)) {
        quoted[i] = true;
        seg[i] = open ? segment : this.segmentId++;
        open = false;
        continue;
      }
      if (open || inQuoteBlock) {
        quoted[i] = true;
        seg[i] = open ? segment : -2;
      }
    }
    this.prevOpen = open;
    this.prevSegment = segment;
    return { quoted, seg, continues };
  }
}
