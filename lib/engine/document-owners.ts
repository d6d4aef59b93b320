/** Documents and polls tied to their owners: "the ADB report" to the ADB, "Mr Peston's book" to his work. */
import type { Token } from './nlp';
import type { PhraseInfo } from './names';
import { TITLES } from './lexicon';
import type { Entity } from './entities';
import type { Registry } from './registry';

/** "a new book about the chancellor" after "the book": the same document. */
export function byHead(reg: Registry, head: string): Entity | null {
  for (let k = reg.entities.length - 1; k >= 0; k--) {
    const e = reg.entities[k] as Entity;
    if ((e.kind === 'document' || e.kind === 'poll') && e.roles.has(head)) return e;
  }
  return null;
}

/**
 * "the ADB report", "the World Bank report": the body named in front of a document noun;
 * "Mr Peston's book": the work the article already credited to that author.
 */
export function documentOwner(reg: Registry, main: PhraseInfo, mainTokens: Token[], authored: boolean, phrases: PhraseInfo[]): Entity | null {
  const head = main.head as string;
  const caps = mainTokens.filter((t) => /^[A-Z]/.test(t.text) && t.pos !== 'DET' && t.lower !== head);
  if (caps.length === 0 || authored) return null;
  const names = caps.map((t) => t.text.replace(/['’]s$/, ''));
  const titledOwner = (names[0] as string).toLowerCase().replace(/\.$/, '') in TITLES;
  const owner = reg.expand((titledOwner ? names.slice(1) : names).join(' '));
  if (titledOwner || owner) {
    return owner ? reg.entities.find((d) => d.author === owner.full && (d.kind === 'document' || d.kind === 'poll')) ?? null : null;
  }
  // ("the Department of Justice investigation": the name with its inner "of".)
  const span = mainTokens.slice(mainTokens.indexOf(caps[0] as Token), mainTokens.indexOf(caps[caps.length - 1] as Token) + 1);
  const whole = span.every((t) => caps.includes(t) || /^(of|for|and|on)$/.test(t.lower));
  const org = (whole ? span : caps).map((t) => t.text).join(' ').replace(/['’]s$/, '');
  let e = reg.find(org) ?? reg.find(reg.acronyms.get(org) ?? '') ?? reg.byInitials(org);
  if (!e && caps.length >= 2 && !phrases.some((p) => p.kind === 'outlet')) {
    e = reg.create(/^the /i.test(main.text) ? `the ${org}` : org, 'organisation', null, false);
  }
  if (e) e.roles.add(head);
  return e;
}
