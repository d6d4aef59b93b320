/**
 * One key per country for its name, short forms and nationality adjective: "American",
 * "U.S." and "United States" officials are the same country's officials. A general gazetteer
 * of forms (no office holders); regular adjectives are derived and checked against PLACES.
 */
import { PLACES } from './lexicon';

const FORMS: Record<string, string> = {
  american: 'united states', 'u.s.': 'united states', us: 'united states', 'u.s': 'united states', america: 'united states',
  'united states': 'united states', british: 'united kingdom', uk: 'united kingdom', 'u.k.': 'united kingdom',
  britain: 'united kingdom', 'united kingdom': 'united kingdom', french: 'france', dutch: 'netherlands',
  swiss: 'switzerland', greek: 'greece', turkish: 'turkey', spanish: 'spain', danish: 'denmark', swedish: 'sweden',
  norwegian: 'norway', finnish: 'finland', polish: 'poland', irish: 'ireland', welsh: 'wales', scottish: 'scotland',
  english: 'england', filipino: 'philippines', philippine: 'philippines', afghan: 'afghanistan', thai: 'thailand',
  saudi: 'saudi arabia', lebanese: 'lebanon', mexican: 'mexico', peruvian: 'peru', emirati: 'united arab emirates',
  'south korean': 'south korea', 'north korean': 'north korea', 'south african': 'south africa',
  'new zealand': 'new zealand', 'sri lankan': 'sri lanka', 'sri lanka': 'sri lanka', eu: 'european union',
  european: 'european union', 'european union': 'european union', un: 'united nations', 'u.n.': 'united nations',
};

const place = (w: string): string | null => (PLACES.has(w) ? w.toLowerCase() : null);

/** The country a name or adjective stands for ("Russian" → "russia"), or null. */
function countryOfWord(word: string): string | null {
  const w = word.replace(/['’]s$/, '');
  const known = FORMS[w.toLowerCase()];
  if (known) return known;
  if (!/^[A-Z][a-z]+$/.test(w)) return null;
  if (PLACES.has(w) && !/(an|ese|i|ish)$/.test(w)) return w.toLowerCase();
  // Russian → Russia, Egyptian → Egypt, Italian → Italy, Chinese → China, Japanese → Japan,
  // Pakistani → Pakistan, German → Germany.
  const stems = [w.slice(0, -1), w.slice(0, -3), w.replace(/ian$/, 'y'), w.replace(/ian$/, 'a'), w.replace(/ese$/, 'a'),
    w.replace(/ese$/, ''), w.replace(/i$/, ''), `${w}y`];
  for (const s of stems) if (s !== w && place(s)) return s.toLowerCase();
  return null;
}

/** A comparison key for a group's modifiers, with country forms made one ("U.S." = "American"). */
export function modifierKey(mods: string[]): string {
  const whole = FORMS[mods.join(' ').toLowerCase()];
  if (whole) return whole;
  return mods.map((w) => countryOfWord(w) ?? w.toLowerCase()).join(' ');
}

/** The country the modifiers name as a whole ("Venezuelan" → "venezuela"), or null. */
export function countryOf(mods: string[]): string | null {
  const named = mods.length > 0 && (FORMS[mods.join(' ').toLowerCase()] || (mods.length === 1 && countryOfWord(mods[0] as string)));
  return named ? modifierKey(mods) : null;
}

/**
 * Capitals that news uses for their governments ("Moscow would cut back military activity",
 * "Washington will double its financing"): a general gazetteer, used where a state's own
 * officials speak, not for every mention of the city.
 */
const CAPITALS: Record<string, string> = {
  washington: 'united states', moscow: 'russia', kremlin: 'russia', beijing: 'china', london: 'united kingdom',
  paris: 'france', berlin: 'germany', tokyo: 'japan', seoul: 'south korea', pyongyang: 'north korea',
  kyiv: 'ukraine', kiev: 'ukraine', tehran: 'iran', baghdad: 'iraq', damascus: 'syria', ankara: 'turkey',
  cairo: 'egypt', riyadh: 'saudi arabia', islamabad: 'pakistan', kabul: 'afghanistan', 'new delhi': 'india',
  delhi: 'india', ottawa: 'canada', canberra: 'australia', wellington: 'new zealand', dublin: 'ireland',
  rome: 'italy', madrid: 'spain', lisbon: 'portugal', athens: 'greece', warsaw: 'poland', minsk: 'belarus',
  budapest: 'hungary', vienna: 'austria', stockholm: 'sweden', oslo: 'norway', copenhagen: 'denmark',
  helsinki: 'finland', 'the hague': 'netherlands', brussels: 'european union', taipei: 'taiwan', hanoi: 'vietnam',
  manila: 'philippines', jakarta: 'indonesia', bangkok: 'thailand', 'kuala lumpur': 'malaysia', dhaka: 'bangladesh',
  caracas: 'venezuela', havana: 'cuba', brasilia: 'brazil', 'buenos aires': 'argentina', 'mexico city': 'mexico',
  pretoria: 'south africa', nairobi: 'kenya', abuja: 'nigeria', addis: 'ethiopia', khartoum: 'sudan',
  tripoli: 'libya', doha: 'qatar', 'abu dhabi': 'united arab emirates', beirut: 'lebanon', amman: 'jordan',
  tbilisi: 'georgia', yerevan: 'armenia', baku: 'azerbaijan', belgrade: 'serbia',
};

/** The country whose government a capital's name stands for ("Moscow" → "russia"), or null. */
export function countryOfCapital(words: string[]): string | null {
  return CAPITALS[words.join(' ').toLowerCase()] ?? null;
}
