// The verb lexicon of the general event vocabulary: lemma → the interaction kind it reports, with
// the label a relation carries. Its coverage follows the CAMEO codebook's root families (and
// PLOVER's categories, their successor): 04 mediate (045), 07 provide aid (070–075), 12 reject
// (120–129), 13 threaten (130–139), 14 protest (140–145), 16 reduce relations and sanction
// (160–166), 17 coerce (171–175, expulsions, fines), 18–20 assault and fight (180–204), and 115
// (a lawsuit, a disapproval). General words of
// news about any story; the trade kinds (tariffs, export controls) have their own rules.
import type { RelationKind } from '../../data/relation-kinds';

export type LexiconEntry = {
  kind: RelationKind;
  label: string;
  /** Read only as a verb (a noun of the same spelling says something else). */
  verbOnly?: boolean;
};

const entries = (
  kind: RelationKind,
  label: string,
  lemmas: readonly string[],
  verbOnly = false,
): [string, LexiconEntry][] => lemmas.map((lemma) => [lemma, { kind, label, verbOnly }]);

export const VERB_LEXICON: ReadonlyMap<string, LexiconEntry> = new Map([
  // 18–20: assault, fight, use of force
  ...entries('military-action', 'attacked', [
    'attack',
    'airstrike',
    'strike',
    'bomb',
    'bombing',
    'bombard',
    'bombardment',
    'shell',
    'shelling',
    'invade',
    'invasion',
    'raid',
    'incursion',
    'offensive',
    'counteroffensive',
    'counterattack',
    'assault',
    'ambush',
    'pound',
    'target',
  ]),
  ...entries('military-action', 'fought', ['fight', 'fighting', 'clash', 'skirmish'], true),
  ...entries('military-action', 'fired on', ['shoot', 'fire'], true),
  // 181: abduct, take hostage
  ...entries('military-action', 'abducted', ['abduct', 'abduction', 'kidnap', 'kidnapping']),
  // 04 (045): a third party carries messages or brokers an accord
  ...entries('mediation', 'mediated for', [
    'mediate',
    'mediation',
    'mediator',
    'broker',
    'facilitation',
  ]),
  // 07: aid
  ...entries('aid', 'gave aid to', ['aid', 'assistance', 'donate', 'donation']),
  // 12: reject
  ...entries('rejection', 'rejected', ['reject', 'rejection', 'rebuff', 'refuse', 'veto', 'spurn']),
  // 13: threaten
  ...entries('threat', 'threatened', ['threaten', 'threat', 'ultimatum']),
  // 14: demonstrate, rally, boycott in the street
  ...entries(
    'protest',
    'protested against',
    ['demonstrate', 'demonstration', 'rally', 'march'],
    true,
  ),
  ...entries('protest', 'protested against', ['protester', 'demonstrator']),
  // 16–17: reduce relations, sanction, embargo, expel
  ...entries('sanction', 'imposed sanctions on', ['sanction', 'embargo', 'blockade']),
  ...entries('sanction', 'expelled', ['expel', 'expulsion', 'deport']),
  ...entries('sanction', 'cut ties with', ['sever', 'downgrade']),
  // 172 (administrative sanctions): a regulator's fine
  ...entries('sanction', 'fined', ['fine', 'penalise', 'penalize'], true),
  // 172: a body struck off or outlawed ("deregistered the party", "proscribed the group"; the
  // tagger leaves the rarer past forms unlemmatised)
  ...entries('sanction', 'banned', ['outlaw'], true),
  ...entries('sanction', 'banned', [
    'deregister',
    'deregistered',
    'deregistration',
    'proscribe',
    'proscribed',
    'proscription',
  ]),
  // 115: bring a lawsuit against
  ...entries('criticism', 'sued', ['sue', 'lawsuit']),
]);

/** Words after "strike", "fire" or "target" that make it something else ("strike a deal"). */
export const NOT_FORCE = new Set([
  'deal',
  'agreement',
  'accord',
  'balance',
  'compromise',
  'tone',
  'bargain',
  'pact',
  'chord',
]);

/** Nouns that a lifted or eased word turns into the opposite ("lift the sanctions"). */
export const EASED_BY = new Set([
  'lift',
  'ease',
  'remove',
  'relax',
  'end',
  'suspend',
  'pause',
  'drop',
  'scrap',
  'waive',
]);

type ObjectVerb = {
  objects: ReadonlySet<string>;
  kind: RelationKind;
  label: string;
  /** The rule's own name where its reading differs from others of its kind. */
  rule?: string;
};

const withObjects = (
  verbs: readonly string[],
  objects: readonly string[],
  kind: RelationKind,
  label: string,
  rule?: string,
): [string, ObjectVerb][] => {
  const entry: ObjectVerb = { objects: new Set(objects), kind, label, ...(rule ? { rule } : {}) };
  return verbs.map((verb) => [verb, entry]);
};

/** Craft a side may seize or impound: "a fishing vessel", "the tanker". */
const CRAFT = ['vessel', 'ship', 'boat', 'tanker', 'trawler'];

/** People a side may seize, hold or give back: captives, and those a group or a state takes. */
const CAPTIVES = [
  'hostage',
  'captive',
  'prisoner',
  'detainee',
  'soldier',
  'troop',
  'guard',
  'officer',
  'pilot',
  'sailor',
  'crew',
  'fisherman',
  'national',
  'citizen',
  'civilian',
  'worker',
  'journalist',
  'tourist',
  'hostages',
  'prisoners',
];

/** Ground a side may take by force: towns, cities, a region or its capital, another's
 * strongholds and bases, and "control" of them ("seized control of Vik from the army"). */
const TERRITORY = [
  'stronghold',
  'strongholds',
  'outpost',
  'outposts',
  'base',
  'bases',
  'control',
  'city',
  'cities',
  'town',
  'towns',
  'village',
  'villages',
  'territory',
  'region',
  'province',
  'provinces',
  'capital',
  'airport',
];

/** What is launched or fired at a side. */
const LAUNCHED = [
  'missile',
  'missiles',
  'drone',
  'drones',
  'rocket',
  'rockets',
  'barrage',
  'salvo',
];

/** A country's diplomats in its name abroad (lemmas): the envoy summoned stands for their
 * country, the envoy recalled leaves the country they served in. */
export const ENVOYS: ReadonlySet<string> = new Set([
  'ambassador',
  'envoy',
  'diplomat',
  'chargé',
  'charge',
]);

/** The rule of a captive given back: its target may be the country whose adjective the captives
 * carry ("freed 30 Slovenian prisoners"). */
export const RELEASED_RULE = 'object:released';

/** What aid is called: cutting it is cutting aid, not ties. */
export const AID_WORDS: ReadonlySet<string> = new Set(['aid', 'assistance', 'funding', 'fund']);

/** The table as a map, each verb in one entry only: a verb listed twice would silently keep its
 * last entry's objects and drop the first's. */
function oneEntryPerVerb(entries: readonly [string, ObjectVerb][]): Map<string, ObjectVerb> {
  const table = new Map<string, ObjectVerb>();
  for (const [verb, entry] of entries) {
    if (table.has(verb)) throw new Error(`object verb "${verb}" is listed twice`);
    table.set(verb, entry);
  }
  return table;
}

/** Verbs too general to report an interaction alone that do with one of these objects, after
 * the CAMEO dictionary's patterns for them: seizing, capturing, taking or holding people hostage
 * (181), releasing, freeing or handing them over (084, a side yielding), closing a border, an
 * airspace, a crossing or an embassy (172, 161), suspending, halting or cutting ties, trade,
 * aid, flights, visas or a treaty (161–163), recalling an envoy (161), imposing a ban or an asset
 * freeze (163, 172), designating a group as terrorists (163), providing, sending, delivering or
 * selling arms, relief, rescuers, food or medicine (062, 07), launching or conducting a military
 * operation, or launching missiles and drones at a side (190), downing an aircraft or a drone
 * (190). */
export const OBJECT_VERBS: ReadonlyMap<string, ObjectVerb> = oneEntryPerVerb([
  // people, and ground ("seized the town of Vik in eastern Malta", "captured two key cities")
  // ("seized a Chilean fishing vessel": force used on another's craft, as on its people)
  ...withObjects(
    ['seize', 'capture'],
    [...CAPTIVES, ...TERRITORY, ...CRAFT],
    'military-action',
    'seized',
  ),
  // ("impounded the tanker", "confiscated Chilean assets": property taken, CAMEO 171)
  ...withObjects(
    ['impound', 'confiscate'],
    [...CRAFT, 'cargo', 'asset', 'assets', 'aircraft'],
    'sanction',
    'seized property of',
  ),
  ...withObjects(['grab', 'snatch', 'nab'], CAPTIVES, 'military-action', 'seized'),
  ...withObjects(
    ['take'],
    ['hostage', 'hostages', 'captive', 'prisoner', ...TERRITORY],
    'military-action',
    'seized',
  ),
  ...withObjects(['overrun', 'conquer'], TERRITORY, 'military-action', 'seized'),
  // ground taken back ("retook the city of Vik from the rebels"), from whoever held it
  ...withObjects(
    ['retake', 'recapture', 'regain', 'reclaim'],
    TERRITORY,
    'military-action',
    'retook',
  ),
  ...withObjects(
    ['hold'],
    ['hostage', 'hostages', 'captive', 'captives'],
    'military-action',
    'held hostages of',
  ),
  ...withObjects(
    ['release', 'free', 'hand', 'return', 'repatriate'],
    CAPTIVES,
    'cooperation',
    'released',
    RELEASED_RULE,
  ),
  ...withObjects(
    ['close', 'shut', 'seal'],
    ['border', 'airspace', 'crossing', 'embassy', 'consulate', 'port', 'ports'],
    'sanction',
    'closed to',
  ),
  // ("broke off diplomatic relations with X", "severed ties with X": CAMEO 161)
  ...withObjects(
    ['break', 'sever'],
    ['tie', 'ties', 'relation', 'relations'],
    'sanction',
    'cut ties with',
  ),
  ...withObjects(
    ['suspend', 'halt', 'cut', 'freeze', 'stop', 'revoke', 'cancel', 'end'],
    [
      'tie',
      'ties',
      'relation',
      'trade',
      'aid',
      'flight',
      'visa',
      'treaty',
      'cooperation',
      'import',
      // "cut US financial assistance to X", "halted funding to X": aid withdrawn
      'assistance',
      'funding',
      'fund',
    ],
    'sanction',
    'cut ties with',
  ),
  ...withObjects(
    [
      'provide',
      'supply',
      'send',
      'deliver',
      'give',
      'ship',
      'airlift',
      'fly',
      'dispatch',
      'rush',
      'sell',
    ],
    [
      'weapon',
      'arm',
      'arms',
      'ammunition',
      'munition',
      'aid',
      'assistance',
      'supplies',
      'relief',
      'rescue',
      'rescuer',
      'tent',
      'food',
      'medicine',
      'vaccine',
      'doctor',
      'medical',
      'humanitarian',
    ],
    'aid',
    'gave aid to',
  ),
  ...withObjects(
    ['recall', 'withdraw'],
    [...ENVOYS, 'embassy'],
    'sanction',
    'recalled its envoy from',
  ),
  ...withObjects(
    ['impose', 'reimpose', 'reinstate', 'slap', 'introduce', 'announce', 'enforce', 'level'],
    [
      'ban',
      'bans',
      'sanction',
      'sanctions',
      'embargo',
      'blacklist',
      'freeze',
      'penalty',
      'penalties',
    ],
    'sanction',
    'imposed sanctions on',
  ),
  // "designated the Harbour Front a terrorist organisation", "blacklisted it as a terror group"
  ...withObjects(
    ['designate', 'list', 'blacklist'],
    ['terrorist', 'terror'],
    'sanction',
    'designated as terrorists',
  ),
  ...withObjects(
    ['down'],
    ['drone', 'jet', 'aircraft', 'plane', 'missile', 'helicopter', 'fighter', 'uav'],
    'military-action',
    'shot down',
  ),
  ...withObjects(
    ['conduct', 'mount', 'carry', 'begin'],
    ['operation', 'operations'],
    'military-action',
    'attacked',
  ),
  // "launched 40 missiles at Kyiv", "fired a barrage of drones at": weapons sent at a side
  ...withObjects(
    ['launch'],
    ['operation', 'operations', ...LAUNCHED],
    'military-action',
    'attacked',
  ),
  ...withObjects(['fire', 'unleash'], LAUNCHED, 'military-action', 'attacked'),
  // "filed a diplomatic protest against China", "lodged a complaint with Norway" (114)
  ...withObjects(
    ['file', 'lodge', 'register'],
    ['protest', 'protests', 'complaint', 'complaints', 'demarche'],
    'protest',
    'protested to',
  ),
  // "referred the matter to the International Court of Justice", "brought the dispute to the
  // Security Council": a side appealing to a court or a body to act on its case (CAMEO 02)
  ...withObjects(
    ['refer', 'bring'],
    ['matter', 'case', 'dispute', 'complaint', 'issue'],
    'demand',
    'appealed to',
  ),
  // "expressed support for Estonia", "voiced solidarity with Latvia": praise or endorsement
  // said of a side; "expressed gratitude to Rubio", "extended condolences to Latvia": thanks or
  // sympathy said to one (051)
  ...withObjects(
    ['express', 'voice', 'reiterate', 'reaffirm', 'declare', 'pledge', 'extend', 'convey', 'offer'],
    [
      ...['support', 'solidarity', 'backing', 'gratitude', 'thanks', 'appreciation'],
      ...['condolences', 'condolence', 'sympathy', 'congratulation', 'congratulations'],
    ],
    'statement',
    'expressed support for',
  ),
]);

/** Participles that give weapons the one who used them: "drones launched by the rebels". */
export const FIRED_BY: ReadonlySet<string> = new Set([
  'launched',
  'fired',
  'flown',
  'operated',
  'sent',
  'deployed',
]);
