/**
 * Whether a phrase can name someone who speaks, believes or publishes: a person, a body, an
 * outlet, a document or a group of people. "Twelve equations that describe the atmosphere",
 * "as its name suggests" and "one idea holds" have a speech verb but no source.
 */
import type { Mention } from './mentions';
import { analysePhrase } from './names';
import {
  DOCUMENT_NOUNS, GROUP_NOUNS, MONTHS_DAYS, OUTLET_NOUNS, PEOPLE_NOUNS, POLL_NOUNS, RESPONDENT_PARTICIPLES, ROLE_NOUNS,
  SPEAKING_BODIES, TITLES,
} from './lexicon';

/** Agent and membership suffixes of nouns for people ("campaigner", "historians", "diabetics"). */
const PERSON_SUFFIX = /(er|or|ist|ian|ant|ent|ee|man|woman)$/;
const PEOPLE_SUFFIX = /(ers|ors|ists|ians|ants|ents|ees|men|women|ives|ics|ites)$/;
/** ("argument", "statements": things, though they end like "resident".) */
const THING_SUFFIX = /ments?$/;

const QUANTITY = /^(lot|lots|number|numbers|majority|handful|couple|dozens|hundreds|thousands|millions|host|few|many|most|some|all|half|third|quarter|per|percent|%)$/;

const known = (noun: string): boolean =>
  ROLE_NOUNS.has(noun) || GROUP_NOUNS.has(noun) || PEOPLE_NOUNS.has(noun) || SPEAKING_BODIES.has(noun) ||
  DOCUMENT_NOUNS.has(noun) || OUTLET_NOUNS.has(noun) || POLL_NOUNS.has(noun) || noun in TITLES;

/** The singular of a regular plural ("agencies" → "agency", "sources" → "source"). */
function singulars(noun: string): string[] {
  const out = [noun];
  if (noun.endsWith('ies')) out.push(`${noun.slice(0, -3)}y`);
  if (noun.endsWith('es')) out.push(noun.slice(0, -2));
  if (noun.endsWith('s')) out.push(noun.slice(0, -1));
  return out;
}

export function canSpeak(m: Mention): boolean {
  if (m.pronoun) return true;
  // "The programme's host, Jonathan Dimbleby, told ...": a name in apposition.
  if (m.appositives.some((a) => a.some((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text)))) return true;
  // ("The clerk, a 19-year-old woman, told": a person, by the description set off after it.)
  if (m.appositives.some((a) => analysePhrase(a, a.map((t) => t.text).join(' ')).kind === 'person')) return true;
  const info = analysePhrase(m.tokens, m.text);
  if (info.person || info.proper || info.kind === 'outlet' || info.kind === 'poll' || info.kind === 'document') return true;
  // A capitalised word past the sentence's first names someone ("Labour", "Whitehall sources", "the BBC").
  // (At the start of a sentence only a name, or a name tagged as a verb: "Feel said", not "Equations describe".)
  if (m.tokens.some((t, k) => /^[A-Z]/.test(t.text) && !MONTHS_DAYS.has(t.lower) && (m.start + k > 0 || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'X'))) return true;
  // ("BAA, which operates all three, said": an acronym.)
  if (m.tokens.length === 1 && /^[A-Z]{2,6}$/.test(m.tokens[0]?.text ?? '')) return true;
  // ("Number 10 said": a name of capitals and numbers.)
  if (m.tokens.length >= 2 && m.tokens.every((t) => /^[A-Z0-9]/.test(t.text))) return true;
  // Online handles: "elmo666", "@Uber_Sydney".
  if (m.tokens.some((t) => /^@\w|[a-z]\d|\d[a-z]|[a-z]_[a-z]/i.test(t.text))) return true;
  // "69% of those questioned said", "many of those interviewed said": a poll's respondents.
  if (m.tokens.some((t, k) => t.lower === 'those' && RESPONDENT_PARTICIPLES.test(m.tokens[k + 1]?.lower ?? ''))) return true;
  // ("The 34-year-old said": a person described by age.)
  if (/^\d+-year-old$/.test(info.head ?? '') || m.tokens.some((t) => /^\d+-year-old$/.test(t.lower))) return true;
  // ("Those who attended the meeting said": the people a relative clause describes.)
  if (info.head === 'those' && info.kind === 'group') return true;
  // "A lot of content editors", "a number of experts": the people counted.
  const last = m.tokens[m.tokens.length - 1];
  const head = QUANTITY.test(info.head ?? '') && last ? last.lower : info.head ?? '';
  if (singulars(head).some(known)) return true;
  return !THING_SUFFIX.test(head) && (PERSON_SUFFIX.test(head) || PEOPLE_SUFFIX.test(head));
}
