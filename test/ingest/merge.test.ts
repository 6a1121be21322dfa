// Merging a reviewed draft: only accepted proposals join (pending ones on request, rejected never),
// evidence extends an existing relation, and a draft that would break the dataset is refused whole
// with paths into the draft, leaving the dataset as it was.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import type { Draft } from '../../src/ingest/draft';
import { mergeDraft } from '../../src/ingest/review/merge';
import { miniDataset } from '../fixtures/mini-dataset';

const SENTENCES = [
  'Ana Ruiz held a call with Cy Park on Monday.',
  'Ana Ruiz criticised Bo Li again.',
  'Dee Moss spoke.',
];

/** A draft over the mini dataset: two new people, a call with one of them, more evidence for r2. */
function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    draftVersion: 1,
    source: { id: 'a3', title: 'Article three', publisher: null, published: null, url: null },
    sentences: SENTENCES,
    links: [{ mention: 'Ana Ruiz', entity: 'ana', confidence: 1, rule: 'link:label', sentence: 0 }],
    entities: [
      {
        entity: { id: 'cy', label: 'Cy Park', kind: 'person', aliases: [] },
        mention: 'Cy Park',
        confidence: 0.8,
        rule: 'mention:name',
        sentence: 0,
        decision: 'accepted',
      },
      {
        entity: { id: 'dee', label: 'Dee Moss', kind: 'person', aliases: [] },
        mention: 'Dee Moss',
        confidence: 0.5,
        rule: 'mention:name',
        sentence: 2,
        decision: 'pending',
      },
    ],
    relations: [
      {
        relation: {
          id: 'a3:r1',
          source: 'ana',
          target: 'cy',
          kind: 'call',
          label: 'held a call with',
          directed: false,
          tone: 'verbal-cooperation',
          evidence: [{ source: 'a3', quote: SENTENCES[0] as string }],
        },
        confidence: 0.9,
        rule: 'pattern:call',
        sentence: 0,
        decision: 'accepted',
      },
      {
        relation: {
          id: 'a3:r2',
          source: 'ana',
          target: 'bo',
          kind: 'criticism',
          label: 'criticised',
          directed: true,
          tone: 'verbal-conflict',
          evidence: [{ source: 'a3', quote: SENTENCES[1] as string }],
        },
        extends: 'r2',
        confidence: 0.7,
        rule: 'pattern:criticise',
        sentence: 1,
        decision: 'accepted',
      },
    ],
    ...overrides,
  };
}

const withDecision = (d: Draft, section: 'entities' | 'relations', i: number, decision: string) => {
  const copy = structuredClone(d);
  (copy[section][i] as { decision: string }).decision = decision;
  return copy;
};

describe('mergeDraft', () => {
  it('adds the source and the accepted proposals, and the result validates', () => {
    const before = miniDataset();
    const result = mergeDraft(before, draft());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { dataset, counts } = result;
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.sources.map((s) => s.id)).toEqual(['a1', 'a2', 'a3']);
    expect(dataset.entities.map((e) => e.id)).toContain('cy');
    expect(dataset.entities.map((e) => e.id)).not.toContain('dee'); // pending: left out
    expect(dataset.relations.find((r) => r.id === 'a3:r1')?.target).toBe('cy');
    expect(counts).toEqual({ entities: 1, relations: 1, extended: 1, skipped: 1 });
  });

  it('adds evidence to the relation a proposal extends instead of a second relation', () => {
    const result = mergeDraft(miniDataset(), draft());
    if (!result.ok) throw new Error('merge failed');
    const criticisms = result.dataset.relations.filter((r) => r.kind === 'criticism');
    expect(criticisms).toHaveLength(1);
    expect(criticisms[0]?.evidence.map((e) => e.source)).toEqual(['a2', 'a3']);
    // merging the same evidence twice does not repeat the quote
    const again = draft({ source: { ...draft().source, id: 'a4' } });
    const twice = mergeDraft(result.dataset, {
      ...again,
      entities: [],
      relations: [again.relations[1]!],
    });
    if (!twice.ok) throw new Error('second merge failed');
    expect(twice.dataset.relations.find((r) => r.id === 'r2')?.evidence).toHaveLength(2);
  });

  it('merges pending proposals only when asked, and rejected ones never', () => {
    const d = withDecision(draft(), 'entities', 0, 'rejected');
    const rejectedCall = withDecision(d, 'relations', 0, 'rejected');
    const result = mergeDraft(miniDataset(), rejectedCall, { includePending: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const ids = result.dataset.entities.map((e) => e.id);
    expect(ids).toContain('dee');
    expect(ids).not.toContain('cy');
  });

  it('refuses a relation whose new end was rejected, pointing into the draft', () => {
    const before = miniDataset();
    const snapshot = structuredClone(before);
    const result = mergeDraft(before, withDecision(draft(), 'entities', 0, 'rejected'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: 'draft relations[0].relation.target',
      message: 'unknown entity "cy"',
    });
    expect(before).toEqual(snapshot);
  });

  it('refuses an article merged before, and evidence for a relation the dataset lacks', () => {
    const again = mergeDraft(miniDataset(), draft({ source: { ...draft().source, id: 'a1' } }));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problems[0]?.path).toBe('draft source.id');

    const d = draft();
    d.relations[1] = { ...d.relations[1]!, extends: 'r99' };
    const missing = mergeDraft(miniDataset(), d);
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.problems[0]).toEqual({
        path: 'draft relations[1].extends',
        message: 'the dataset has no relation "r99" to add this evidence to',
      });
  });

  it('refuses a new entity whose label another entity already has', () => {
    const d = draft();
    d.entities[0] = { ...d.entities[0]!, entity: { ...d.entities[0]!.entity, label: 'Bo Li' } };
    const result = mergeDraft(miniDataset() as Dataset, d);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toContain('draft entities[0].entity.label');
  });
});
