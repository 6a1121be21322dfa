// Trigger words of the interaction patterns: which lemma, in which company, starts a call, a
// meeting, talks, an agreement, a statement, a demand, criticism, a tariff (imposed, cut or
// threatened), an export control, or one of the general kinds of the verb lexicon (a strike, a
// sanction, a mediation, a threat…), with the label the relation will carry. Each rule reads one
// token in its clause (tense, modality and negation included) and says what it starts, if anything.
import type { RelationKind } from '../../data/relation-kinds';
import { CAMEO_LEXICON } from './cameo-kinds';
import { betweenAfter, dashedWar, ownedWar, warBetween } from './fight-between';
import { TIME_WORDS, TITLE_WORDS, WEEKDAYS } from './gazetteer';
import { hedgeVerb, pastHedge } from './hedges';
import { NAME_PARTICLES } from './name-runs';
import type { Token } from './nlp';
import {
  AID_WORDS,
  EASED_BY,
  ENVOYS,
  FIRED_BY,
  NOT_FORCE,
  OBJECT_VERBS,
  VERB_LEXICON,
} from './verb-lexicon';

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
  'tweet',
  'write',
  'declare',
  'argue',
  'claim',
  'assert',
  'allege',
  'contend',
  'praise',
  'welcome',
  'hope',
]);
const DEMAND = new Set([
  'urge',
  'demand',
  'press',
  'ask',
  'pressure',
  'implore',
  'persuade',
  'convince',
]);
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
  'condemnation',
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
  'possibility',
  'prospect',
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
  'seek',
  'push',
  'try',
  'effort',
]);
/** Words of a deed done once more, not of one planned: "fresh sanctions", "further strikes". */
const AGAIN = new Set(['fresh', 'further', 'another']);
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

/** One token in its sentence, with what the rules ask of its company. */
type Context = {
  tokens: readonly Token[];
  t: number;
  token: Token;
  lemma: string;
  pos: string;
  value: string;
  /** Lemmas from five before to seven after, and the six before. */
  near: readonly string[];
  before: readonly string[];
  /** Planned, hoped for, or under a modal: what may happen, not what did. */
  future: boolean;
  /** The same for a deed, where "fresh", "further" or "another" say it is done again, not planned
   * ("imposed fresh sanctions", "launched further strikes"). */
  deedFuture: boolean;
  /** Index of the sentence's "agree" or "commit" verb, or -1. */
  hasAgree: number;
};

/** A rule's answer: a trigger, STOP (this token starts nothing, ask no further rule) or null. */
const STOP = 'stop';
type Rule = (c: Context) => Trigger | typeof STOP | null;

const WANTING = new Set([
  'push',
  'urge',
  'call',
  'press',
  'pressure',
  'ask',
  'want',
  'demand',
  'lobby',
]);
const tariffAhead = (c: Context) =>
  window(c.tokens, c.t, c.t + 8).some((x) => TARIFF_NOUNS.has(x.lemma));

const tariffThreat: Rule = (c) =>
  THREATEN.has(c.lemma) && c.near.some((w) => TARIFF_NOUNS.has(w))
    ? {
        t: c.t,
        kind: 'tariff-threat',
        rule: 'pattern:tariff-threat',
        label: 'threatened tariffs on',
      }
    : null;

const tariffCut: Rule = (c) =>
  (CUT.has(c.lemma) || (c.lemma === 'bring' && c.near.includes('down'))) && tariffAhead(c)
    ? { t: c.t, kind: 'tariff-cut', rule: 'pattern:tariff-cut', label: 'cut tariffs on' }
    : null;

/** Nouns of what one raises with another by word: "raised concerns about tariffs with Xi". */
const RAISED = new Set([
  'issue',
  'issues',
  'concern',
  'concerns',
  'matter',
  'question',
  'questions',
  'objection',
  'objections',
  'complaint',
  'complaints',
  'worries',
  'topic',
  'case',
]);

/** "raised the issue during a meeting with Xi", "raised concerns about steel tariffs with
 * Lula": a matter put to another by word, whom the "with" after it names. */
const raisedIssue: Rule = (c) => {
  if (c.lemma !== 'raise' || c.pos !== 'VERB' || c.future) return null;
  const object = window(c.tokens, c.t + 1, c.t + 4).find((x) => x.pos === 'NOUN');
  if (object === undefined || !RAISED.has(object.value.toLowerCase())) return null;
  return { t: c.t, kind: 'statement', rule: RAISED_RULE, label: 'raised the issue with' };
};
export const RAISED_RULE = 'pattern:raised';

// "a campaign urging partners to impose tariffs": what someone wants others to do, not an imposition
const tariffImposed: Rule = (c) => {
  const wanted =
    c.tokens[c.t - 1]?.value === 'to' &&
    window(c.tokens, c.t - 6, c.t - 1).some((x) => WANTING.has(x.lemma));
  return IMPOSE.has(c.lemma) && c.pos === 'VERB' && !wanted && tariffAhead(c)
    ? { t: c.t, kind: 'tariff', rule: 'pattern:tariff', label: 'imposed tariffs on' }
    : null;
};

const exportControl: Rule = (c) => {
  if (!RESTRICT.has(c.lemma) || !exportsInClause(c.tokens, c.t)) return null;
  if (c.lemma === 'control' && c.tokens[c.t - 1]?.lemma !== 'export') return STOP;
  // "will pause newly imposed export controls": a control lifted, not one imposed
  if (window(c.tokens, c.t - 4, c.t).some((x) => LIFT.has(x.lemma))) return STOP;
  return {
    t: c.t,
    kind: 'export-control',
    rule: 'pattern:export-control',
    label: 'restricted exports to',
  };
};

/** Verbs that stop a sale, besides those that restrict or lift (RESTRICT, LIFT). */
const SALES_STOPPED = new Set(['stop', 'freeze', 'cancel', 'cut']);
/** What arms are called before "sale". */
const ARMS_SOLD = new Set(['arm', 'arms', 'weapon', 'weapons']);

// "approved a $2 billion arms sale to Taiwan", "new weapons sales to Kyiv": arms sold to a side
// are military aid to it (CAMEO 07, as arms sent are); restricted sales are export controls,
// read first
const armsSale: Rule = (c) => {
  if (c.pos !== 'NOUN' || !['sale', 'sales'].includes(c.value.toLowerCase())) return null;
  if (!window(c.tokens, c.t - 2, c.t).some((x) => ARMS_SOLD.has(x.value.toLowerCase())))
    return null;
  if (c.tokens[c.t + 1]?.value !== 'to') return null;
  // "banned arms sales to China", "halted weapons sales to": sales stopped are no aid
  const stopped = (x: Token) =>
    RESTRICT.has(x.lemma) || LIFT.has(x.lemma) || SALES_STOPPED.has(x.lemma);
  if (window(c.tokens, c.t - 5, c.t).some(stopped)) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'aid', rule: 'lexicon:aid', label: 'sold arms to' };
};

/** Whether the words before `t` say it is held in person ("one-on-one", "face-to-face"). */
function inPerson(tokens: readonly Token[], t: number): boolean {
  const before = window(tokens, t - 6, t)
    .map((x) => x.value.toLowerCase())
    .join(' ');
  return /\b(?:one ?- ?on ?- ?one|face ?- ?to ?- ?face|in ?- ?person)$/.test(before);
}

/** "for two hours", "for about an hour", "for 90 minutes": how long something lasted. */
function lasting(tokens: readonly Token[], k: number): boolean {
  const words = tokens.slice(k, k + 4).map((x) => x.value.toLowerCase());
  return words.some((w) => /^(?:hours?|minutes?)$/.test(w));
}

/** Verbs that take a call as their object, which the tagger may then read as a verb ("held calls"). */
const CALLS_HELD = new Set(['hold', 'have', 'make', 'take']);

/** "Peru and Chile call for restraint", "a call for calm": an appeal, whatever the tagger says
 * (not "a call for two hours"). */
const appealed = (c: Context) =>
  (c.tokens[c.t + 1]?.value.toLowerCase() === 'for' && !lasting(c.tokens, c.t + 2)) ||
  calledAsNoun(c);

const call: Rule = (c) => {
  // ("held phone calls with": "calls" after its noun, which the tagger reads as a verb)
  const before = c.tokens[c.t - 1]?.lemma ?? '';
  const held =
    (CALLS_HELD.has(before) || /^(phone|telephone|video)$/.test(before)) &&
    /^calls?$/.test(c.value);
  // ("held a video conference with", "a videoconference with": a call by video)
  const byVideo =
    /^video-?conferences?$/i.test(c.value) ||
    (/^conferences?$/i.test(c.value) && /^(video|telephone|phone)$/.test(before));
  if (
    !(
      (c.lemma === 'call' && (c.pos !== 'VERB' || held) && c.value.startsWith('call')) ||
      c.lemma === 'conversation' ||
      byVideo
    ) ||
    appealed(c)
  )
    return null;
  const video = c.tokens[c.t - 1]?.lemma === 'video' || byVideo;
  // "had a one-on-one conversation", "a face-to-face conversation": the two met
  if (c.lemma === 'conversation' && inPerson(c.tokens, c.t))
    return {
      t: c.t,
      kind: c.future ? 'planned-meeting' : 'meeting',
      rule: 'pattern:meeting',
      label: c.future ? 'plans to meet' : 'met',
    };
  return {
    t: c.t,
    kind: c.future ? 'planned-meeting' : 'call',
    rule: 'pattern:call',
    label: c.future ? 'plans a call with' : video ? 'held a video call with' : 'held a call with',
  };
};

/** What may follow a name a verb was said of, making "called X" a naming: "called X a liar",
 * "called X's plan reckless", "called X “a partner”". */
const NAMING_NEXT = new Set(['DET', 'ADJ', 'NOUN', 'PART', 'PRON', 'NUM']);

/** Where the run of proper nouns from `start` ends, across the "of" of a title or a name
 * ("Minister of Fisheries Ona Dahl", "Bank of Iceland"). */
function namedRunEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  for (;;) {
    while (tokens[end]?.pos === 'PROPN') end++;
    const joined = end > start && tokens[end]?.value === 'of' && tokens[end + 1]?.pos === 'PROPN';
    if (!joined) return end;
    end++;
  }
}

/** "called X a liar", "calling X “a pirate”": a name given, said of X (CAMEO 01), not a call. */
function isNaming(after: Token): boolean {
  return ['a', 'an'].includes(after.value.toLowerCase()) || after.inQuote || after.value === '“';
}

// "Varga called Holm on Tuesday": the verb with a person or a country as its object is a phone
// call; "called for", "called on", "called off", "so-called", "was called" and "called X a liar"
// are not, and the last is said of X
const calledSomeone: Rule = (c) => {
  const labelled = LABELLING.has(c.lemma);
  if ((c.lemma !== 'call' && !labelled) || c.pos !== 'VERB') return null;
  const previous = c.tokens[c.t - 1];
  if (previous?.value.toLowerCase() === 'so' || previous?.lemma === 'be') return null;
  // "calling the trial of Jo Roe a “witch hunt”": a name at the end of the object's "of" phrase
  const start = ownedObjectName(c.tokens, c.t + 1);
  const end = Math.max(namedRunEnd(c.tokens, start), titledObjectEnd(c.tokens, start));
  if (end === start) return null;
  const after = c.tokens[end];
  if (start > c.t + 1 && !(after && isNaming(after))) return null;
  if (after && isNaming(after))
    return { t: c.t, kind: 'statement', rule: 'pattern:naming', label: 'labelled' };
  if (labelled) return null;
  // ("called Peru's decision disproportionate", "called Peru's move “regrettable”": what the one
  // named did, given a name)
  if (after && /^['’]s$/.test(after.value) && ownedThingNamed(c.tokens, end + 1))
    return { t: c.t, kind: 'statement', rule: 'pattern:naming', label: 'labelled' };
  if (after && (NAMING_NEXT.has(after.pos) || after.inQuote || after.value === '“')) return null;
  return {
    t: c.t,
    kind: c.future ? 'planned-meeting' : 'call',
    rule: 'pattern:called',
    label: c.future ? 'plans a call with' : 'held a call with',
  };
};

/** Whether the nouns from `k` ("decision", "peace plan") are followed by the name given them: an
 * adjective, a quotation or "a"/"an" ("disproportionate", "“regrettable”", "a mistake"). */
function ownedThingNamed(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && tokens[j]?.pos === 'NOUN') j++;
  const next = tokens[j];
  if (j === k || next === undefined) return false;
  return next.pos === 'ADJ' || /^[“"]$/.test(next.value) || /^(a|an)$/i.test(next.value);
}

/** Verbs that, like "called", give someone a name: "labelled Peru an enemy", "branded him a
 * “traitor”" (CAMEO 11x and 12x, words said of another). */
const LABELLING = new Set(['label', 'brand', 'dub']);

/** Where an object opened by its title and its country ends ("Bolivian President Luis Arce",
 * "Bolivia's president Luis Arce", "his Bolivian counterpart"): past its last proper noun, or
 * past "counterpart" when no name follows; `from` itself when it is no such object. */
function titledObjectEnd(tokens: readonly Token[], from: number): number {
  let k = /^(his|her|their|its)$/i.test(tokens[from]?.value ?? '') ? from + 1 : from;
  let end = from;
  let titled = false;
  for (; k < from + 8; k++) {
    const x = tokens[k];
    if (x === undefined) break;
    if (TITLE_WORDS.has(x.value.toLowerCase()) || x.value === 'counterpart') titled = true;
    else if (x.pos === 'PROPN') end = k + 1;
    else if (/^['’]s$/.test(x.value) && tokens[k - 1]?.pos === 'PROPN') continue;
    // ("Sheikh Tamim bin Hamad Al Thani": a particle inside the name)
    else if (NAME_PARTICLES.has(x.value) && end === k && tokens[k + 1]?.pos === 'PROPN') continue;
    // "Foreign Minister": a capitalised word of the title
    else if (/^\p{Lu}\p{Ll}/u.test(x.value) && tokens[k + 1]?.pos !== 'VERB') titled = true;
    else break;
  }
  if (!titled) return from;
  return tokens[k - 1]?.value === 'counterpart' ? k : end;
}

// "Vance arrived in Israel on Tuesday", "a Hamas delegation arrived in Cairo": an arrival in a
// country is a visit to it (CAMEO 042); one to come is a visit planned
const arrival: Rule = (c) => {
  if (c.lemma !== 'arrive' || c.pos !== 'VERB' || c.tokens[c.t + 1]?.value !== 'in') return null;
  // ("X, arriving in Washington with A and B, met C": the participle tells the way to the event)
  if (c.token.value.endsWith('ing')) return null;
  if (c.future)
    return { t: c.t, kind: 'planned-meeting', rule: ARRIVAL_RULE, label: 'plans to visit' };
  return { t: c.t, kind: 'meeting', rule: ARRIVAL_RULE, label: 'visited' };
};
export const ARRIVAL_RULE = 'pattern:arrival';

// "Trump announced a ceasefire between Latvia and Estonia": the one who announces an accord
// between two sides speaks of each of them (CAMEO 010); the accord is the sides' own
const announcedAccord: Rule = (c) => {
  if (!['announce', 'declare', 'unveil'].includes(c.lemma) || c.pos !== 'VERB') return null;
  const after = window(c.tokens, c.t + 1, c.t + 6);
  const accord = after.findIndex((x) => ACCORD_NOUNS.has(x.lemma));
  if (accord < 0 || after[accord + 1]?.value !== 'between') return null;
  return {
    t: c.t,
    kind: 'statement',
    rule: BOTH_SIDES_TOLD_RULE,
    label: 'announced an accord involving',
  };
};
export const BOTH_SIDES_TOLD_RULE = 'pattern:both-sides-told';

// "Saudi Arabia offered to mediate between Latvia and Estonia": an offer is no mediation carried
// on, but it is said to both sides (the intent to mediate, CAMEO 03, told of each)
const offeredMediation: Rule = (c) => {
  if (!['offer', 'propose', 'volunteer'].includes(c.lemma) || c.pos !== 'VERB' || c.future)
    return null;
  // "China and the United States offered to assist in negotiations": a third party's help with
  // talks others hold, which falls on the article's two sides
  const talksAt = window(c.tokens, c.t + 1, c.t + 7).findIndex((x) =>
    /^(talks|negotiations|discussions)$/.test(x.value),
  );
  if (talksAt >= 0 && helpOffered(c.tokens, c.t + 1 + talksAt))
    return { t: c.t, kind: 'mediation', rule: HELP_OFFERED_RULE, label: 'offered to help mediate' };
  const [to, verb, between] = window(c.tokens, c.t + 1, c.t + 4);
  if (to?.value !== 'to' || verb?.lemma !== 'mediate' || between?.value !== 'between') return null;
  return { t: c.t, kind: 'statement', rule: BOTH_SIDES_TOLD_RULE, label: 'offered to mediate' };
};

export const HELP_OFFERED_RULE = 'pattern:help-offered';

/** "offered to assist in negotiations", "offered to help with the talks": the talks noun at `t`
 * after an offer of help. */
function helpOffered(tokens: readonly Token[], t: number): boolean {
  const before = window(tokens, t - 6, t).map((x) => x.lemma);
  const help = before.findIndex((w) => w === 'assist' || w === 'help');
  return help > 0 && before[help - 1] === 'to' && before.slice(0, help).includes('offer');
}

/** Where the name in an object "the N of (its words) NAME" begins ("the trial of former
 * president Jo Roe"), else `from` itself. */
function ownedObjectName(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.pos !== 'DET') return from;
  const of = tokens.findIndex((x, k) => k > from && k <= from + 3 && x.value === 'of');
  if (of < 0 || !tokens.slice(from + 1, of).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ'))
    return from;
  // the name is the capitalised run right before what it is called ("a", a quotation)
  for (let k = of + 1; k < of + 9; k++) {
    const x = tokens[k];
    if (x === undefined || x.pos === 'PUNCT' || x.pos === 'VERB') return from;
    if (isNaming(x) && tokens[k - 1]?.pos === 'PROPN') {
      let start = k - 1;
      while (tokens[start - 1]?.pos === 'PROPN' && start - 1 > of) start--;
      return start;
    }
  }
  return from;
}

const speakWith: Rule = (c) => {
  const { tokens, t } = c;
  // ("spoke separately with", "talked briefly by phone")
  const gap = tokens[t + 1]?.pos === 'ADV' ? 2 : 1;
  // ("spoke last week with", "talked on Friday with": the words of time before "with")
  let timed = t + 1;
  while (timed < t + 5 && TIME_WORDS.has(tokens[timed]?.value.toLowerCase() ?? '')) timed++;
  const withNext =
    ['with', 'by'].includes(tokens[t + gap]?.value ?? '') ||
    (timed > t + 1 && tokens[timed]?.value === 'with');
  const byPhone =
    // "by phone with", "over the phone with"
    window(tokens, t + 1, t + 5).some((x) => x.value === 'with') &&
    tokens.some((x) => x.lemma === 'phone' || x.lemma === 'video');
  // "Latvia and Estonia spoke on the hotline", "the two leaders talked by phone": a call
  // between those who spoke
  const overLine = window(tokens, t + 1, t + 5).some((x) =>
    /^(phone|telephone|hotline|video)$/.test(x.lemma),
  );
  // "Silina spoke to US Vice President JD Vance": a leader spoken to (read for people only)
  const spoken = c.lemma === 'speak' || c.lemma === 'talk';
  const toNamed =
    tokens[t + gap]?.value === 'to' &&
    (tokens[t + gap + 1]?.pos === 'PROPN' ||
      TITLE_WORDS.has(tokens[t + gap + 1]?.value.toLowerCase() ?? '') ||
      toCounterpart(tokens, t + gap + 1) ||
      // ("spoke to both foreign ministers": the people of each side)
      bothTitled(tokens, t + gap + 1));
  // ("spoke to Michal by phone": the line named after the one spoken to)
  if (spoken && c.pos === 'VERB' && toNamed && !withNext && !byPhone)
    return { t, kind: 'call', rule: SPOKE_TO_RULE, label: 'spoke with' };
  return spoken && c.pos === 'VERB' && (withNext || byPhone || overLine || spokeTogether(c))
    ? { t, kind: 'call', rule: 'pattern:speak-with', label: 'spoke with' }
    : null;
};

/** "both foreign ministers", "both leaders": "both", its title's words, at `k`. */
function bothTitled(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.value.toLowerCase() !== 'both') return false;
  const title = tokens.slice(k + 1, k + 4).find((x) => x.pos === 'NOUN');
  return title !== undefined && TITLE_WORDS.has(title.value.toLowerCase().replace(/s$/, ''));
}

/** "Oak and Ruiz spoke on Wednesday", "the two men spoke later": a past "spoke" or "talked" with
 * no object, its subject two joined by "and" or counted as two, in a clause of its own. */
function spokeTogether(c: Context): boolean {
  const { tokens, t } = c;
  if (!/^(spoke|talked)$/.test(c.value)) return false;
  const next = tokens[t + 1]?.value.toLowerCase() ?? '.';
  const alone =
    /^[.,;]$/.test(next) || TIME_WORDS.has(next) || /^(again|later|earlier|briefly)$/.test(next);
  if (!alone) return false;
  const subject = window(tokens, t - 8, t);
  const verbBetween = subject.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  const two = subject.some((x) => x.value === 'and' || /^(two|both)$/i.test(x.value));
  return two && !verbBetween;
}

export const SPOKE_TO_RULE = 'pattern:spoke-to';

// "Silina told Michal in a phone call that …", "told Michal by phone": a call with the one told
const toldByPhone: Rule = (c) =>
  c.lemma === 'tell' && c.pos === 'VERB' && toldOnThePhone(c.tokens, c.t)
    ? { t: c.t, kind: 'call', rule: SPOKE_TO_RULE, label: 'spoke with' }
    : null;

// "Silina sat down with Michal": a meeting
const satDownWith: Rule = (c) =>
  c.lemma === 'sit' && c.tokens[c.t + 1]?.value === 'down' && c.tokens[c.t + 2]?.value === 'with'
    ? { t: c.t, kind: 'meeting', rule: 'pattern:sat-down-with', label: 'met' }
    : null;

/** "his Estonian counterpart", "her counterparts in Finland and Sweden" from `k`. */
function toCounterpart(tokens: readonly Token[], k: number): boolean {
  if (!/^(his|her|their)$/i.test(tokens[k]?.value ?? '')) return false;
  return window(tokens, k + 1, k + 5).some((x) => /^counterparts?$/i.test(x.value));
}

/** "told Michal in a phone call", "told Michal by phone on Monday": the one told, named right
 * after the verb, was on the line. */
function toldOnThePhone(tokens: readonly Token[], t: number): boolean {
  const k = nameAndTitleEnd(tokens, t + 1);
  if (k === t + 1) return false;
  const next = window(tokens, k, k + 4).map((x) => x.value.toLowerCase());
  const byPhone = next[0] === 'by' && /^(phone|telephone)$/.test(next[1] ?? '');
  const inCall = next[0] === 'in' && next.slice(1).some((w) => /^(call|conversation)$/.test(w));
  return byPhone || (inCall && next.slice(1).some((w) => /^(phone|telephone|call)$/.test(w)));
}

/** Verbs that tell a summit as held: "held", "opened", "concluded", "wrapped up" their summit. */
const SUMMIT_HELD = new Set(['hold', 'open', 'begin', 'start', 'conclude', 'end', 'close', 'wrap']);

/** "concluded their two-day summit", "wrapped up the summit": a verb of SUMMIT_HELD in the
 * summit's phrase. */
function summitHeld(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 6); k--) {
    const x = tokens[k] as Token;
    if (SUMMIT_HELD.has(x.lemma) && x.pos === 'VERB') return true;
    if (x.value === 'up') continue;
    if (x.pos === 'VERB' || (x.pos === 'PUNCT' && x.value !== '-') || x.pos === 'ADP') return false;
  }
  return false;
}

/** "the Trump-Putin summit", "the Trump-Putin Alaska summit", "his summit with Putin", "the
 * summit in Alaska between Trump and Putin": a summit of two parties named by a dash before it,
 * with one named after it, or two after "between". */
function summitOfTwo(tokens: readonly Token[], t: number): boolean {
  const dash = tokens
    .slice(Math.max(0, t - 4), t)
    .some(
      (x, k, near) => ['-', '–'].includes(x.value) && /^\p{Lu}/u.test(near[k + 1]?.value ?? ''),
    );
  // ("a summit with Xi", "a summit involving Putin, Zelensky and Trump")
  const among = ['with', 'involving'].includes(tokens[t + 1]?.value ?? '');
  // ("the summit between A and B", "Friday's summit in Alaska between A and B")
  let k = t + 1;
  if (/^(in|at)$/.test(tokens[k]?.value ?? '')) {
    k++;
    while (k < t + 6 && tokens[k]?.pos === 'PROPN') k++;
  }
  const between = tokens[k]?.value === 'between' && (k === t + 1 || k > t + 2);
  return dash || between || (among && tokens[t + 2]?.pos === 'PROPN');
}

// "held a summit in Geneva", "concluded their summit": a summit two leaders hold is their meeting
// ("at the summit", "the bloc's summit" may be any gathering, many more than two)
const meeting: Rule = (c) => {
  const held = summitHeld(c.tokens, c.t) || summitOfTwo(c.tokens, c.t);
  const noun =
    c.lemma === 'meeting' ||
    (c.lemma === 'summit' && c.pos === 'NOUN' && held) ||
    pressConferenceWith(c.tokens, c.t);
  if (!(noun || (c.lemma === 'meet' && c.pos === 'VERB') || c.value === 'met')) return null;
  const cancel = c.before.includes('cancel');
  return c.future
    ? {
        t: c.t,
        kind: 'planned-meeting',
        rule: 'pattern:planned-meeting',
        label: cancel ? 'might cancel a planned meeting with' : 'plans to meet',
      }
    : { t: c.t, kind: 'meeting', rule: 'pattern:meeting', label: 'met' };
};

/** "held a joint press conference with Jo Roe", "spoke at a news conference alongside Al Oak",
 * "A and B held a joint news conference": those who face the press together have met. */
function pressConferenceWith(tokens: readonly Token[], t: number): boolean {
  if (!/^conferences?$/.test(tokens[t]?.value ?? '')) return false;
  if (!/^(press|news)$/i.test(tokens[t - 1]?.value ?? '')) return false;
  // ("A and B held a joint news conference": those who held it together)
  if (tokens[t - 2]?.value.toLowerCase() === 'joint') return true;
  return /^(with|alongside)$/.test(tokens[t + 1]?.value ?? '');
}

/** Verbs that break talks off: "suspended talks with", "walked out of the talks with". */
const BROKEN_OFF = new Set(['suspend', 'halt', 'freeze', 'abandon', 'quit', 'walk', 'pull']);

// "agreed to hold talks": a plan, read by the agreement; "agreed … after talks" is not
const talks: Rule = (c) => {
  // ("Negotiations are under way…": a capital the tagger takes for a name's)
  const negotiation = c.lemma === 'negotiation' || /^negotiations?$/.test(c.value);
  if (!(c.value === 'talks' || c.value === 'discussions' || negotiation)) return null;
  if (c.hasAgree >= 0 && c.hasAgree <= c.t && c.t - c.hasAgree <= 6) return null;
  // "offered to assist in negotiations": the helpers hold no talks (offeredMediation reads them)
  if (helpOffered(c.tokens, c.t)) return STOP;
  // "suspended talks with Estonia", "walked out of the talks with": talks broken off are
  // turned down (CAMEO 12), not held
  const verb = c.tokens.findLastIndex((x, k) => k < c.t && k >= c.t - 4 && x.pos === 'VERB');
  // ("called off talks", "broke off negotiations": the verb and its particle)
  const offed =
    /^(call|break)$/.test(c.tokens[verb]?.lemma ?? '') && c.tokens[verb + 1]?.value === 'off';
  if (verb >= 0 && (BROKEN_OFF.has(c.tokens[verb]?.lemma ?? '') || offed)) {
    if (c.future) return STOP;
    return {
      t: verb,
      kind: 'rejection',
      rule: 'pattern:talks-broken-off',
      label: 'broke off talks with',
    };
  }
  return c.future
    ? { t: c.t, kind: 'planned-meeting', rule: 'pattern:planned-talks', label: 'plans talks with' }
    : { t: c.t, kind: 'talks', rule: 'pattern:talks', label: 'held talks with' };
};

const ACCORD_NOUNS = new Set([
  'agreement',
  'deal',
  'consensus',
  'ceasefire',
  'truce',
  'accord',
  'pact',
  'treaty',
  'armistice',
  'understanding',
  'declaration',
  'memorandum',
  'protocol',
  'document',
]);
/** Accord nouns too general to be one with any verb but these ("an understanding of the risks"). */
const REACHED_ONLY = new Set(['understanding']);
const REACH = new Set(['reach', 'sign', 'arrive', 'come']);
/** Papers that are an accord only when signed ("signed a declaration of principles", "the
 * memorandum was signed between A and B", "signed a document with X"), not "a declaration of
 * war" or a "protocol" of rules. */
const SIGNED_ONLY = new Set(['declaration', 'memorandum', 'protocol', 'document']);
const SIGN = new Set(['sign', 'ink', 'initial', 'countersign']);
/** Nouns of an accord only put forward. */
const PUT_FORWARD = new Set(['proposal', 'plan', 'offer', 'bid', 'draft', 'blueprint']);
/** Verbs that break, leave or put aside an accord. */
const UNDOING = new Set([
  'suspend',
  'cancel',
  'violate',
  'violation',
  'breach',
  'break',
  'abandon',
  'quit',
  'exit',
  'terminate',
  'withdraw',
  'scrap',
  'abrogate',
  'revoke',
  'freeze',
  'renounce',
]);
/** Verbs after an accord that tell it is over. */
const ACCORD_OVER = new Set(['end', 'expire', 'collapse', 'lapse', 'terminate', 'unravel']);

/** "the deal has ended", "the truce between A and B collapsed": the accord at `t` is the subject
 * of a verb that says it is over (not "a deal to end the war", whose verb is its purpose). */
function toldOver(tokens: readonly Token[], t: number): boolean {
  for (let k = t + 1; k < t + 9 && k < tokens.length; k++) {
    const x = tokens[k] as Token;
    if (x.pos === 'AUX' || x.pos === 'ADV') continue;
    if (x.pos === 'VERB') return ACCORD_OVER.has(x.lemma) && tokens[k - 1]?.value !== 'to';
    // ("a deal that ended the war": what the accord did, not its end)
    if (x.pos === 'PUNCT' || /^(to|that|which|who)$/i.test(x.value)) return false;
  }
  return false;
}
const ACCORD_VERBS = new Set([
  'reach',
  'sign',
  // "the signing of the accord by A and B"
  'signing',
  // "finalized a peace agreement"
  'finalize',
  'finalise',
  'ink',
  'strike',
  'seal',
  'clinch',
  'with',
  'announce',
  'broker',
  'agree',
  'declare',
  'approve',
  'accept',
  'ratify',
  'endorse',
  // an accord carried out holds between its parties: "implemented an immediate ceasefire"
  'implement',
  'execute',
  'observe',
  'enforce',
]);
// "reached an agreement", "with a deal to …", "a ceasefire brokered by": the parties agree. Those
// who broker a truce ("Qatar brokered the truce") are its mediators, not its parties, unless
// the parties follow ("brokered a truce between A and B").
const accord: Rule = (c) => {
  if (!ACCORD_NOUNS.has(c.lemma) || c.future || accordOnlyIntended(c)) return null;
  if (REACHED_ONLY.has(c.lemma) && !c.before.slice(-3).some((w) => REACH.has(w))) return null;
  const signedPaper = SIGNED_ONLY.has(c.lemma);
  if (signedPaper && !window(c.tokens, c.t - 4, c.t + 6).some((x) => SIGN.has(x.lemma)))
    return null;
  // "suspended a water treaty with B", "violating the truce": an accord undone, none made
  if (c.before.some((w) => UNDOING.has(w))) return STOP;
  // "the deal has ended", "the truce collapsed": an accord told as over
  if (toldOver(c.tokens, c.t)) return STOP;
  // "a proposal for a truce with B", "a plan for a ceasefire": an accord put forward, none made
  if (c.before.slice(-4).some((w) => PUT_FORWARD.has(w))) return STOP;
  // "a truce between A and B took effect": the accord holds, unless someone only wants it
  const between =
    (c.tokens[c.t + 1]?.value === 'between' || brokeredBetween(c.tokens, c.t) > 0) &&
    !c.before.some((w) => WANTING.has(w));
  if (
    !between &&
    !signedPaper &&
    !dashedNames(c.tokens, c.t) &&
    !window(c.tokens, qualifiedFrom(c.tokens, namedFrom(c.tokens, c.t)) - 4, c.t + 3).some((x) =>
      ACCORD_VERBS.has(x.lemma),
    )
  )
    return null;
  // "signed a Qatari-brokered truce": the broker of a compound is no subject of the accord
  const brokered = window(c.tokens, c.t - 4, c.t).some(
    (x, i, w) => MEDIATE.has(x.lemma) && (w[i - 1]?.value ?? '') !== '-',
  );
  if (brokered && c.tokens[c.t + 1]?.value !== 'between') return null;
  return {
    t: c.t,
    kind: 'agreement',
    rule: 'pattern:agreement',
    label: 'reached an agreement with',
  };
};
const MEDIATE = new Set(['broker', 'mediate', 'facilitate']);

/** "the ceasefire brokered by Z between A and B": where "between" follows the brokers named
 * after the accord at `t`, or -1. */
export function brokeredBetween(tokens: readonly Token[], t: number): number {
  // ("brokered", "mediated", "facilitated": the participle, whatever lemma the tagger gives it)
  const made = /^(brokered|mediated|facilitated)$/i.test(tokens[t + 1]?.value ?? '');
  if (!made || tokens[t + 2]?.value !== 'by') return -1;
  for (let k = t + 3; k < t + 12; k++) {
    const x = tokens[k];
    if (x?.value === 'between') return k > t + 3 ? k : -1;
    if (!x || !(x.pos === 'PROPN' || x.pos === 'DET' || x.value === ',' || x.value === 'and'))
      return -1;
  }
  return -1;
}

/** "an immediate and unconditional ceasefire": where the adjectives before the accord at `t`
 * begin (joined by "and" or a comma), so that its verb is looked for before them. */
function qualifiedFrom(tokens: readonly Token[], t: number): number {
  let k = t;
  while (
    k > t - 6 &&
    (tokens[k - 1]?.pos === 'ADJ' ||
      (['and', ','].includes(tokens[k - 1]?.value ?? '') && tokens[k - 2]?.pos === 'ADJ'))
  )
    k--;
  // "finalized the text of a peace agreement": the words that name the accord's paper
  const noun = tokens[k - 1]?.pos === 'NOUN' ? k - 1 : k;
  const det = tokens[noun - 1]?.pos === 'DET' ? noun - 1 : noun;
  if (tokens[det - 1]?.value === 'of' && PAPER.has(tokens[det - 2]?.value.toLowerCase() ?? ''))
    return det - 2;
  return k;
}
const PAPER = new Set(['text', 'terms', 'draft', 'wording']);

/** "signed the Riga Fisheries Accord": where the capitalised name of the accord at `t`
 * begins, so that its verb is looked for before the name (`t` when it is no name). */
function namedFrom(tokens: readonly Token[], t: number): number {
  if (!/^\p{Lu}/u.test(tokens[t]?.value ?? '')) return t;
  let k = t;
  while (k > t - 5 && /^\p{Lu}/u.test(tokens[k - 1]?.value ?? '') && tokens[k - 1]?.pos !== 'VERB')
    k--;
  return k;
}

/** "the Latvia-Estonia ceasefire", "an Israel–Hamas truce": two names joined by a dash just
 * before the word (with a qualifier between at most: "US-China trade deal"). */
function dashedNames(tokens: readonly Token[], t: number): boolean {
  const end = tokens[t - 1]?.pos === 'PROPN' ? t : t - 1;
  return (
    tokens[end - 1]?.pos === 'PROPN' &&
    ['-', '–'].includes(tokens[end - 2]?.value ?? '') &&
    tokens[end - 3]?.pos === 'PROPN'
  );
}

/** Verbs of a deed not yet done, before "to": "pledged to strike a deal", "hopes to sign an
 * accord", "failed to reach an agreement". */
const INTENDED = new Set([
  'pledge',
  'vow',
  'promise',
  'hope',
  'aim',
  'seek',
  'want',
  'plan',
  'try',
  'intend',
  'expect',
  'push',
  'work',
  'race',
  'strive',
  'need',
  'fail',
  'threaten',
]);

/** "pledged to strike a deal with": an accord promised or sought, not one made. */
function accordOnlyIntended(c: Context): boolean {
  for (let k = c.t - 1; k >= Math.max(0, c.t - 4); k--) {
    const x = c.tokens[k] as Token;
    if (!ACCORD_VERBS.has(x.lemma) || x.pos !== 'VERB') continue;
    return c.tokens[k - 1]?.value === 'to' && INTENDED.has(c.tokens[k - 2]?.lemma ?? '');
  }
  return false;
}

// "X hosted Y", "Welcoming Y and Z at the palace, X said": a visitor received is met. A name must
// follow ("hosted talks" is read as talks), and "welcome" only opens the sentence ("X welcomed Y's
// decision" is a statement).
const reception: Rule = (c) => {
  if (!['host', 'welcome', 'receive'].includes(c.lemma) || c.pos !== 'VERB' || c.future)
    return null;
  if (c.tokens[c.t + 1]?.pos !== 'PROPN') return null;
  // "welcomed Kristen Michal to Riga", "received the Latvian president in Tallinn": a guest
  // named, then where they were received; "Welcoming A and B, X said" opens the sentence
  const welcomed = c.lemma === 'host' || (c.lemma === 'welcome' && c.t === 0);
  if (!welcomed && !receivedAt(c.tokens, c.t + 1)) return null;
  return { t: c.t, kind: 'meeting', rule: 'pattern:reception', label: 'received' };
};

/** Gatherings one joins others at or for, and the kind of meeting each is. */
const JOINED_AT: ReadonlyMap<string, 'meeting' | 'call'> = new Map([
  ['parade', 'meeting'],
  ['ceremony', 'meeting'],
  ['dinner', 'meeting'],
  ['lunch', 'meeting'],
  ['luncheon', 'meeting'],
  ['breakfast', 'meeting'],
  ['reception', 'meeting'],
  ['summit', 'meeting'],
  ['meeting', 'meeting'],
  ['banquet', 'meeting'],
  ['commemoration', 'meeting'],
  ['talks', 'meeting'],
  ['negotiations', 'meeting'],
  ['call', 'call'],
  ['videoconference', 'call'],
]);

/** The kind of the gathering a preposition at `k` opens ("at a military parade", "for talks",
 * "on the call"), within a few words, or undefined. */
function gatheringAt(tokens: readonly Token[], k: number): 'meeting' | 'call' | undefined {
  if (!['at', 'for', 'on', 'in'].includes(tokens[k]?.value.toLowerCase() ?? '')) return undefined;
  for (let j = k + 1; j <= k + 4; j++) {
    const kind = JOINED_AT.get(tokens[j]?.value.toLowerCase() ?? '');
    if (kind) return kind;
    if (!['DET', 'ADJ', 'NOUN', 'PRON'].includes(tokens[j]?.pos ?? '')) return undefined;
  }
  return undefined;
}

const JOINED_LABEL = { meeting: 'met', call: 'held a call with' };

/** "Kim and Putin joined Xi at a military parade", "Boric joined Lula for talks", "was joined
 * by Macron for a working dinner", "being joined on the call by Starmer": to join someone at a
 * gathering is to meet them there (to join a body or an alliance is not). */
const joinedAt: Rule = (c) => {
  if (c.lemma !== 'join' || c.pos !== 'VERB') return null;
  const { tokens, t } = c;
  const by = tokens[t + 1]?.value === 'by' ? t + 1 : -1;
  // "joined on the call by Starmer": the gathering before "by"
  const early = gatheringAt(tokens, t + 1);
  // ("will join European leaders including Zelensky for a summit": those the list names)
  const named = by >= 0 ? by + 1 : (includedAfter(tokens, t + 1) ?? t + 1);
  // "joined by Boric and Lula for a working dinner": past each name joined to the first
  let end = nameAndTitleEnd(tokens, named);
  while ([',', 'and'].includes(tokens[end]?.value ?? '') && tokens[end + 1]?.pos === 'PROPN')
    end = nameAndTitleEnd(tokens, end + 1);
  const kind = early ?? gatheringAt(tokens, end);
  if (kind === undefined) return null;
  if (!early && tokens[named]?.pos !== 'PROPN') return null;
  // ("will join Xi for talks on Monday": a meeting planned)
  if (c.future) return { t, kind: 'planned-meeting', rule: JOINED_RULE, label: 'plans to meet' };
  return { t, kind, rule: JOINED_RULE, label: JOINED_LABEL[kind] };
};

/** "European leaders including X": where the names of the people a group noun at `k` includes
 * begin, or undefined. */
function includedAfter(tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  while (j < k + 3 && /^(PROPN|ADJ)$/.test(tokens[j]?.pos ?? '')) j++;
  if (!/^(leaders|officials|counterparts|ministers)$/.test(tokens[j]?.value ?? ''))
    return undefined;
  return tokens[j + 1]?.value === 'including' ? j + 2 : undefined;
}
export const JOINED_RULE = 'pattern:joined';

/** Where a person named from `from` with their title ends ("Israeli Prime Minister Benjamin
 * Netanyahu"): past its proper nouns and title words, at most six. */
function nameAndTitleEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  const named = (x: Token | undefined) =>
    x?.pos === 'PROPN' || TITLE_WORDS.has(x?.value.toLowerCase() ?? '');
  while (k < from + 7 && named(tokens[k])) k++;
  return k;
}

/** Whether the guest named from `from` (a name and its title, or a list of them: "A and B") is
 * followed by where they were received: "to Riga", "in Tallinn", "at the White House". */
function receivedAt(tokens: readonly Token[], from: number): boolean {
  let k = nameAndTitleEnd(tokens, from);
  // "Congo's President": a country's possessive before the next guest's title
  const guest = (j: number) =>
    tokens[j]?.pos === 'PROPN' &&
    (nameAndTitleEnd(tokens, j) > j + 1 || /^['’]s$/.test(tokens[j + 1]?.value ?? ''));
  for (let more = 0; more < 3 && [',', 'and'].includes(tokens[k]?.value ?? ''); more++) {
    const next = tokens[k]?.value === ',' && tokens[k + 1]?.value === 'and' ? k + 2 : k + 1;
    if (!guest(next)) break;
    const owned = /^['’]s$/.test(tokens[next + 1]?.value ?? '') ? next + 2 : next;
    k = nameAndTitleEnd(tokens, owned);
  }
  const at = tokens[k]?.value;
  const next = tokens[k + 1]?.value ?? '';
  return (at === 'to' || at === 'in' || at === 'at') && /^(\p{Lu}|the$)/u.test(next);
}

// "X invited Y to visit": a visit planned
const invitation: Rule = (c) =>
  c.lemma === 'invite' && c.pos === 'VERB'
    ? { t: c.t, kind: 'planned-meeting', rule: 'pattern:invitation', label: 'invited' }
    : null;

/** "set up", "carry out", "step up": a preposition right after a verb, part of that verb. */
const particleOf = (words: readonly Token[], k: number) => words[k - 1]?.pos === 'VERB';

/** "on Saturday", "late Tuesday": when the deed was done, which its label does not repeat. */
function withoutDay(words: readonly Token[]): readonly Token[] {
  const day = words.findIndex((x) => WEEKDAY_NAMES.has(x.value.toLowerCase()));
  if (day < 0 || day > 2) return words;
  const opens = words.slice(0, day).every((x) => ['on', 'late', 'early'].includes(x.value));
  return opens ? words.slice(day + 1) : words;
}
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** Words before "to agree" that say the agreement was made ("managed to agree"). */
const ACHIEVED = new Set(['manage', 'able']);

const agree: Rule = (c) => {
  if (!((c.lemma === 'agree' || c.lemma === 'commit') && c.pos === 'VERB')) return null;
  // "appealing to both leaders to agree to a truce", "met to agree a plan": an agreement asked
  // for or aimed at, none made (unless made to: "forced Malta to agree")
  const asked =
    c.tokens[c.t - 1]?.value === 'to' &&
    !caused(c.tokens, c.t - 1) &&
    !ACHIEVED.has(c.tokens[c.t - 2]?.lemma ?? '');
  if (asked) return null;
  const rest = withoutDay(c.tokens.slice(c.t + 1, c.t + 10)).slice(0, 7);
  const stop = rest.findIndex(
    (x, k) =>
      (x.pos === 'PUNCT' && x.value !== '-') ||
      x.value === 'with' ||
      (k > 1 && x.pos === 'ADP' && x.value !== 'of' && !particleOf(rest, k)) ||
      (k > 1 && x.pos === 'VERB') ||
      x.pos === 'SCONJ',
  );
  const words = (stop < 0 ? rest : rest.slice(0, stop))
    .map((x) => x.value)
    .join(' ')
    .replaceAll(' - ', '-');
  return {
    t: c.t,
    kind: 'agreement',
    rule: 'pattern:agreement',
    label: `${c.lemma === 'agree' ? 'agreed' : 'committed'} ${words}`.trim().slice(0, 120),
  };
};

/** "held X responsible", "will hold them accountable": within the verb's phrase. */
const heldResponsible = (c: Context) =>
  window(c.tokens, c.t + 1, c.t + 7).some(
    (x) => x.lemma === 'responsible' || x.lemma === 'accountable',
  );

/** "accusing", "accuses" → "accused": a relation's label tells a deed done, whatever the tense
 * of the clause it was read from. */
function pastTense(token: Token): string {
  const { value, lemma } = token;
  if (!/(ing|s)$/.test(value) || value.endsWith('ss')) return value;
  return lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
}

/** "charged Malta with …", "charged the Islamic Republic with …": an object, then "with". */
function chargedWith(c: Context): boolean {
  if (c.tokens[c.t + 1]?.value === 'with') return false;
  for (let k = c.t + 2; k < c.t + 6; k++) {
    const x = c.tokens[k];
    if (x?.value === 'with') return true;
    if (!['PROPN', 'DET', 'ADJ', 'NOUN'].includes(x?.pos ?? '')) return false;
  }
  return false;
}

/** Words of force after "hit back at X" besides the weapons: "with attacks on …", "with fire". */
const FORCE_WORDS = new Set(['attack', 'fire', 'raid', 'force', 'troop']);

/** Whether force is what answered at the "hit back" at `c.t` ("with missiles", "with strikes"). */
function answeredWithForce(c: Context): boolean {
  return window(c.tokens, c.t + 3, c.t + 12).some(
    (x) => WEAPONS.has(x.lemma) || FORCE_WORDS.has(x.lemma),
  );
}

// "hit back at Peru's claim", "fired back at the minister": an answer in words (CAMEO 111),
// or force when force is what hit back ("hit back at Peru with missiles")
const answeredBack: Rule = (c) => {
  if (!/^(hit|strike|fire)$/.test(c.lemma) || c.pos !== 'VERB') return null;
  if (c.tokens[c.t + 1]?.value !== 'back' || !/^(at|against)$/.test(c.tokens[c.t + 2]?.value ?? ''))
    return null;
  if (answeredWithForce(c))
    return { t: c.t, kind: 'military-action', rule: 'pattern:hit-back', label: 'struck back at' };
  return { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'hit back at' };
};

const criticism: Rule = (c) => {
  if (c.lemma === 'push' && c.tokens[c.t + 1]?.lemma === 'back')
    return { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'pushed back against' };
  // "lashed out at Peru", "hit out at the minister": a verbal attack
  if (/^(lash|hit)$/.test(c.lemma) && c.tokens[c.t + 1]?.value === 'out')
    return /^(at|against)$/.test(c.tokens[c.t + 2]?.value ?? '')
      ? { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'criticised' }
      : null;
  // "held Latvia responsible for the attack": blame laid on the one held
  if (c.lemma === 'hold' && c.pos === 'VERB' && heldResponsible(c))
    return { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'held responsible' };
  // "charged Malta with spying": a charge laid on the one named is an accusation (CAMEO 112);
  // "was charged with" (the charged before the verb) is read by no one here
  if (c.lemma === 'charge' && c.pos === 'VERB' && chargedWith(c))
    return { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'accused' };
  if (!CRITICISE.has(c.lemma)) return null;
  const label = c.pos === 'VERB' ? pastTense(c.token) : 'criticised';
  return { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label };
};

/** "told Malta to …", "told the Maltese government to …": a name, then "to" and a verb. */
function toldTo(c: Context): boolean {
  // ("instructed Secretary of State Marco Rubio to …": a title's "of" is part of the name)
  for (let k = c.t + 2; k < c.t + 8; k++) {
    const x = c.tokens[k];
    if (x?.value === 'to') return c.tokens[k + 1]?.pos === 'VERB';
    const titled = x?.value === 'of' && /^\p{Lu}/u.test(c.tokens[k + 1]?.value ?? '');
    if (!['PROPN', 'DET', 'ADJ', 'NOUN'].includes(x?.pos ?? '') && !titled) return false;
  }
  return false;
}

/** "Peru and Chile call for restraint": the tagger may take a headline's plural verb for the noun;
 * after a name (no article, adjective or owner) "call for" or "call on" is the verb. */
function calledAsNoun(c: Context): boolean {
  const next = c.tokens[c.t + 1]?.value.toLowerCase() ?? '';
  const previous = c.tokens[c.t - 1];
  const day = WEEKDAY_NAMES.has(c.tokens[c.t + 2]?.value.toLowerCase() ?? '');
  const named =
    ['PROPN', 'NOUN'].includes(previous?.pos ?? '') && /^\p{Lu}/u.test(previous?.value ?? '');
  return (
    /^calls?$/.test(c.value) &&
    (next === 'for' || ((next === 'on' || next === 'upon') && !day)) &&
    named
  );
}

const demand: Rule = (c) => {
  if (c.pos !== 'VERB' && !calledAsNoun(c)) return null;
  if (DEMAND.has(c.lemma))
    return { t: c.t, kind: 'demand', rule: 'pattern:demand', label: c.token.value };
  // "called on both sides to show restraint", "appealed to Malta": an appeal is a demand
  const next = c.tokens[c.t + 1]?.value.toLowerCase();
  // "told Malta to withdraw its troops": an order, not a statement
  // ("instructed Rubio to finalise the accord", "directed the envoy to inform Qatar": an order
  // given to a person; forces ordered to act carry it out instead: forcesOrdered)
  const ordered = COMMANDING.has(c.lemma) && !namesForces(window(c.tokens, c.t + 1, c.t + 5));
  if ((c.lemma === 'tell' || ordered) && toldTo(c))
    return { t: c.t, kind: 'demand', rule: 'pattern:demand', label: 'told' };
  // "called for Malta to withdraw", "called for restraint from both sides"
  // (not "held calls on Friday with X": the day of calls held; "called on Friday for" is one)
  const onADay =
    next === 'on' &&
    WEEKDAY_NAMES.has(c.tokens[c.t + 2]?.value.toLowerCase() ?? '') &&
    c.tokens[c.t + 3]?.value !== 'for';
  if (
    (c.lemma === 'call' && (next === 'on' || next === 'upon' || next === 'for') && !onADay) ||
    (c.lemma === 'appeal' && next === 'to')
  )
    // (labelled "called on": "Peru called for a truce in Chile" is a demand made of Chile)
    return {
      t: c.t,
      kind: 'demand',
      rule: 'pattern:demand',
      label: `${c.lemma === 'call' ? 'called' : 'appealed'} ${next === 'for' ? 'on' : next}`,
    };
  return null;
};

/** What a warning may hold out: force, or a response in kind. */
const RETRIBUTION = new Set([
  'retaliation',
  'retaliate',
  'reprisal',
  'consequence',
  'response',
  'respond',
  'revenge',
  'countermeasure',
  'war',
  'force',
  'strike',
  'attack',
  'action',
]);

// "warned Malta of serious consequences", "warned of retaliation against Malta", "warned Malta
// against any attack": a warning aimed at another, or holding out force, is a threat (CAMEO 130);
// "warned that prices would rise" stays a statement
const warning: Rule = (c) => {
  const vow = VOWS.has(c.lemma);
  if ((c.lemma !== 'warn' && !vow) || c.pos !== 'VERB') return null;
  const phrase = window(c.tokens, c.t + 1, c.t + 7);
  const end = phrase.findIndex((x) => x.pos === 'PUNCT' || x.value === 'that');
  const words = end < 0 ? phrase : phrase.slice(0, end);
  // "vowed revenge against Malta", "promised a response to Malta": force held out (a vow to
  // act is read by the verb after "to")
  const aimed = !vow && ['PROPN', 'DET'].includes(c.tokens[c.t + 1]?.pos ?? '');
  const held = words.some((x) => RETRIBUTION.has(x.lemma) && x.pos === 'NOUN');
  if (!aimed && !held && (vow || !words.some((x) => RETRIBUTION.has(x.lemma)))) return null;
  return { t: c.t, kind: 'threat', rule: 'pattern:warning', label: vow ? 'threatened' : 'warned' };
};

// "Foreign Minister Jon Dahl: Iceland's claims are baseless": a name and a colon, then words,
// are the words of the one named (a live blog's, an interview's or a briefing's form)
const speakerColon: Rule = (c) =>
  c.value === ':' && c.tokens[c.t - 1]?.pos === 'PROPN' && c.t + 2 < c.tokens.length
    ? { t: c.t, kind: 'statement', rule: SPEAKER_COLON_RULE, label: 'said of' }
    : null;
export const SPEAKER_COLON_RULE = 'pattern:speaker-colon';

/** "agreed to the truce at the request of Chile": the one who asked, a demand on the subject. */
const atRequest: Rule = (c) =>
  /^requests?$/.test(c.value) &&
  c.tokens[c.t - 1]?.value.toLowerCase() === 'the' &&
  c.tokens[c.t - 2]?.value.toLowerCase() === 'at' &&
  c.tokens[c.t + 1]?.value === 'of'
    ? { t: c.t, kind: 'demand', rule: AT_REQUEST_RULE, label: 'asked' }
    : null;
export const AT_REQUEST_RULE = 'pattern:at-request';

/** Verbs that send a written word, and what is sent. */
const SENDING = new Set(['send', 'deliver', 'address', 'hand']);
const MISSIVES = new Set(['letter', 'message', 'note', 'memo', 'memorandum']);

/** "sent a letter to the Council", "handed a note to Peru's envoy": words in writing, a statement
 * to the one they are sent to. */
const letterSent: Rule = (c) => {
  if (!SENDING.has(c.lemma) || c.pos !== 'VERB' || c.future) return null;
  const sent = window(c.tokens, c.t + 1, c.t + 5).findIndex((x) => MISSIVES.has(x.lemma));
  if (sent < 0) return null;
  const to = window(c.tokens, c.t + 2 + sent, c.t + 8 + sent).some((x) => x.value === 'to');
  return to ? { t: c.t, kind: 'statement', rule: LETTER_RULE, label: 'wrote to' } : null;
};
/** Read as a deed's object is: the one it is sent to. */
export const LETTER_RULE = 'object:letter';

/** Verbs that give an apology: "offered a rare apology to Qatar", "issued an apology to". */
const APOLOGY_GIVING = new Set(['offer', 'issue', 'make', 'extend', 'deliver', 'tender', 'convey']);

/** "offered a rare apology to Qatar for the attack": an apology (CAMEO 055) given to the one
 * named after "to", a statement to it. */
const apologyGiven: Rule = (c) => {
  if (!APOLOGY_GIVING.has(c.lemma) || c.pos !== 'VERB' || c.future) return null;
  const noun = window(c.tokens, c.t + 1, c.t + 4).findIndex((x) =>
    /^apolog(y|ies)$/i.test(x.value),
  );
  if (noun < 0) return null;
  const to = c.tokens[c.t + 2 + noun]?.value === 'to';
  return to ? { t: c.t, kind: 'statement', rule: 'object:apology', label: 'apologised to' } : null;
};

/** "Eva Paz's remarks about Peru", "Jo Roe's comments on Tacna": words someone said, named
 * by the noun with its speaker's possessive and what they were about (CAMEO 01). */
const remarksOn: Rule = (c) => {
  if (c.pos !== 'NOUN' || !REMARKS.has(c.value.toLowerCase())) return null;
  const owner =
    /^['’]s?$/.test(c.tokens[c.t - 1]?.value ?? '') && c.tokens[c.t - 2]?.pos === 'PROPN';
  const about = ABOUT.has(c.tokens[c.t + 1]?.value.toLowerCase() ?? '');
  return owner && about
    ? { t: c.t, kind: 'statement', rule: 'pattern:statement', label: 'remarked on' }
    : null;
};
const REMARKS = new Set(['remarks', 'remark', 'comments', 'comment', 'statement', 'statements']);
const ABOUT = new Set(['about', 'on', 'regarding', 'concerning']);

/** "has given Peru until Friday to withdraw", "set a deadline for Peru to withdraw": a demand
 * with a day to meet it (CAMEO 02). */
const deadline: Rule = (c) => {
  if (c.pos !== 'VERB') return null;
  const after = window(c.tokens, c.t + 1, c.t + 8);
  // (the one given the time named right before "until": "given Peru until Friday")
  const at = after.findIndex((x) => x.value === 'until');
  const named = at > 0 && after.slice(0, at).every((x) => x.pos === 'PROPN' || x.pos === 'DET');
  const until = c.lemma === 'give' && named;
  const set =
    ['set', 'impose', 'give', 'issue'].includes(c.lemma) &&
    after.slice(0, 3).some((x) => x.lemma === 'deadline');
  if (!until && !set) return null;
  const toAct = after.some((x, k) => x.value === 'to' && after[k + 1]?.pos === 'VERB');
  return toAct && !c.deedFuture
    ? { t: c.t, kind: 'demand', rule: 'pattern:demand', label: 'set a deadline for' }
    : null;
};

/** "declared the envoy persona non grata": an envoy expelled (CAMEO 1663). */
const personaNonGrata: Rule = (c) => {
  if (c.lemma !== 'declare' || c.pos !== 'VERB') return null;
  const words = window(c.tokens, c.t + 1, c.t + 10).map((x) => x.value.toLowerCase());
  const declared = words.join(' ').includes('persona non grata');
  if (!declared) return null;
  return c.deedFuture
    ? STOP
    : { t: c.t, kind: 'sanction', rule: 'object:sanction', label: 'expelled' };
};

/** "referred to Jo Roe as a “race-baiting politician”": a name given in other words. */
const referredToAs: Rule = (c) => {
  if (c.lemma !== 'refer' || c.pos !== 'VERB' || c.tokens[c.t + 1]?.value !== 'to') return null;
  const as = window(c.tokens, c.t + 3, c.t + 9).some((x) => x.value === 'as');
  return as ? { t: c.t, kind: 'statement', rule: 'pattern:statement', label: 'referred to' } : null;
};

const statement: Rule = (c) =>
  SAY.has(c.lemma) && c.pos === 'VERB'
    ? { t: c.t, kind: 'statement', rule: 'pattern:statement', label: statementLabel(c.token) }
    : null;

/** Kinds that report a deed: planned or under a modal, it has not happened. */
const DEEDS: ReadonlySet<RelationKind> = new Set(['military-action', 'sanction', 'aid', 'protest']);
const FIRE_COMPANY = new Set([
  'on',
  'at',
  'down',
  'missile',
  'rocket',
  'shot',
  'artillery',
  'drone',
]);

/** The tagger reads some past tenses as adjectives ("Qatar mediated between…"): an -ed word
 * whose stem is in the lexicon and that is followed by no noun it could qualify is the verb. */
function verbReading(c: Context): { lemma: string; pos: string } {
  if (c.pos === 'ADJ' && c.value.endsWith('ing') && c.tokens[c.t - 1]?.value === ',')
    return adjunctReading(c);
  // ("has been firing rockets": a progressive the tagger reads as a noun after its auxiliary)
  if (c.pos === 'NOUN' && c.value.endsWith('ing') && c.tokens[c.t - 1]?.pos === 'AUX')
    return adjunctReading(c);
  if (c.pos !== 'ADJ' || !c.value.endsWith('ed')) return { lemma: c.lemma, pos: c.pos };
  // "a coordinated response", "the disputed border": an adjective after its determiner
  if (c.tokens[c.t + 1]?.pos === 'NOUN' || c.tokens[c.t - 1]?.pos === 'DET')
    return { lemma: c.lemma, pos: c.pos };
  for (const stem of [c.value.slice(0, -1), c.value.slice(0, -2)])
    if (VERB_LEXICON.has(stem) || CAMEO_LEXICON.has(stem)) return { lemma: stem, pos: 'VERB' };
  return { lemma: c.lemma, pos: c.pos };
}

/** "…, striking nine sites in Malta": a participle opening an adjunct, which the tagger may read
 * as an adjective ("a striking result"), is the verb of the lexicon its stem is in. */
function adjunctReading(c: Context): { lemma: string; pos: string } {
  for (const lemma of ingStems(c.value))
    if (VERB_LEXICON.has(lemma) || CAMEO_LEXICON.has(lemma)) return { lemma, pos: 'VERB' };
  return { lemma: c.lemma, pos: c.pos };
}

/** The lemmas an -ing form may come from: "striking" strik(e), "shelling" shell, "hitting" hit. */
const ingStems = (value: string) => {
  const stem = value.toLowerCase().replace(/ing$/, '');
  return [stem, `${stem}e`, stem.slice(0, -1)];
};

/** "strike a deal", "tariffs targeting steel", "fired the minister": no force used. */
function noForce(c: Context, lemma: string): boolean {
  const after = window(c.tokens, c.t + 1, c.t + 5).map((x) => x.lemma);
  if (after.some((w) => NOT_FORCE.has(w)) || c.near.some((w) => TARIFF_NOUNS.has(w))) return true;
  if (lemma === 'target' && c.near.some((w) => TRADE_TARGETS.has(w))) return true;
  // "is fighting a case at the court", "fought a legal battle with": a fight in court or words
  if (lemma === 'fight' && after.some((w) => FOUGHT_IN_WORDS.has(w))) return true;
  return (lemma === 'fire' || lemma === 'shoot') && !after.some((w) => FIRE_COMPANY.has(w));
}

/** What one fights with no force: a case, a legal or political battle, a charge. */
const FOUGHT_IN_WORDS = new Set([
  'case',
  'lawsuit',
  'suit',
  'legal',
  'court',
  'charge',
  'appeal',
  'ruling',
  'extradition',
  'claim',
  'political',
  'diplomatic',
  'election',
]);

/** What "target" aims at when it is no force: "accused it of targeting American firms",
 * "measures targeting Chinese goods". */
const TRADE_TARGETS = new Set([
  'firm',
  'company',
  'business',
  'good',
  'export',
  'import',
  'industry',
  'sector',
  'product',
  'market',
  'economy',
  'investor',
  'consumer',
  'customer',
  'voter',
]);

/** What one side says of another that the other can deny: "denied Norway's claims". */
const DENIED = new Set(['claim', 'accusation', 'allegation', 'charge', 'report']);

// "Finland denied Norway's claims", "dismissed the accusations", "a charge Finland denied": a
// rejection, not a negation
const denial: Rule = (c) => {
  if (!['deny', 'dismiss'].includes(c.lemma) || c.pos !== 'VERB' || c.future) return null;
  // "…, a charge Croatia denied": the charge before its denier
  let k = c.t - 1;
  while (c.tokens[k]?.pos === 'PROPN') k--;
  const before = k < c.t - 1 && DENIED.has(c.tokens[k]?.lemma ?? '');
  if (!before && !window(c.tokens, c.t + 1, c.t + 5).some((x) => DENIED.has(x.lemma))) return null;
  return { t: c.t, kind: 'rejection', rule: 'pattern:denial', label: 'rejected' };
};

/** Verbs that announce a deed to come: "vowed to retaliate", "threatened to strike". */
const VOWS = new Set(['vow', 'threaten', 'pledge', 'promise']);

// "Finland vowed to retaliate against Norway", "vowed to respond": force promised is a threat,
// not a deed
const vowedForce: Rule = (c) => {
  if (c.tokens[c.t - 1]?.value !== 'to' || !VOWS.has(c.tokens[c.t - 2]?.lemma ?? '')) return null;
  // "vowed to respond", "vowed to avenge the dead": an answer in kind held out
  const answer = ['respond', 'avenge', 'retaliate'].includes(c.lemma);
  const entry = VERB_LEXICON.get(c.lemma) ?? CAMEO_LEXICON.get(c.lemma);
  const force = entry?.kind === 'military-action' && !noForce(c, c.lemma);
  if (!(answer || force) || c.pos !== 'VERB') return null;
  return { t: c.t, kind: 'threat', rule: 'pattern:vowed-force', label: 'threatened' };
};

/** Modals that say what a side will do, not what it may. */
const WILL = new Set(['will', 'would', "'ll", 'shall']);

/** Whether the verb at `t` is said to be done later for sure: "will strike", "would swiftly hit",
 * "would be imposing". */
function willDo(tokens: readonly Token[], t: number): boolean {
  let k = t - 1;
  if (tokens[k]?.value === 'be' && tokens[t]?.value.endsWith('ing')) k--;
  if (tokens[k]?.pos === 'ADV') k--;
  return WILL.has(tokens[k]?.value.toLowerCase() ?? '');
}

/** Whether the clause of the verb at `t` is an announcement: "announced (that) it would …",
 * "said on Monday it will …" is not. */
function announced(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 8); k--) {
    const x = tokens[k] as Token;
    if (x.lemma === 'announce' && x.pos === 'VERB') return true;
    if (x.pos === 'PUNCT' || x.pos === 'CCONJ') return false;
  }
  return false;
}

// "The Treasury announced it would impose sanctions on X": a sanction decided and announced is
// imposed (CAMEO 16), as an announced tariff is; "Malta said it would impose sanctions on
// Iceland" is a threat of them (CAMEO 13)
const promisedSanction = (c: Context): Trigger | null => {
  if (c.pos !== 'VERB') return null;
  // "plans to impose sanctions on X", "launched a process to reimpose sanctions on X": sanctions
  // set in motion, held out over their target (CAMEO 13)
  if (plannedDeed(c.tokens, c.t))
    return {
      t: c.t,
      kind: 'threat',
      rule: PLANNED_SANCTION_RULE,
      label: 'threatened sanctions on',
    };
  if (!willDo(c.tokens, c.t)) return null;
  if (announced(c.tokens, c.t))
    return { t: c.t, kind: 'sanction', rule: 'object:sanction', label: 'imposed sanctions on' };
  return { t: c.t, kind: 'threat', rule: PROMISED_FORCE_RULE, label: 'threatened' };
};

/** Words before "to" that set a deed in motion or hold it out: "plans to", "moved to", "a
 * process to", "is preparing to", "threatened to". */
const SET_IN_MOTION = new Set([
  'plan',
  'move',
  'process',
  'step',
  'prepare',
  'seek',
  'intend',
  'threaten',
  'vow',
  'ready',
  'poised',
]);

/** Whether the verb at `t` is the deed of such an infinitive ("plans to impose …"). */
function plannedDeed(tokens: readonly Token[], t: number): boolean {
  if (tokens[t - 1]?.value !== 'to') return false;
  const before = tokens[t - 2];
  return (
    before !== undefined &&
    [before.lemma, before.value.toLowerCase()].some((w) => SET_IN_MOTION.has(w))
  );
}
/** Read as an object verb's deed: the sanctions' target after the verb. */
export const PLANNED_SANCTION_RULE = 'object:planned-sanction';

// "Malta said it would strike Iceland", "Malta will retaliate against any attack": force a side
// says it will use is a threat of force (CAMEO 138), not a deed; "could strike" is no promise
const promisedForce: Rule = (c) => {
  if (c.pos !== 'VERB' || !willDo(c.tokens, c.t)) return null;
  const entry = VERB_LEXICON.get(c.lemma);
  if (entry?.kind === 'sanction' && !entry.verbOnly) return promisedSanction(c);
  // ("would respond to Chile's aggression": an answer in kind to force)
  const answer = c.lemma === 'respond' && answersForce(c.tokens, c.t);
  const force =
    (entry?.kind === 'military-action' && !noForce(c, c.lemma)) ||
    c.lemma === 'retaliate' ||
    answer;
  if (!force) return null;
  return { t: c.t, kind: 'threat', rule: PROMISED_FORCE_RULE, label: 'threatened' };
};

/** Force one side says it answers: "aggression", "attacks", "provocations". */
export const AGGRESSION = new Set([
  'aggression',
  'attack',
  'attacks',
  'strike',
  'strikes',
  'provocation',
  'provocations',
  'escalation',
  // "would respond to any Peruvian action", "any misadventure"
  'action',
  'actions',
  'misadventure',
  'adventurism',
]);

/** "respond to the aggression", "respond with force", "respond by all means": a response at `t`
 * in kind to force. */
function answersForce(tokens: readonly Token[], t: number): boolean {
  const after = window(tokens, t + 1, t + 8);
  const stop = after.findIndex((x) => BREAKS_CLAUSE.has(x.value));
  const phrase = stop < 0 ? after : after.slice(0, stop);
  const words = phrase.map((x) => x.value.toLowerCase()).join(' ');
  return (
    phrase.some((x) => AGGRESSION.has(x.value.toLowerCase())) ||
    /\b(with force|by all means)\b/.test(words)
  );
}
const BREAKS_CLAUSE = new Set([',', ';', '.', '—']);
export const PROMISED_FORCE_RULE = 'pattern:promised-force';

const EXCHANGED = new Set([
  'fire',
  'gunfire',
  'strike',
  'shelling',
  'blow',
  'shot',
  'salvo',
  'artillery',
  'rocket',
  'missile',
  'drone',
  'attack',
]);
/** Captives two sides give each other back: "exchanged prisoners", "a swap of hostages". */
const SWAPPED = new Set(['prisoner', 'prisoners', 'hostage', 'hostages', 'captive', 'detainee']);

/** What two sides may trade in words: "traded accusations", "exchanged barbs". */
const REPROACHES = new Set(['accusation', 'blame', 'barb', 'insult', 'criticism', 'charge']);

// "A and B exchanged fire", "A exchanged strikes with B", "traded artillery fire": force used
// both ways; "A and B traded accusations": criticism both ways
const exchange: Rule = (c) => {
  if (!['exchange', 'trade'].includes(c.lemma) || c.pos !== 'VERB' || c.future) return null;
  const after = window(c.tokens, c.t + 1, c.t + 4);
  if (after.some((x) => REPROACHES.has(x.lemma)))
    return { t: c.t, kind: 'criticism', rule: EXCHANGE_RULE, label: 'traded accusations with' };
  if (!after.some((x) => EXCHANGED.has(x.lemma))) return null;
  return { t: c.t, kind: 'military-action', rule: EXCHANGE_RULE, label: 'exchanged fire with' };
};
export const EXCHANGE_RULE = 'pattern:exchange-fire';

// "A and B exchanged prisoners", "a prisoner swap between A and B", "an exchange of hostages
// between A and B": captives given back both ways, each side yielding to the other
const swap: Rule = (c) => {
  if (!['exchange', 'swap'].includes(c.lemma) || !['VERB', 'NOUN'].includes(c.pos)) return null;
  const around = window(c.tokens, c.t - 1, c.t + 4).filter((x) => x !== c.token);
  if (!around.some((x) => SWAPPED.has(x.lemma) || SWAPPED.has(x.value.toLowerCase()))) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'cooperation', rule: SWAP_RULE, label: 'exchanged prisoners with' };
};
export const SWAP_RULE = 'pattern:prisoner-swap';

/** Weapons that, as a verb's subject, make a general verb of impact a use of force. */
const WEAPONS = new Set([
  'missile',
  'rocket',
  'drone',
  'shell',
  'bomb',
  'strike',
  'airstrike',
  'artillery',
  'mortar',
  'jet',
  'warplane',
]);

/** Verbs of force that people also use of words ("Navarro attacked India for …"). */
export const FORCE_OR_WORDS: ReadonlySet<string> = new Set([
  'attack',
  'target',
  'ambush',
  'assail',
  'blast',
  'hammer',
]);

/** Whether `word` (an -ing form or its lemma) names a deed of force: "by shelling", "for bombing". */
function forceWord(word: Token): boolean {
  return [word.lemma, ...ingStems(word.value)].some(
    (w) =>
      VERB_LEXICON.get(w)?.kind === 'military-action' ||
      CAMEO_LEXICON.get(w)?.kind === 'military-action',
  );
}

/** "attacked India, targeting Modi for meeting Putin", "ambushed him by playing a video": a
 * verb of force whose reason or means, in the same clause, is a deed of no force attacks in words
 * (CAMEO 111). A quoted word before its noun ("\"targeted\" threats") qualifies it and is no
 * verb at all. */
const forceInWords: Rule = (c) => {
  if (!FORCE_OR_WORDS.has(c.lemma)) return null;
  if (c.tokens[c.t - 1]?.value === '"' && c.tokens[c.t + 1]?.value === '"') return STOP;
  const end = Math.min(c.tokens.length - 1, c.t + 12);
  for (let k = c.t + 1; k < end; k++) {
    const x = c.tokens[k] as Token;
    if (x.value === '.' || x.value === ';') return null;
    const next = c.tokens[k + 1] as Token;
    if (!['for', 'by'].includes(x.value) || !next.value.endsWith('ing') || next.pos === 'PROPN')
      continue;
    return forceWord(next)
      ? null
      : { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'criticised' };
  }
  return null;
};

// "Latvian missiles hit six sites", "drones slammed into a depot": weapons that hit something
const weaponsHit: Rule = (c) => {
  if (!['hit', 'slam', 'pound', 'rock'].includes(c.lemma) || c.pos !== 'VERB' || c.future)
    return null;
  if (
    !WEAPONS.has(c.tokens[c.t - 1]?.lemma ?? '') &&
    !firedWeapons(c.tokens, c.t) &&
    !hitWithForce(c.tokens, c.t)
  )
    return null;
  return { t: c.t, kind: 'military-action', rule: 'lexicon:military-action', label: 'attacked' };
};

/** What force hits when no weapon is named: bases, positions, posts. */
const MILITARY_TARGETS = new Set([
  'base',
  'airbase',
  'position',
  'post',
  'camp',
  'depot',
  'airfield',
]);

/** "Peru hit Chile with drones and missiles", "hit Chilean military bases": force hits, told by
 * the weapons after "with" or the military target hit. */
function hitWithForce(tokens: readonly Token[], t: number): boolean {
  const after = tokens.slice(t + 1, t + 8);
  const end = after.findIndex((x) => BREAKS_CLAUSE.has(x.value) || x.pos === 'VERB');
  const phrase = end < 0 ? after : after.slice(0, end);
  const withAt = phrase.findIndex((x) => x.value === 'with');
  if (withAt > 0 && phrase.slice(withAt + 1).some((x) => WEAPONS.has(x.lemma))) return true;
  return phrase.slice(0, 4).some((x) => MILITARY_TARGETS.has(x.lemma));
}

// "a missile launch against Peru", "rocket launches at Chile": weapons fired, named by the noun
const weaponLaunch: Rule = (c) => {
  if (!/^launch(es)?$/.test(c.value) || !WEAPONS.has(c.tokens[c.t - 1]?.lemma ?? '')) return null;
  if (!/^(against|at|on|toward|towards)$/.test(c.tokens[c.t + 1]?.value ?? '')) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'military-action', rule: 'lexicon:military-action', label: 'attacked' };
};

/** "Drones launched by the Front hit …": weapons with the participle that names who used them,
 * as the subject of the verb at `t`. */
function firedWeapons(tokens: readonly Token[], t: number): boolean {
  const by = tokens.findLastIndex((x, k) => k < t && k >= t - 8 && x.value === 'by');
  const weapon = tokens[by - 2];
  const named = weapon && [weapon.lemma, weapon.value.toLowerCase().replace(/s$/, '')];
  return (
    by > 1 &&
    FIRED_BY.has(tokens[by - 1]?.value ?? '') &&
    (named ?? []).some((w) => WEAPONS.has(w)) &&
    !tokens.slice(by + 1, t).some((x) => x.pos === 'VERB')
  );
}

/** What is shot down: aircraft and what flies in their stead. */
const AIRBORNE = new Set([
  ...WEAPONS,
  'aircraft',
  'plane',
  'helicopter',
  'fighter',
  'balloon',
  'uav',
  'airliner',
]);

/** What one side fires at another and the other may bring down before it lands. */
const PROJECTILES = new Set(['drone', 'missile', 'rocket', 'uav', 'projectile', 'munition']);
/** Verbs that stop what was fired, read with a projectile as their object. */
const STOPPED = new Set([
  'intercept',
  'interception',
  'down',
  'repel',
  'repulse',
  'thwart',
  'foil',
  // "neutralised drones launched by Chile" (the tagger may read the participle as a noun)
  'neutralise',
  'neutralize',
  'neutralised',
  'neutralized',
]);

// "Slovenia intercepted Croatian drones", "shot down 12 Slovak missiles", "the interception of
// Latvian rockets": the side that fired them attacked the one that stopped them, which defended
// itself; a jet or a helicopter brought down is force used by the one that downed it
const interception: Rule = (c) => {
  const shotDown = ['shoot', 'shot'].includes(c.lemma) && c.tokens[c.t + 1]?.value === 'down';
  if (!shotDown && !(STOPPED.has(c.lemma) && ['VERB', 'NOUN'].includes(c.pos))) return null;
  const from = shotDown ? c.t + 2 : c.t + 1;
  const phrase = window(c.tokens, from, from + 6);
  const end = phrase.findIndex(
    (x) => (x.pos === 'PUNCT' && x.value !== '-') || (x.pos === 'ADP' && x.value !== 'of'),
  );
  // "Croatian drones were intercepted by Slovenia": a passive's object is its subject
  const passive = c.tokens[from]?.value === 'by';
  const object = passive ? window(c.tokens, c.t - 4, c.t) : end < 0 ? phrase : phrase.slice(0, end);
  if (!object.some((x) => PROJECTILES.has(x.lemma.toLowerCase()))) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'military-action', rule: INTERCEPT_RULE, label: 'attacked' };
};
export const INTERCEPT_RULE = 'pattern:intercepted';

// "Malta shot down an Icelandic jet", "shot dead two fishermen", where the tagger reads "shot"
// as a noun: force used, while "shot down the proposal" is no strike
const shotDown: Rule = (c) => {
  if (c.value !== 'shot' || c.pos !== 'NOUN') return null;
  // "guards shot dead two fishermen": people killed, as the verb "shot" would say
  if (c.tokens[c.t + 1]?.value === 'dead')
    return c.future
      ? STOP
      : { t: c.t, kind: 'military-action', rule: 'lexicon:military-action', label: 'fired on' };
  if (c.tokens[c.t + 1]?.value !== 'down') return null;
  if (!window(c.tokens, c.t + 2, c.t + 7).some((x) => AIRBORNE.has(x.lemma.toLowerCase())))
    return null;
  return c.future
    ? STOP
    : { t: c.t, kind: 'military-action', rule: 'lexicon:military-action', label: 'shot down' };
};

// "Malta summoned the Icelandic ambassador", "Iceland's envoy was summoned by Malta": a protest
// lodged with the envoy's country
// ("called in the Icelandic ambassador": summoned in other words)
const summonedEnvoy: Rule = (c) => {
  const calledIn = c.lemma === 'call' && c.tokens[c.t + 1]?.value === 'in';
  // "Malta summons Icelandic envoy": a headline's verb the tagger takes for a noun
  const headlineVerb = c.value === 'summons' && c.tokens[c.t - 1]?.pos === 'PROPN';
  const verb = (c.lemma === 'summon' || calledIn) && c.pos === 'VERB';
  if ((!verb && !headlineVerb) || c.future) return null;
  const envoy = (x: Token) => ENVOYS.has(x.lemma.toLowerCase());
  const after = calledIn ? c.t + 2 : c.t + 1;
  const passive = c.tokens[after]?.value === 'by';
  const span = passive ? window(c.tokens, c.t - 5, c.t) : window(c.tokens, after, after + 4);
  if (!span.some(envoy)) return null;
  return {
    t: c.t,
    kind: 'protest',
    rule: SUMMONED_ENVOY_RULE,
    label: 'summoned the envoy of',
  };
};
export const SUMMONED_ENVOY_RULE = 'pattern:summoned-envoy';

/** Words before "fire" that make the noun a use of force: "opened fire", "came under fire",
 * "artillery fire", "cross-border fire". */
const FIRE_BEFORE = new Set([
  'open',
  'under',
  'artillery',
  'rocket',
  'mortar',
  'tank',
  'sniper',
  'border',
  'heavy',
  'gun',
]);

// "troops opened fire on …", "came under fire from …", "responded with artillery fire on …"
const fireNoun: Rule = (c) => {
  const force =
    (c.lemma === 'fire' && FIRE_BEFORE.has(c.tokens[c.t - 1]?.lemma ?? '')) ||
    c.lemma === 'gunfire' ||
    c.lemma === 'shellfire';
  if (!force || c.pos !== 'NOUN') return null;
  if (c.deedFuture) return STOP;
  // "the minister came under fire from critics": in a sentence with nothing of war, the fire is
  // words
  if (c.tokens[c.t - 1]?.lemma === 'under' && !c.tokens.some((x) => WARLIKE.has(x.lemma)))
    return { t: c.t, kind: 'criticism', rule: 'pattern:criticism', label: 'criticised' };
  return { t: c.t, kind: 'military-action', rule: 'lexicon:military-action', label: 'fired on' };
};

/** Words of war in a sentence, that make "came under fire" shots rather than words. */
const WARLIKE = new Set([
  ...AIRBORNE,
  'troop',
  'troops',
  'force',
  'forces',
  'army',
  'soldier',
  'artillery',
  'border',
  'position',
  'convoy',
  'base',
  'village',
  'town',
  'militant',
  'military',
  'kill',
  'wound',
  'injure',
  'attack',
  'shelling',
]);

/** Verbs that offer, seek or turn down a mediation rather than carry it on. */
const OFFERED = new Set([
  'offer',
  'propose',
  'seek',
  'reject',
  'refuse',
  'rule',
  'want',
  'request',
  'ask',
  'invite',
  'urge',
  'welcome',
]);

/** "launched an offensive against", "a fresh ground offensive", which the tagger reads as an
 * adjective: a word of the lexicon in a phrase its determiner opens that qualifies no noun after
 * it is the noun. */
function nounReading(c: Context): { lemma: string; pos: string } {
  const reading = verbReading(c);
  if (reading.pos !== 'ADJ') return reading;
  const phrase = window(c.tokens, c.t - 3, c.t);
  const det = phrase.map((x) => x.pos).lastIndexOf('DET');
  // "a new offensive", "a fresh ground offensive", but not "the remarks deeply offensive"
  const qualifiers = phrase.slice(det + 1);
  const single = (x: Token) =>
    ['ADJ', 'ADV'].includes(x.pos) || (x.pos === 'NOUN' && !x.value.endsWith('s'));
  if (det < 0 || !qualifiers.every(single)) return reading;
  const next = c.tokens[c.t + 1]?.pos ?? 'PUNCT';
  return ['NOUN', 'PROPN', 'ADJ'].includes(next) ? reading : { lemma: c.lemma, pos: 'NOUN' };
}

/** "the war between A and B", "their war, which started in 2023 between A and B": the two
 * sides fought each other (a war named, not planned or feared). */
const fightBetween: Rule = (c) => {
  if (!warBetween(c.tokens, c.t)) return null;
  // "plans to end the war between A and B": the war named with "the" is going on; "a war
  // between A and B could follow" is not
  let k = c.t - 1;
  while (c.tokens[k]?.pos === 'ADJ') k--;
  const going = ['the', 'this', 'their', 'its'].includes(c.tokens[k]?.value.toLowerCase() ?? '');
  if (c.deedFuture && !going) return STOP;
  return { t: c.t, kind: 'military-action', rule: 'lexicon:military-action', label: 'fought' };
};

/** "Russia's war in Ukraine", "Israel's war with Hamas": its owner wages the war on the other. */
const warWaged: Rule = (c) =>
  ownedWar(c.tokens, c.t)
    ? { t: c.t, kind: 'military-action', rule: WAR_WAGED_RULE, label: 'fought' }
    : null;
export const WAR_WAGED_RULE = 'pattern:war-waged';

/** "the Russia-Ukraine war", "the Israel-Hamas conflict": the two sides the dash joins fight. */
const warOfTwo: Rule = (c) =>
  dashedWar(c.tokens, c.t) && !c.deedFuture
    ? { t: c.t, kind: 'military-action', rule: DASHED_WAR_RULE, label: 'fought' }
    : null;
export const DASHED_WAR_RULE = 'pattern:dashed-war';

const lexicon: Rule = (c) => {
  const { lemma, pos } = nounReading(c);
  const entry = VERB_LEXICON.get(lemma);
  // "clashes between A and B", "fighting broke out on Saturday between A and B": a noun of the
  // verb-only words, with the two sides after it
  const between = betweenAfter(c.tokens, c.t) !== null;
  if (!entry || (entry.verbOnly && pos !== 'VERB' && !between)) return null;
  if (pos !== 'VERB' && pos !== 'NOUN') return null;
  if (entry.kind === 'military-action' && noForce(c, lemma)) return null;
  // "Houthi targets in Yemen" are what is struck; "Houthis target Israeli airport" (a headline's
  // verb the tagger takes for a noun) strikes what follows
  if (lemma === 'target' && pos === 'NOUN' && !/^[\p{Lu}\d]/u.test(c.tokens[c.t + 1]?.value ?? ''))
    return null;
  // "lifted the sanctions", "eased the blockade": relations restored, not reduced
  if (pos === 'NOUN' && c.before.slice(-3).some((w) => EASED_BY.has(w))) return STOP;
  // "cut US financial assistance to Peru": aid cut is a sanction, which the verb tells
  if (entry.kind === 'aid' && pos === 'NOUN' && c.before.slice(-4).some((w) => AID_CUT_BY.has(w)))
    return STOP;
  if (DEEDS.has(entry.kind) && c.deedFuture) return STOP;
  // "offered to mediate", "rejected any third-party mediation": a mediation not (yet) carried on
  if (entry.kind === 'mediation' && (c.deedFuture || c.before.some((w) => OFFERED.has(w))))
    return STOP;
  return { t: c.t, kind: entry.kind, rule: `lexicon:${entry.kind}`, label: entry.label };
};

/** The relation's label for a verb of the CAMEO table, by the kind it is read as. */
const CAMEO_LABEL: Readonly<Partial<Record<RelationKind, string>>> = {
  statement: 'said of',
  demand: 'urged',
  'planned-meeting': 'plans to meet',
  talks: 'held talks with',
  call: 'held a call with',
  meeting: 'met',
  mediation: 'mediated for',
  cooperation: 'cooperated with',
  agreement: 'reached an agreement with',
  aid: 'gave aid to',
  criticism: 'criticised',
  rejection: 'rejected',
  threat: 'threatened',
  protest: 'protested against',
  sanction: 'imposed sanctions on',
  'military-action': 'attacked',
};
const CONSULT: ReadonlySet<RelationKind> = new Set(['talks', 'call', 'meeting']);
const HOSTING = new Set(['host', 'convene']);
/** Verbs of one who oversees others' signing or talks without taking a side in them. */
const OVERSEEING = new Set(['oversee', 'preside', 'witness', 'chair']);
export const OVERSAW_RULE = 'pattern:oversaw';

/** "… and was witnessed by Z": a passive verb at `t` joined by "and" to the clause before, whose
 * subject (the sentence's first words) is its subject too. */
export const joinedPassive = (tokens: readonly Token[], t: number) =>
  tokens[t - 2]?.value === 'and' && tokens[t - 1]?.pos === 'AUX';
/** What others agree to, that one who oversees it witnesses for them ("the deal was witnessed by Z"). */
const ACCORDS = new Set([
  'deal',
  'agreement',
  'accord',
  'truce',
  'ceasefire',
  'declaration',
  'treaty',
]);
const GATHERINGS = new Set([
  'talk',
  'talks',
  'negotiation',
  'meeting',
  'round',
  'summit',
  'signing',
  'ceremony',
]);
/** Kinds that, planned or under a modal, have not happened either ("to facilitate talks"). */
const UNDONE: ReadonlySet<RelationKind> = new Set(['agreement', 'cooperation', 'mediation']);

/** "Negotiating teams", "the fighting forces", "a coordinated response": a participle that
 * qualifies the noun after it, opening its phrase, is no verb of the clause. */
function qualifier(c: Context): boolean {
  const before = c.tokens[c.t - 1];
  // "a coordinated response": a participle after its determiner
  if (before?.pos === 'DET' && before.lemma !== 'that') return true;
  if (!c.value.endsWith('ing')) return false;
  // "…, underscoring the risk", "Trump, speaking to reporters, …": an adjunct of the clause,
  // whose subject and verb are read on their own
  if (before?.value === ',') return true;
  return c.tokens[c.t + 1]?.pos === 'NOUN' && (!before || before.pos === 'DET');
}

/** Verbs whose "to" clause is a deed planned: "plans to phone", "hopes to meet". */
const PLANNING = new Set([
  'promise',
  'plan',
  'pledge',
  'intend',
  'vow',
  'expect',
  'hope',
  'want',
  // "is scheduled to visit", "is due to meet", "is set to travel"
  'schedule',
  'slate',
  'due',
  'set',
]);

/** Words before a verb of meeting that make it no meeting: its purpose ("to visit"), or one kept
 * from ("against visiting", "from visiting", "avoid visiting"). */
const AWAY_FROM_A_DEED: ReadonlySet<string> = new Set(['to', 'against', 'from', 'avoid']);

/** Any other verb of the CAMEO verb dictionary, read as the kind its code stands for. Asked last:
 * the rules above read the same words in their company first. A deed or an accord that is only
 * planned or under a modal has not happened; a consultation planned is a planned meeting. */
const cameo: Rule = (c) => {
  const { lemma, pos } = verbReading(c);
  // "Z oversaw the signing of a deal between A and B", "presided over the talks", "the meeting
  // was chaired by Z", "the deal was witnessed by Z": whoever oversees others' signing, talks or
  // accord mediates them, as their host does
  if (pos === 'VERB' && OVERSEEING.has(lemma) && !qualifier(c)) {
    const passive = c.tokens[c.t + 1]?.value === 'by';
    // ("The deal was inked by A and B and was witnessed by Z": the subject, the clause's first)
    const joined = passive && joinedPassive(c.tokens, c.t);
    const overseen = passive
      ? [...window(c.tokens, c.t - 4, c.t), ...(joined ? window(c.tokens, 0, 3) : [])]
      : window(c.tokens, c.t + 1, c.t + 5);
    const held = (x: Token) =>
      [x.lemma, x.value.toLowerCase()].some(
        (w) => GATHERINGS.has(w) || (passive && ACCORDS.has(w)),
      );
    if (overseen.some(held))
      return c.future
        ? STOP
        : { t: c.t, kind: 'mediation', rule: OVERSAW_RULE, label: 'oversaw talks of' };
  }
  const entry = pos === 'VERB' ? CAMEO_LEXICON.get(lemma) : undefined;
  if (!entry) return null;
  // "Iran-backed", "Russia-aligned": a participle hyphened to a name describes a noun
  if (['-', '–'].includes(c.tokens[c.t - 1]?.value ?? '')) return null;
  const { kind } = entry;
  if (kind === 'military-action' && noForce(c, lemma)) return null;
  if (qualifier(c)) return null;
  const rule = `cameo:${entry.code}`;
  // "Norway hosted talks between A and B", "the talks were hosted by Norway": a host of others'
  // talks mediates them
  const passive = c.tokens[c.t + 1]?.value === 'by';
  const hosted = passive ? window(c.tokens, c.t - 4, c.t) : window(c.tokens, c.t + 1, c.t + 4);
  if (HOSTING.has(lemma) && hosted.some((x) => GATHERINGS.has(x.lemma)))
    return c.future ? STOP : { t: c.t, kind: 'mediation', rule, label: 'hosted talks of' };
  // "met … to discuss tariffs", "invited X to visit": the purpose of a deed told by another word;
  // "advised its citizens against visiting", "barred from visiting": a visit nobody makes
  // ("travelled to Oslo to confer with …": the journey's purpose is what was done there)
  const away = AWAY_FROM_A_DEED.has(c.tokens[c.t - 1]?.lemma ?? '');
  // ("plans to phone Roe": a consultation planned, not the purpose of another deed)
  const planned = c.tokens[c.t - 1]?.value === 'to' && PLANNING.has(c.tokens[c.t - 2]?.lemma ?? '');
  if (CONSULT.has(kind) && away && !planned && !journeyMadeFor(c.tokens, c.t - 1)) return STOP;
  if (c.future && CONSULT.has(kind))
    return { t: c.t, kind: 'planned-meeting', rule, label: 'plans to meet' };
  if (DEEDS.has(kind) ? c.deedFuture : c.future && UNDONE.has(kind)) return STOP;
  // "Germany backed the Commission": praise and endorsement (051) keep their own verb
  if (entry.code === '051')
    return { t: c.t, kind, rule, label: c.value.endsWith('ed') ? c.value : 'endorsed' };
  return { t: c.t, kind, rule, label: CAMEO_LABEL[kind] ?? 'interacted with' };
};

/** Marks inside a phrase that do not end it: hyphens, dashes, and quotation marks. */
const IN_PHRASE = new Set(['-', '–', '"', '“', '”', '‘', '’', "'"]);

/** "closed its airspace to", "suspended a treaty with", "halted trade with": a general verb whose
 * object, within its phrase, makes it a deed. */
const objectVerb: Rule = (c) => {
  const entry = c.pos === 'VERB' ? OBJECT_VERBS.get(c.lemma) : undefined;
  if (!entry) return null;
  // "handed over 20 soldiers", "gave back the captives": the verb's particle is part of it
  const from = pastHedge(
    c.tokens,
    PARTICLES.has(c.tokens[c.t + 1]?.value ?? '') ? c.t + 2 : c.t + 1,
  );
  // ("designated Cartel de los Soles a terrorist organisation": a long name is one word here)
  const phrase = window(c.tokens, from, from + 6 + nameLength(c.tokens, from));
  // "provided Malta with weapons", "designated it as a terrorist group": the object may follow
  // "with" or "as"
  // ("fired around 40 rockets": a preposition that rounds a number is part of the object)
  const rounding = (k: number) => phrase[k + 1]?.pos === 'NUM';
  // ("halted the entry of aid": what moves is named after "of")
  const moving = (k: number) =>
    phrase[k]?.value === 'of' && FLOWS.has(phrase[k - 1]?.value.toLowerCase() ?? '');
  const end = phrase.findIndex(
    (x, k) =>
      (x.pos === 'PUNCT' && !IN_PHRASE.has(x.value)) ||
      (x.pos === 'ADP' && x.value !== 'with' && x.value !== 'as' && !rounding(k) && !moving(k)) ||
      x.pos === 'CCONJ',
  );
  const objectWords = end < 0 ? phrase : phrase.slice(0, end);
  const object = objectWords.some((x) => entry.objects.has(x.lemma));
  if (!object) return null;
  const sanctionPromised = entry.kind === 'sanction' && !entry.rule ? promisedSanction(c) : null;
  if (sanctionPromised) return sanctionPromised;
  // "agreed to release three fishermen": captives not (yet) given back
  if ((DEEDS.has(entry.kind) || entry.rule) && c.deedFuture) return STOP;
  const rule = entry.rule ?? `object:${entry.kind}`;
  const aidCut = entry.label === 'cut ties with' && objectWords.some((x) => AID_WORDS.has(x.lemma));
  return { t: c.t, kind: entry.kind, rule, label: aidCut ? 'cut aid to' : entry.label };
};
const PARTICLES = new Set(['over', 'back', 'off']);

/** How many words past the second a name opening at `from` runs on, its lowercase particles
 * included ("Cartel de los Soles": 2). */
function nameLength(tokens: readonly Token[], from: number): number {
  let k = from;
  const inName = (x: Token | undefined) =>
    x !== undefined &&
    (x.pos === 'PROPN' || ((NAME_PARTICLES.has(x.value) || x.value === 'of') && k > from));
  while (inName(tokens[k]) && k < from + 8) k++;
  while (k > from && tokens[k - 1]?.pos !== 'PROPN') k--;
  return Math.max(0, k - from - 2);
}
/** Nouns of what moves from one side to another: "the entry of aid", "deliveries of arms". */
const FLOWS = new Set([
  'entry',
  'delivery',
  'deliveries',
  'flow',
  'supply',
  'supplies',
  'shipment',
  'shipments',
  'transfer',
]);

/** Verbs of arrest and detention (CAMEO 173). */
const DETAIN = new Set(['arrest', 'detain', 'apprehend', 'jail', 'imprison', 'intern']);

// "Slovenian police arrested two Croatian nationals", "detained members of the Harbour League": a
// state coercing another country's people or a group (CAMEO 17); an arrest at home names no
// other party, and is read as none by the reader of its target
const detention: Rule = (c) => {
  const { lemma, pos } = verbReading(c);
  if (!DETAIN.has(lemma) || pos !== 'VERB' || qualifier(c)) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'sanction', rule: DETAINED_RULE, label: 'detained' };
};
export const DETAINED_RULE = 'pattern:detained';

/** Verbs that move or ready forces, and the forces they move. */
const POSTURE = new Set(['deploy', 'mass', 'amass', 'station', 'move', 'send', 'dispatch', 'rush']);
const READIED = new Set(['put', 'place']);
const UNITS = new Set([
  'troop',
  'troops',
  'soldier',
  'force',
  'forces',
  'tank',
  'warship',
  'jet',
  'reinforcement',
  'reserve',
  'division',
  'brigade',
  'unit',
  'artillery',
  'military',
  'army',
  'warships',
  'destroyer',
  'destroyers',
  'submarine',
  'fleet',
]);
/** Where forces moved show force: another's border, or the waters off its coast. */
const FRONTIER = new Set(['border', 'frontier', 'boundary', 'coast', 'coastline']);
const RELIEF = new Set(['help', 'aid', 'relief', 'rescue', 'flood', 'quake', 'earthquake']);

// "deployed troops to the border with Latvia", "massed tanks near the Lithuanian border", "put its
// forces on high alert along the frontier with Latvia": a show of force at another's border is a
// threat of it (CAMEO 15); forces sent elsewhere ("sent troops to help Spain") are not
const posture: Rule = (c) => {
  if (c.pos !== 'VERB' || !(POSTURE.has(c.lemma) || READIED.has(c.lemma))) return null;
  const rest = window(c.tokens, c.t + 1, c.t + 20);
  const stop = rest.findIndex((x) => x.pos === 'VERB' || [',', ';', '.'].includes(x.value));
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  // "deployed three warships", "sent the Harbour Group of destroyers to":
  // the forces, named by their kind in the object, before where they are sent
  const sentTo = clause.findIndex((x) => ['to', 'near', 'off', 'along'].includes(x.value));
  const object = sentTo < 0 ? clause.slice(0, 4) : clause.slice(0, sentTo);
  if (!object.some((x) => UNITS.has(x.lemma) || UNITS.has(x.value.toLowerCase()))) return null;
  // "put its forces on high alert": readied wherever they are; moved forces only at a border
  const alert = clause.some((x) => x.lemma === 'alert');
  if (READIED.has(c.lemma) && !alert) return null;
  if (!alert && !clause.some((x) => FRONTIER.has(x.lemma))) return null;
  // "sent troops to the border to help with the floods": forces sent to aid, not to threaten
  if (window(c.tokens, c.t + 1, c.t + 16).some((x) => RELIEF.has(x.lemma))) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'threat', rule: POSTURE_RULE, label: 'showed force against' };
};
export const POSTURE_RULE = 'pattern:force-posture';

/** What an exercise of force is called. */
const DRILLS = new Set([
  'drill',
  'drills',
  'exercise',
  'exercises',
  'manoeuvres',
  'maneuvers',
  'games',
]);
/** Whether the word at the trigger names an exercise ("drills", "war games": a game only after
 * "war"). */
function isExercise(c: Context): boolean {
  const word = c.value.toLowerCase();
  if (c.pos !== 'NOUN' || !DRILLS.has(word)) return false;
  return word !== 'games' || c.tokens[c.t - 1]?.value.toLowerCase() === 'war';
}

/** Where an exercise shows force: round another's land or off its shores. */
const ROUND = new Set(['around', 'near', 'off', 'encircling', 'surrounding', 'encircle']);

/** Verbs that only name an exercise in an aside: "drills, named “Strait Thunder”, around". */
const EXERCISE_NAMED = new Set(['named', 'dubbed', 'called', 'codenamed', 'code-named']);

/** Where, past an exercise named at `t`, the words say where it is held: the word of ROUND, or
 * -1 when the clause ends first or names a partner ("joint drills with Japan"). */
function roundAfter(tokens: readonly Token[], t: number): number {
  let aside = false;
  for (let k = t + 1; k < Math.min(tokens.length, t + 12); k++) {
    const x = tokens[k] as Token;
    const word = x.value.toLowerCase();
    if (ROUND.has(word)) return k;
    if (word === 'with' || word === ';' || word === '.') return -1;
    // an aside that names the exercise is skipped to its closing comma
    if (word === ',') {
      const opens = EXERCISE_NAMED.has(tokens[k + 1]?.value.toLowerCase() ?? '');
      if (!opens && !aside) return -1;
      aside = opens;
      continue;
    }
    if (x.pos === 'VERB' && !EXERCISE_NAMED.has(word)) return -1;
  }
  return -1;
}

// "China held large-scale military drills around Taiwan", "staged war games off its coast",
// "China's military exercises around Taiwan": an exercise of force round another's land shows
// force at it (CAMEO 15), as troops massed at its border do; exercises held with a partner
// ("joint drills with Japan") are no threat to it
const drillsAround: Rule = (c) => {
  if (!isExercise(c)) return null;
  if (window(c.tokens, c.t - 3, c.t).some((x) => x.value.toLowerCase() === 'joint')) return null;
  const round = roundAfter(c.tokens, c.t);
  if (round < 0) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'threat', rule: POSTURE_RULE, label: 'showed force against' };
};

// "held a joint exercise with the US Navy", "US and Philippine forces began joint drills": an
// exercise held together, or with a partner, is cooperation between those who hold it (CAMEO 06)
const jointDrills: Rule = (c) => {
  if (!isExercise(c)) return null;
  const joint = window(c.tokens, c.t - 3, c.t).some((x) => JOINT.has(x.value.toLowerCase()));
  if (!joint && c.tokens[c.t + 1]?.value !== 'with') return null;
  if (c.future) return STOP;
  return { t: c.t, kind: 'cooperation', rule: JOINT_DRILLS_RULE, label: 'held joint drills with' };
};
export const JOINT_DRILLS_RULE = 'pattern:joint-drills';

// "Peru and Chile issued a joint statement", "in a joint declaration, Peru and Chile said", "a
// statement issued on Friday by Peru, Chile and Bolivia": words put out together are cooperation
// between those who put them out (CAMEO 05); what the words say is read on its own
const jointStatement: Rule = (c) => {
  if (c.pos !== 'NOUN' || !DECLARATIONS.has(c.value.toLowerCase())) return null;
  const joint = c.tokens[c.t - 1]?.value.toLowerCase() === 'joint';
  if (!joint && !issuedBy(c.tokens, c.t)) return null;
  if (c.future) return STOP;
  return {
    t: c.t,
    kind: 'cooperation',
    rule: JOINT_STATEMENT_RULE,
    label: 'issued a joint statement with',
  };
};
export const JOINT_STATEMENT_RULE = 'pattern:joint-statement';
export const DECLARATIONS: ReadonlySet<string> = new Set([
  'statement',
  'declaration',
  'communique',
  'communiqué',
]);
const ISSUING = new Set(['issued', 'released', 'signed', 'published', 'put']);

/** "a statement issued (on Friday) by …": the words after the noun name who put it out. */
function issuedBy(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (next?.pos !== 'VERB' || !ISSUING.has(next.value.toLowerCase())) return false;
  const by = window(tokens, t + 2, t + 7).findIndex((x) => x.value === 'by');
  return by >= 0 && window(tokens, t + 2, t + 2 + by).every((x) => x.pos !== 'VERB');
}

/** Words that make an exercise one held together. */
const JOINT = new Set(['joint', 'bilateral', 'trilateral', 'multilateral', 'combined']);

/** Accords that hold fire, which one side may break. */
const TRUCES = new Set(['ceasefire', 'truce', 'armistice']);

// "Croatia violated the ceasefire", "accused Croatia of breaching the truce": fire held by an accord
// and broken is a use of force (CAMEO 196, violate a ceasefire)
const violation: Rule = (c) => {
  const { lemma, pos } = verbReading(c);
  if (!['violate', 'breach', 'break'].includes(lemma) || pos !== 'VERB') return null;
  if (!window(c.tokens, c.t + 1, c.t + 4).some((x) => TRUCES.has(x.lemma))) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'military-action', rule: VIOLATION_RULE, label: 'broke the truce with' };
};
export const VIOLATION_RULE = 'pattern:truce-violated';

/** Verbs that put an accord aside. */
const SUSPENDING = new Set([
  'suspend',
  'scrap',
  'cancel',
  'terminate',
  'abrogate',
  'revoke',
  'freeze',
  'renounce',
  'abandon',
]);
/** "suspended the implementation of a peace agreement with Cambodia", "scrapped its water treaty
 * with B": an accord put aside cuts relations with the other party (CAMEO 16, reduce
 * relations), read as a sanction. */
const suspension: Rule = (c) => {
  const { lemma, pos } = verbReading(c);
  if (!SUSPENDING.has(lemma) || pos !== 'VERB') return null;
  const phrase = window(c.tokens, c.t + 1, c.t + 8);
  const accordAt = phrase.findIndex(
    (x) => ACCORD_NOUNS.has(x.lemma) && x.lemma !== 'understanding',
  );
  if (accordAt < 0 || phrase.slice(0, accordAt).some((x) => x.pos === 'VERB' || x.pos === 'PUNCT'))
    return null;
  if (c.deedFuture) return STOP;
  return {
    t: c.t,
    kind: 'sanction',
    rule: 'pattern:accord-suspended',
    label: `${pastTense(c.token)} an accord with`,
  };
};

/** Words that open why or how long a member is suspended. */
const SUSPENDED_FOR = new Set(['after', 'over', 'following', 'until', 'for', 'indefinitely']);

/** "The African Union suspended Malta from all its activities", "suspended Iceland's
 * membership": a body putting a member out of it for a time (CAMEO 16), read as a sanction. */
const membershipSuspended: Rule = (c) => {
  const { lemma, pos } = verbReading(c);
  if (lemma !== 'suspend' || pos !== 'VERB') return null;
  const next = c.tokens[c.t + 1];
  // ("suspended Malta on Monday until …": the day it was done may come first)
  const after = withoutDay(window(c.tokens, c.t + 2, c.t + 6));
  const member = next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.value);
  // "suspended Malta from the bloc", "… after the coup", "… until elections are held"
  const out =
    after.some((x) => x.value === 'from' || x.lemma === 'membership') ||
    after.length === 0 ||
    after[0]?.pos === 'PUNCT' ||
    SUSPENDED_FOR.has(after[0]?.value.toLowerCase() ?? '');
  if (!member || !out) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'sanction', rule: 'pattern:membership-suspended', label: 'suspended' };
};

/** What a side puts forward for another to take or leave. */
const PROPOSALS = new Set([...PUT_FORWARD, 'terms', 'initiative', 'framework', 'roadmap']);
/** What one side asks of another, which it may agree to. */
const ASKED = new Set([...PROPOSALS, 'demand', 'request', 'call', 'condition']);
/** What is put forward: a proposal, or an accord offered ("proposed a truce to"). */
const OFFERABLE = new Set([...PROPOSALS, ...TRUCES, 'deal', 'agreement', 'accord', 'pact']);
const RESPONSES = new Set(['response', 'reply', 'answer', 'counterproposal', 'counteroffer']);

/** "agreed to", "agreed on Sunday to": the "to" after the verb at `t`, past the words of a time
 * between them; -1 when there is none. */
export function toPastTime(tokens: readonly Token[], t: number): number {
  let k = t + 1;
  while (k < t + 4 && TIME_WORDS.has(tokens[k]?.value.toLowerCase() ?? '')) k++;
  return tokens[k]?.value === 'to' ? k : -1;
}

/** Whether the object of the verb at `t`, up to its first preposition other than "of" or
 * "for", holds one of `nouns`. */
function objectHolds(c: Context, nouns: ReadonlySet<string>, from = c.t + 1): boolean {
  // ("Trump's 20-point plan": a hyphen joins the words of a compound)
  const phrase = window(c.tokens, from, from + 8);
  const end = phrase.findIndex(
    (x) =>
      (x.pos === 'PUNCT' && x.value !== '-') ||
      (x.pos === 'ADP' && !['of', 'for'].includes(x.value)),
  );
  return (end < 0 ? phrase : phrase.slice(0, end)).some((x) => nouns.has(x.lemma));
}

// "accepted Slovenia's ceasefire proposal", "turned down the offer from Slovenia", "proposed a
// truce to Croatia", "handed its response to Austria": a proposal taken is an agreement with
// the side that made it (057), one turned down a rejection (12), one made or answered is said
// to the other (03, 01)
const proposal: Rule = (c) => {
  if (c.future) return null;
  const downed = c.lemma === 'turn' && c.tokens[c.t + 1]?.value === 'down';
  if (downed && objectHolds(c, PROPOSALS, c.t + 2))
    return { t: c.t + 1, kind: 'rejection', rule: PROPOSAL_RULE, label: 'rejected' };
  if (c.pos !== 'VERB') return null;
  if (['accept', 'endorse', 'embrace'].includes(c.lemma) && objectHolds(c, PROPOSALS))
    return { t: c.t, kind: 'agreement', rule: PROPOSAL_RULE, label: 'accepted a proposal of' };
  // "agreed to Latvia's demand for a swap", "agreed to the US proposal"
  const to = toPastTime(c.tokens, c.t);
  const agreedTo = c.lemma === 'agree' && to > 0;
  if (agreedTo && objectHolds(c, ASKED, to + 1))
    return { t: c.t, kind: 'agreement', rule: PROPOSAL_RULE, label: 'accepted a proposal of' };
  // "mediators from A and B presented a proposal to C and D": the mediators' go-between
  const byMediators = c.before.some((w) => w === 'mediator' || w === 'mediators');
  if (['propose', 'offer', 'present', 'table'].includes(c.lemma) && objectHolds(c, OFFERABLE))
    return byMediators
      ? { t: c.t, kind: 'mediation', rule: PROPOSAL_RULE, label: 'mediated for' }
      : { t: c.t, kind: 'statement', rule: PROPOSAL_RULE, label: 'made a proposal to' };
  const sent = ['hand', 'deliver', 'send', 'submit', 'give', 'convey', 'transmit'];
  if (sent.includes(c.lemma) && objectHolds(c, RESPONSES))
    return { t: c.t, kind: 'statement', rule: PROPOSAL_RULE, label: 'sent a response to' };
  return null;
};
export const PROPOSAL_RULE = 'pattern:proposal';

/** Verbs and nouns of leaving a body or a treaty, with the word that names what is left. */
const LEAVING: ReadonlyMap<string, string> = new Map([
  ['withdraw', 'from'],
  ['withdrawal', 'from'],
  ['exit', 'from'],
  ['pull', 'out'],
]);

// "withdrew from the International Criminal Court", "announced their withdrawal from the bloc",
// "pulled out of the accord", "quit the alliance": leaving a body is rejecting it (CAMEO 12);
// only a body is left so (targetsOf), not a country troops are withdrawn from
const withdrawal: Rule = (c) => {
  const word = LEAVING.get(c.lemma);
  // ("pulled the US out of …": the one made to leave may come between)
  const next = window(c.tokens, c.t + 1, c.t + 5).map((x) => x.value.toLowerCase());
  const leaves = c.lemma === 'quit' ? c.pos === 'VERB' : word !== undefined && next.includes(word);
  if (!leaves || c.tokens[c.t + 1]?.value === 'of') return null;
  // ("withdrew its ambassador from Peru": an envoy called home is the object verbs' deed)
  const drawnHome = window(c.tokens, c.t + 1, c.t + 5).some((x) => ENVOYS.has(x.lemma));
  if (drawnHome) return null;
  if (c.deedFuture) return STOP;
  return { t: c.t, kind: 'rejection', rule: WITHDRAWAL_RULE, label: 'withdrew from' };
};
export const WITHDRAWAL_RULE = 'pattern:withdrawal';

/** "co-chaired by A and B", "A and B co-chaired the talks": those who chair a meeting together
 * meet in it. */
const coChaired: Rule = (c) =>
  /^co-?(chair|host)(ed|s)?$/.test(c.value) && c.pos !== 'NOUN'
    ? {
        t: c.t,
        kind: c.future ? 'planned-meeting' : 'meeting',
        rule: CO_CHAIRED_RULE,
        label: 'met',
      }
    : null;
export const CO_CHAIRED_RULE = 'pattern:co-chaired';

/** The rules in the order they are asked: the most specific first. */
const RULES: readonly Rule[] = [
  coChaired,
  raisedIssue,
  tariffThreat,
  tariffCut,
  tariffImposed,
  exportControl,
  armsSale,
  call,
  calledSomeone,
  arrival,
  announcedAccord,
  offeredMediation,
  toldByPhone,
  satDownWith,
  speakWith,
  meeting,
  reception,
  joinedAt,
  talks,
  violation,
  suspension,
  membershipSuspended,
  withdrawal,
  proposal,
  accord,
  invitation,
  agree,
  denial,
  vowedForce,
  promisedForce,
  exchange,
  swap,
  answeredBack,
  forceInWords,
  weaponsHit,
  weaponLaunch,
  interception,
  shotDown,
  summonedEnvoy,
  fireNoun,
  detention,
  personaNonGrata,
  deadline,
  posture,
  drillsAround,
  jointDrills,
  jointStatement,
  fightBetween,
  warWaged,
  warOfTwo,
  lexicon,
  objectVerb,
  criticism,
  demand,
  warning,
  speakerColon,
  remarksOn,
  referredToAs,
  atRequest,
  letterSent,
  apologyGiven,
  statement,
  cameo,
];

/** Each word's extent in a quotation: "talk soon" (a few words in quotes) is still the article's own. */
/** Where each quoted token's quotation opens (its opening mark), or -1 outside quotations. */
function quoteStarts(tokens: readonly Token[]): number[] {
  let start = -1;
  return tokens.map((x, i) => {
    if (!x.inQuote) start = -1;
    else if (start < 0 || !tokens[i - 1]?.inQuote) start = i;
    return start;
  });
}

/** "Iceland and Norway “have agreed to …”, a spokesman said", "he said Iceland was “cutting ties
 * with …”": a quotation that opens right after its sentence's subject (and its auxiliary) with
 * the verb of that subject; its first words are the sentence's own predicate, not words of
 * someone else's. */
function quotedPredicate(tokens: readonly Token[], start: number, t: number): boolean {
  if (start < 1 || t - start > 3) return false;
  const auxiliary = tokens[start - 1]?.pos === 'AUX';
  if (tokens[start - (auxiliary ? 2 : 1)]?.pos !== 'PROPN') return false;
  return (auxiliary ? /^VERB$/ : /^(AUX|VERB|ADV)$/).test(tokens[start + 1]?.pos ?? '');
}

/** "“We call upon Peru to …,” he added": the verb of the first person opening a quotation is
 * its speaker's deed, read as theirs. */
function firstPersonPredicate(tokens: readonly Token[], start: number, t: number): boolean {
  const subject = ['“', '"'].includes(tokens[start]?.value ?? '') ? start + 1 : start;
  if (!/^(We|I)$/.test(tokens[subject]?.value ?? '') || t - subject < 1 || t - subject > 3)
    return false;
  return tokens.slice(subject + 1, t).every((x) => x.pos === 'ADV' || x.pos === 'AUX');
}

function quoteLengths(tokens: readonly Token[]): number[] {
  const lengths = tokens.map(() => 0);
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]?.inQuote) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]?.inQuote) j++;
    for (let k = i; k < j; k++) lengths[k] = j - i;
    i = j;
  }
  return lengths;
}

/** "a call between A and B could ease …": a modal after the trigger, before its clause ends. */
function modalAfter(tokens: readonly Token[], t: number): boolean {
  const after = window(tokens, t + 1, t + 10);
  // ("said in a call with X that Latvia would …": what was said there, past "that", is another
  // clause; "a call that will take place" is the call's own)
  const stop = after.findIndex(
    (x, k) =>
      x.value === ',' || x.pos === 'VERB' || x.value === '.' || (k > 0 && x.value === 'that'),
  );
  // "met on Monday and will meet again": a modal after "and" or "but" opens another clause;
  // "the incursions could have been a mistake": a noun's modal perfect judges what was done
  const perfect = (k: number) => tokens[t]?.pos === 'NOUN' && after[k + 1]?.value === 'have';
  return (stop < 0 ? after : after.slice(0, stop + 1)).some(
    (x, k, words) =>
      x.value !== 'May' &&
      MODAL_AFTER.has(x.value.toLowerCase()) &&
      !perfect(k) &&
      (k === 0 ? tokens[t]?.pos : words[k - 1]?.pos) !== 'CCONJ',
  );
}

/** Words that set a day ahead: "on Wednesday" after "is meeting" is the coming one. */
const DAYS_AHEAD = new Set([...WEEKDAYS.map((d) => d.toLowerCase()), 'tomorrow', 'next', 'later']);

/** "is meeting Trump at the White House on Wednesday", "is holding talks with X on Friday": the
 * present progressive with a day after it tells what is arranged, not what was done. */
function progressiveAhead(tokens: readonly Token[], t: number): boolean {
  // "is holding talks with X on Friday": the progressive verb before a gathering's noun
  const verb = /ing$/.test(tokens[t]?.value ?? '') ? t : t - 1;
  // ("Latvia's shelling of Estonia on Wednesday": a possessive, no "is")
  const aux = tokens[verb - 1];
  const be = aux?.pos === 'AUX' && ['is', 'are', "'s", "'re"].includes(aux.value.toLowerCase());
  if (!be || !/ing$/.test(tokens[verb]?.value ?? '')) return false;
  return window(tokens, t + 1, t + 10).some(
    (x) => DAYS_AHEAD.has(x.value.toLowerCase()) && !['last', 'earlier'].includes(x.value),
  );
}

/** Words after a gathering that set it for later: "the meeting is set to open". */
const SCHEDULED = new Set(['scheduled', 'set', 'due', 'slated', 'expected', 'planned']);

/** "A further meeting is set to be held …", "the talks are due to begin …": a gathering
 * named by a noun and set for later by the words after it. */
function scheduledAfter(tokens: readonly Token[], t: number): boolean {
  if (tokens[t]?.pos !== 'NOUN') return false;
  let k = t + 1;
  if (tokens[k]?.value.toLowerCase() === 'is' || tokens[k]?.value.toLowerCase() === 'are') k++;
  else return false;
  return SCHEDULED.has(tokens[k]?.value.toLowerCase() ?? '') && tokens[k + 1]?.value === 'to';
}

/** A word before the trigger that makes it a plan. "Resume" does only in its base form after "to"
 * or a modal ("will resume talks", "agreed to resume talks"): talks that "resumed" are being
 * held, and so are those a headline says two sides "resume" (its present tells what was done).
 * "May" the month ("talks on 3 May") is no modal. */
function planWord(x: Token, before: Token | undefined): boolean {
  if (x.lemma === 'resume')
    return (
      x.value.toLowerCase() === 'resume' &&
      (before?.value.toLowerCase() === 'to' || before?.pos === 'AUX' || before?.pos === 'PART')
    );
  if (x.value === 'May') return false;
  return FUTURE.has(x.lemma);
}

/** Verbs that make someone do what their "to" clause says: "prompting Peru to expel…". */
const CAUSATIVE = new Set(['prompt', 'force', 'compel', 'cause', 'drive', 'oblige']);

/** "prompting Peru to expel two diplomats", "forced Malta to close its border": the deed after
 * "to" was done, by the one made to do it. */
function caused(tokens: readonly Token[], to: number): boolean {
  return (
    undergone(tokens, to) ||
    forcesOrdered(tokens, to) ||
    window(tokens, to - 5, to).some((x) => x.pos === 'VERB' && CAUSATIVE.has(x.lemma)) ||
    signedOrder(tokens, to) ||
    journeyMadeFor(tokens, to)
  );
}

/** Verbs of a command given to forces or to a person. */
export const COMMANDING: ReadonlySet<string> = new Set([
  'order',
  'direct',
  'instruct',
  'authorize',
  'authorise',
  'command',
]);
/** Words that name forces under a command. */
const FORCES = new Set([
  'military',
  'army',
  'armed',
  'forces',
  'troops',
  'navy',
  'air',
  'force',
  'soldiers',
  'commanders',
  'pentagon',
]);

/** Whether `words` name forces ("the army", "U.S. troops"). */
const namesForces = (words: readonly Token[]) =>
  words.some((w) => FORCES.has(w.value.toLowerCase()));

/** "ordered the military to begin strikes", "directed the army to strike": forces ordered to act,
 * told as ordered, carry it out; the deed after "to" is done, the one who ordered it its author. */
function forcesOrdered(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 6); k--) {
    const x = tokens[k] as Token;
    if (x.pos === 'VERB')
      return COMMANDING.has(x.lemma) && /ed$/.test(x.value) && namesForces(tokens.slice(k + 1, to));
  }
  return false;
}

/** Past forms of verbs of a journey. */
const JOURNEYED = new Set([
  'traveled',
  'travelled',
  'flew',
  'went',
  'came',
  'arrived',
  'headed',
  'journeyed',
  'jetted',
  'returned',
]);

/** "travelled to Beijing to confer with his counterpart", "flew to Rome on Monday to meet the
 * Pope": the "to" clause of a journey told as made is what was done there. */
function journeyMadeFor(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 7); k--) {
    const x = tokens[k] as Token;
    // ("is headed to Rome to meet …" is still on its way)
    if (JOURNEYED.has(x.value.toLowerCase()))
      return !['is', 'are', 'was', 'were', 'be'].includes(tokens[k - 1]?.value.toLowerCase() ?? '');
    // only the journey's destination and day stand between
    if (!['ADP', 'PROPN', 'DET', 'NUM', 'NOUN', 'ADJ'].includes(x.pos)) return false;
  }
  return false;
}

/** Orders whose "to" clause is the order's own deed once signed or issued. */
const ORDERS = new Set(['order', 'decree', 'directive', 'proclamation', 'memorandum']);

/** "signed an executive order (on Friday) to cut aid to Peru": the order, signed, does what it
 * says. */
function signedOrder(tokens: readonly Token[], to: number): boolean {
  // "signed an order on Friday to …": the day it was signed may stand between
  let k = to - 1;
  if (['PROPN', 'NUM'].includes(tokens[k]?.pos ?? '') && tokens[k - 1]?.value === 'on') k -= 2;
  if (!ORDERS.has(tokens[k]?.lemma ?? '')) return false;
  return window(tokens, k - 4, k).some(
    (x) => x.pos === 'VERB' && ['sign', 'issue'].includes(x.lemma),
  );
}

/** Verbs whose "to" clause says what someone means to do, not what they did. */
const INTENT = new Set(['threaten', 'vow', 'pledge', 'intend', 'seek']);
const CLAUSE_BREAKS = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/** "threatened to extend its strike", "vowed to widen the blockade": a deed in the clause of an
 * intent, from the verb of intent to the trigger. */
function intended(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 6); k--) {
    const x = tokens[k] as Token;
    if (x.pos === 'VERB' && INTENT.has(x.lemma) && tokens[k + 1]?.value === 'to') return true;
    // "threatened to strike after talks broke down": the talks are no part of the intent
    if (CLAUSE_BREAKS.has(x.pos) && x.value !== 'to') return false;
  }
  return false;
}

/** "efforts to hold a meeting", "in order to arrange talks": the trigger is the object of an
 * infinitive, what someone means to do. */
function toVerbBefore(tokens: readonly Token[], t: number): boolean {
  // ("to arrange a face-to-face meeting": the words of a hyphened compound describe it too)
  const hyphened = (k: number) =>
    [tokens[k - 1], tokens[k], tokens[k + 1]].some((x) => x?.value === '-');
  let k = t - 1;
  // ("to reimpose UN sanctions": an owner's name before the noun describes it too)
  const owner = (k: number) => tokens[k]?.pos === 'PROPN' && k === t - 1;
  // ("to finalise a defence agreement", "to sign a Defence Cooperation Agreement": the nouns of
  // its name compounded with it)
  const compound = (k: number) =>
    k >= t - 3 &&
    ((tokens[k]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[k]?.value ?? '')) ||
      (tokens[k]?.pos === 'PROPN' &&
        /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.value ?? '') &&
        /^\p{Lu}/u.test(tokens[t]?.value ?? '')));
  while (
    k > t - 8 &&
    (['DET', 'ADJ', 'NUM'].includes(tokens[k]?.pos ?? '') || hyphened(k) || owner(k) || compound(k))
  )
    k--;
  return tokens[k]?.pos === 'VERB' && tokens[k - 1]?.value === 'to' && !caused(tokens, k - 1);
}

/** "urged both sides to avoid escalation and resolve disputes": a verb joined by "and" or "or"
 * to an infinitive of its clause is one too. */
function joinedInfinitive(tokens: readonly Token[], t: number): boolean {
  if (!/^(and|or)$/.test(tokens[t - 1]?.value ?? '')) return false;
  for (let k = t - 2; k > t - 10 && k > 0; k--) {
    const x = tokens[k] as Token;
    if (/^[,.;:]$/.test(x.value) || x.pos === 'AUX') return false;
    if (x.pos === 'VERB') return tokens[k - 1]?.value === 'to' && !undergone(tokens, k - 1);
  }
  return false;
}

/** "subjected to attacks", "exposed to strikes": the "to" at `to` opens what was undergone, no
 * infinitive. */
const undergone = (tokens: readonly Token[], to: number) =>
  /^(subjected|exposed)$/i.test(tokens[to - 1]?.value ?? '');

/** "agreed to a truce following talks brokered by Qatar": a word between the plan word at `k`
 * and the trigger (the end of `near`) that opens another phrase ("following", "after"). */
function pastClauseBreak(near: readonly Token[], k: number): boolean {
  return near
    .slice(k + 1)
    .some(
      (x) =>
        x.pos === 'SCONJ' || (x.pos === 'VERB' && x.value.endsWith('ing')) || x.value === 'after',
    );
}

/** Words that open a condition: what follows may happen, and has not. */
const CONDITIONS = new Set(['if', 'unless']);
/** Words before "if" that make it open a question ("asked if", "unclear if"). */
const QUESTIONING = new Set(['ask', 'wonder', 'unclear', 'clear', 'know', 'see', 'check', 'say']);
/** Tags of the words a condition's subject is made of ("if he", "if the Malian president"). */
const SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ']);

/** "could meet Kim if he visits Seoul", "unless Malta withdraws": the verb at `t` is a
 * condition's, right after "if" or "unless" and its subject. */
function conditional(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= t - 5 && k >= 0; k--) {
    const x = tokens[k] as Token;
    // "asked if Malta met …", "unclear if …": a question, not a condition
    if (CONDITIONS.has(x.value.toLowerCase()))
      return k < t - 1 && !QUESTIONING.has(tokens[k - 1]?.lemma ?? '');
    if (!SUBJECT_TAGS.has(x.pos)) return false;
  }
  return false;
}

/** Nouns and participles of a journey still under way, whose "for" names what it is made for
 * ("aboard his flight to Washington for his summit with Trump"). */
const UNDER_WAY = new Set([
  'flight',
  'trip',
  'way',
  'flying',
  'heading',
  'travelling',
  'traveling',
  'en',
]);
/** Tags of the words between "ahead of" (or a journey's "for") and the thing it names ("ahead of
 * Friday's summit": a possessive too). */
const NAMING_TAGS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'NUM', 'PROPN', 'PART']);

/** "spoke ahead of his talks with Xi", "aboard his flight to Washington for his summit with
 * Trump": the gathering at `t` is still to come when the clause's deed is told. */
function stillToCome(tokens: readonly Token[], t: number): boolean {
  let k = t - 1;
  while (k >= t - 5 && NAMING_TAGS.has(tokens[k]?.pos ?? '')) k--;
  // ("for a second round of direct talks": the round of the gathering names it too)
  const lowered = (x: Token | undefined) => x?.value.toLowerCase() ?? '';
  if (lowered(tokens[k]) === 'of' && /^(round|rounds|session)$/.test(lowered(tokens[k - 1]))) {
    k -= 2;
    while (k >= t - 9 && NAMING_TAGS.has(tokens[k]?.pos ?? '')) k--;
  }
  const word = tokens[k]?.value.toLowerCase();
  if (word === 'of') return tokens[k - 1]?.value.toLowerCase() === 'ahead';
  if (word !== 'for') return false;
  // ("are due to meet in Istanbul on Monday for talks": a journey, or a meeting set for later)
  const before = window(tokens, k - 8, k);
  return before.some((x) => UNDER_WAY.has(x.value.toLowerCase()) || DUE.has(x.value.toLowerCase()));
}

/** Words that set what follows for later: "due to meet", "expected to travel". */
const DUE = new Set(['due', 'expected', 'scheduled', 'slated', 'will']);

function contextOf(tokens: readonly Token[], t: number, hasAgree: number): Context {
  const token = tokens[t] as Token;
  const before = window(tokens, t - 6, t).map((x) => x.lemma);
  const planned = window(tokens, t - 6, t).filter(
    (x, k, near) =>
      planWord(x, near[k - 1] ?? tokens[t - 7]) &&
      !(x.lemma === 'agree' && pastClauseBreak(near, k)),
  );
  const intent = intended(tokens, t);
  const infinitive =
    (tokens[t - 1]?.value === 'to' && !caused(tokens, t - 1)) ||
    toVerbBefore(tokens, t) ||
    joinedInfinitive(tokens, t) ||
    modalAfter(tokens, t) ||
    scheduledAfter(tokens, t) ||
    progressiveAhead(tokens, t) ||
    (token.pos === 'VERB' && conditional(tokens, t));
  const future = planned.length > 0 || infinitive || intent || stillToCome(tokens, t);
  const deedFuture = infinitive || intent || planned.some((x) => !AGAIN.has(x.lemma));
  return {
    tokens,
    t,
    token,
    lemma: token.lemma,
    pos: token.pos,
    value: token.value.toLowerCase(),
    near: window(tokens, t - 5, t + 8).map((x) => x.lemma),
    before,
    future,
    deedFuture,
    hasAgree,
  };
}

/** Verbs that cut or stop aid: their aid is no aid given. */
const AID_CUT_BY = new Set([
  ...['cut', 'suspend', 'halt', 'freeze', 'stop', 'end', 'slash', 'pause'],
  // "blocked aid deliveries to Chile": aid kept out
  ...['block', 'obstruct', 'prevent', 'bar', 'deny', 'restrict'],
]);

/** Words of a failure to do what their "to" clause says. */
const FAILING = new Set(['fail', 'failure', 'inability', 'unable']);

/** "failed to reach an agreement", "its inability to finalise a trade deal": what the "to" clause
 * of a failure says did not happen. */
function failedBefore(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(1, t - 7); k--) {
    const x = tokens[k] as Token;
    if (x.value === 'to' && FAILING.has(tokens[k - 1]?.lemma ?? '')) return true;
    if ((x.pos === 'PUNCT' && x.value !== '-') || x.pos === 'SCONJ' || x.pos === 'CCONJ')
      return false;
  }
  return false;
}

/** "ended the talks without reaching an agreement", "left without signing the accord": a deed
 * after "without" in its phrase did not happen. */
function withoutBefore(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 5); k--) {
    const x = tokens[k] as Token;
    if (x.value.toLowerCase() === 'without') return true;
    if ((x.pos === 'PUNCT' && x.value !== '-') || x.pos === 'SCONJ' || x.pos === 'CCONJ')
      return false;
  }
  return false;
}

/** Words of an end put to something ("an end to", "a halt to", "to end the …"). */
const ENDING = new Set(['end', 'halt', 'stop', 'cessation', 'cease']);

/** "called for an end to the fighting", "a halt to the strikes", "to end the blockade", "the
 * cessation of hostilities": a deed whose end is named is not told as done by the one who
 * names it. */
function endedBefore(tokens: readonly Token[], t: number): boolean {
  let k = t - 1;
  while (k > 0 && /^(DET|ADJ)$/.test(tokens[k]?.pos ?? '')) k--;
  const word = tokens[k];
  if (word?.pos === 'VERB') return ENDING.has(word.lemma);
  return /^(to|of)$/.test(word?.value ?? '') && ENDING.has(tokens[k - 1]?.lemma ?? '');
}

export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const triggers: Trigger[] = [];
  const hasAgree = tokens.findIndex(
    (t) => (t.lemma === 'agree' || t.lemma === 'commit') && t.pos === 'VERB',
  );
  const quoteLength = quoteLengths(tokens);
  const quoteStart = quoteStarts(tokens);
  tokens.forEach((token, t) => {
    if (
      token.inQuote &&
      (quoteLength[t] ?? 0) > 5 &&
      !quotedPredicate(tokens, quoteStart[t] ?? -1, t) &&
      !firstPersonPredicate(tokens, quoteStart[t] ?? -1, t)
    )
      return;
    // "did not meet", "never spoke with", "denied holding talks": nothing happened
    const negated = window(tokens, t - 3, t).some(
      (x) => NEGATIONS.has(x.value.toLowerCase()) || x.lemma === 'deny',
    );
    // "what it calls …": a hedge's verb names the object, it tells no statement
    if (negated || withoutBefore(tokens, t) || failedBefore(tokens, t) || hedgeVerb(tokens, t))
      return;
    // (a fight whose end is sought still goes on between the sides it names: "to end the war
    // between A and B")
    const named = tokens[t + 1]?.value === 'between';
    if ((token.pos === 'NOUN' || tokens[t - 1]?.pos === 'DET') && !named && endedBefore(tokens, t))
      return;
    const context = contextOf(tokens, t, hasAgree);
    for (const rule of RULES) {
      const found = rule(context);
      if (found === STOP) return;
      if (found) {
        triggers.push(found);
        return;
      }
    }
  });
  return triggers;
}
