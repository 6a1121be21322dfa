// Workspaces to run commands on: the curated dataset (graph-data/us-china-trade-talks.json), and
// a review of an invented article over it, with its proposals waiting.
import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../../src/data/schema';
import { buildGraph } from '../../../src/graph/build-graph';
import type { Draft } from '../../../src/ingest/draft';
import { exportJsonText } from '../../../src/io/export-json';
import { placeProposedEntities } from '../../../src/workspace/apply-draft';
import { inWorkspaceOrder } from '../../../src/workspace/order';
import { createWorkspace, type Workspace } from '../../../src/workspace/workspace';

export function curatedWorkspace(): Workspace {
  const dataset = DatasetSchema.parse(
    JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8')),
  );
  return createWorkspace(buildGraph(dataset));
}

/** What Export JSON writes, in workspace order. */
export const exported = (ws: Workspace) => exportJsonText(inWorkspaceOrder(ws.graph, ws.order));

/** Invented sentences: nothing here is from a real article. */
export const INVENTED = [
  'Scott Bessent met Mira Tolan, a trade envoy, in Lisbon on Tuesday.',
  'Mira Tolan later spoke by phone with He Lifeng.',
];

export function inventedDraft(): Draft {
  const evidence = (i: number) => [{ source: 'inv-1', quote: INVENTED[i] as string }];
  const meta = (rule: string, sentence: number) => ({
    confidence: 0.8,
    rule,
    sentence,
    decision: 'pending' as const,
  });
  return {
    draftVersion: 1,
    source: {
      id: 'inv-1',
      title: 'An invented report',
      publisher: null,
      published: null,
      url: null,
    },
    sentences: [...INVENTED],
    links: [],
    entities: [
      {
        entity: { id: 'mira-tolan', label: 'Mira Tolan', kind: 'person', aliases: [] },
        mention: 'Mira Tolan',
        ...meta('ner:person', 0),
      },
    ],
    relations: [
      {
        relation: {
          id: 'inv-1-meeting-1',
          source: 'scott-bessent',
          target: 'mira-tolan',
          kind: 'meeting',
          label: 'met',
          directed: false,
          tone: 'verbal-cooperation',
          evidence: evidence(0),
        },
        ...meta('pattern:meet', 0),
      },
      {
        relation: {
          id: 'inv-1-call-2',
          source: 'mira-tolan',
          target: 'he-lifeng',
          kind: 'call',
          label: 'spoke by phone with',
          directed: false,
          tone: 'verbal-cooperation',
          evidence: evidence(1),
        },
        ...meta('pattern:call', 1),
      },
    ],
  };
}

/** The curated workspace with the invented article under review. */
export function reviewingWorkspace(): Workspace {
  const ws = curatedWorkspace();
  const draft = inventedDraft();
  const positions = Object.fromEntries(placeProposedEntities(ws.graph, draft));
  ws.setReview({ id: 'review-1', fileName: 'invented.txt', draft, positions });
  return ws;
}
