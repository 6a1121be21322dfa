// The vocabulary of relation kinds, with one line of meaning each (DESIGN §2).
// The schema accepts exactly these keys; the panel lists relationships in this order
// (interactions first, then structure) and shows the meanings.

export const RELATION_KINDS = {
  call: 'a phone or video call between two parties',
  meeting: 'an in-person meeting between two parties',
  talks: 'a round of negotiations between parties',
  'planned-meeting': 'a meeting or talks announced, planned, or put in doubt',
  agreement: 'parties agree or commit to something',
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
  about: 'an event or statement concerns a topic',
  'located-in': 'an event took place in a place',
} as const satisfies Record<string, string>;

export type RelationKind = keyof typeof RELATION_KINDS;

export const RELATION_KIND_NAMES = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];
