/**
 * Same-length readings of a block's text for the tagger: every offset still points into the
 * page's own text, so sentence text and highlights stay the page's. ``Typewriter'' quotes read
 * as curly ones, " -- " as a dash, an acute accent between letters as an apostrophe, and a lead shouted in
 * capitals ("A HEADTEACHER has hit back ...", "DAVID Cameron has ...") in ordinary case; a low
 * quotation mark set as a comma ("secretary‚ Patrick Chinamasa‚ believes") reads as one.
 */
import type { Token } from './nlp';
import { genderOfFirstName } from './names';

/**
 * ``Typewriter'' quotes (some wire archives) read as curly ones, with the same length so that every
 * offset still points into the original text: an opening `` or '' becomes " “", a closing '' "” ".
 */
function curlyTypewriterQuotes(text: string): string {
  if (!text.includes('``') && !text.includes("''")) return text;
  // ('' opens a quotation too after a space: "their ''ironclad commitment''".)
  return text.replace(/``|(?<=^|\s)''(?=\S)/g, ' “').replace(/''/g, '” ');
}

/**
 * An acute accent or a modifier letter apostrophe between letters ("O´Brien", "the body´s chief",
 * common in some agency copy) reads as an apostrophe, again with the same length.
 */
function plainApostrophes(text: string): string {
  return /[´ʼ]/.test(text) ? text.replace(/(?<=\p{L})[´ʼ](?=\p{L})/gu, '’') : text;
}

/**
 * A typewriter dash, two hyphens between spaces ("Lawyers for the mother -- who had been held on
 * Nauru -- had argued"), reads as a dash, again with the same length: "--" becomes "— ".
 */
function typewriterDashes(text: string): string {
  return text.includes('--') ? text.replace(/(?<=\s)--(?=\s)/g, '— ') : text;
}

/**
 * A single low quotation mark after a word and before a space ("secretary‚ Patrick Chinamasa‚
 * believes", as some South African papers set their commas) reads as a comma, again with the same
 * length; as an opening quote ("‚Nein‘") it stays.
 */
function lowQuoteCommas(text: string): string {
  return text.includes('‚') ? text.replace(/(?<=[\p{L}\p{N}.’”)])‚(?=\s)/gu, ',') : text;
}

/** A word the substitutions above changed keeps the page's own spelling ("O´Brien"); a bare "’s" keeps the reading. */
export function restoreWords(tokens: Token[], original: string): void {
  for (const t of tokens) {
    if (t.text.length <= 2 || !t.text.includes('’')) continue;
    const own = original.slice(t.start, t.end);
    if (own !== t.text && own.replace(/[´ʼ]/g, '’') === t.text) {
      t.text = own;
      t.lower = own.toLowerCase();
    }
  }
}

/** Words a shouted lead may open with that are no acronym ("THE", "A", "NEW"). */
const COMMON_CAPS = /^(A|AN|THE|OF|AND|IN|ON|FOR|TO|AT|BY|ITS|HIS|HER|NEW|OLD|TWO|ONE|SIR|MR|MRS|MS|DR|LORD|DAME|TOP|BIG|EX)$/;

/**
 * A block's opening words in capitals, as some papers set the first words of a story, read in
 * ordinary case: "A HEADTEACHER has" → "A headteacher has", "THE Central Bank" → "The Central
 * Bank", "DAVID Cameron" → "David Cameron". An acronym stays ("NHS bosses", "FORMER US
 * president" → "Former US president", "MASSPIRG said"), and so does a dateline ("WASHINGTON
 * (Reuters) -").
 */
function unshoutedLead(text: string): string {
  const lead = /^((?:[A-Z][A-Z'’.-]*\s+)*[A-Z][A-Z'’.-]*)\s+(?=\p{Lu}?\p{Ll})/u.exec(text);
  if (!lead) return text;
  const words = (lead[1] as string).split(/(\s+)/);
  if (!words.some((w) => w.length >= 2 && !/\s/.test(w))) return text;
  // (One word alone is more likely a name in capitals than a shout: "MASSPIRG said", "UNICEF says".)
  if (words.length === 1 && !COMMON_CAPS.test(words[0] as string) && !genderOfFirstName(words[0] as string)) return text;
  let first = true;
  const read = words.map((w) => {
    if (/^\s+$/.test(w)) return w;
    const acronym = w.length <= 4 && !COMMON_CAPS.test(w.replace(/[.'’]/g, '')) && !genderOfFirstName(w);
    const out = acronym ? w : first ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase();
    first = false;
    return out;
  }).join('');
  return read === lead[1] ? text : read + text.slice(read.length);
}

/** The block's text as the tagger should read it. */
export function readableText(original: string): string {
  return unshoutedLead(plainApostrophes(lowQuoteCommas(typewriterDashes(curlyTypewriterQuotes(original)))));
}
