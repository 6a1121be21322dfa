// A hand-made draft over the mini dataset (test/fixtures/mini-dataset.ts): two new people, a
// meeting between a known and a new person, a call between the two new ones, and new evidence for
// the known call r1. What the proposals panel and the workspace's apply-draft are tested with.
import type { Draft } from '../../src/ingest/draft';

export function miniDraft(): Draft {
  const quote = (i: number) => SENTENCES[i] as string;
  return {
    draftVersion: 1,
    source: {
      id: 'a3',
      title: 'Article three',
      publisher: null,
      published: '2025-06-01',
      url: null,
    },
    sentences: [...SENTENCES],
    links: [{ mention: 'Ruiz', entity: 'ana', confidence: 0.9, rule: 'link:alias', sentence: 0 }],
    entities: [
      {
        entity: { id: 'cara-diaz', label: 'Cara Diaz', kind: 'person', aliases: ['Diaz'] },
        mention: 'Cara Diaz',
        confidence: 0.8,
        rule: 'ner:person',
        sentence: 0,
        decision: 'pending',
      },
      {
        entity: { id: 'dan-eko', label: 'Dan Eko', kind: 'person', aliases: [] },
        mention: 'Dan Eko',
        confidence: 0.7,
        rule: 'ner:person',
        sentence: 1,
        decision: 'pending',
      },
    ],
    relations: [
      {
        relation: {
          id: 'a3-meeting-1',
          source: 'ana',
          target: 'cara-diaz',
          kind: 'meeting',
          label: 'met',
          directed: false,
          date: '2025-06-01',
          tone: 'verbal-cooperation',
          evidence: [{ source: 'a3', quote: quote(0) }],
        },
        confidence: 0.75,
        rule: 'pattern:meet',
        sentence: 0,
        decision: 'pending',
      },
      {
        relation: {
          id: 'a3-call-2',
          source: 'cara-diaz',
          target: 'dan-eko',
          kind: 'call',
          label: 'held a call with',
          directed: false,
          tone: 'verbal-cooperation',
          evidence: [{ source: 'a3', quote: quote(1) }],
        },
        confidence: 0.7,
        rule: 'pattern:call',
        sentence: 1,
        decision: 'pending',
      },
      {
        relation: {
          id: 'a3-call-3',
          source: 'ana',
          target: 'bo',
          kind: 'call',
          label: 'spoke by phone with',
          directed: false,
          evidence: [{ source: 'a3', quote: quote(2) }],
        },
        extends: 'r1',
        confidence: 0.9,
        rule: 'pattern:call',
        sentence: 2,
        decision: 'pending',
      },
    ],
  };
}

const SENTENCES = [
  'Ana Ruiz met Cara Diaz in Geneva on Sunday.',
  'Cara Diaz held a call with Dan Eko.',
  'Ruiz and Bo Li spoke by phone again.',
] as const;
