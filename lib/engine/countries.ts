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
