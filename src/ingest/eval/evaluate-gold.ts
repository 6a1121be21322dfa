// Measures drafts against hand-read gold for real articles (by default `../shared/articles/`,
// outside the repo, read at run time and never copied into it): the share of gold entities
// found, of gold pairs found, with the right kind and with the right date, the share of proposed
// relations that fall on a gold pair, and the noise strings (photographers, bylines, agencies)
// proposed as actors. Pure: the CLI reads the files.
//
// An event proposed with its participants counts for every two of them: "A and B took part in
// the talks" finds the pair A–B with the kind of the event (its label's last kind word) and the
// date of their participant relations.
import { z } from 'zod';
import { isKindOf, RELATION_KINDS, type RelationKind } from '../../data/relation-kinds';
import type { Dataset } from '../../data/schema';
import type { Draft } from '../draft';
import { nameKey } from '../extract/ids';
import { eventKindOfLabel } from '../extract/known-events';

const GoldPairSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  /** Acceptable kinds, separated by `|`. */
  kind: z.string().min(1),
  /** Acceptable days, separated by `|`; only where the article pins the day. */
  date: z.string().optional(),
});

const GoldArticleSchema = z.object({
  url: z.string().optional(),
  published: z.string().optional(),
  note: z.string().optional(),
  entities: z.array(z.string().min(1)),
  pairs: z.array(GoldPairSchema),
  noise: z.array(z.string()),
});

export const GoldFileSchema = z.object({
  about: z.string().optional(),
  articles: z.record(z.string(), GoldArticleSchema),
});

export type GoldArticle = z.infer<typeof GoldArticleSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

export type Tally = { found: number; total: number };

export type DateMiss = 'pair missed' | 'kind wrong' | 'no date' | 'another day';
const noMisses = (): Record<DateMiss, number> => ({
  'pair missed': 0,
  'kind wrong': 0,
  'no date': 0,
  'another day': 0,
});

export type GoldRow = {
  article: string;
  entities: Tally;
  pairs: Tally;
  kind: Tally;
  date: Tally;
  /** Proposed relations on a gold pair, of all proposed relations. */
  precision: Tally;
  /** Proposed relations on a gold pair with a kind the gold takes there, of all proposed: a
   * wrong-kind relation on a gold pair (a "demand" where the gold has a meeting) counts here as
   * off, so taking a misreading away never reads as a loss. */
  precisionRightKind: Tally;
  noise: string[];
  /** What was missed and what was proposed outside the gold, for reading the failures. */
  missedEntities: string[];
  missedPairs: string[];
  wrongKind: string[];
  wrongDate: string[];
  /** For each gold pair found: its gold kinds and the kinds proposed on it (a confusion table). */
  kindsFound: { gold: string; found: RelationKind[] }[];
  /** Why each pinned day was missed: its pair, its kind, any date, or the day itself. */
  dateMisses: Record<DateMiss, number>;
  falseProposals: { relation: string; rule: string; sentence: string }[];
};

const isRelationKind = (kind: string): kind is RelationKind => Object.hasOwn(RELATION_KINDS, kind);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

type Found = { kind: RelationKind; date: string | null; index: number };

/** Every id the draft uses → the gold name it stands for (by label or alias), and the names. */
function goldNames(draft: Draft, context: Pick<Dataset, 'entities'>, gold: GoldArticle) {
  const names = new Map<string, string[]>();
  for (const e of context.entities) names.set(e.id, [e.label, ...e.aliases]);
  for (const p of draft.entities) names.set(p.entity.id, [p.entity.label, ...p.entity.aliases]);
  const goldOf = new Map<string, string>();
  const goldKeys = new Map(gold.entities.map((n) => [nameKey(n), n]));
  for (const pair of gold.pairs)
    for (const n of [pair.a, pair.b]) if (!goldKeys.has(nameKey(n))) goldKeys.set(nameKey(n), n);
  for (const [id, list] of names)
    for (const n of list) {
      const g = goldKeys.get(nameKey(n));
      if (g !== undefined) {
        goldOf.set(id, g);
        break;
      }
    }
  return { names, goldOf };
}

type Party = { id: string; date: string | null; index: number };

/** The gold pairs the draft states: direct relations, and co-participants of one event. */
function statedPairs(
  draft: Draft,
  names: ReadonlyMap<string, string[]>,
  goldOf: ReadonlyMap<string, string>,
): Map<string, Found[]> {
  const byPair = new Map<string, Found[]>();
  const add = (a: string, b: string, found: Found) => {
    const ga = goldOf.get(a);
    const gb = goldOf.get(b);
    if (!ga || !gb || ga === gb) return;
    const key = pairKey(ga, gb);
    byPair.set(key, [...(byPair.get(key) ?? []), found]);
  };
  const participants = new Map<string, Party[]>();
  draft.relations.forEach((p, index) => {
    const r = p.relation;
    add(r.source, r.target, { kind: r.kind, date: r.date ?? null, index });
    if (r.kind === 'participant') {
      const list = participants.get(r.target) ?? [];
      list.push({ id: r.source, date: r.date ?? null, index });
      participants.set(r.target, list);
    }
  });
  for (const [event, list] of participants) {
    const kind = eventKindOfLabel(names.get(event)?.[0] ?? '') ?? 'meeting';
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i] as Party;
        const y = list[j] as Party;
        add(x.id, y.id, { kind, date: x.date ?? y.date, index: x.index });
        add(y.id, x.id, { kind, date: x.date ?? y.date, index: y.index });
      }
  }
  return byPair;
}

/** Whether a proposed kind answers a gold kind: the same kind, or a specialisation of it (a
 * tariff is a sanction, a tariff threat a threat). `represents` does not answer a gold
 * `affiliation`: where the gold takes both it lists both, and the figures stay comparable with
 * the ones measured before this rule. */
export function answersKind(found: RelationKind, gold: string): boolean {
  if (found === gold) return true;
  return isRelationKind(gold) && isKindOf(found, gold);
}

/** Each gold pair found or missed, with the right kind and, where pinned, the right day. */
function tallyPairs(gold: GoldArticle, byPair: ReadonlyMap<string, Found[]>) {
  const t = { pairs: 0, kinds: 0, dated: 0, pinned: 0 };
  const missedPairs: string[] = [];
  const wrongKind: string[] = [];
  const wrongDate: string[] = [];
  const kindsFound: { gold: string; found: RelationKind[] }[] = [];
  const dateMisses = noMisses();
  for (const pair of gold.pairs) {
    const name = `${pair.a}–${pair.b} (${pair.kind}${pair.date ? `, ${pair.date}` : ''})`;
    const found = byPair.get(pairKey(pair.a, pair.b)) ?? [];
    const okKinds = pair.kind.split('|');
    const rightKind = found.filter((f) => okKinds.some((k) => answersKind(f.kind, k)));
    if (pair.date) t.pinned++;
    if (found.length === 0) {
      missedPairs.push(name);
      if (pair.date) dateMisses['pair missed']++;
      continue;
    }
    t.pairs++;
    kindsFound.push({ gold: pair.kind, found: [...new Set(found.map((f) => f.kind))] });
    if (rightKind.length > 0) t.kinds++;
    else wrongKind.push(`${name}: ${[...new Set(found.map((f) => f.kind))].join(', ')}`);
    if (!pair.date) continue;
    const okDates = new Set(pair.date.split('|'));
    if (rightKind.some((f) => f.date !== null && okDates.has(f.date))) {
      t.dated++;
      continue;
    }
    const why: DateMiss =
      rightKind.length === 0
        ? 'kind wrong'
        : rightKind.every((f) => f.date === null)
          ? 'no date'
          : 'another day';
    dateMisses[why]++;
    wrongDate.push(
      `${name}: ${[...new Set(rightKind.map((f) => f.date ?? 'none'))].join(', ') || 'kind wrong'}`,
    );
  }
  return { ...t, missedPairs, wrongKind, wrongDate, kindsFound, dateMisses };
}

/** The noise strings (credits, bylines, agencies) the draft proposed as entities; not an entity
 * the gold lists as one of the article's own ("Cameroon" is no noise for the words of the credit
 * "Cameroon News", nor a country for an outlet named after it). */
function noiseOf(
  draft: Draft,
  gold: GoldArticle,
  goldOf: ReadonlyMap<string, string | undefined>,
): string[] {
  const noiseKeys = gold.noise.map((n) => nameKey(n)).filter((k) => k.length > 0);
  const isNoise = (text: string) => {
    const key = nameKey(text);
    if (key.length === 0) return false;
    return noiseKeys.some(
      (n) => n === key || key.split(' ').every((w) => n.split(/[\s/]+/).includes(w)),
    );
  };
  return [
    ...new Set(
      draft.entities
        .filter((p) => !goldOf.get(p.entity.id))
        .filter((p) => isNoise(p.entity.label) || isNoise(p.mention))
        .map((p) => p.entity.label),
    ),
  ];
}

/** Scores one draft (made against `context`) with the article's gold. */
export function scoreDraft(
  article: string,
  draft: Draft,
  context: Pick<Dataset, 'entities'>,
  gold: GoldArticle,
): GoldRow {
  const { names, goldOf } = goldNames(draft, context, gold);
  const used = new Set<string>([
    ...draft.links.map((l) => l.entity),
    ...draft.entities.map((p) => p.entity.id),
  ]);
  const foundEntities = new Set([...used].map((id) => goldOf.get(id)).filter((g) => g));
  const byPair = statedPairs(draft, names, goldOf);
  const onGold = new Set<number>();
  const goldPairKeys = new Set(gold.pairs.map((p) => pairKey(p.a, p.b)));
  for (const [key, list] of byPair)
    if (goldPairKeys.has(key)) for (const f of list) onGold.add(f.index);
  const onGoldRightKind = new Set<number>();
  for (const pair of gold.pairs)
    for (const f of byPair.get(pairKey(pair.a, pair.b)) ?? [])
      if (pair.kind.split('|').some((g) => answersKind(f.kind, g))) onGoldRightKind.add(f.index);
  const t = tallyPairs(gold, byPair);
  const label = (id: string) => names.get(id)?.[0] ?? id;
  const falseProposals = draft.relations
    .map((p, index) => ({ p, index }))
    .filter(({ index }) => !onGold.has(index))
    .map(({ p }) => ({
      relation: `${label(p.relation.source)} -[${p.relation.kind}]-> ${label(p.relation.target)}`,
      rule: p.rule,
      sentence: draft.sentences[p.sentence] ?? '',
    }));
  return {
    article,
    entities: { found: foundEntities.size, total: gold.entities.length },
    pairs: { found: t.pairs, total: gold.pairs.length },
    kind: { found: t.kinds, total: gold.pairs.length },
    date: { found: t.dated, total: t.pinned },
    precision: { found: onGold.size, total: draft.relations.length },
    precisionRightKind: { found: onGoldRightKind.size, total: draft.relations.length },
    noise: noiseOf(draft, gold, goldOf),
    missedEntities: gold.entities.filter((n) => !foundEntities.has(n)),
    missedPairs: t.missedPairs,
    wrongKind: t.wrongKind,
    wrongDate: t.wrongDate,
    kindsFound: t.kindsFound,
    dateMisses: t.dateMisses,
    falseProposals,
  };
}

/** The rows summed. */
export function totalRow(rows: readonly GoldRow[]): GoldRow {
  const sum = (pick: (r: GoldRow) => Tally): Tally => ({
    found: rows.reduce((n, r) => n + pick(r).found, 0),
    total: rows.reduce((n, r) => n + pick(r).total, 0),
  });
  return {
    article: 'all',
    entities: sum((r) => r.entities),
    pairs: sum((r) => r.pairs),
    kind: sum((r) => r.kind),
    date: sum((r) => r.date),
    precision: sum((r) => r.precision),
    precisionRightKind: sum((r) => r.precisionRightKind),
    noise: rows.flatMap((r) => r.noise),
    missedEntities: rows.flatMap((r) => r.missedEntities),
    missedPairs: rows.flatMap((r) => r.missedPairs),
    wrongKind: rows.flatMap((r) => r.wrongKind),
    wrongDate: rows.flatMap((r) => r.wrongDate),
    kindsFound: rows.flatMap((r) => r.kindsFound),
    dateMisses: rows.reduce((sum, r) => {
      for (const key of Object.keys(sum) as DateMiss[]) sum[key] += r.dateMisses[key];
      return sum;
    }, noMisses()),
    falseProposals: rows.flatMap((r) => r.falseProposals),
  };
}

export type Confusion = { gold: string; proposed: string; right: boolean; count: number };

/** The gold pairs found, grouped by their gold kinds × the kinds proposed on them, most frequent
 * first: what the reader calls each kind of interaction, and where it calls it wrong. */
export function kindConfusion(rows: readonly GoldRow[]): Confusion[] {
  const cells = new Map<string, Confusion>();
  for (const k of rows.flatMap((r) => r.kindsFound)) {
    const okKinds = k.gold.split('|');
    const gold = [...okKinds].sort().join('|');
    const proposed = [...k.found].sort().join(', ');
    const key = `${gold} → ${proposed}`;
    const right = k.found.some((f) => okKinds.some((g) => answersKind(f, g)));
    const cell = cells.get(key) ?? { gold, proposed, right, count: 0 };
    cell.count++;
    cells.set(key, cell);
  }
  return [...cells.values()].sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold));
}
