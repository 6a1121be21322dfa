// The vocabulary of relation kinds, with one line of meaning each, the CAMEO root family each
// interaction belongs to, and the tones each may carry. The schema accepts exactly these keys;
// the panel lists relationships in this order (interactions first, then structure) and shows the
// meanings. Every interaction kind belongs to one of the twenty root families of the CAMEO event
// coding (the one GDELT uses; PLOVER is its successor), so that the vocabulary serves any news
// story: a trade kind is a specialisation of a general one (a tariff is a sanction). Tones are the
// four classes (QuadClass) those families fall into; structural kinds carry none.
import type { Tone } from './tones';

/** The twenty CAMEO root families, by their two-digit code, with the tone (QuadClass) of each. */
export const CAMEO_FAMILIES = {
  '01': { name: 'make a public statement', tone: 'verbal-cooperation' },
  '02': { name: 'appeal', tone: 'verbal-cooperation' },
  '03': { name: 'express intent to cooperate', tone: 'verbal-cooperation' },
  '04': { name: 'consult', tone: 'verbal-cooperation' },
  '05': { name: 'engage in diplomatic cooperation', tone: 'verbal-cooperation' },
  '06': { name: 'engage in material cooperation', tone: 'material-cooperation' },
  '07': { name: 'provide aid', tone: 'material-cooperation' },
  '08': { name: 'yield', tone: 'material-cooperation' },
  '09': { name: 'investigate', tone: 'material-cooperation' },
  '10': { name: 'demand', tone: 'verbal-conflict' },
  '11': { name: 'disapprove', tone: 'verbal-conflict' },
  '12': { name: 'reject', tone: 'verbal-conflict' },
  '13': { name: 'threaten', tone: 'verbal-conflict' },
  '14': { name: 'protest', tone: 'verbal-conflict' },
  '15': { name: 'exhibit force posture', tone: 'material-conflict' },
  '16': { name: 'reduce relations', tone: 'material-conflict' },
  '17': { name: 'coerce', tone: 'material-conflict' },
  '18': { name: 'assault', tone: 'material-conflict' },
  '19': { name: 'fight', tone: 'material-conflict' },
  '20': { name: 'use unconventional mass violence', tone: 'material-conflict' },
} as const satisfies Record<string, { name: string; tone: Tone }>;

export type CameoFamily = keyof typeof CAMEO_FAMILIES;

export const RELATION_KINDS = {
  call: 'a phone or video call between two parties',
  meeting: 'an in-person meeting between two parties',
  talks: 'a round of negotiations between parties',
  'planned-meeting': 'a meeting or talks announced, planned, or put in doubt',
  agreement: 'parties agree or commit to something',
  cooperation:
    'parties work together on a shared aim, other than by meeting or negotiating (material cooperation)',
  mediation: 'a third party carries messages between others, brokers or hosts their talks',
  aid: 'one party gives another economic, military or humanitarian aid',
  statement: 'one party says something about another party, an event or a topic',
  demand: 'one party urges or demands an action of another',
  criticism: 'one party criticises, accuses or pushes back against another',
  rejection: 'one party rejects, refuses or turns down a proposal or demand of another',
  threat: 'one party threatens another with an action (a tariff threat is one)',
  protest: 'people or a party demonstrate, boycott or protest against another',
  sanction:
    'one party imposes sanctions, an embargo or a ban on another, or expels its people (tariffs and export controls are sanctions)',
  tariff: 'one party imposes or raises tariffs on another (a sanction)',
  'tariff-cut': 'one party lowers tariffs on another',
  'tariff-threat': 'one party threatens tariffs on another (a threat)',
  'export-control': 'one party imposes export or sales restrictions (a sanction)',
  'military-action': 'one party strikes, attacks, shells or fights another',
  participant: 'an entity took part in an event',
  affiliation:
    'a person holds a post in, or works for, an organization or a country; a body belongs to its country',
  represents:
    'a person or body acts for a country or body in a named act (leads its delegation, signs on its behalf)',
  'member-of': 'a country or organization belongs to an organization',
  'reported-by': 'an event or statement was reported by a media outlet',
  about: 'an event, statement or task concerns a topic, or an event answers another',
  'located-in': 'an event took place in a place',
} as const satisfies Record<string, string>;

export type RelationKind = keyof typeof RELATION_KINDS;

export const RELATION_KIND_NAMES = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];

/**
 * The CAMEO root family of each interaction kind; structural kinds (who took part, who works
 * where, who reported it) are no event and have none. A call, a meeting, talks and a mediation are
 * consultations (04); a plan to meet is an intent to cooperate (03); an agreement is diplomatic
 * cooperation (05); a tariff cut yields (08, easing economic sanctions); a military action is
 * fighting (19; an assault, 18, and mass violence, 20, are read as it too).
 */
export const RELATION_KIND_FAMILY = {
  call: '04',
  meeting: '04',
  talks: '04',
  'planned-meeting': '03',
  agreement: '05',
  cooperation: '06',
  mediation: '04',
  aid: '07',
  statement: '01',
  demand: '10',
  criticism: '11',
  rejection: '12',
  threat: '13',
  protest: '14',
  sanction: '16',
  tariff: '16',
  'tariff-cut': '08',
  'tariff-threat': '13',
  'export-control': '16',
  'military-action': '19',
  participant: null,
  affiliation: null,
  represents: null,
  'member-of': null,
  'reported-by': null,
  about: null,
  'located-in': null,
} as const satisfies Record<RelationKind, CameoFamily | null>;

/** The general kind a specialised one is a case of: a tariff is a sanction. */
export const RELATION_KIND_PARENT: Readonly<Partial<Record<RelationKind, RelationKind>>> = {
  tariff: 'sanction',
  'export-control': 'sanction',
  'tariff-threat': 'threat',
};

/** True when `kind` is `general` or a specialisation of it (a tariff is a sanction). */
export function isKindOf(kind: RelationKind, general: RelationKind): boolean {
  for (let k: RelationKind | undefined = kind; k !== undefined; k = RELATION_KIND_PARENT[k])
    if (k === general) return true;
  return false;
}

/**
 * Tones a kind may carry besides its family's: a statement may be a complaint (verbal conflict),
 * a plan to meet may be put in doubt, an agreement carried out is material cooperation.
 */
const OTHER_TONES: Readonly<Partial<Record<RelationKind, readonly Tone[]>>> = {
  statement: ['verbal-conflict'],
  'planned-meeting': ['verbal-conflict'],
  agreement: ['material-cooperation'],
};

function tonesOf(kind: RelationKind): readonly Tone[] {
  const family: CameoFamily | null = RELATION_KIND_FAMILY[kind];
  if (family === null) return [];
  return [CAMEO_FAMILIES[family].tone, ...(OTHER_TONES[kind] ?? [])];
}

/**
 * The tones a relation of each kind may carry (a tone is optional): its family's class first, then
 * any other it may have. Structural kinds are no interaction and carry no tone.
 */
export const RELATION_KIND_TONES: Readonly<Record<RelationKind, readonly Tone[]>> =
  Object.fromEntries(RELATION_KIND_NAMES.map((kind) => [kind, tonesOf(kind)])) as Record<
    RelationKind,
    readonly Tone[]
  >;

/** The tone an interaction of this kind has unless the article says otherwise. */
export function defaultTone(kind: RelationKind): Tone | undefined {
  return RELATION_KIND_TONES[kind][0];
}
