// Measures the extractor against a hand-curated dataset (pure: the CLI reads the files).
// (a) From scratch: ingest the articles in order into an empty dataset, accepting everything,
//     and compare entities and interacting pairs with the curated ones.
// (b) Leave-one-out: for each article, start from the curated data without that article and
//     count how many of its curated relations the extractor proposes again.
import type { RelationKind } from '../../data/relation-kinds';
import type { Dataset, Entity, Relation } from '../../data/schema';
import type { Draft } from '../draft';
import { ingestArticle } from '../extract';
import { nameKey } from '../extract/ids';
import { eventKindOfLabel, findKnownEvent, knownEvents } from '../extract/known-events';

export type Article = { id: string; text: string; fileName?: string };

/** A local accept-all merge: the draft's source, entities and relations join the dataset;
 * a relation that `extends` an existing one adds its evidence there. */
export function acceptAll(dataset: Dataset, draft: Draft): Dataset {
  const relations = dataset.relations.map((r) => ({ ...r, evidence: [...r.evidence] }));
  const byId = new Map(relations.map((r) => [r.id, r]));
  for (const proposal of draft.relations) {
    const target = proposal.extends ? byId.get(proposal.extends) : undefined;
    if (target) target.evidence.push(...proposal.relation.evidence);
    else {
      relations.push(proposal.relation);
      byId.set(proposal.relation.id, proposal.relation);
    }
  }
  return {
    ...dataset,
    sources: [...dataset.sources, draft.source],
    entities: [...dataset.entities, ...draft.entities.map((p) => p.entity)],
    relations,
  };
}

export function emptyDataset(title = 'Extracted'): Dataset {
  return { schemaVersion: 1, title, sources: [], entities: [], relations: [] };
}

/** Maps an extracted entity to the curated entity sharing one of its names, if any. */
export function entityMatcher(curated: readonly Entity[]): (entity: Entity) => string | null {
  const owner = new Map<string, string>();
  for (const e of curated)
    for (const name of [e.label, ...e.aliases]) {
      const key = nameKey(name);
      if (!owner.has(key)) owner.set(key, e.id);
    }
  return (entity) => {
    for (const name of [entity.label, ...entity.aliases]) {
      const id = owner.get(nameKey(name));
      if (id !== undefined) return id;
    }
    return null;
  };
}

/** Maps extracted events to curated ones by what defines an event, since a generated label
 * cannot be expected to equal a curated one: the same kind, two shared participants (mapped to
 * curated ids) and dates that agree. */
export function eventMatcher(
  curated: Dataset,
  extracted: Pick<Dataset, 'entities' | 'relations'>,
  mapActor: (id: string) => string | null,
): Map<string, string> {
  const known = knownEvents(curated.entities, curated.relations);
  const out = new Map<string, string>();
  for (const e of extracted.entities) {
    if (e.kind !== 'event') continue;
    const kind = eventKindOfLabel(e.label);
    if (kind === null) continue;
    const participants: string[] = [];
    let date: string | undefined;
    for (const r of extracted.relations)
      if (r.kind === 'participant' && r.target === e.id) {
        const id = mapActor(r.source);
        if (id) participants.push(id);
        date ??= r.date;
      }
    const match = findKnownEvent(
      known,
      kind,
      participants,
      date ? { date, approximate: false } : null,
      true,
    );
    if (match) out.set(e.id, match.id);
  }
  return out;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const MEETING_KINDS: ReadonlySet<RelationKind> = new Set(['call', 'meeting', 'talks']);
const MEETING_FAMILY: ReadonlySet<RelationKind> = new Set([
  'call',
  'meeting',
  'talks',
  'planned-meeting',
]);

export type Score = { found: number; total: number; rate: number };
const score = (found: number, total: number): Score => ({
  found,
  total,
  rate: ratio(found, total),
});

export type ScratchReport = {
  entities: { precision: Score; recall: Score };
  peopleAndOrgs: { precision: Score; recall: Score };
  pairs: { precision: Score; recall: Score };
  meetingPairs: { anyKind: Score; sameFamily: Score };
  /** Extracted entities that match nothing curated (the false ones), by label. */
  unmatched: string[];
  /** Curated people and organisations not found. */
  missed: string[];
  dataset: Dataset;
};

/** Ingests the articles in order into an empty dataset, accepting every proposal. */
export function evaluateFromScratch(articles: readonly Article[], curated: Dataset): ScratchReport {
  let dataset = emptyDataset();
  for (const article of articles) {
    const draft = ingestArticle(article.text, dataset, {
      sourceId: article.id,
      ...(article.fileName ? { fileName: article.fileName } : {}),
    });
    dataset = acceptAll(dataset, draft);
  }
  const match = entityMatcher(curated.entities);
  const mapped = new Map(dataset.entities.map((e) => [e.id, match(e)]));
  for (const [id, event] of eventMatcher(curated, dataset, (x) => mapped.get(x) ?? null))
    if (!mapped.get(id)) mapped.set(id, event);
  const isPO = (kind: string) => kind === 'person' || kind === 'organization';

  const matchedEntities = dataset.entities.filter((e) => mapped.get(e.id));
  const foundCurated = new Set(matchedEntities.map((e) => mapped.get(e.id) as string));
  const curatedPO = curated.entities.filter((e) => isPO(e.kind));
  const extractedPO = dataset.entities.filter((e) => isPO(e.kind));

  const curatedPairs = new Set(curated.relations.map((r) => pairKey(r.source, r.target)));
  const extractedPairs = new Map<string, string | null>();
  const extractedByPair = new Map<string, Set<RelationKind>>();
  for (const r of dataset.relations) {
    const a = mapped.get(r.source);
    const b = mapped.get(r.target);
    const raw = pairKey(r.source, r.target);
    const key = a && b && a !== b ? pairKey(a, b) : null;
    extractedPairs.set(raw, key);
    if (key) {
      const kinds = extractedByPair.get(key) ?? new Set();
      kinds.add(r.kind);
      extractedByPair.set(key, kinds);
    }
  }
  const truePairs = [...extractedPairs.values()].filter((k) => k !== null && curatedPairs.has(k));
  const meetingPairs = new Set(
    curated.relations
      .filter((r) => MEETING_KINDS.has(r.kind))
      .map((r) => pairKey(r.source, r.target)),
  );
  const meetingAny = [...meetingPairs].filter((p) => extractedByPair.has(p)).length;
  const meetingSame = [...meetingPairs].filter((p) =>
    [...(extractedByPair.get(p) ?? [])].some((k) => MEETING_FAMILY.has(k)),
  ).length;

  return {
    entities: {
      precision: score(matchedEntities.length, dataset.entities.length),
      recall: score(foundCurated.size, curated.entities.length),
    },
    peopleAndOrgs: {
      precision: score(extractedPO.filter((e) => mapped.get(e.id)).length, extractedPO.length),
      recall: score(curatedPO.filter((e) => foundCurated.has(e.id)).length, curatedPO.length),
    },
    pairs: {
      precision: score(new Set(truePairs).size, new Set([...extractedPairs.keys()]).size),
      recall: score(
        [...curatedPairs].filter((p) => extractedByPair.has(p)).length,
        curatedPairs.size,
      ),
    },
    meetingPairs: {
      anyKind: score(meetingAny, meetingPairs.size),
      sameFamily: score(meetingSame, meetingPairs.size),
    },
    unmatched: dataset.entities
      .filter((e) => !mapped.get(e.id))
      .map((e) => `${e.label} (${e.kind})`),
    missed: curatedPO.filter((e) => !foundCurated.has(e.id)).map((e) => e.label),
    dataset,
  };
}

/** The curated dataset as it would be without one article's evidence. */
export function withoutArticle(curated: Dataset, sourceId: string): Dataset {
  const relations: Relation[] = [];
  for (const r of curated.relations) {
    const evidence = r.evidence.filter((e) => e.source !== sourceId);
    if (evidence.length > 0) relations.push({ ...r, evidence });
  }
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const entities = curated.entities
    .filter((e) => used.has(e.id))
    .map((e) => {
      if (!e.roles) return e;
      const roles = e.roles.filter(
        (role) => role.organization === undefined || used.has(role.organization),
      );
      return { ...e, roles };
    });
  return {
    ...curated,
    sources: curated.sources.filter((s) => s.id !== sourceId),
    entities,
    relations,
  };
}

export type LeaveOneOutRow = {
  article: string;
  /** The article's curated relations (with evidence from it). */
  curated: number;
  /** Of those, how many the draft proposes again with the same two ends (either way round). */
  sameEnds: number;
  /** … and the same kind. */
  sameKind: number;
  /** Relations the draft proposes, and how many join a curated pair of this article. */
  proposed: number;
  proposedOnCuratedPair: number;
  draft: Draft;
};

export function evaluateLeaveOneOut(
  articles: readonly Article[],
  curated: Dataset,
): LeaveOneOutRow[] {
  const match = entityMatcher(curated.entities);
  return articles.map((article) => {
    const context = withoutArticle(curated, article.id);
    const draft = ingestArticle(article.text, context, {
      sourceId: article.id,
      ...(article.fileName ? { fileName: article.fileName } : {}),
    });
    const newIds = new Map(draft.entities.map((p) => [p.entity.id, match(p.entity)]));
    const resolve = (id: string) => (newIds.has(id) ? newIds.get(id) : id) ?? null;
    const proposed = {
      entities: draft.entities.map((p) => p.entity),
      relations: draft.relations.map((p) => p.relation),
    };
    for (const [id, event] of eventMatcher(curated, proposed, resolve))
      if (!newIds.get(id)) newIds.set(id, event);
    const proposedPairs = new Map<string, Set<RelationKind>>();
    for (const p of draft.relations) {
      const a = resolve(p.relation.source);
      const b = resolve(p.relation.target);
      if (!a || !b) continue;
      const key = pairKey(a, b);
      const kinds = proposedPairs.get(key) ?? new Set();
      kinds.add(p.relation.kind);
      proposedPairs.set(key, kinds);
    }
    const own = curated.relations.filter((r) => r.evidence.some((e) => e.source === article.id));
    const ownPairs = new Set(own.map((r) => pairKey(r.source, r.target)));
    let sameEnds = 0;
    let sameKind = 0;
    for (const r of own) {
      const kinds = proposedPairs.get(pairKey(r.source, r.target));
      if (!kinds) continue;
      sameEnds++;
      if (kinds.has(r.kind)) sameKind++;
    }
    const proposedOnCuratedPair = draft.relations.filter((p) => {
      const a = resolve(p.relation.source);
      const b = resolve(p.relation.target);
      return a && b && ownPairs.has(pairKey(a, b));
    }).length;
    return {
      article: article.id,
      curated: own.length,
      sameEnds,
      sameKind,
      proposed: draft.relations.length,
      proposedOnCuratedPair,
      draft,
    };
  });
}
