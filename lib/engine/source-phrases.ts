/**
 * Which words of a mention name its source: the name part past a body's base and its comments,
 * a work and its author, the body behind a document; the name a description closes ("UK think
 * tank Demos"); the body a spokesperson speaks for ("a spokesman for X").
 */
import type { Token } from './nlp';
import type { Mention } from './mentions';
import { isGenitive } from './mentions';
import { analysePhrase, publicationName } from './names';
import { BODY_DESCRIPTIONS, OUTLET_NOUNS, PLACES, PUBLISHING_PARTICIPLES, SPEAKING_ROLES } from './lexicon';
import { textOf } from './roles';
import { countryOf } from './countries';

/**
 * The part of a mention that names its source: not where a body is based ("Texas-based Exxon"),
 * not the comments it made ("The Obama administration's first comments"); for a work "by" a
 * person, the work and its author; for a document "from" or "by" a body, the body.
 */
export function namePart(m: Mention): { tokens: Token[]; authored: boolean; author: Token[] | null } {
  let mainTokens = m.tokens;
  // ("Texas-based Exxon": where a named body is based is no part of its name.)
  if (mainTokens.length > 1 && /-based$/.test((mainTokens[0] as Token).lower) && /^[A-Z]/.test(mainTokens[1]?.text ?? '')) mainTokens = mainTokens.slice(1);
  const poss = mainTokens.findIndex(isGenitive);
  // "The Obama administration's first comments came with a warning": the administration.
  if (poss > 0 && /^(comments?|statement|remarks|warning|words|response|reply|announcement)$/.test(mainTokens[mainTokens.length - 1]?.lower ?? '')) {
    mainTokens = mainTokens.slice(0, poss);
  }
  mainTokens = statementBody(mainTokens) ?? mainTokens;
  const cut = mainTokens.findIndex((t, k) => k > 0 && (t.lower === 'by' || t.lower === 'from' || t.lower === 'in'));
  let authored = !!m.authored;
  let authorTokens = m.author ?? null;
  if (cut > 0) {
    // ("Figures released by the ONS", "a study published in Nature": the document, past the participle.)
    const head = mainTokens.slice(0, cut > 1 && PUBLISHING_PARTICIPLES.test((mainTokens[cut - 1] as Token).lower) ? cut - 1 : cut);
    const headInfo = analysePhrase(head, textOf(head));
    const rest = mainTokens.slice(cut + 1);
    // "Brown's Britain by Sunday Telegraph journalist Robert Peston": a work by its author.
    const cutWord = (mainTokens[cut] as Token).lower;
    if (cutWord === 'by' && headInfo.proper && !headInfo.person &&
      analysePhrase(rest, textOf(rest)).kind === 'person') {
      mainTokens = head;
      authored = true;
      authorTokens = rest;
    } else if (headInfo.kind === 'document' || headInfo.kind === 'poll' || headInfo.kind === 'outlet') {
      const restInfo = analysePhrase(rest, textOf(rest));
      // "estimates from the World Bank", "a report by the Fraser Institute": the body the
      // figures come from is the source; "a report in the Sunday Times": the outlet.
      // ("a report from research firm Tallis Insights": a body named after its description.)
      const body = (!!restInfo.proper || !!describedName(rest)) && restInfo.kind !== 'person';
      mainTokens = ((cutWord === 'from' || cutWord === 'by') && body) || (cutWord === 'in' && publicationName(rest)) ? rest : head;
    }
  }
  return { tokens: mainTokens, authored, author: authorTokens };
}

/**
 * "A statement from the Ministry of Defence", "an FA statement", "a police statement": a body's
 * own statement speaks for the body, whose name is then the source's.
 */
function statementBody(tokens: Token[]): Token[] | null {
  const head = tokens.findIndex((t) => /^statements?$/.test(t.lower));
  if (head < 0) return null;
  const words = tokens.slice(0, head).filter((t) => !/^(a|an|the|this|that|its|their|joint|brief|short|written|new|latest|earlier)$/i.test(t.text) && t.pos !== 'NUM');
  if (head === tokens.length - 1) {
    const named = words.length > 0 && words.every((t) => /^[A-Z]/.test(t.text)) && !analysePhrase(words, textOf(words)).person;
    return named || (words.length === 1 && (words[0] as Token).lower === 'police') ? words : null;
  }
  if (words.length > 0 || !/^(from|by)$/.test(tokens[head + 1]?.lower ?? '')) return null;
  const rest = tokens.slice(head + 2);
  const info = analysePhrase(rest, textOf(rest));
  return info.proper || info.person ? rest : null;
}

const NAME_PARTICLE = /^(do|da|de|del|della|di|du|dos|das|van|von|der|la|le|al|el|bin)$/;

/** The capitalised name closing a phrase that opens with lower-case description nouns, or null. */
export function describedName(tokens: Token[]): string | null {
  let n = tokens.length;
  // ("Diário do Sul": a particle inside the name.)
  while (n > 0 && ((/^[A-Z]/.test((tokens[n - 1] as Token).text) && (tokens[n - 1] as Token).pos !== 'DET') ||
    (n < tokens.length && n > 1 && NAME_PARTICLE.test((tokens[n - 1] as Token).text) && /^[A-Z]/.test((tokens[n - 2] as Token).text)))) n--;
  if (n === tokens.length || n === 0) return null;
  // ("UK think tank Demos", "US research firm X": a place before the description.)
  // ("Malaysia's national news agency Bernama": a country's, too.)
  const placeAt = (k: number): boolean => k <= 1 && !!tokens[k] && (/^[A-Z]{2,3}$/.test((tokens[k] as Token).text) || PLACES.has((tokens[k] as Token).text) || !!countryOf([(tokens[k] as Token).text]));
  const description = tokens.slice(0, n).filter((t, k) => !/^(a|an|the)$/i.test(t.text) && !placeAt(k) && !(/^['’]s$/.test(t.text) && placeAt(k - 1)));
  // ("Delivery company RapidBasket said": the description may open the sentence with a capital.)
  // ("the Maputo newspaper Diário do Sul": a place before the description, too.)
  const last = description[description.length - 1];
  if (!last || !/^[a-z]/.test(last.text) || !description.every((t) => /^(NOUN|ADJ|VERB|PROPN)$/.test(t.pos))) return null;
  if (!description.some((t) => BODY_DESCRIPTIONS.test(t.lower) || OUTLET_NOUNS.has(t.lower))) return null;
  return textOf(tokens.slice(n));
}

/**
 * The body in "a spokesman for X" / "a spokeswoman at X" / "a Labour Party spokesman", when the
 * phrase names no person.
 */
export function bodyOfSpokesperson(m: Mention): Mention | null {
  const t = m.tokens;
  if (m.appositives.length > 0 || t.length < 3 || !/^(a|an)$/.test(t[0]?.lower ?? '')) return null;
  let rest: Token[] = [];
  let from = 0;
  if (SPEAKING_ROLES.has(t[1]?.lower ?? '') && /^(for|at)$/.test(t[2]?.lower ?? '')) {
    rest = t.slice(3);
    from = 3;
  } else if (SPEAKING_ROLES.has(t[t.length - 1]?.lower ?? '') && t.slice(1, -1).every((x) => /^[A-Z]/.test(x.text))) {
    rest = t.slice(1, -1);
    from = 1;
  }
  if (!rest.some((x) => /^[A-Z]/.test(x.text))) return null;
  return { start: m.start + from, end: m.start + from + rest.length, tokens: rest, appositives: [], pronoun: null, text: textOf(rest) };
}
