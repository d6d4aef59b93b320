/**
 * Which entity a mention names: a pronoun, a person's full or partial name, a role, a document,
 * a common noun for a body in view, an acronym, or else a new entity.
 */
import type { Token } from './nlp';
import { isComma, isGenitive, type Mention } from './mentions';
import { ORG_WORDS, analysePhrase, type PhraseInfo } from './names';
import { OUTLET_NOUNS, PLACES, ROLE_NOUNS } from './lexicon';
import { roleOf, textOf } from './roles';
import { STATE_HEADS, fullerName, modifiersOf, namedBodyFor, onlyBodyNoun } from './bodies';
import { aliasKey, type Entity } from './entities';
import type { Registry } from './registry';
import { generic, partyInView } from './generic-phrases';
import { byRole, personBefore } from './role-holders';
import { byHead, documentOwner } from './document-owners';
import { isPartyName, partyNamedBefore, partyOfModifier, sameParty } from './parties';
import { bodyOfSpokesperson, describedName, namePart } from './source-phrases';
import { jointSpeaker } from './joint-speakers';

/** "the 34-year-old", "the 68-year-old grandmother": a person described by age. */
const AGED = /^the \d+-year-old( [a-z]+)?$/i;

/** A body's own channels of speech ("its statement", "their website"). */
const OWN_CHANNELS = /^(statement|release|announcement|website|blog|filing|letter)$/;
/** A title before a bare name ("Mr Mittal", "Dame Kelly"), and one capitalised name. */
const TITLE_BEFORE_NAME = /^(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)\.? /;
const ONE_NAME = /^[A-Z][\p{L}'’´ʼ.-]+$/u;
const HONOURS = /^(Sir|Dame|Lord|Lady|Baroness|Baron|Prince|Princess|King|Queen|Sheikh) /;
const KIN = /^(son|daughter|wife|husband|brother|sister|mother|father|partner|friend|neighbour|neighbor|cousin|nephew|niece|grandson|granddaughter|uncle|aunt)$/;

/** "Toyota" after "Toyota Motor Corp.", "MTN" after "MTN Nigeria Communications Plc": a firm by its first word. */
function companyShortForm(reg: Registry, text: string): Entity | null {
  const word = text.trim();
  if (!/^[A-Z][\p{L}&-]+$/u.test(word)) return null;
  const full = reg.entities.filter((e) => {
    if (e.kind !== 'organisation') return false;
    const words = e.name.replace(/^the /i, '').split(/\s+/);
    return words.length >= 2 && words[0] === word && words.slice(1).every((w) => ORG_WORDS.has(w) || PLACES.has(w));
  });
  return full.length === 1 ? full[0] as Entity : null;
}

/** The one organisation the article names with `name` followed only by business words ("Atlantic Gateway Terminals"). */
function companyNamedFrom(reg: Registry, name: string): Entity | null {
  if (!name.includes(' ')) return null;
  const names = [...reg.orgNames].filter((n) => {
    const rest = n.replace(/^the /i, '');
    return rest.startsWith(`${name} `) && rest.slice(name.length + 1).split(/\s+/).every((w) => ORG_WORDS.has(w));
  });
  if (names.length !== 1 || reg.expand(name)?.gender) return null;
  const full = names[0] as string;
  return reg.find(full) ?? reg.create(full, 'organisation', null, false);
}

/**
 * "the Commission" after "the European Commission", "the Authority" after "the Communications
 * Authority of Kenya": a body by the capitalised head of the one name in view that has it.
 */
function bodyShortForm(reg: Registry, text: string): Entity | null {
  const word = /^the ([A-Z][\p{L}]+)$/iu.exec(text.trim())?.[1];
  if (!word || !ORG_WORDS.has(word)) return null;
  // ("the Bank" after "the Bank of England": a name with what it is "of" counts, too.)
  const full = reg.entities.filter((e) => {
    if (e.kind !== 'organisation') return false;
    const name = e.name.replace(/^the /i, '');
    const words = name.replace(/ (of|for|on) .*$/, '').split(/\s+/);
    return (words.length >= 2 || words.length < name.split(/\s+/).length) && words[words.length - 1] === word;
  });
  return full.length === 1 ? full[0] as Entity : null;
}

/** "the Herald" after "The Durango Herald", "the Post" after "The Washington Post": the one outlet named in full. */
function outletShortForm(reg: Registry, text: string): Entity | null {
  const word = /^the ([A-Z][\p{L}]+)$/iu.exec(text.trim())?.[1];
  if (!word) return null;
  // ("The Sunday Times" and "the Financial Times" are other papers than "the Times".)
  const full = reg.entities.filter((e) => e.kind === 'outlet' && e.name.split(/\s+/).length > 2 && e.name.endsWith(` ${word}`) &&
    !/\b(Sunday|Saturday|Financial)\b/.test(e.name));
  return full.length === 1 ? full[0] as Entity : null;
}

/**
 * "Health Minister Brian Gibbons will devote a day a week to it, he has told MPs.": with no one
 * else in view, "he" is the one person of its gender the sentence names.
 */
function onlyNamed(named: Set<Entity>, pronoun: string): Entity | null {
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  const fits = [...named].filter((e) => e.kind === 'person' && !e.plural && e.gender !== (pronoun === 'he' ? 'f' : 'm'));
  return fits.length === 1 ? fits[0] as Entity : null;
}

/**
 * "When THISDAY contacted the presidential spokesman, Garba Shehu, he stated ...": right after a
 * fronted clause, "he" or "she" is the one person of its gender that clause names.
 */
function namedInFrontedClause(reg: Registry, m: Mention, at: number): Entity | null {
  const s = reg.context;
  if (!s || (m.pronoun !== 'he' && m.pronoun !== 'she') || !isComma(s.tokens[m.start - 1])) return null;
  if (!/^(when|after|once|before|while)$/i.test(s.tokens[0]?.text ?? '')) return null;
  if (s.tokens.slice(0, m.start - 1).some((t) => t.lower === 'he' || t.lower === 'she' || t.lower === 'they')) return null;
  const gender = m.pronoun === 'he' ? 'm' : 'f';
  // (Not an office read as a name: "the Senior Special Assistant".)
  const fits = reg.people.filter((p) => p.gender !== (gender === 'm' ? 'f' : 'm') && p.sites.some((x) => x.at === at && x.pos < m.start) &&
    !ROLE_NOUNS.has((p.tokens[p.tokens.length - 1] as string).toLowerCase()));
  if (fits.length !== 1) return null;
  const p = fits[0] as (typeof fits)[number];
  return reg.find(p.full) ?? reg.create(p.full, 'person', p.gender, false);
}

/** The entity a mention (with its appositives) names; creates it when new. */
export function resolveMention(reg: Registry, m: Mention, at: number, create = true): Entity | null {
  if (m.pronoun) {
    const fronted = namedInFrontedClause(reg, m, at);
    if (fronted) return fronted;
    const { named, quoted } = reg.namedAfter(m);
    return reg.pronoun(m.pronoun, at, new Set([...named, ...quoted])) ?? onlyNamed(named, m.pronoun);
  }
  const joint = jointSpeaker(reg.salience, m, at);
  if (joint) return joint;
  // "A spokeswoman for the St David's Centre said": an unnamed spokesperson speaks for the body.
  const body = bodyOfSpokesperson(m);
  if (body) {
    // ("a Conservative spokeswoman": the party itself, "the Conservatives", speaks.)
    const party = partyOfModifier(body.text);
    const e = sameParty(reg.entities, body.text) ??
      (party ? reg.find(party) ?? reg.create(party, 'organisation', null, false) : resolveMention(reg, body, at, create));
    if (e && e.kind !== 'person') {
      reg.addAlias(e, m.text);
      reg.lastSpokesperson = { body: e, at };
      return e;
    }
  }
  // A named person speaking ends a spokesperson's turn (not the outlet told: "told the Reuters agency").
  if (reg.lastSpokesperson && m.tokens.some((t) => t.pos === 'PROPN') && analysePhrase(m.tokens, m.text).kind !== 'outlet') reg.lastSpokesperson = null;
  const first = m.tokens[0] as Token;
  // ("a BBC report that ...", "an NZME report": the outlet or body by its name, without the article.)
  if (/^an?$/.test(first.lower) && m.tokens.length === 2 && /^[A-Z]/.test(m.tokens[1]?.text ?? '')) {
    const rest = m.tokens.slice(1);
    const info = analysePhrase(rest, textOf(rest));
    if (info.kind === 'outlet' || (info.kind === 'organisation' && !!info.proper)) {
      return resolveMention(reg, { ...m, start: m.start + 1, tokens: rest, text: textOf(rest) }, at, create);
    }
  }
  if (/^(his|her|its|their)$/.test(first.lower) && m.tokens.length >= 2 && m.appositives.length === 0) {
    const rest = m.tokens.slice(1);
    const info = analysePhrase(rest, textOf(rest));
    const owner = info.head && ROLE_NOUNS.has(info.head) && !info.person
      ? (first.lower === 'his' || first.lower === 'her' ? personBefore(reg, m) : null) ??
        reg.pronoun(first.lower === 'his' ? 'he' : first.lower === 'her' ? 'she' : first.lower === 'its' ? 'it' : 'they', at) : null;
    // ("Bannatyne said ... . His spokesman said ... . His spokesman added": "his" is still
    // Bannatyne, never the spokesman just in view.)
    const base = owner && /'s [a-z][a-z ]*$/.test(owner.name) ? reg.find(owner.name.replace(/'s [a-z][a-z ]*$/, '')) : null;
    const principal = base ?? owner;
    // ("“…,” said its statement": a body's own statement is the body speaking.)
    if (first.lower === 'its' || first.lower === 'their') {
      const channel = rest.length === 1 && OWN_CHANNELS.test(rest[0]?.lower ?? '') ? reg.pronoun(first.lower === 'its' ? 'it' : 'they', at) : null;
      if (channel && channel.kind !== 'person') return channel;
    }
    if (principal) {
      const name = `${principal.name}'s ${textOf(rest)}`;
      const e = reg.find(name) ?? reg.create(name, 'person', null, false);
      reg.addAlias(e, m.text);
      return e;
    }
  }
  const { tokens: mainTokens, authored, author: authorTokens } = namePart(m);
  const phrases = [mainTokens, ...m.appositives].map((toks) => analysePhrase(toks, textOf(toks)));
  const main = phrases[0] as PhraseInfo;
  // ("Lib Dems" is a party, not a man called Lib.)
  const partyName = isPartyName(main.text);
  const person = partyName ? undefined : personIn(reg, mainTokens, phrases);
  let e: Entity | null = null;
  // ("Atlantic Gateway said …" after "Atlantic Gateway Terminals": the company by the first words of its name.)
  const company = person?.person && !person.gender && person.display === person.person ? companyNamedFrom(reg, person.person) : null;
  if (company) {
    e = company;
    reg.addAlias(e, person?.person as string);
  } else if (person?.person) {
    // ("his son Nick": someone known by a first name and a relation is not another Nick in the article.)
    const related = !person.person.includes(' ') && mainTokens.some((t, k) => KIN.test(t.lower) && mainTokens[k + 1]?.text === person?.person);
    // ("Mr Mittal": a title before one name makes it a surname.)
    const known = related ? null : reg.expand(person.person, !person.person.includes(' ') && person.display !== person.person);
    const full = known?.full ?? person.person;
    e = reg.find(full) ?? reg.find(person.display ?? '') ?? null;
    // Known only as "Dr. Feel", or with an honour news style keeps ("Sir John Bourn"): the titled form.
    // ("Charles" for someone the article calls "Prince Charles".)
    const shown = known && HONOURS.test(known.display) ? known.display : person.display;
    const titled = !!shown && shown !== full &&
      ((!known && !full.includes(' ')) || HONOURS.test(shown) && shown.endsWith(full));
    if (!e) {
      e = reg.create(titled ? shown as string : full, 'person', person.gender ?? known?.gender ?? null, false);
      if (titled) reg.addAlias(e, full);
    } else if (titled && e.name === full && HONOURS.test(shown ?? '')) {
      e.name = shown as string;
    }
    if (!e.gender) e.gender = person.gender ?? known?.gender ?? null;
    if (known) for (const r of known.roles) if (!e.roleList.includes(r)) e.roleList.push(r);
    if (person.display) reg.addAlias(e, person.display);
  } else {
    const proper = phrases.find((p) => p.proper && p.kind !== 'group');
    // "agency officials" is looked up by what is in view, never by its words alone.
    const bodyNounGroup = main.kind === 'group' && !!main.head && onlyBodyNoun(modifiersOf(main.text, main.head));
    // "the party" is the party in view now, not whichever party it named before.
    if (/^the party$/i.test(main.text.trim())) e = partyInView(reg, at);
    // "Lib Dems" after "the Liberal Democrats", "Labour" after "the Labour Party": one party.
    if (!e && partyName) e = partyNamedBefore(reg.entities, main.text);
    if (!bodyNounGroup) for (const p of phrases) e = e ?? reg.find(p.text) ?? reg.find(reg.acronyms.get(p.text.replace(/^the /i, '')) ?? '');
    if (!e && main.kind === 'outlet') e = outletShortForm(reg, main.text);
    if (!e && main.kind === 'organisation') e = companyShortForm(reg, main.text) ?? bodyShortForm(reg, main.text);
    // "market analysts Nielsen/NetRatings", "think tank Demos": the body's name after its description.
    const tail = e ? null : describedName(mainTokens);
    if (tail) {
      // ("Chilean newspaper El Mercurio": a paper, by its description.)
      const outlet = mainTokens.some((t) => OUTLET_NOUNS.has(t.text));
      e = reg.find(tail) ?? (create ? reg.create(tail, outlet ? 'outlet' : 'organisation', null, false) : null);
      if (e) reg.addAlias(e, main.text);
    }
    // ("Mr Kay, 71, was hurt. The 71-year-old said …": the person in view, described by age.)
    if (!e && !proper && AGED.test(main.text.trim())) e = reg.salience.lastPerson(at, 3);
    if (!e && !proper) {
      const r = byRole(reg, main, mainTokens, at);
      if (r && 'full' in r) {
        e = reg.find(r.full) ?? reg.create(r.full, 'person', r.gender, false);
        e.roleList.push(...r.roles);
      } else e = r;
    }
    if (!e && (main.kind === 'document' || main.kind === 'poll') && main.head) {
      e = documentOwner(reg, main, mainTokens, authored, phrases);
      const bare = byHead(reg, main.head);
      // "the report said" before "the ADB report said": the same report, so the same source.
      if (e && bare && bare.kind === 'document' && !/[A-Z]/.test(bare.name.replace(/^the /i, '')) && !bare.author) reg.merge(bare, e);
      e = e ?? bare;
    }
    if (!e && !proper && main.head) {
      e = generic(reg, main, at);
      if (e) {
        if (STATE_HEADS.has(main.head) && !main.plural) e.plural = false;
        if (fullerName(main.text, e.name)) e.name = main.text;
      }
    }
    if (!e) e = reg.byInitials(main.text);
    // ("the NHS trust": a name only among the description's words, before a common-noun head.)
    const describedBody = !proper || (!!main.head && main.text.trimEnd().endsWith(` ${main.head}`));
    if (!e && describedBody && main.definite && main.kind === 'organisation' && main.head) {
      const named = namedBodyFor(main.text, main.head, reg.orgNames);
      if (named) {
        e = reg.find(named.core) ?? reg.find(named.full) ?? reg.create(named.full, 'organisation', null, false);
        reg.addAlias(e, named.core);
      }
    }
    if (!e && !create) return null;
    if (!e) {
      const named = proper ?? main;
      const kind = authored || main.kind === 'document' || main.kind === 'poll' ? (main.kind === 'poll' ? 'poll' : 'document')
        : phrases.some((p) => p.kind === 'outlet') ? 'outlet' : partyName ? 'organisation' : named.kind;
      // ("the Patna-based Centre for Policy and Governance Studies": the name without where it is based.)
      const based = /^(?:[Tt]he |[Aa]n? )?\S+-based ([A-Z].*)$/u.exec(named.text)?.[1];
      e = reg.find(based ?? '') ?? reg.create(based ?? named.text, kind, null, named.plural);
      if (based) reg.addAlias(e, named.text);
      // "Officials in Cojedes state": the group is also just "Officials" later on.
      const qualified = kind === 'group' ? /^(.+?) (?:in|with|within) /.exec(named.text) : null;
      if (qualified) reg.addAlias(e, qualified[1] as string);
      const author = authorTokens ? reg.expand(textOf(authorTokens).replace(/^(Mr|Mrs|Ms|Dr)\.? /, '')) : null;
      if (kind === 'document' && author) e.author = author.full;
    }
  }
  // ("CUPW, which represents postal workers, said ..." after "the Canadian Union of Postal Workers
  // (CUPW)": "the union" later is CUPW.)
  const expansion = e.kind === 'person' ? undefined : reg.acronyms.get(main.text.replace(/^the /i, ''));
  if (expansion) {
    reg.addAlias(e, expansion);
    const head = /^(.+?)(?: (?:of|for|on) .*)?$/.exec(expansion)?.[1]?.split(' ').pop()?.toLowerCase();
    if (head) e.heads.add(head);
  }
  for (const p of phrases) {
    if (p.head && !p.person && e.kind !== 'person') e.heads.add(p.head);
    // A bare "Officials" stays free for the next group unless it is this entity's own name.
    const barePlural = p.kind === 'group' && !/\s/.test(p.text.trim()) && aliasKey(p.text) !== aliasKey(e.name);
    if (p.text.length <= 120 && !barePlural) reg.addAlias(e, p.text);
    if (p.head && (ROLE_NOUNS.has(p.head) || p.kind === 'document' || p.kind === 'poll') && !p.person) e.roles.add(p.head);
  }
  for (const [k, toks] of [mainTokens, ...m.appositives].entries()) {
    const r = roleOf(toks, phrases[k]);
    if (r && ROLE_NOUNS.has(r.head)) e.roleList.push(r);
  }
  for (const p of phrases) {
    if (p.kind === 'outlet' && e.kind !== 'person') e.kind = 'outlet';
  }
  return e;
}

/**
 * The person a mention names: a phrase with a person's name, the person after an organisation's
 * possessive ("Friends of the Earth's Tony Juniper"), or a bare surname or first name of someone
 * the article names in full elsewhere.
 */
function personIn(reg: Registry, mainTokens: Token[], phrases: PhraseInfo[]): PhraseInfo | undefined {
  let person = phrases.find((p) => p.person);
  // ("Friends of the Earth's Tony Juniper": the person after an organisation's possessive.)
  const ownerMark = mainTokens.findIndex(isGenitive);
  if (!person && ownerMark > 0 && ownerMark < mainTokens.length - 1) {
    const after = mainTokens.slice(ownerMark + 1);
    const info = analysePhrase(after, textOf(after));
    if (info.person && after.every((t) => /^[A-Z]/.test(t.text))) person = info;
  }
  if (!person) {
    // A bare surname or first name of someone the article names in full elsewhere.
    for (const p of phrases) {
      const caps = p.text.replace(/^(the|The)\s+/, '').replace(/['’]s$/, '');
      const bare = caps.replace(TITLE_BEFORE_NAME, '');
      // ("de Miranda": a surname with its particle; "Mr Mittal": one name after a title.)
      if (!/^((de|da|di|du|van|von|der|del|della|le|la|al|el|bin|ibn)[ -])?[A-Z][\p{L}'’´ʼ.-]+$/u.test(caps) && !(bare !== caps && ONE_NAME.test(bare))) continue;
      const known = reg.expand(bare, caps !== bare);
      if (known) {
        const title = caps === bare ? null : caps.split(/\.? /)[0] as string;
        const g = title ? ({ Mr: 'm', Sir: 'm', Lord: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', Lady: 'f', Dame: 'f' } as Record<string, 'm' | 'f'>)[title] ?? null : null;
        person = { ...p, person: known.full, display: known.display, gender: g ?? known.gender, kind: 'person' };
        break;
      }
    }
  }
  return person;
}
