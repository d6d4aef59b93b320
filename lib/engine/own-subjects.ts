/**
 * The speaker's own side as the subject of a reported future clause: "he / we / it would", "the
 * party will", "his aides will", "our teams will", "a Conservative government will", a
 * spokesperson's principal, the speaker's own name, the body the speaker's description names.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { properlyNamed, type Entity } from './entities';
import { isComma, isGenitive, opensClause } from './mentions';
import { ORG_WORDS, analysePhrase } from './names';
import { countryNamed, describingWords, speaksForCountry, speaksForNamedCountry } from './state-speakers';
import { FUTURE_MARKERS, PERSONAL_TITLE } from './lexicon';
import { partyKey } from './parties';
import { OWN_PEOPLE, STAFF, affiliatedWith, observer, policeSource, principalAt, speaksForHolder, spokesperson } from './own-side';
import { undertakingAt } from './own-undertakings';
import { runsTerritory } from './territories';
import { timePhraseEndingAt } from './time-phrases';

/** Nouns for the body a speaker acts for: "the government would ...", "the party will ...". */
const BODY = /^(government|cabinet|executive|palace|presidency|municipality|command|authority|regulator|army|military|navy|party|company|firm|group|administration|ministry|department|council|bank|club|union|league|board|police|authorities|organisation|organization|agency|team|trust|hospital|university|commission|service|institute|association|business|corporation|conglomerate|airline|carrier|retailer|insurer|lender|manufacturer|maker|automaker|carmaker|chipmaker|drugmaker|operator|utility|supplier|producer|broadcaster|charity|caucus|committee|campaign|squad|side|force|federation|foundation|school|college|clinic|coalition|delegation|chamber|office|family|lab|laboratory|studio|mission|embassy|bureau)$/;

export interface OwnSubject {
  /** The index of the subject's last word. */
  end: number;
  /** The speaker's own party, by name ("a Conservative government will"). */
  party: boolean;
  /** The body's own campaign or plan ("Labour's slogan would be ..."): a commitment, whatever its verb. */
  plan: boolean;
}

const found = (end: number, party = false, plan = false): OwnSubject => ({ end, party, plan });

/** The speaker's own side as a subject starting at `k`, inside the clause from `from` to `to`, else null. */
export function ownSubjectAt(s: Sentence, k: number, from: number, to: number, source: Entity, inQuote: boolean): OwnSubject | null {
  const toks = s.tokens;
  const t = toks[k] as Token;
  const l = t.lower;
  // "“A Conservative government will axe 162 quangos”", said by a Conservative spokesman.
  const party = source.kind === 'person' ? ownPartyBody(s, k, to, source) : -1;
  if (party > 0) return found(party, true);
  const undertaking = undertakingAt(toks, k, from, to, source, inQuote);
  if (undertaking > 0) return found(undertaking, false, true);
  if (inQuote) {
    if (l === 'we' || l === 'i') return found(k);
    // ("“Our teams ... will take action”": the speaker's own people.)
    // (Only "our" opening its clause: not "it will not break our people's will".)
    if (l === 'our' && (opensClause(toks, k, from) || afterFrontedTime(toks, k, from))) {
      let h = k + 1;
      while (h < to - 1 && /^(ADJ|NOUN|PROPN)$/.test((toks[h + 1] as Token).pos)) h++;
      if (OWN_PEOPLE.test(toks[h]?.lower ?? '') && !isGenitive(toks[h + 1])) return found(h);
    }
    // (“this committee will find out who”: the body the speaker stands in.)
    if (l === 'this' && opensClause(toks, k, from) && BODY.test(toks[k + 1]?.lower ?? '') && FUTURE_MARKERS.has(toks[k + 2]?.lower ?? '')) return found(k + 1);
    // (“No farmer will be left without compensation”, “no stone will be left unturned”: a guarantee.)
    const none = nobodyLeft(toks, k, to);
    if (none > 0 && opensClause(toks, k, from)) return found(none, false, true);
    const own = opensClause(toks, k, from) ? quotedOwnBody(s, k, to, source) : -1;
    return own >= 0 ? found(own) : null;
  }
  // ("A spokeswoman for the company said it would run a limited timetable": the body spoken for.)
  if (l === 'it' && source.kind === 'person' && spokesperson(source) && !source.aliases.some((a) => PERSONAL_TITLE.test(a))) return found(k);
  // ("A utility spokesman said crews would work through the night": the body's own people, bare.)
  if (/^(crews|engineers|staff|teams|technicians)$/.test(l) && opensClause(toks, k, from) && (source.kind === 'organisation' || spokesperson(source))) return found(k);
  if (source.kind === 'person') {
    if ((l === 'he' && source.gender !== 'f') || (l === 'she' && source.gender !== 'm') ||
      // "Rival Sony has said it will launch": a name with no gender, no title and no role speaks for a body.
      (l === 'it' && !source.gender && !source.roleList.length && !source.aliases.some((a) => PERSONAL_TITLE.test(a)))) return found(k);
  }
  else if ((l === 'he' || l === 'she') && speaksForHolder(source, l)) return found(k);
  // (A group is "they": "charities who say it would give better safeguards" speak of the bill.)
  else if ((l === 'it' && source.kind !== 'group' && !source.plural) || l === 'they' || l === 'we') return found(k);
  // (Not an observer's: "the analyst said the central bank would raise rates" forecasts.)
  // (An observer's own people still are: "Prof Kerrigan said her team would publish".)
  // ("Her spokeswoman said the governor will not sign the bill": the principal by office.)
  if (l === 'the' && spokesperson(source)) {
    const office = toks[k + 1]?.lower === 'prime' ? k + 2 : k + 1;
    if (/^(governor|president|mayor|minister|premier|chancellor|senator|congressman|congresswoman|secretary|king|queen)$/.test(toks[office]?.lower ?? '') &&
      FUTURE_MARKERS.has(toks[office + 1]?.lower ?? '')) return found(office);
  }
  // (A relative's own family: "Her daughter said the family would attend every hearing".)
  if (/^(the|his|her|its|their)$/.test(l) && (l !== 'the' || !observer(source) || toks[k + 1]?.lower === 'family')) {
    const own = ownBodyOrStaff(s, k, to);
    if (own >= 0) return found(pastRelativeClause(toks, own, to));
    // ("Gov. Wolf said the state will not call up the Guard": the place the speaker runs.)
    if (l === 'the' && runsTerritory(source, toks[k + 1]?.lower ?? '')) return found(k + 1);
  }
  // ("union officials said ... workers would take industrial action": a union's members striking.)
  if (unionAction(s, k, from, to, source) || policeAction(s, k, from, source)) return found(k);
  // ("said government would not renege", "said cabinet would meet": the body without its article.)
  if ((l === 'government' || l === 'cabinet') && opensClause(toks, k, from) && FUTURE_MARKERS.has(toks[k + 1]?.lower ?? '')) return found(k);
  // ("The White House said President Obama would sign ...", "The spokesperson said Foreign
  // Minister Qureshi will visit ...": a spokesperson announces the principal's own action.)
  if (principalAt(s, k, from) && spokesperson(source)) {
    let b = k;
    while (b + 1 < to && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
    // ("... confirmed that Pence plans to release his tax returns".)
    if (FUTURE_MARKERS.has(toks[b + 1]?.lower ?? '') || (/^(plans|intends)$/.test(toks[b + 1]?.lower ?? '') && toks[b + 2]?.lower === 'to')) return found(b);
  }
  // ("Health Minister Brian Gibbons will devote a day a week to it, he has told MPs.": the
  // speaker named as the subject of their own future.)
  if (source.kind === 'person' && t.pos === 'PROPN' && namesSource(s, k, to, source)) {
    let end = k;
    while (end + 1 < to && (toks[end + 1] as Token).pos === 'PROPN') end++;
    return found(end);
  }
  // ("President Obama said the United States will levy new sanctions", "insisted that OPEC would
  // keep close tabs": the country or named body the speaker acts for.)
  const named = namedBodyAt(s, k, from, to, source);
  if (named) return named;
  if (source.kind === 'person') {
    const body = describedBody(s, k, from, to, source);
    if (body) return body;
    // A person speaking for a body just named ("if the party was in government, it would").
    if ((l === 'it' || l === 'we') && toks.slice(from, k).some((x) => BODY.test(x.lower))) return found(k);
  }
  return null;
}

/**
 * Inside the speaker's quotation, the speaker's own body by name or by its noun: "“The Environment
 * Agency will pursue …”" from its chief executive, "“The university is committed to …”" from the
 * university. The index of the name's last word, else -1.
 */
function quotedOwnBody(s: Sentence, k: number, to: number, source: Entity): number {
  const toks = s.tokens;
  const the = toks[k]?.lower === 'the';
  const a = the ? k + 1 : k;
  let b = a;
  while (b + 1 < to && /^[A-Z]/.test((toks[b + 1] as Token).text) && (toks[b + 1] as Token).pos === 'PROPN') b++;
  if (!/^[A-Z]/.test(toks[a]?.text ?? '')) {
    // ("the university" from a university: the body's noun in the speaker's own name; "the
    // company" from any named business: “The company will return these prices …,” Pfizer said.)
    const noun = toks[a]?.lower ?? '';
    const ownNoun = source.name.toLowerCase().split(/\s+/).includes(noun) || (/^(company|firm|business|group|corporation)$/.test(noun) && properlyNamed(source));
    // (“The city will open three cooling centres,” the mayor said: the place the speaker runs.)
    if (the && runsTerritory(source, noun)) return a;
    return the && BODY.test(noun) && source.kind === 'organisation' && ownNoun ? a : -1;
  }
  const words = toks.slice(a, b + 1).map((x) => x.text);
  const name = words.join(' ');
  if (name === source.name || source.aliases.includes(name)) return b;
  // (“China has committed to …”" from China's president.)
  if (source.kind === 'person' && countryNamed(words)) return speaksForNamedCountry(source, words) ? b : -1;
  if (source.kind !== 'person' || !ORG_WORDS.has((toks[b] as Token).text)) return -1;
  // ("Sir James Bevan, chief executive of the Environment Agency": the body his role names.)
  const lower = name.toLowerCase().split(' ');
  return affiliatedWith(source, name) || source.roleList.some((r) => lower.every((w) => r.words.has(w))) ? b : -1;
}

/**
 * "said the foundation that runs the award would review …": the relative clause after the body
 * belongs to its subject; the index before the main clause's future, else the body's own end.
 */
function pastRelativeClause(toks: Token[], end: number, to: number): number {
  if (!/^(that|which|who)$/.test(toks[end + 1]?.lower ?? '')) return end;
  for (let m = end + 3; m < to && m <= end + 9; m++) {
    if (isComma(toks[m])) return end;
    if (FUTURE_MARKERS.has((toks[m] as Token).lower)) return m - 1;
  }
  return end;
}

/** Industrial action: "strike", "walk out", "take (industrial) action", "continue to mount strikes". */
const STRIKE_ACTION = /^(strike|strikes|walk|walkout|walkouts|picket|boycott|action|protests?|stoppages?)$/;

/** A union, a labour federation or its officials speaking of its members' industrial action (bare "workers will strike"). */
function unionAction(s: Sentence, k: number, from: number, to: number, source: Entity): boolean {
  const toks = s.tokens;
  if (!/^(workers|members|staff|employees)$/.test(toks[k]?.lower ?? '') || !opensClause(toks, k, from)) return false;
  if (!FUTURE_MARKERS.has(toks[k + 1]?.lower ?? '')) return false;
  if (!source.aliases.some((a) => /\b(unions?|labou?r federation|trades? union congress|confederation of labou?r)\b/i.test(a))) return false;
  return toks.slice(k + 2, Math.min(to, k + 8)).some((t) => STRIKE_ACTION.test(t.lower));
}

/** A police force or officer speaking of its officers' next steps ("Bixby said deputies would step up patrols"). */
function policeAction(s: Sentence, k: number, from: number, source: Entity): boolean {
  const toks = s.tokens;
  if (!/^(officers|deputies|detectives|police|troopers|investigators|patrols)$/.test(toks[k]?.lower ?? '') || !opensClause(toks, k, from)) return false;
  if (!FUTURE_MARKERS.has(toks[k + 1]?.lower ?? '')) return false;
  return policeSource(source);
}

/** After "the / his / her / its / their" at `k`: the body ("the government") or the staff ("his aides") it opens; its last index, else -1. */
function ownBodyOrStaff(s: Sentence, k: number, to: number): number {
  const toks = s.tokens;
  let b = k + 1;
  // ("the Scottish Government", "the Government", "the central bank": past the body's name or
  // adjectives to its head.)
  // ("said the health department would ...": past a noun only as the clause's subject, not
  // "warned the football authorities that ...".)
  let pastNoun = false;
  while (b < to && b - k < 4 && !(BODY.test((toks[b] as Token).lower) && !/^[A-Z]/.test(toks[b + 1]?.text ?? ''))) {
    const t = toks[b] as Token;
    const noun = /^[a-z]/.test(t.text) && t.pos === 'NOUN' && toks[b + 1]?.pos === 'NOUN';
    if (!/^[A-Z]/.test(t.text) && t.pos !== 'ADJ' && !noun) break;
    pastNoun ||= noun;
    b++;
  }
  // (Not "the other side", "the rival campaign": someone else's.)
  // ("the merged company", "the combined group": the body a deal would make, not the speaker's.)
  const contrast = toks.slice(k + 1, b).some((x) => /^(other|rival|opposing|opposition|another|visiting|home|away|merged|combined|enlarged|acquired|target)$/.test(x.lower));
  if (BODY.test(toks[b]?.lower ?? '') && !contrast && !(pastNoun && !/^(AUX|VERB|ADV)$/.test(toks[b + 1]?.pos ?? ''))) return b;
  if (toks[k]?.lower === 'the') return -1;
  // ("said senior members of his staff would travel": the speaker's own people.)
  // ("its estimated 200,000 members would ...": past a count and its adjectives.)
  let h = k + 1;
  while (h < to && h - k <= 3 && countModifier(toks, h)) h++;
  return STAFF.test(toks[h]?.lower ?? '') ? h : -1;
}

/** An adjective or a count before a noun, or the participle before a count ("estimated 200,000"). */
function countModifier(toks: Token[], m: number): boolean {
  return /^(ADJ|NUM)$/.test((toks[m] as Token).pos) ||
    ((toks[m] as Token).pos === 'VERB' && /ed$/.test((toks[m] as Token).lower) && toks[m + 1]?.pos === 'NUM');
}

/**
 * A person speaking for the body their own description names: "SEC chairman William Donaldson
 * ... said the SEC would", "Labour will ..., the party's election chief has said".
 */
function describedBody(s: Sentence, k: number, from: number, to: number, source: Entity): OwnSubject | null {
  const toks = s.tokens;
  const t = toks[k] as Token;
  if (!/^[A-Z]/.test(t.text) || !(t.pos === 'PROPN' || /^[A-Z]{2,}$/.test(t.text)) || s.quoted[k]) return null;
  let b = k;
  while (b + 1 < to && ((toks[b + 1] as Token).pos === 'PROPN' || /^[A-Z]{2,}$/.test((toks[b + 1] as Token).text)) && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
  const opens = opensClause(toks, k, from) || (toks[k - 1]?.lower === 'the' && k - 1 === from);
  // ("Mr Milburn said Labour's slogan would be ...": the body's own campaign, plan or policy.)
  let owned = b;
  if (isGenitive(toks[b + 1])) {
    let c = b + 2;
    while (c < to && c - b < 5 && /^(NOUN|ADJ)$/.test((toks[c] as Token).pos) && /^[a-z]/.test((toks[c] as Token).text)) c++;
    if (c > b + 2 && FUTURE_MARKERS.has(toks[c]?.lower ?? '')) owned = c - 1;
  }
  if (!opens || !FUTURE_MARKERS.has(toks[owned + 1]?.lower ?? '')) return null;
  const name = toks.slice(k, b + 1).map((x) => x.text).join(' ');
  // (Never a person: "he stressed Mr Brown would play the same role".)
  const info = analysePhrase(toks.slice(k, b + 1), name);
  const person = info.kind === 'person' && (!!info.gender || /^(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)$/.test(t.text));
  if (person || !affiliatedWith(source, name.replace(/['’]s$/, ''))) return null;
  // (What the body's own campaign "would be" is its plan, not a forecast.)
  return found(owned, false, owned > b);
}

/**
 * "a Conservative government will ...", "Liberal Democrats would ...": the speaker's own party
 * (by the speaker's description) as the subject; the index of the phrase's last word, else -1.
 */
function ownPartyBody(s: Sentence, k: number, to: number, source: Entity): number {
  const toks = s.tokens;
  let b = /^(a|an|the)$/.test(toks[k]?.lower ?? '') ? k + 1 : k;
  const first = b;
  while (b < to && /^[A-Z]/.test((toks[b] as Token).text) && b - first < 3) b++;
  if (b === first) return -1;
  // The party itself ("Liberal Democrats would") or its government, MPs, members.
  const head = /^(government|party|administration|mps|members|ministers)$/.test(toks[b]?.lower ?? '') ? b : b - 1;
  if (!FUTURE_MARKERS.has(toks[head + 1]?.lower ?? '')) return -1;
  const name = toks.slice(first, b).map((x) => x.text).join(' ');
  return partyKey(name) && affiliatedWith(source, name) ? head : -1;
}

/** The person source named by the capitalised run at `k`, opening its clause, right before a future modal. */
function namesSource(s: Sentence, k: number, to: number, source: Entity): boolean {
  const toks = s.tokens;
  let b = k;
  while (b + 1 < to && (toks[b + 1] as Token).pos === 'PROPN' && /^[A-Z]/.test((toks[b + 1] as Token).text)) b++;
  if (!FUTURE_MARKERS.has(toks[b + 1]?.lower ?? '') || (k > 0 && !/^(PROPN|NOUN|ADJ|DET)$/.test((toks[k - 1] as Token).pos) && !isComma(toks[k - 1]) && toks[k - 1]?.lower !== 'that')) return false;
  const surname = (toks[b] as Token).text;
  return source.name.split(/\s+/).pop() === surname && source.name.includes((toks[k] as Token).text);
}

/**
 * A country, an acronym or a name with a body's word ("OPEC", "the United States", "the Audit
 * Commission") opening the reported clause before a future modal, said by someone who is not
 * an observer: the body the speaker acts for. Not a party (only the speaker's own counts, above),
 * and not another country than the one the speaker's description names.
 */
function namedBodyAt(s: Sentence, k: number, from: number, to: number, source: Entity): OwnSubject | null {
  const toks = s.tokens;
  if (!(k === from || /^(that|,)$/.test(toks[k - 1]?.lower ?? '')) || observer(source)) return null;
  const a = toks[k]?.lower === 'the' ? k + 1 : k;
  const t = toks[a];
  if (!t || !/^[A-Z]/.test(t.text) || !(t.pos === 'PROPN' || /^[A-Z]{2,}$/.test(t.text)) || s.quoted[a]) return null;
  let b = a;
  while (b + 1 < to && /^[A-Z]/.test((toks[b + 1] as Token).text) && ((toks[b + 1] as Token).pos === 'PROPN' || /^[A-Z]{2,}$/.test((toks[b + 1] as Token).text))) b++;
  if (!FUTURE_MARKERS.has(toks[b + 1]?.lower ?? '')) return null;
  const words = toks.slice(a, b + 1).map((x) => x.text);
  const name = words.join(' ');
  const info = analysePhrase(toks.slice(a, b + 1), name);
  if (info.kind === 'person' || info.kind === 'document' || info.person || !info.proper || partyKey(name)) return null;
  const described = describingWords(source);
  const country = countryNamed(words);
  if (country) return speaksForCountry(source, country) ? found(b) : null;
  if (!words.some((w) => /^[A-Z]{2,}$/.test(w) || ORG_WORDS.has(w)) && name !== 'Government') return null;
  // ("FSA chairman Colin Marsh said Parliament would act": his description names another body.)
  const bodies = described.filter((w) => /^[A-Z]{2,}$/.test(w.replace(/['’]s$/, '')) || ORG_WORDS.has(w.replace(/['’]s$/, '')));
  return bodies.length > 0 && !bodies.some((w) => words.includes(w.replace(/['’]s$/, ''))) ? null : found(b);
}

/** "No farmer will be left …", "no one will be left behind": the subject's last index, else -1. */
function nobodyLeft(toks: Token[], k: number, to: number): number {
  if (!/^(no|nobody|none)$/.test(toks[k]?.lower ?? '')) return -1;
  let h = k;
  while (h + 1 < to && h - k < 3 && /^(NOUN|ADJ|PRON|NUM)$/.test((toks[h + 1] as Token).pos) && !FUTURE_MARKERS.has((toks[h + 1] as Token).lower)) h++;
  const will = toks[h + 1]?.lower ?? '';
  return /^(will|shall)$/.test(will) && toks[h + 2]?.lower === 'be' && toks[h + 3]?.lower === 'left' ? h : -1;
}

/** "This time our polling agents will …": `k` opens its clause past a fronted time phrase. */
function afterFrontedTime(toks: Token[], k: number, from: number): boolean {
  const time = timePhraseEndingAt(toks, k - 1) || (/^(this|next)$/.test(toks[k - 2]?.lower ?? '') && toks[k - 1]?.lower === 'time' ? 2 : 0);
  return time > 0 && opensClause(toks, k - time, from);
}
