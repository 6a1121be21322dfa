// Synthetic knowledge graphs for benchmarks: seeded, deterministic, valid Parley datasets shaped
// like real ones (mixed entity kinds, heavy-tailed degrees, communities, repeated interactions
// between the same pair, tones, dates, evidence) plus cheap positions, so no ForceAtlas2 is needed.

import type { RelationKind } from '../data/relation-kinds';
import {
  type Dataset,
  type Entity,
  type EntityKind,
  MAX_QUOTE_LENGTH,
  type Relation,
  type Source,
  type Tone,
} from '../data/schema';
import { seededRandom } from './layout';

export type GenerateOptions = { nodes: number; relationsPerNode?: number; seed: number };
export type Position = { x: number; y: number };
export type SyntheticGraph = { dataset: Dataset; positions: Map<string, Position> };

type Rng = () => number;

/** Shares of entity kinds, after a news knowledge graph: mostly people and institutions. */
const KIND_SHARES: readonly [EntityKind, number][] = [
  ['person', 0.4],
  ['organization', 0.22],
  ['event', 0.18],
  ['topic', 0.08],
  ['place', 0.07],
  ['country', 0.05],
];
const MAX_COUNTRIES = 250;
/** Share of an entity's links drawn inside its own community. */
const COMMUNITY_AFFINITY = 0.85;
/** Share of links that repeat an earlier pair (another call, another statement): parallel edges. */
const REPEAT_SHARE = 0.08;
const LAYOUT_RADIUS = 1000;

/** A word list written as comma- or line-separated text. */
const list = (text: string) => text.split(/\s*[,\n]\s*/).filter((item) => item.length > 0);

const FIRST =
  list(`Ana, Bo, Chen, Dara, Elif, Farid, Greta, Hana, Ines, Jonas, Kenji, Lars, Mei, Nadia, Omar,
  Priya, Quentin, Rosa, Sven, Tariq, Uma, Viktor, Wen, Yara, Zoltan, Aiko, Björn, Camila, Dmitri,
  Esra, José, Zoë, Lukas, Amara, Ravi, Sofía, Théo, Ngozi, Mateus, Ilse, Kwame, Leila, Pavel, Rhea,
  Saúl, Tomás, Yusuf, Ewa, Hugo, Iris, Kofi`);
const SYLLABLES =
  list(`ka, lo, mi, ren, sa, to, vel, an, dor, is, ber, gan, hu, li, mar, no, pe, ros,
  ta, ul, vin, wa, xu, ya, zen, chi, fel, gor, ha, jin, kov, lun, mes, nar, or, pla, quin, rei, sol, tur`);
const COUNTRY_SUFFIXES = list('ia, land, stan, ora, esh, ica, ovia');
const ORG_NOUNS = list(`Holdings, Bank, Institute, Trade Council, Chamber of Commerce, Group,
  Foundation, University, Press Agency, Daily, Steel, Semiconductors, Shipping, Energy, Capital`);
const PORTFOLIOS = list('Commerce, Finance, Foreign Affairs, Industry, Agriculture, Energy, Trade');
const PLACE_FORMS = list('{} City, Port {}, {} Province, {} Valley, Lake {}, {} Bay');
const EVENT_NOUNS = list(`trade summit, round of talks, economic forum, tariff hearing,
  press conference, state visit`);
const TOPIC_ADJECTIVES = list(`rare-earth, semiconductor, soybean, steel, currency, fentanyl,
  shipping, battery, solar, aircraft, pharmaceutical, data`);
const TOPIC_NOUNS = list(`exports, tariffs, subsidies, supply chains, quotas, sanctions,
  investment rules, licensing, standards, port fees`);
const ROLE_TITLES = list(`Minister of Commerce, Trade Representative, Ambassador, Chief Executive,
  Spokesperson, Governor, Vice Premier, Chief Negotiator, Senior Economist, Finance Minister`);
const PUBLISHERS = list('Harbor Times, Meridian Post, Eastline Wire, The Ledger, Capital Courier');
const CLAUSES = [
  '',
  ' after weeks of stalled negotiations',
  ', in a move analysts said could reshape regional supply chains',
  ', according to people familiar with the matter who asked not to be named',
  ' as both sides sought to ease tensions before the deadline',
];

type Interaction = { kind: RelationKind; label: string; directed: boolean; tones: (Tone | null)[] };
const VC: Tone = 'verbal-cooperation';
const MC: Tone = 'material-cooperation';
const VX: Tone = 'verbal-conflict';
const MX: Tone = 'material-conflict';
/** Actor-to-actor interactions with a weight each; tones are drawn from the list. */
const INTERACTIONS: readonly [Interaction, number][] = [
  [{ kind: 'statement', label: 'commented on', directed: true, tones: [VC, VC, VX, null] }, 20],
  [{ kind: 'call', label: 'spoke by phone with', directed: false, tones: [VC] }, 12],
  [{ kind: 'meeting', label: 'met with', directed: false, tones: [VC] }, 12],
  [{ kind: 'criticism', label: 'criticised', directed: true, tones: [VX] }, 12],
  [{ kind: 'demand', label: 'urged', directed: true, tones: [VX] }, 8],
  [{ kind: 'agreement', label: 'agreed with', directed: false, tones: [VC, VC, MC] }, 7],
  [{ kind: 'talks', label: 'held talks with', directed: false, tones: [VC] }, 6],
  [{ kind: 'export-control', label: 'restricted exports to', directed: true, tones: [MX] }, 6],
  [{ kind: 'planned-meeting', label: 'plans to meet', directed: false, tones: [VC] }, 5],
  [{ kind: 'tariff', label: 'imposed tariffs on', directed: true, tones: [MX] }, 5],
  [{ kind: 'tariff-threat', label: 'threatened tariffs on', directed: true, tones: [VX] }, 4],
  [{ kind: 'tariff-cut', label: 'cut tariffs on', directed: true, tones: [MC] }, 3],
];
const STRUCTURE: Readonly<Partial<Record<RelationKind, string>>> = {
  affiliation: 'works for',
  represents: 'represents',
  'member-of': 'is a member of',
  participant: 'took part in',
  'reported-by': 'was reported by',
  about: 'concerns',
  'located-in': 'is located in',
};

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const pickWeighted = <T>(rng: Rng, items: readonly (readonly [T, number])[]): T => {
  let r = rng() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return (items[items.length - 1] as readonly [T, number])[0];
};
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const word = (rng: Rng, syllables: number) =>
  capitalize(Array.from({ length: syllables }, () => pick(rng, SYLLABLES)).join(''));
/** The integrity check's notion of "the same name" (data/integrity.ts). */
const nameKey = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();

function isoDay(rng: Rng): string {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng() * 731) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function labelFor(kind: EntityKind, rng: Rng): string {
  switch (kind) {
    case 'person':
      return `${pick(rng, FIRST)} ${word(rng, 2 + Math.floor(rng() * 2))}`;
    case 'country':
      return `${word(rng, 2)}${pick(rng, COUNTRY_SUFFIXES)}`;
    case 'organization':
      return rng() < 0.25
        ? `Ministry of ${pick(rng, PORTFOLIOS)} of ${word(rng, 2)}${pick(rng, COUNTRY_SUFFIXES)}`
        : `${word(rng, 2)} ${pick(rng, ORG_NOUNS)}`;
    case 'place':
      return pick(rng, PLACE_FORMS).replace('{}', word(rng, 2));
    case 'event':
      return `${word(rng, 2)} ${pick(rng, EVENT_NOUNS)} ${2024 + Math.floor(rng() * 2)}`;
    case 'topic':
      return rng() < 0.5
        ? `${pick(rng, TOPIC_ADJECTIVES)} ${pick(rng, TOPIC_NOUNS)}`
        : `${pick(rng, TOPIC_ADJECTIVES)} ${pick(rng, TOPIC_NOUNS)} in ${word(rng, 2)}`;
  }
}

function aliasesFor(kind: EntityKind, label: string, rng: Rng): string[] {
  const aliases: string[] = [];
  if (kind === 'person' && rng() < 0.45) aliases.push(label.split(' ').at(-1) ?? label);
  if (kind === 'organization' && rng() < 0.6)
    aliases.push(label.replace(/[^A-Z]/g, '') || label.slice(0, 3).toUpperCase());
  if (kind === 'country' && rng() < 0.5) aliases.push(`Republic of ${label}`);
  return aliases;
}

/** Entity kinds in order; the first node of each community is a country or an organization (a hub). */
function chooseKinds(n: number, communities: number, rng: Rng): EntityKind[] {
  let countries = 0;
  return Array.from({ length: n }, (_, i) => {
    let kind: EntityKind =
      i < communities ? (rng() < 0.5 ? 'country' : 'organization') : pickWeighted(rng, KIND_SHARES);
    if (kind === 'country' && countries >= MAX_COUNTRIES)
      kind = rng() < 0.5 ? 'place' : 'organization';
    if (kind === 'country') countries += 1;
    return kind;
  });
}

function makeEntities(kinds: readonly EntityKind[], community: Int32Array, rng: Rng): Entity[] {
  const taken = new Set<string>();
  const entities: Entity[] = kinds.map((kind, i) => {
    let label = labelFor(kind, rng);
    for (let tries = 0; taken.has(nameKey(label)) && tries < 12; tries++)
      label = labelFor(kind, rng);
    for (let n = 2; taken.has(nameKey(label)); n++)
      label = `${label.replace(/ \(\d+\)$/, '')} (${n})`;
    taken.add(nameKey(label));
    return { id: `${kind.slice(0, 3)}-${i}`, label, kind, aliases: aliasesFor(kind, label, rng) };
  });
  // Aliases never name another entity; roles point at an organization of the same community.
  const orgsOf = new Map<number, string[]>();
  entities.forEach((e, i) => {
    e.aliases = e.aliases.filter((a) => !taken.has(nameKey(a)));
    if (e.kind !== 'organization') return;
    const list = orgsOf.get(community[i] ?? 0) ?? [];
    list.push(e.id);
    orgsOf.set(community[i] ?? 0, list);
  });
  entities.forEach((e, i) => {
    if (e.kind !== 'person' || rng() < 0.3) return;
    const orgs = orgsOf.get(community[i] ?? 0);
    const title = pick(rng, ROLE_TITLES);
    const from = `${2015 + Math.floor(rng() * 10)}-0${1 + Math.floor(rng() * 9)}`;
    e.roles = [{ title, ...(orgs ? { organization: pick(rng, orgs) } : {}), from }];
    if (rng() < 0.3) e.aliases.push(`${title} ${e.label}`);
    if (rng() < 0.4) e.description = `${title}, often quoted on trade and tariffs.`;
  });
  return entities;
}

const ACTORS = new Set<EntityKind>(['person', 'organization', 'country']);

/** The relation between two entities by their kinds: structure where it fits, else an interaction. */
function relationShape(a: Entity, b: Entity, rng: Rng) {
  const structural = (kind: RelationKind, from: Entity, to: Entity) => ({
    kind,
    label: STRUCTURE[kind] ?? kind,
    directed: true,
    tone: null as Tone | null,
    from,
    to,
  });
  const ends = (k: EntityKind) => (a.kind === k ? [a, b] : b.kind === k ? [b, a] : null);
  const event = ends('event');
  if (event) {
    const [ev, other] = event as [Entity, Entity];
    if (other.kind === 'place') return structural('located-in', ev, other);
    if (other.kind === 'topic' || other.kind === 'event') return structural('about', ev, other);
    if (other.kind === 'organization' && rng() < 0.2) return structural('reported-by', ev, other);
    return structural('participant', other, ev);
  }
  const interact = (it: Interaction, from: Entity, to: Entity) => ({
    kind: it.kind,
    label: it.label,
    directed: it.directed,
    tone: pick(rng, it.tones),
    from,
    to,
  });
  const statement = (INTERACTIONS[0] as [Interaction, number])[0];
  const topic = ends('topic');
  if (topic) {
    const [t, other] = topic as [Entity, Entity];
    return ACTORS.has(other.kind) ? interact(statement, other, t) : structural('about', t, other);
  }
  const place = ends('place');
  if (place) {
    const [p, other] = place as [Entity, Entity];
    if (other.kind === 'person') return interact(statement, other, p);
    return other.kind === 'country'
      ? structural('located-in', p, other)
      : structural('located-in', other, p);
  }
  const person = ends('person');
  if (person?.[1]?.kind === 'organization' && rng() < 0.55)
    return structural('affiliation', person[0] as Entity, person[1]);
  if (person?.[1]?.kind === 'country' && rng() < 0.5)
    return structural('represents', person[0] as Entity, person[1]);
  const org = ends('organization');
  if (org && org[1]?.kind !== 'person' && rng() < 0.3)
    return structural('member-of', org[1] as Entity, org[0] as Entity);
  return interact(pickWeighted(rng, INTERACTIONS), a, b);
}

function makeRelation(
  id: string,
  a: Entity,
  b: Entity,
  sources: readonly Source[],
  rng: Rng,
): Relation {
  const { kind, label, directed, tone, from, to } = relationShape(a, b, rng);
  const relation: Relation = {
    id,
    source: from.id,
    target: to.id,
    kind,
    label,
    directed,
    evidence: [],
  };
  if (rng() < (STRUCTURE[kind] && kind !== 'participant' ? 0.1 : 0.85)) {
    const day = isoDay(rng);
    const precision = rng();
    relation.date = precision < 0.7 ? day : precision < 0.9 ? day.slice(0, 7) : day.slice(0, 4);
    if (precision >= 0.7 && rng() < 0.3) relation.dateApproximate = true;
  }
  if (tone) relation.tone = tone;
  const count = rng() < 0.7 ? 1 : rng() < 0.75 ? 2 : 3;
  for (let e = 0; e < count; e++) {
    const source = sources[Math.floor(sources.length * rng() ** 2)] as Source;
    const when = relation.date ? ` on ${relation.date}` : '';
    const quote = `${from.label} ${label} ${to.label}${when}${pick(rng, CLAUSES)}, ${source.publisher ?? 'the paper'} reported.`;
    relation.evidence.push({ source: source.id, quote: quote.slice(0, MAX_QUOTE_LENGTH) });
  }
  return relation;
}

function makeSources(n: number, rng: Rng): Source[] {
  const count = Math.max(5, Math.round(Math.log2(n)));
  return Array.from({ length: count }, (_, i) => {
    const day = isoDay(rng);
    return {
      id: `src-${i + 1}`,
      title: `${capitalize(pick(rng, TOPIC_ADJECTIVES))} ${pick(rng, TOPIC_NOUNS)} dominate talks`,
      publisher: rng() < 0.8 ? pick(rng, PUBLISHERS) : null,
      published: rng() < 0.9 ? day : null,
      url: rng() < 0.7 ? `https://news.example.org/${day.slice(0, 7)}/story-${i + 1}` : null,
    };
  });
}

/** Communities on a circle, members scattered around their centre (Gaussian), hubs nearer it. */
function layoutPositions(
  entities: readonly Entity[],
  community: Int32Array,
  communities: number,
  seed: number,
) {
  const rng = seededRandom(seed ^ 0x5bd1e995);
  const sizes = new Int32Array(communities);
  for (const c of community) sizes[c] = (sizes[c] ?? 0) + 1;
  const meanSize = entities.length / communities;
  const positions = new Map<string, Position>();
  entities.forEach((entity, i) => {
    const c = community[i] ?? 0;
    const angle = (2 * Math.PI * c) / communities;
    const spread = Math.min(
      LAYOUT_RADIUS / 2,
      ((0.8 * Math.PI * LAYOUT_RADIUS) / communities) * Math.sqrt((sizes[c] ?? 1) / meanSize),
    );
    const r = spread * Math.sqrt(-2 * Math.log(1 - rng())) * (i < communities ? 0.1 : 1);
    const theta = 2 * Math.PI * rng();
    positions.set(entity.id, {
      x: LAYOUT_RADIUS * Math.cos(angle) + r * Math.cos(theta),
      y: LAYOUT_RADIUS * Math.sin(angle) + r * Math.sin(theta),
    });
  });
  return positions;
}

/** A synthetic dataset and a position for each entity; the same options always give the same. */
export function generateSynthetic(options: GenerateOptions): SyntheticGraph {
  const { nodes: n, relationsPerNode = 5, seed } = options;
  if (!Number.isInteger(n) || n < 2)
    throw new Error(`generateSynthetic: nodes must be an integer ≥ 2, got ${n}`);
  if (!(relationsPerNode > 0))
    throw new Error(`generateSynthetic: relationsPerNode must be > 0, got ${relationsPerNode}`);
  const rng = seededRandom(seed);
  const communities = Math.max(4, Math.round(Math.sqrt(n) / 2));
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++)
    community[i] = i < communities ? i : Math.floor(communities * rng() ** 1.5);
  const entities = makeEntities(chooseKinds(n, communities, rng), community, rng);
  const sources = makeSources(n, rng);

  // Preferential attachment: each entity links to earlier ones picked in proportion to degree + 1,
  // mostly inside its community; now and then it repeats an earlier pair instead.
  const total = Math.round(n * relationsPerNode);
  const endpoints: number[] = [0];
  const byCommunity: number[][] = Array.from({ length: communities }, () => []);
  byCommunity[0]?.push(0);
  const pairsOf: [number, number][][] = Array.from({ length: n }, () => []);
  const relations: Relation[] = [];
  const link = (a: number, b: number) => {
    relations.push(
      makeRelation(
        `rel-${relations.length + 1}`,
        entities[a] as Entity,
        entities[b] as Entity,
        sources,
        rng,
      ),
    );
    endpoints.push(a, b);
    byCommunity[community[a] ?? 0]?.push(a);
    byCommunity[community[b] ?? 0]?.push(b);
    pairsOf[a]?.push([a, b]);
  };
  const attach = (a: number) => {
    const local = byCommunity[community[a] ?? 0] ?? [];
    const pool = local.length > 0 && rng() < COMMUNITY_AFFINITY ? local : endpoints;
    let b = pool[Math.floor(rng() * pool.length)] ?? 0;
    while (b === a) b = endpoints[Math.floor(rng() * endpoints.length)] ?? 0;
    const earlier = pairsOf[a] ?? [];
    const repeat = earlier.length > 0 && rng() < REPEAT_SHARE ? pick(rng, earlier) : null;
    if (repeat) link(repeat[0], repeat[1]);
    else link(a, b);
  };
  for (let a = 1; a < n; a++) {
    const due = Math.round(((a + 1) * total) / n) - relations.length;
    for (let k = 0; k < due; k++) attach(a);
    endpoints.push(a);
    byCommunity[community[a] ?? 0]?.push(a);
  }
  while (relations.length < total) attach(Math.floor(rng() * n));

  const dataset: Dataset = {
    schemaVersion: 1,
    title: `Synthetic knowledge graph: ${n} entities, seed ${seed}`,
    sources,
    entities,
    relations,
  };
  return { dataset, positions: layoutPositions(entities, community, communities, seed) };
}

/** A synthetic, valid dataset (validateDataset accepts it); see generateSynthetic for positions. */
export function generateDataset(options: GenerateOptions): Dataset {
  return generateSynthetic(options).dataset;
}
