/**
 * What a phrase names: a person (core name tokens, title, gender), an organisation or
 * outlet by proper name, or a common-noun role or group, with its head noun.
 */
import { startsUpper, type Token } from './nlp';
import type { SourceKind } from './types';
import { countryOf } from './countries';
import { informedWordAt } from './informed-sources';
import { timePhraseEndingAt } from './time-phrases';
import {
  DOCUMENT_NOUNS, FEMALE_NAMES, GROUP_NOUNS, MALE_NAMES, MONTHS_DAYS, NAME_TITLES, OUTLET_NAME_ENDINGS,
  OUTLET_NAMES, OUTLET_NOUNS, PEOPLE_NOUNS, PLACES, POLL_NOUNS, PUBLISHING_PARTICIPLES, ROLE_NOUNS, SERVING_ROLES, TITLES, TOP_LEVEL_DOMAIN,
} from './lexicon';

/** Occupations written before a name like a title ("Actor Tessa Lindqvist", "Speaker Ramon Ibarra"). */
const OCCUPATIONS = /^(actor|actress|singer|songwriter|rapper|musician|comedian|presenter|broadcaster|author|novelist|writer|poet|artist|designer|chef|model|photographer|footballer|striker|midfielder|defender|goalkeeper|boxer|golfer|athlete|sprinter|swimmer|cyclist|skier|jockey|entrepreneur|billionaire|businessman|businesswoman|pensioner|student|speaker|activist|campaigner|influencer|youtuber|filmmaker|playwright|dancer|pianist|composer)$/;

/** Singular nouns that describe a body whose name follows ("research firm Tallis Insights", "charity Shelter"). */
const DESCRIBED_BODIES = /^(firm|company|group|consultancy|agency|watchdog|regulator|charity|organisation|organization|bank|airline|carrier|retailer|giant|operator|provider|publisher|studio|developer|maker|manufacturer|tank|institute|body|startup|start-up|insurer|lender|pollster)$/;

export const ORG_WORDS = new Set(`
Bank Council Department Ministry Organisation Organization Fund Party Agency Association Institute
University College School Federation Union Commission Committee Court Office Group Corporation Company
Inc Ltd Plc PLC Re Foundation Alliance Society Societies Network Authority Administration Government
House Service Services Force Forces Army Navy Police Board Trust Centre Center League Club Bureau
Congress Parliament Senate Assembly Nations States Kingdom Republic Airlines Airways Motors Holdings
Partners Capital Securities Bancorp Insurance Hospital Church Guard Corps Unit Team Project Programme
Program Lab Labs Institution Coalition Movement Front Cabinet Treasury Office Exchange Reserve
Times Post Journal Tribune Herald Telegraph Guardian News Gazette Mail Express Standard Chronicle
Independent Observer Mirror Press Radio Television TV Magazine Review Unit Staff Department Tribe
Steel Oil Gas Energy Petroleum Pharmaceuticals Telecom Communications Media Foods Electric Chemicals
Industries Technologies Systems Software Entertainment Studios Records Pictures Networks Brands Stores
Mining Metals Motor Electronics Logistics Shipping Railways Resources Investments Ventures Coal Cement Minerals
Water Rail Railway Airport Healthcare Health Buses Trains Homes Properties Estates Retail
Utilities Aerospace Semiconductor Semiconductors Automotive Pharma Biotech
Research Consulting Consultancy Associates Analytics Solutions Laboratories
Copper Nickel Lithium Zinc Uranium Cobalt Aluminium Aluminum Nutrition Therapeutics Biosciences Genomics Diagnostics
Robotics Renewables Breweries Beverages Textiles Plastics Freight Hotels Resorts Casinos Gaming Dairies Farms Mines
Terminals Ports Pipelines Energie Energia Holding Outfitters Supplies Wholesale Traders Merchants Distributors Builders Contractors
Action Campaign Watch Aid Relief Rescue Concern Friends Peace Rights Liberty
Forum Initiative Observatory Academy Collective Partnership Consortium Secretariat Directorate Inspectorate
International Corp Corp. Co. Inc. Ltd. LLC GmbH AG SA NV N.V. Telecommunications Automotive Pharma
`.trim().split(/\s+/));

/** A place compound before a name ("Ontario-based", "London-headquartered"). */
const PLACED_COMPOUND = /^\p{Lu}[\p{L}.]*-(based|headquartered)$/u;

/** Capitalised heads that end the name of a document ("the Beige Book", "the World Economic Outlook"). */
const DOCUMENT_NAME_ENDINGS = new Set(['Book', 'Report', 'Outlook', 'Paper', 'Papers', 'Study']);

const QUANTITY_HEADS = new Set(['body', 'series', 'number', 'lot', 'lots', 'handful', 'majority', 'host', 'couple', 'dozens', 'hundreds', 'thousands', 'millions', 'raft', 'slew', 'string']);

/** Lower-case particles inside personal names. */
export const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el']);

const POSTNOMINAL = new Set(['MP', 'MPs', 'QC', 'KC', 'MEP', 'MSP', 'AM', 'TD', 'MLA', 'MPP', 'MNA', 'Jr', 'Jr.', 'Sr', 'Sr.', 'III', 'II', 'OBE', 'MBE', 'CBE', 'PhD']);

/** Degrees and licences written after a name, often set off by commas ("Scott Roberts, MD, ..."). */
const CREDENTIALS = new Set(['MD', 'M.D.', 'RN', 'PhD', 'Ph.D.', 'DDS', 'MPH', 'MBA', 'JD', 'Esq', 'Esq.', 'DPhil', 'FRCS', 'FRCP', 'FRS', 'DNP', 'PharmD', 'NP', 'LPN', 'CPA']);

/** "Scott Roberts, MD, associate medical director ...": the chunk between commas is a credential. */
export const isCredential = (t: Token | undefined): boolean => !!t && CREDENTIALS.has(t.text);

/**
 * Heads that end the name of a place or a zone, never a person's ("Exclusive Economic Zone",
 * "Second Thomas Shoal"); not those that are also surnames (Park, Bay, Street, Bridge, Coast).
 */
const PLACE_NAME_ENDINGS = new Set(`Zone Area Region Sea Ocean Shoal Reef Island Islands River Valley District Province
County Road Avenue Square Airport Harbour Harbor Strait Gulf Desert Mountains Peninsula Corridor Highway Freeway
Motorway Basin Delta Plateau`.trim().split(/\s+/));

/** Role words that are also common surnames. */
const ROLE_SURNAMES = new Set(['Dean', 'King', 'Bishop', 'Judge', 'Major', 'Marshal']);

/** The portfolios of ministers and officials ("Minister of Foreign Affairs", "Secretary of State"). */
const PORTFOLIOS = new Set(`State Foreign Affairs Defence Defense Finance Health Education Justice Interior Home
Transport Transportation Communications Information Broadcasting Trade Industry Commerce Energy Environment
Agriculture Labour Labor Employment Immigration Security Economy Economic Planning Development Culture Tourism
Housing Works Science Technology Sport Sports Women Children Families Youth Water Mines Petroleum Power Revenue
Administration Operations Policy Communication Marketing`.trim().split(/\s+/));

const PLACE_FIRST = new Set(`New South North East West United Sri Saudi Hong Costa Puerto El Los Las San
Santa Sierra Cape Great Upper Lower Central Middle Southern Northern Eastern Western Air Middle Human Gaza`
  .trim().split(/\s+/));

export interface PhraseInfo {
  text: string;
  /** Core person name without courtesy titles ("Asif Durrani"), or null. */
  person: string | null;
  /** Name with titles that news style keeps ("Lord Goldsmith"). */
  display: string | null;
  gender: 'm' | 'f' | null;
  /** A capitalised, non-person name (organisation, country, outlet), or null. */
  proper: string | null;
  /** Lower-cased head noun of a common-noun phrase. */
  head: string | null;
  kind: SourceKind;
  plural: boolean;
  definite: boolean;
}

/** Capitalised, or a surname with a lower-case Arabic or European particle ("al-Sabah", "van-Persie"). */
export const PARTICLE_NAME = /^(al|el|ad|as|an|bin|ibn|abu|ben|de|van|von|da|di|du|le|la)-[A-Z]/;
/** A brand written with a lower-case first letter and a capital inside ("eBay", "easyJet", "uSwitch"). */
const BRAND_CASE = /^[a-z]{1,5}[A-Z][a-z]+/;
// (Decomposing cannot change a first character in ASCII, so only other first characters are normalised.)
const cap = (t: Token) => startsUpper(t.text) || (t.text.charCodeAt(0) > 127 && /^[A-Z]/.test(t.text.normalize('NFD'))) ||
  PARTICLE_NAME.test(t.text) || BRAND_CASE.test(t.text);
const isPossessive = (t: Token) => t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’';

export function genderOfFirstName(name: string): 'm' | 'f' | null {
  const n = name.toLowerCase();
  const m = MALE_NAMES.has(n);
  const f = FEMALE_NAMES.has(n);
  return m && !f ? 'm' : f && !m ? 'f' : null;
}

/** A web address, joined into one token by the tokenizer ("gamesindustry.biz", "bbc.co.uk"). */
function webAddress(text: string): boolean {
  const m = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(\p{L}+)$/u.exec(text);
  return !!m && TOP_LEVEL_DOMAIN.test((m[1] as string).toLowerCase());
}

/** People of a place or a calling before a name: "Yorker", "Californian", "Londoner", "Congolese", "Farmer". */
const DEMONYM = /^[A-Z][a-z]+(ian|an|er|ese)$/;

/** A title or role word before a name ("dr", "minister"), lower-cased. */
const officeWord = (w: string): boolean => w in TITLES || ROLE_NOUNS.has(w);

/** "Secretary-General", "Attorney-General", "Vice-President": an office written as one hyphenated word. */
function compoundOffice(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length === 2 && officeWord(parts[1] as string) && (officeWord(parts[0] as string) || /^(vice|deputy|under)$/.test(parts[0] as string));
}

/** Runs of capitalised tokens that look like a person's name, with an optional title before. */
export function personRun(tokens: Token[], from: number, to: number): { start: number; end: number; title: string | null } | null {
  // Take the last run of capitalised tokens in [from, to).
  let e = to;
  while (e > from && isPossessive(tokens[e - 1] as Token)) e--;
  // Post-nominal letters: "Frank Field MP", "Guy Mansfield QC".
  const end = e;
  while (e - 1 > from && POSTNOMINAL.has((tokens[e - 1] as Token).text) && cap(tokens[e - 2] as Token)) e--;
  let s = e;
  while (s > from) {
    const t = tokens[s - 1] as Token;
    // "Luiz Inacio Lula da Silva", "Ursula von der Leyen": name particles between capitalised names.
    if (NAME_PARTICLES.has(t.text) && s < e && s - 2 >= from && cap(tokens[s - 2] as Token) && (tokens[s - 2] as Token).pos === 'PROPN') { s--; continue; }
    if (!(cap(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'X')) && !/^[A-Z]\.$/.test(t.text)) break;
    // ("Mother-of-three Kirsty Allen", "Father-of-two Ben Ross": a description before the name.)
    if (/^[A-Z][a-z]+-of-[a-z]+$/.test(t.text)) break;
    // ("Actor Tessa Lindqvist", "Assembly Speaker Ramon Ibarra": an occupation before a first name;
    // not "Isaac Singer", a surname after one.)
    if (OCCUPATIONS.test(t.lower) && s < e && !!genderOfFirstName((tokens[s] as Token).text)) break;
    // ("Mick Dean", "Sarah King": a role word after a known first name is a surname.)
    // ("Rick Dean", "Martin Luther King": a role word that is also a common surname closes a name.)
    const surname = s === e && s - 2 >= from && /^[A-Z][a-z]/.test(t.text) && (!!genderOfFirstName((tokens[s - 2] as Token).text) ||
      (ROLE_SURNAMES.has(t.text) && (tokens[s - 2] as Token).pos === 'PROPN' && /^[A-Z][a-z]/.test((tokens[s - 2] as Token).text) && !ORG_WORDS.has((tokens[s - 2] as Token).text)));
    if ((officeWord(t.lower) || compoundOffice(t.lower)) && !surname) break;
    // ("fellow Tory David Heathcoat Amory": a party is no part of the name.)
    if (s <= e - 2 && /^(Tory|Labour|Conservative|Liberal|Democrat|Republican)$/.test(t.text) && !POSTNOMINAL.has((tokens[s] as Token).text)) break;
    if (MONTHS_DAYS.has(t.lower) && !(s - 2 >= from && cap(tokens[s - 2] as Token))) break;
    s--;
  }
  if (s >= e) return null;
  // "Minister for Children, Young People and Families Margaret Hodge": the name starts at the
  // first name when plural or institutional words run into it.
  const opening = s;
  for (let f = s + 1; f < e - 1; f++) {
    const before = tokens[f - 1] as Token;
    // (Not "Luis Miguel Castilla": a first name ending in "s" is no plural. "New Yorker Dick
    // Morris", "Californian Thomas Slattery": a demonym before the first name.)
    if (genderOfFirstName((tokens[f] as Token).text) && (((/[a-z]s$/.test(before.text) || DEMONYM.test(before.text)) && !genderOfFirstName(before.text)) ||
      ORG_WORDS.has(before.text))) { s = f; break; }
  }
  // ("Secretary of State Strobe Talbott", "Minister of Foreign Affairs Ali Al-Sadiq", "Minister of
  // Transportation and Communications Lin Chia-lung": the portfolio is no part of the name.)
  if (/^(of|for|and)$/.test(tokens[s - 1]?.lower ?? '')) while (e - s > 2 && PORTFOLIOS.has((tokens[s] as Token).text)) s++;
  // ("The Mid Bedfordshire MP": a seat described, not a person's name.)
  if (s === opening && e < end && (tokens[s - 1] as Token | undefined)?.lower === 'the') return null;
  // "the League Against Cruel Sports": a capitalised preposition makes the run part of a body's name.
  const joint = tokens[s - 1];
  if (s === opening && s - 2 >= from && joint && joint.pos === 'ADP' && cap(joint) && cap(tokens[s - 2] as Token)) return null;
  const run = tokens.slice(s, e);
  // ("Michael Bloomberg", "Steve Forbes": a first name, then a surname that also names an outlet.)
  const surnamed = run.length >= 2 && !!genderOfFirstName((run[0] as Token).text);
  for (const t of run) {
    if (ORG_WORDS.has(t.text) || (OUTLET_NAMES.has(t.text) && !(surnamed && t === run[run.length - 1])) || PLACES.has(t.text)) return null;
    if (t.text.includes('-') && t.text.split('-').some((x) => PLACES.has(x))) return null;
  }
  if (run.length === 1 && /^[A-Z]{2,}$/.test((run[0] as Token).text)) return null;
  // ("Michael R. Bloomberg": a middle initial between them.)
  const firstAndSurname = surnamed && (run.length === 2 || (run.length === 3 && /^[A-Z]\.?$/.test((run[1] as Token).text)));
  if ((OUTLET_NAME_ENDINGS.has((run[run.length - 1] as Token).text) && !firstAndSurname) || DOCUMENT_NAME_ENDINGS.has((run[run.length - 1] as Token).text) ||
    PLACE_NAME_ENDINGS.has((run[run.length - 1] as Token).text)) return null;
  const titleTok = s > from ? tokens[s - 1] : undefined;
  const title = titleTok && titleTok.lower in TITLES ? titleTok.lower : null;
  const first = run[0] as Token;
  if (!title && PLACE_FIRST.has(first.text)) return null;
  // ("Michelle said", "Ahmed told the BBC": a known first name alone is a person.)
  if (!title && run.length === 1 && !(first.pos === 'PROPN' && genderOfFirstName(first.text))) return null;
  return { start: title ? s - 1 : s, end: e, title };
}

/**
 * "Chief Minister of Punjab Usman Buzdar", "Opposition Leader in the National Assembly Shehbaz
 * Sharif": an office's place or body, then its holder's given name and surname (three names when
 * the first of them is a known first name).
 */
function holderAfterPlace(tokens: Token[], from: number): { start: number; end: number; title: null } | null {
  const n = tokens.length;
  const start = n - 3 > from && genderOfFirstName((tokens[n - 3] as Token).text) ? n - 3 : n - 2;
  if (start - 1 < from || !cap(tokens[start - 1] as Token)) return null;
  if (!tokens.slice(start).every((t) => t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text))) return null;
  const run = personRun(tokens, start, n);
  return run && run.start === start && !run.title ? { start, end: n, title: null } : null;
}

/**
 * A phrase naming a publication a document appeared in: an outlet, or "the" + a capitalised
 * name that is not a place or an institution ("the Sunday Business", "the Lancet").
 */
export function publicationName(tokens: Token[]): boolean {
  const text = tokens.map((t) => t.text).join(' ');
  if (analysePhrase(tokens, text).kind === 'outlet') return true;
  if (tokens.length < 2 || (tokens[0] as Token).lower !== 'the') return false;
  const rest = tokens.slice(1);
  if (!rest.every((t) => cap(t) && t.pos === 'PROPN')) return false;
  if (rest.some((t) => PLACES.has(t.text) || MONTHS_DAYS.has(t.lower) && rest.length === 1 || /^(Commons|Lords|Parliament|House|Senate|Congress|Assembly|Court|Council|Cabinet|Government|Ministry|Department)$/.test(t.text))) return false;
  return !countryOf(rest.map((t) => t.text));
}

export function analysePhrase(tokens: Token[], text: string): PhraseInfo {
  const info: PhraseInfo = {
    text, person: null, display: null, gender: null, proper: null, head: null,
    kind: 'organisation', plural: false, definite: false,
  };
  if (tokens.length === 0) return info;
  // ("Those who attended the meeting": the people a relative clause describes.)
  if ((tokens[0] as Token).lower === 'those' && tokens[1]?.lower === 'who') return { ...info, head: 'those', kind: 'group', plural: true, definite: true };
  // ("Ontario-based RIM", "the California-based Lundberg Survey": where a body is based describes it.)
  const based = (tokens[0] as Token).pos === 'DET' ? 1 : 0;
  if (tokens.length === based + 2 && PLACED_COMPOUND.test((tokens[based] as Token).text) && cap(tokens[based + 1] as Token)) {
    const rest = [...tokens.slice(0, based), ...tokens.slice(based + 1)];
    return analysePhrase(rest, rest.map((t) => t.text).join(' '));
  }
  // ("says gamesindustry.biz": a web address in lower case is a publication; "Amazon.com said" is
  // the company.)
  if (tokens.length === 1 && webAddress((tokens[0] as Token).text)) {
    info.kind = /^[a-z]/.test(text) ? 'outlet' : 'organisation';
    info.proper = text;
    info.head = (tokens[0] as Token).lower;
    return info;
  }
  info.definite = /^(the|this|that|these|those|his|her|its|their)$/.test((tokens[0] as Token).lower) ||
    tokens.some(isPossessive);
  // Head noun: last noun before any "of/for/by/from/at" phrase.
  let headEnd = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    const l = (tokens[i] as Token).lower;
    // "a poll conducted for the BBC", "figures released by the ONS": the participle closes the head part.
    if ((/^(conducted|commissioned|carried)$/.test(l) && POLL_NOUNS.has((tokens[i - 1] as Token).lower)) ||
      (PUBLISHING_PARTICIPLES.test(l) && DOCUMENT_NOUNS.has((tokens[i - 1] as Token).lower))) { headEnd = i; break; }
    if (l === 'of' || l === 'for' || l === 'by' || l === 'from' || l === 'at' || l === 'on' || l === 'in' || l === 'into' || l === 'with' || l === 'within' || l === 'about' ||
      // ("a person briefed on the matter", "sources aware of the talks"; not "a close aide".)
      informedWordAt(tokens, i) || (l === 'to' && SERVING_ROLES.test((tokens[i - 1] as Token).lower))) { headEnd = i; break; }
  }
  // ("A Department of Justice investigation into the incident": the inquiry is the head.)
  const into = tokens.findIndex((t, i) => i > 0 && t.lower === 'into' && DOCUMENT_NOUNS.has((tokens[i - 1] as Token).lower));
  if (into > 0 && into > headEnd) headEnd = into;
  // ("A Directorate of Medical Education survey": a body's name with its own "of", then the document.)
  const lastTok = tokens[tokens.length - 1] as Token;
  if (headEnd < tokens.length - 2 && tokens[headEnd]?.lower === 'of' && /^[a-z]/.test(lastTok.text) &&
    (DOCUMENT_NOUNS.has(lastTok.lower) || POLL_NOUNS.has(lastTok.lower)) && tokens.slice(headEnd + 1, -1).every((t) => cap(t) || /^(and|&)$/.test(t.lower))) headEnd = tokens.length;
  // "a large body of studies", "a number of experts": the head is what is counted.
  if (QUANTITY_HEADS.has(tokens[headEnd - 1]?.lower ?? '') && tokens[headEnd]?.lower === 'of' && tokens[headEnd + 1] && tokens[headEnd + 1]?.pos !== 'DET') {
    let e = headEnd + 1;
    while (e < tokens.length && !/^(of|for|by|from|at|on|in|with|about)$/.test((tokens[e] as Token).lower)) e++;
    headEnd = e;
  }
  let h = headEnd - 1;
  // ("A report last month by the inspector general": the head before the time.)
  const time = h > 1 ? timePhraseEndingAt(tokens, h) : 0;
  if (time > 0 && h - time >= 1 && /^(NOUN|PROPN)$/.test(tokens[h - time]?.pos ?? '')) h -= time;
  while (h > 0 && isPossessive(tokens[h] as Token)) h--;
  const headTok = tokens[h] as Token;
  info.head = headTok.lower;

  // "the Ealing North MP": a seat and its member, not a person called Ealing North.
  const seat = (tokens[0] as Token).lower === 'the' && POSTNOMINAL.has((tokens[headEnd - 1] as Token).text);
  let run = seat ? null : personRun(tokens, 0, headEnd);
  let nameEnd = headEnd - (isPossessive(tokens[headEnd - 1] as Token) ? 1 : 0);
  // ("Chairman of the Audit Committee Peter Ainsworth MP", "Head of the Met Police Sir Ian Blair":
  // an office written out in full, then the name of its holder.)
  // ("Deputy Secretary of State Strobe Talbott", "Minister of Transportation and Communications
  // Lin Chia-lung": the name after a portfolio.)
  const office = headEnd <= 3 && ROLE_NOUNS.has(headTok.lower) && tokens.slice(0, headEnd).every(cap) && /^(of|for|in)$/.test(tokens[headEnd]?.lower ?? '');
  if (!run && office) {
    const after = personRun(tokens, headEnd + 1, tokens.length);
    const afterPortfolio = !!after && after.end - after.start >= 2 && PORTFOLIOS.has(tokens[after.start - 1]?.text ?? '');
    if (after && (after.title || genderOfFirstName((tokens[after.start] as Token).text) || afterPortfolio)) { run = after; nameEnd = tokens.length; }
    else if ((run = holderAfterPlace(tokens, headEnd + 1))) nameEnd = tokens.length;
  }
  // ("Council of Trade Unions president Helen Kelly", "mayor of Vancouver Mike Harcourt": an
  // office described with its own "of", then its holder's name from a known first name on.)
  if (!run) {
    const first = tokens.findIndex((t, k) => k > 1 && !!genderOfFirstName(t.text) && tokens.length - k >= 2 && tokens.slice(k).every(cap) &&
      (tokens[k - 1] as Token).pos !== 'ADP' && !tokens.slice(0, k).some((x) => x.lower === 'by') &&
      (tokens.slice(0, k).some((x) => /^[a-z]/.test(x.text) && ROLE_NOUNS.has(x.lower.split('-').pop() ?? '')) ||
        // ("Commission on Elections (Comelec) Chairman George Garcia": a title right before the name.)
        (ROLE_NOUNS.has((tokens[k - 1] as Token).lower) && tokens.slice(0, k).some((x) => x.text === ')')) ||
        // ("University of Queensland Professor Justin Marshall", "Bank of England Governor Mark
        // Carney": a title right before the name, after a body named with its own "of".)
        (officeWord((tokens[k - 1] as Token).lower) && cap(tokens[k - 1] as Token) && tokens.slice(0, k - 1).some((x) => x.lower === 'of'))));
    if (first > 0) { run = { start: first, end: tokens.length, title: null }; nameEnd = tokens.length; }
  }
  while (nameEnd > 1 && POSTNOMINAL.has((tokens[nameEnd - 1] as Token).text)) nameEnd--;
  // ("the Tamil Tigers", "the Liberation Tigers of Tamil Eelam": "the" and a capitalised plural
  // with no first name or title name a group, not a person.)
  const namedGroup = !!run && !run.title && run.start > 0 && (tokens[run.start - 1] as Token).lower === 'the' &&
    /[^s'’]s$/.test((tokens[run.end - 1] as Token).text) && !genderOfFirstName((tokens[run.start] as Token).text);
  // ("The literary magazine Tern Quarterly": a name after the outlet noun describing it is the outlet's.)
  const outletNamed = !!run && !run.title && run.start > 0 && OUTLET_NOUNS.has((tokens[run.start - 1] as Token).lower);
  // ("research firm Tallis Insights": a name after the body noun describing it is the body's.)
  const bodyNamed = !!run && !run.title && run.start > 0 && DESCRIBED_BODIES.test((tokens[run.start - 1] as Token).lower);
  if (run && run.end === nameEnd && !namedGroup && !outletNamed && !bodyNamed) {
    const core = tokens.slice(run.title ? run.start + 1 : run.start, run.end);
    info.person = core.map((t) => t.text).join(' ');
    // "Lord Goldsmith", "President Obama"; and "Dr. Feel", "Mr Hensel" while no first name is known.
    info.display = run.title && ((NAME_TITLES.has(run.title) && run.title !== 'president') || core.length === 1)
      ? `${(tokens[run.start] as Token).text} ${info.person}` : info.person;
    info.gender = (run.title ? TITLES[run.title] : null) ?? genderOfFirstName((core[0] as Token).text);
    info.kind = 'person';
    return info;
  }
  // "Reports have claimed" (a capital that only opens the sentence); "the Beige Book", "the
  // World Economic Outlook": a named document.
  // "senior party figures", "leading figures": people, not statistics.
  const peopleFigures = headTok.lower === 'figures' && tokens.slice(0, h).some((t) => /^(senior|party|leading|key|public|prominent|political|opposition|top|business|industry|community|religious|establishment)$/.test(t.lower));
  const docNoun = !peopleFigures && (DOCUMENT_NOUNS.has(headTok.lower) && (!cap(headTok) || h === 0)) ||
    (DOCUMENT_NAME_ENDINGS.has(headTok.text) && h > 0 && cap(tokens[h - 1] as Token));
  // ("Wired Italy", "BBC Scotland": an outlet's national edition.)
  const edition = h > 0 && (PLACES.has(headTok.text) || !!countryOf([headTok.text])) &&
    (OUTLET_NAMES.has((tokens[h - 1] as Token).text) || OUTLET_NAME_ENDINGS.has((tokens[h - 1] as Token).text));
  // ("Canada Post reported a loss", "Australia Post": a country's postal service, not a paper.)
  const postalService = headTok.text === 'Post' && h === 1 && !!countryOf([(tokens[0] as Token).text]);
  // ("the Press Trust of India", "the News Agency of Nigeria", "the Press Association": a news agency.)
  const newsAgency = h > 0 && /^(Agency|Trust|Association|Service)$/.test(headTok.text) && /^(Press|News)$/.test((tokens[h - 1] as Token).text);
  // ("state news agency KUNA", "the newspaper Dawn", "broadcaster RTE": a name after the outlet noun describing it.)
  const describedOutlet = (h > 0 && cap(headTok) && (OUTLET_NOUNS.has(tokens[h - 1]?.text ?? '') ||
    ((tokens[h - 1] as Token).text === 'agency' && tokens[h - 2]?.lower === 'news'))) || outletNamed;
  // ("KATU-TV", "WXYZ-FM": a station's call sign.)
  const station = /^[A-Z]{3,5}-(TV|FM|AM|DT)$/.test(headTok.text);
  if (!postalService && (edition || newsAgency || describedOutlet || station || OUTLET_NAMES.has(headTok.text) ||
    (cap(headTok) && OUTLET_NAME_ENDINGS.has(headTok.text) && (h > 0 || OUTLET_NAMES.has(headTok.text))))) {
    info.kind = 'outlet';
  } else if ((OUTLET_NOUNS.has(headTok.lower) || (/^agenc/.test(headTok.lower) && (tokens[h - 1]?.lower === 'news' ||
    // ("the Associated Press agency", "the Xinhua agency".)
    OUTLET_NAMES.has(tokens[h - 1]?.text ?? '') || OUTLET_NAME_ENDINGS.has(tokens[h - 1]?.text ?? '')))) && !cap(headTok)) {
    info.kind = 'outlet';
  } else if (POLL_NOUNS.has(headTok.lower)) {
    info.kind = 'poll';
  } else if (docNoun) {
    info.kind = 'document';
  } else if (peopleFigures) {
    info.kind = 'group';
    info.plural = true;
  } else if ((GROUP_NOUNS.has(headTok.lower) || (/s$/.test(headTok.lower) && PEOPLE_NOUNS.has(headTok.lower.slice(0, -1)))) &&
    (!cap(headTok) || tokens.slice(0, h).every((t) => t.pos === 'DET'))) {
    // "Officials said", "Critics say": a capital that only opens the sentence is not a name.
    info.kind = 'group';
    info.plural = true;
  } else if (ROLE_NOUNS.has(headTok.lower)) {
    info.kind = 'person';
  } else if (/s$/.test(headTok.lower) && headTok.pos === 'NOUN' && (!cap(headTok) || h === 0)) {
    // ("Customers can ...": a capital that only opens the sentence.)
    info.kind = 'group';
    info.plural = true;
  }
  // A capitalised name anywhere in the head part (organisation, outlet or country).
  const capitalised = tokens.slice(0, headEnd).some((t) => cap(t) && t.pos !== 'DET');
  if (capitalised && cap(headTok) && (headTok.pos === 'PROPN' || h > 0) && !ROLE_NOUNS.has(headTok.lower) &&
    info.kind !== 'group') info.proper = text;
  return info;
}
