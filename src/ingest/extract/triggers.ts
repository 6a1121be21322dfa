// Trigger words of the interaction patterns: which lemma, in which company, starts a call, a
// meeting, talks, an agreement, a statement, a demand, criticism, a tariff (imposed, cut or
// threatened) or an export control, with the label the relation will carry.
import type { RelationKind } from '../../data/relation-kinds';
import type { Token } from './nlp';

const SAY = new Set([
  'say',
  'tell',
  'stress',
  'state',
  'confirm',
  'describe',
  'add',
  'note',
  'express',
  'voice',
  'characterise',
  'characterize',
  'announce',
  'insist',
  'warn',
  'reiterate',
  'comment',
  'concede',
  'admit',
  'post',
  'write',
  'declare',
  'argue',
  'praise',
  'welcome',
  'hope',
]);
const DEMAND = new Set(['urge', 'demand', 'press', 'ask', 'pressure', 'implore']);
const CRITICISE = new Set([
  'criticise',
  'criticize',
  'accuse',
  'blame',
  'condemn',
  'slam',
  'denounce',
  'oppose',
  'rebuke',
  'criticism',
  'frustration',
  'lambaste',
  'decry',
  'chide',
  'protest',
]);
const TARIFF_NOUNS = new Set(['tariff', 'duty', 'levy', 'duties', 'tariffs']);
const CUT = new Set([
  'lower',
  'cut',
  'trim',
  'slash',
  'reduce',
  'lift',
  'remove',
  'ease',
  'suspend',
  'scale',
  'halve',
  'reduction',
  'low',
]);
const IMPOSE = new Set([
  'impose',
  'authorise',
  'authorize',
  'raise',
  'hike',
  'increase',
  'slap',
  'levy',
  'announce',
  'add',
  'hit',
  'introduce',
  'double',
  'triple',
]);
const THREATEN = new Set(['threaten', 'threat']);
const RESTRICT = new Set([
  'restrict',
  'restriction',
  'curb',
  'ban',
  'control',
  'limit',
  'block',
  'blacklist',
  'embargo',
]);
const EXPORTISH = new Set([
  'export',
  'sale',
  'sell',
  'chip',
  'semiconductor',
  'supply',
  'shipment',
]);
/** Verbs that lift a restriction rather than impose it. */
const LIFT = new Set([
  'pause',
  'suspend',
  'lift',
  'remove',
  'ease',
  'relax',
  'loosen',
  'halt',
  'drop',
  'scrap',
  'delay',
  'end',
]);

/** Whether an export word goes with the restriction at `t`: after it ("curb chip sales"), or
 * before it in the same clause ("export controls"), not across a comma or "and" ("maintain rare
 * earth exports, and cooperate on curbing fentanyl flows"). */
function exportsInClause(tokens: readonly Token[], t: number): boolean {
  let from = t;
  while (from > Math.max(0, t - 5) && ![',', ';', 'and'].includes(tokens[from - 1]?.value ?? ''))
    from--;
  return window(tokens, from, t + 8).some((x) => EXPORTISH.has(x.lemma));
}

const FUTURE = new Set([
  'plan',
  'upcoming',
  'schedule',
  'will',
  'would',
  'shall',
  'might',
  'may',
  'could',
  'cancel',
  'expect',
  'propose',
  'hope',
  'next',
  'prepare',
  'resume',
  'agree',
  'possible',
  'potential',
  'proposed',
  'planned',
  'likely',
  'further',
  'another',
  'fresh',
  'future',
  'scheduled',
  'set',
  'invite',
  'look',
]);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const MODAL_AFTER = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'can']);
const SAID_AS: Readonly<Record<string, string>> = {
  say: 'said of',
  tell: 'told',
  post: 'posted about',
  hope: 'expressed hope about',
  express: 'expressed a view on',
  voice: 'voiced a view on',
  add: 'said of',
};

/** "said of", "told", "confirmed (to)…": a short verb phrase for a statement. */
function statementLabel(token: Token): string {
  return SAID_AS[token.lemma] ?? `${token.value.toLowerCase()} (of)`;
}

/** Trigger words of a sentence: token index → pattern. */
export type Trigger = { t: number; kind: RelationKind; rule: string; label: string };

function window(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(Math.max(0, from), Math.max(0, to));
}

export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const triggers: Trigger[] = [];
  const hasAgree = tokens.findIndex(
    (t) => (t.lemma === 'agree' || t.lemma === 'commit') && t.pos === 'VERB',
  );
  // a quotation's extent: "talk soon" (a few words in quotes) is still the article's own
  const quoteLength = tokens.map(() => 0);
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]?.inQuote) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]?.inQuote) j++;
    for (let k = i; k < j; k++) quoteLength[k] = j - i;
    i = j;
  }
  tokens.forEach((token, t) => {
    if (token.inQuote && (quoteLength[t] ?? 0) > 5) return;
    // "did not meet", "never spoke with", "denied holding talks": nothing happened
    if (
      window(tokens, t - 3, t).some(
        (x) => NEGATIONS.has(x.value.toLowerCase()) || x.lemma === 'deny',
      )
    )
      return;
    const { lemma, pos } = token;
    const value = token.value.toLowerCase();
    const near = window(tokens, t - 5, t + 8).map((x) => x.lemma);
    const before = window(tokens, t - 6, t).map((x) => x.lemma);
    // "a call between A and B could ease …": what may happen, not what did
    const after = window(tokens, t + 1, t + 10);
    const stop = after.findIndex((x) => x.value === ',' || x.pos === 'VERB' || x.value === '.');
    const modalAfter = (stop < 0 ? after : after.slice(0, stop + 1)).some((x) =>
      MODAL_AFTER.has(x.value.toLowerCase()),
    );
    const future = before.some((w) => FUTURE.has(w)) || tokens[t - 1]?.value === 'to' || modalAfter;
    if (THREATEN.has(lemma) && near.some((w) => TARIFF_NOUNS.has(w))) {
      triggers.push({
        t,
        kind: 'tariff-threat',
        rule: 'pattern:tariff-threat',
        label: 'threatened tariffs on',
      });
      return;
    }
    if (
      (CUT.has(lemma) || (lemma === 'bring' && near.includes('down'))) &&
      window(tokens, t, t + 8).some((x) => TARIFF_NOUNS.has(x.lemma))
    ) {
      triggers.push({ t, kind: 'tariff-cut', rule: 'pattern:tariff-cut', label: 'cut tariffs on' });
      return;
    }
    // "a campaign urging partners to impose tariffs": what someone wants others to do, not an imposition
    const wanted =
      tokens[t - 1]?.value === 'to' &&
      window(tokens, t - 6, t - 1).some((x) =>
        ['push', 'urge', 'call', 'press', 'pressure', 'ask', 'want', 'demand', 'lobby'].includes(
          x.lemma,
        ),
      );
    if (
      IMPOSE.has(lemma) &&
      pos === 'VERB' &&
      !wanted &&
      window(tokens, t, t + 8).some((x) => TARIFF_NOUNS.has(x.lemma))
    ) {
      triggers.push({ t, kind: 'tariff', rule: 'pattern:tariff', label: 'imposed tariffs on' });
      return;
    }
    if (RESTRICT.has(lemma) && exportsInClause(tokens, t)) {
      if (lemma === 'control' && tokens[t - 1]?.lemma !== 'export') return;
      // "will pause newly imposed export controls": a control lifted, not one imposed
      if (window(tokens, t - 4, t).some((x) => LIFT.has(x.lemma))) return;
      triggers.push({
        t,
        kind: 'export-control',
        rule: 'pattern:export-control',
        label: 'restricted exports to',
      });
      return;
    }
    if (
      (lemma === 'call' && pos !== 'VERB' && value.startsWith('call')) ||
      lemma === 'conversation'
    ) {
      const video = tokens[t - 1]?.lemma === 'video';
      triggers.push({
        t,
        kind: future ? 'planned-meeting' : 'call',
        rule: 'pattern:call',
        label: future ? 'plans a call with' : video ? 'held a video call with' : 'held a call with',
      });
      return;
    }
    if (
      (lemma === 'speak' || lemma === 'talk') &&
      pos === 'VERB' &&
      (['with', 'by'].includes(tokens[t + 1]?.value ?? '') ||
        (window(tokens, t + 1, t + 4).some((x) => x.value === 'with') &&
          tokens.some((x) => x.lemma === 'phone' || x.lemma === 'video')))
    ) {
      triggers.push({ t, kind: 'call', rule: 'pattern:speak-with', label: 'spoke with' });
      return;
    }
    if (lemma === 'meeting' || (lemma === 'meet' && pos === 'VERB') || value === 'met') {
      const cancel = before.includes('cancel');
      triggers.push(
        future
          ? {
              t,
              kind: 'planned-meeting',
              rule: 'pattern:planned-meeting',
              label: cancel ? 'might cancel a planned meeting with' : 'plans to meet',
            }
          : { t, kind: 'meeting', rule: 'pattern:meeting', label: 'met' },
      );
      return;
    }
    if (
      (value === 'talks' || value === 'discussions' || lemma === 'negotiation') &&
      // "agreed to hold talks": a plan, read by the agreement; "agreed … after talks" is not
      (hasAgree < 0 || hasAgree > t || t - hasAgree > 6)
    ) {
      triggers.push(
        future
          ? { t, kind: 'planned-meeting', rule: 'pattern:planned-talks', label: 'plans talks with' }
          : { t, kind: 'talks', rule: 'pattern:talks', label: 'held talks with' },
      );
      return;
    }
    // "reached an agreement", "with a deal to …": the parties agree
    if (
      (lemma === 'agreement' || lemma === 'deal' || lemma === 'consensus') &&
      window(tokens, t - 4, t).some((x) =>
        ['reach', 'sign', 'strike', 'seal', 'clinch', 'with', 'announce'].includes(x.lemma),
      ) &&
      !future
    ) {
      triggers.push({
        t,
        kind: 'agreement',
        rule: 'pattern:agreement',
        label: 'reached an agreement with',
      });
      return;
    }
    // "X invited Y to visit": a visit planned
    if (lemma === 'invite' && pos === 'VERB') {
      triggers.push({ t, kind: 'planned-meeting', rule: 'pattern:invitation', label: 'invited' });
      return;
    }
    if ((lemma === 'agree' || lemma === 'commit') && pos === 'VERB') {
      const rest = tokens.slice(t + 1, t + 8);
      const stop = rest.findIndex(
        (x, k) =>
          x.pos === 'PUNCT' ||
          x.value === 'with' ||
          (k > 1 && x.pos === 'ADP' && x.value !== 'of') ||
          x.pos === 'SCONJ',
      );
      const words = (stop < 0 ? rest : rest.slice(0, stop)).map((x) => x.value).join(' ');
      triggers.push({
        t,
        kind: 'agreement',
        rule: 'pattern:agreement',
        label: `${lemma === 'agree' ? 'agreed' : 'committed'} ${words}`.trim().slice(0, 120),
      });
      return;
    }
    if (lemma === 'push' && tokens[t + 1]?.lemma === 'back') {
      triggers.push({
        t,
        kind: 'criticism',
        rule: 'pattern:criticism',
        label: 'pushed back against',
      });
      return;
    }
    if (CRITICISE.has(lemma)) {
      triggers.push({
        t,
        kind: 'criticism',
        rule: 'pattern:criticism',
        label: pos === 'VERB' ? token.value : 'criticised',
      });
      return;
    }
    if (DEMAND.has(lemma) && pos === 'VERB') {
      triggers.push({ t, kind: 'demand', rule: 'pattern:demand', label: token.value });
      return;
    }
    if (SAY.has(lemma) && pos === 'VERB') {
      triggers.push({
        t,
        kind: 'statement',
        rule: 'pattern:statement',
        label: statementLabel(token),
      });
    }
  });
  return triggers;
}
