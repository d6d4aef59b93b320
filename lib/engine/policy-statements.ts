/**
 * An office-holder stating what their side will do: "the minister said the plans would not
 * affect asylum claims", "the executive said the two newspapers would add eight pages", "she said
 * the target would remain at 12 months". The reported clause's subject is a policy, a plan or the
 * body the speaker runs, so the future is theirs to decide: a pledge, not a forecast.
 */
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import type { Entity } from './entities';
import { FUTURE_MODALS } from './lexicon';

/** Roles that decide policy for a body (not commentators, not backbenchers). */
const OFFICE_ROLES = new Set(['minister', 'secretary', 'chancellor', 'premier', 'president', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'executive', 'ceo', 'director', 'governor', 'mayor',
  'commissioner', 'chief', 'head', 'boss']);

/** Subjects that are a body's own decisions or the body itself. */
const POLICY_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals', 'change', 'changes', 'policy', 'policies', 'scheme',
  'bill', 'law', 'legislation', 'measure', 'measures', 'reform', 'reforms', 'manifesto', 'budget', 'programme', 'program',
  'review', 'inquiry', 'strategy', 'target', 'targets', 'funding', 'money', 'cash', 'package', 'rules', 'cuts',
  'priority', 'priorities', 'allowance', 'allowances', 'initiative', 'talks', 'decision', 'move', 'deal', 'government',
  'party', 'administration', 'ministry', 'department', 'company', 'firm', 'newspapers', 'papers', 'report', 'speech',
  'statement', 'role', 'office', 'post', 'system', 'service', 'body', 'agency', 'unit', 'authority', 'tax', 'taxes', 'cap',
  'limit', 'ban', 'increase', 'cut', 'grant', 'grants', 'payments', 'campaign', 'slogan', 'consultation']);

const OPENERS = new Set(['the', 'these', 'this', 'its', 'their', 'his', 'her', 'our', 'new']);
/** Verbs of a plan's consequences, which are judged rather than decided ("would contravene EU policy"). */
const CONSEQUENCES = new Set(['contravene', 'breach', 'violate', 'undermine', 'damage', 'harm', 'hurt', 'cost', 'mean',
  'lead', 'create', 'cause', 'threaten', 'destroy', 'even', 'help', 'benefit', 'boost', 'hit', 'leave', 'allow', 'enable']);

/** "Ministers say ...": the government's office-holders, speaking as people do. */
const ministers = (source: Entity): boolean => source.kind === 'group' && /^(the )?ministers$/i.test(source.name);

/** Whether a source decides for a body: a body itself, or a person holding an office in one. */
function holdsOffice(source: Entity): boolean {
  if (source.kind === 'organisation') return true;
  // ("Ministers say the new plans would ...": the government's ministers.)
  if (ministers(source)) return true;
  if (source.kind !== 'person') return false;
  return source.roleList.some((r) => OFFICE_ROLES.has(r.head) && !r.words.has('former') && !r.words.has('ex'));
}

/**
 * Whether the clause from `from` opens with a policy or own-body subject and a future modal:
 * "(that) the new rules will ...", "the two newspapers would add ...".
 */
export function statesPolicy(s: Sentence, from: number, to: number, source: Entity): boolean {
  if (!holdsOffice(source)) return false;
  const toks = s.tokens;
  let k = from;
  if (toks[k]?.lower === 'that') k++;
  const first = toks[k];
  if (!first || s.quoted[k]) return false;
  // (A body's own words only through "its / their / our": "the budget" may be anyone's.)
  if (!OPENERS.has(first.lower) || (source.kind !== 'person' && !ministers(source) && !/^(its|their|our)$/.test(first.lower))) return false;
  let head = k + 1;
  while (head < to && head - k < 4 && !FUTURE_MODALS.has((toks[head] as Token).lower) && (/^(ADJ|NUM)$/.test((toks[head] as Token).pos) ||
    ((toks[head] as Token).pos === 'VERB' && /(ing|ed)$/.test((toks[head] as Token).lower)))) head++;
  if (head >= to || !POLICY_NOUNS.has(toks[head]?.lower ?? '')) return false;
  let m = head + 1;
  if (/^(all|also|only|now)$/.test(toks[m]?.lower ?? '')) m++;
  if (!FUTURE_MODALS.has(toks[m]?.lower ?? '')) return false;
  let v = m + 1;
  while (/^(not|n't|n’t|also|only|now|all|still)$/.test(toks[v]?.lower ?? '')) v++;
  return !CONSEQUENCES.has(toks[v]?.lemma ?? '');
}
