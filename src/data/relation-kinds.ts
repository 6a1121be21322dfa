// The vocabulary of relation kinds, with one line of meaning each, and the tones each may carry.
// The schema accepts exactly these keys; the panel lists relationships in this order
// (interactions first, then structure) and shows the meanings. Tones follow the four classes
// (QuadClass) of the CAMEO event coding used by GDELT; structural kinds carry none.
import type { Tone } from './schema';

export const RELATION_KINDS = {
  call: 'a phone or video call between two parties',
  meeting: 'an in-person meeting between two parties',
  talks: 'a round of negotiations between parties',
  'planned-meeting': 'a meeting or talks announced, planned, or put in doubt',
  agreement: 'parties agree or commit to something',
  cooperation:
    'parties work together on a shared aim, other than by meeting or negotiating (CAMEO 06, material cooperation)',
  statement: 'one party says something about another party, an event or a topic',
  demand: 'one party urges or demands an action of another',
  criticism: 'one party criticises, accuses or pushes back against another',
  tariff: 'one party imposes or raises tariffs on another',
  'tariff-cut': 'one party lowers tariffs on another',
  'tariff-threat': 'one party threatens tariffs on another',
  'export-control': 'one party imposes export or sales restrictions',
  participant: 'an entity took part in an event',
  affiliation: 'a person holds a post in, or works for, an organization',
  represents: 'a person or body acts for a country',
  'member-of': 'a country or organization belongs to an organization',
  'reported-by': 'an event or statement was reported by a media outlet',
  about: 'an event, statement or task concerns a topic, or an event answers another',
  'located-in': 'an event took place in a place',
} as const satisfies Record<string, string>;

export type RelationKind = keyof typeof RELATION_KINDS;

export const RELATION_KIND_NAMES = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];

/**
 * The tones a relation of each kind may carry (a tone is optional). A call, a meeting or talks are
 * consultations (CAMEO 04, verbal cooperation); a plan to meet is verbal cooperation, or verbal
 * conflict when the meeting is put in doubt; an agreement is verbal cooperation (CAMEO 03, 05) or
 * material cooperation when it is carried out; working together is material cooperation (CAMEO 06);
 * a statement is verbal, either way; a demand (CAMEO 10) and a criticism (CAMEO 11) are verbal
 * conflict, as is a threat of tariffs (CAMEO 13); a tariff or an export control is material conflict
 * (CAMEO 16), a tariff cut material cooperation. Structural kinds (an affiliation, a membership, who
 * took part, who reported it, what it is about, where it was) are no interaction and carry no tone.
 */
export const RELATION_KIND_TONES = {
  call: ['verbal-cooperation'],
  meeting: ['verbal-cooperation'],
  talks: ['verbal-cooperation'],
  'planned-meeting': ['verbal-cooperation', 'verbal-conflict'],
  agreement: ['verbal-cooperation', 'material-cooperation'],
  cooperation: ['material-cooperation'],
  statement: ['verbal-cooperation', 'verbal-conflict'],
  demand: ['verbal-conflict'],
  criticism: ['verbal-conflict'],
  tariff: ['material-conflict'],
  'tariff-cut': ['material-cooperation'],
  'tariff-threat': ['verbal-conflict'],
  'export-control': ['material-conflict'],
  participant: [],
  affiliation: [],
  represents: [],
  'member-of': [],
  'reported-by': [],
  about: [],
  'located-in': [],
} as const satisfies Record<RelationKind, readonly Tone[]>;
