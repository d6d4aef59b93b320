/**
 * Common-noun phrases that stand for an entity already in view: "the firm", "the party",
 * "the government", "a spokesman", "agency officials", "the conservation department".
 */
import { ORG_WORDS, type PhraseInfo } from './names';
import { PARTY_NAMES, SPEAKING_ROLES } from './lexicon';
import { isPartyName } from './parties';
import { STATE_HEADS, hasContrast, modifiersOf, onlyName, sameGroup, stateBody, type BodyView } from './bodies';
import { properlyNamed, type Entity } from './entities';
import type { Registry } from './registry';
import { countryNamed } from './state-speakers';

/** Sentences within which a bare plural or a body noun ("agency officials") still points back. */
const RECENT = 3;

/** A word's first five letters, to match "conservation" with "Conservation". */
const stem = (w: string): string => w.toLowerCase().slice(0, 5);

/** Only a determiner before the head ("the newspaper", not "a Chinese newspaper"). */
const modifiers0 = (text: string, head: string): boolean => new RegExp(`^(the|this) ${head}$`, 'i').test(text.trim());

const ORG_GENERIC = new Set(['firm', 'company', 'group', 'bank', 'business', 'airline', 'carrier', 'retailer',
  'insurer', 'lender', 'manufacturer', 'maker', 'giant', 'charity', 'organisation', 'organization', 'operator',
  'utility', 'supplier', 'producer', 'conglomerate', 'corporation', 'club', 'broadcaster', 'automaker', 'carmaker',
  'chipmaker', 'drugmaker', 'cartel', 'chain']);

/** Generic heads that may stand for a body that is no business ("the group" for an association). */
const COMMUNITY_HEADS = new Set(['group', 'organisation', 'organization', 'charity', 'club', 'cartel']);

/** Heads of a business, and the name words of bodies that are none ("the company" is not the mineworkers' union). */
const BUSINESS_HEADS = new Set(['firm', 'company', 'business', 'retailer', 'insurer', 'lender', 'manufacturer', 'maker',
  'conglomerate', 'corporation', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'chain']);
const NOT_A_BUSINESS = /\b(Union|Unions|Workers|Association|Federation|Confederation|Congress|Party|Council|Ministry|Department|Government|Commission|Committee|Court|Parliament|Assembly|Police|University|Society|League|Authority|Agency|Regulator|Regulatory|Ombudsman|Inspectorate|Bureau|Administration|Directorate|Secretariat|Tribunal)\b/;

/** Public agencies named by their remit and country ("Health Canada", "Statistics Norway", "Sport England"). */
const AGENCY_REMITS = /^(Health|Transport|Statistics|Environment|Parks|Revenue|Sport|Fisheries|Justice|Immigration|Tourism|Education|Heritage|Historic|Natural|Highways|Infrastructure|Employment|Agriculture|Innovation|Housing)$/;
const publicAgency = (e: Entity): boolean => {
  const words = e.name.replace(/^the /i, '').split(/\s+/);
  return words.length >= 2 && AGENCY_REMITS.test(words[words.length - 2] as string) && countryNamed(words.slice(-1)) !== null;
};
/** Words that describe a public body by its level or remit ("the federal agency", "the state health department"). */
const PUBLIC_MODIFIERS = /^(federal|state|national|government|public|provincial|regional|city|county|local|municipal|health|environmental|environment|transport|education|food|safety|medical|medicines|drugs|statistics|statistical|weather|meteorological|disaster|emergency|security|intelligence|tax|customs|immigration)$/;
/** A firm cited only for its numbers ("according to LSEG data") is not the company the story is about. */
const dataProvider = (e: Entity): boolean => e.heads.has('pollster') ||
  e.aliases.some((a) => /\b(data|figures|estimates|statistics)$/i.test(a) && a.startsWith(e.name.replace(/^the /i, '')));
const noBusiness = (e: Entity): boolean => NOT_A_BUSINESS.test(e.name) || publicAgency(e) || dataProvider(e);

/** Names that say a body is a trade union ("the United Steelworkers", "Local 7-515", "the Assn. of Flight Attendants"). */
const TRADE_UNION_NAME = /\b(?:Unions?|[A-Z][a-z]*[Ww]orkers|Teamsters|Longshoremen['’]s|Association|Federation|Confederation|Guild|Brotherhood)\b|\bAssn\.|^Local \d/;

/** Names of bodies that regulate ("the Communications Authority", "the Telecom Regulatory Authority", "Ofgem"). */
const REGULATOR_NAME = /\b(Authority|Commission|Regulator|Regulatory|Ombudsman|Inspectorate|Board)\b|^Of[a-z]{3,}$/;

/** Nouns for an outlet that a bare "the …" may stand for. */
const OUTLET_KINDS = /^(agency|newspaper|paper|daily|tabloid|broadcaster|magazine|website|channel|station)$/;

/** A country or a capital standing for its government ("Beijing has vowed ... . The bank said"): no firm, bank or club. */
const isPlace = (e: Entity): boolean => countryNamed(e.name.replace(/^the /i, '').split(/\s+/)) !== null;

/** The political party most recently in view ("Labour", "the Liberal Democrats", "the Green Party"). */
export function partyInView(reg: Registry, at: number): Entity | null {
  return reg.salience.recentWhere(at, 8, (e) => e.kind !== 'person' &&
    (PARTY_NAMES.has(e.name.replace(/^the /i, '').toLowerCase().replace(/ /g, '-')) || /\bParty$/.test(e.name)));
}

/**
 * "The firm", "the company" → the organisation in view; "a spokesman" with no "for X" → the
 * organisation in view; "the authorities", "the government" → an entity with the same head.
 */
export function generic(reg: Registry, info: PhraseInfo, at: number): Entity | null {
  const head = info.head as string;
  const mods = modifiersOf(info.text, head);
  if (STATE_HEADS.has(head) && !hasContrast(mods)) {
    const body = stateBody(bodyView(reg), mods, /['’]s\b/.test(info.text));
    if (body || mods.length === 0) return body;
  }
  if (info.kind === 'group' && mods.length > 0 && !hasContrast(mods)) {
    const group = sameGroup(bodyView(reg), head, mods, at - RECENT);
    if (group) return group;
  }
  // "Labour says ... . The party says ...": a bare "the party" is the political party in view.
  if (head === 'party' && /^the party$/i.test(info.text.trim())) {
    const party = partyInView(reg, at);
    if (party) return party;
  }
  // ("The Omaha, Nebraska-based sporting goods chain said": a description by base is definite.)
  const definite = info.definite || /^\S+-based /.test(info.text.trim());
  if (definite && BUSINESS_HEADS.has(head)) {
    return reg.salience.recentWhere(at, 6, (e) => e.kind === 'organisation' && properlyNamed(e) && !noBusiness(e) && !isPlace(e));
  }
  if (info.definite && head === 'union' && /^the union$/i.test(info.text.trim())) {
    const union = reg.salience.recentWhere(at, 8, (e) => e.kind !== 'person' && (TRADE_UNION_NAME.test(e.name) || e.aliases.some((a) => /\bunion\b/i.test(a))));
    if (union) return union;
  }
  // ("Ofgem fined British Gas … . The regulator said …": the regulator in view, not the firm it fined.)
  if (info.definite && /^(regulator|watchdog)$/.test(head) && !hasContrast(mods) && mods.every((w) => /^[a-z]/.test(w))) {
    const regulator = reg.salience.recentWhere(at, 8, (e) => e.kind === 'organisation' && (REGULATOR_NAME.test(e.name) || e.heads.has(head)));
    if (regulator) return regulator;
  }
  // ("The Tories said … . The bank said …": a business noun is no party or public body.)
  if (definite && ORG_GENERIC.has(head)) {
    const business = !COMMUNITY_HEADS.has(head);
    return reg.salience.recentWhere(at, 6, (e) => e.kind === 'organisation' && properlyNamed(e) && !isPartyName(e.name) && !isPlace(e) &&
      (!business || !noBusiness(e) || e.name.toLowerCase().split(' ').includes(head)));
  }
  // ("According to the news agency AMI … . The agency reported …", "The Westfield Gazette … the AFP
  // news agency … . The paper reported …": the outlet in view described by that noun.)
  if (info.definite && OUTLET_KINDS.test(head) && modifiers0(info.text, head)) {
    const kind = head === 'paper' || head === 'daily' || head === 'tabloid' ? /\b(paper|newspaper|daily|tabloid|Daily|Sunday|Times|Post|Herald|Journal|Nation|Gazette|Tribune)\b/ : new RegExp(`\\b${head}\\b`, 'i');
    const described = reg.salience.recentWhere(at, 8, (e) => (e.kind === 'outlet' || e.kind === 'organisation') && [e.name, ...e.aliases].some((a) => kind.test(a)));
    if (described) return described;
  }
  // "the newspaper quotes ...", "the paper said": the outlet last named.
  if (info.definite && /^(newspaper|paper|daily|tabloid|broadcaster|magazine|website|publication)$/.test(head) && modifiers0(info.text, head) && reg.lastOutlet) return reg.lastOutlet;
  // ("Health Canada says … . In a recall notice, the federal agency said …": a public body in view.)
  if (info.definite && /^(agency|department|ministry|authority|body|service)$/.test(head) && mods.length > 0 && mods.every((w) => PUBLIC_MODIFIERS.test(w))) {
    const body = reg.salience.recentWhere(at, 6, (e) => e.kind === 'organisation' && properlyNamed(e) && !isPartyName(e.name) && (noBusiness(e) || e.heads.has(head)));
    if (body) return body;
  }
  if (!info.definite && SPEAKING_ROLES.has(head) && /^an? /i.test(info.text) && !/ (for|of) /.test(info.text)) {
    // ("A ministry spokeswoman said", "a council spokesman": the body of that kind in view, not
    // whichever body spoke last.)
    const kinds = mods.filter((w) => /^[a-z]/.test(w) && ORG_WORDS.has(w.charAt(0).toUpperCase() + w.slice(1)));
    if (kinds.length === 0) return reg.salience.recentOrg(at, 6);
    const kind = kinds[kinds.length - 1] as string;
    return reg.salience.recentWhere(at, 8, (e) => e.kind === 'organisation' && (e.heads.has(kind) || e.name.toLowerCase().split(/\s+/).includes(kind))) ??
      onlyBodyNamed(reg, `the ${kind}`, kind);
  }
  // Only a bare phrase ("the government", "other agencies") stands for an earlier, fuller one.
  const modifiers = info.text.toLowerCase().split(/\s+/).filter((w) => !/^(the|other|some|many|several|these|those|its|their|a|an)$/.test(w) && w !== head);
  if (info.definite && modifiers.length > 0 && modifiers.length <= 3) {
    // "the conservation department" for "the New Zealand Department of Conservation".
    for (let k = reg.entities.length - 1; k >= 0; k--) {
      const e = reg.entities[k] as Entity;
      if (e.kind === 'person' || e.kind === 'group') continue;
      const words = new Set(e.name.split(/\s+/).map(stem));
      if (words.has(stem(head)) && modifiers.every((w) => words.has(stem(w)))) return e;
    }
  }
  if ((info.definite || info.kind === 'group') && modifiers.length === 0) {
    // The one most recently in view; a bare plural ("Officials said") only when it was just mentioned.
    const bare = info.text.split(/\s+/).length === 1;
    let best: Entity | null = null;
    for (const e of reg.entities) {
      if (bare && e.lastSeen < at - RECENT) continue;
      if (e.kind !== 'person' && e.heads.has(head) && e.kind === info.kind && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
    if (best) return best;
  }
  return info.definite && modifiers.length === 0 ? onlyBodyNamed(reg, info.text, head) : null;
}

/**
 * "The decision was taken by Eastbridge Borough Council. … the council said": a bare "the
 * council", "the trust" or "the university" is the one body of that kind the article names.
 */
function onlyBodyNamed(reg: Registry, text: string, head: string): Entity | null {
  const word = head.charAt(0).toUpperCase() + head.slice(1);
  if (!/^the \S+$/i.test(text.trim()) || !ORG_WORDS.has(word) || /^(Government|Party|House|States|Kingdom|Republic|Nations)$/.test(word)) return null;
  const name = onlyName([...reg.orgNames].filter((n) => n.endsWith(` ${word}`)));
  return name ? reg.find(name) ?? reg.create(name, 'organisation', null, false) : null;
}

function bodyView(reg: Registry): BodyView {
  return {
    entities: reg.entities,
    find: (text) => reg.find(text),
    namesPerson: (text) => !!reg.expand(text.replace(/^(Mr|Mrs|Ms|Dr|President)\.? /, '')),
  };
}
