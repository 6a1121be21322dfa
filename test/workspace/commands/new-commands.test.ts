import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate';
import {
  ACCEPT,
  ACCEPT_ALL,
  ADD_ENTITY,
  ADD_EVIDENCE,
  ADD_RELATION,
  ADD_SOURCE,
  DELETE_ENTITY,
  deletionReach,
  EDIT_RELATION,
  newStoryGraph,
  REJECT,
  REMOVE_EVIDENCE,
  readerStatistics,
  runCommand,
} from '../../../src/workspace/commands';
import { datasetFromGraph } from '../../../src/workspace/dataset-document';
import type { CommandResult, Workspace } from '../../../src/workspace/workspace';
import { createWorkspace } from '../../../src/workspace/workspace';
import { curatedWorkspace, exported, reviewingWorkspace } from './fixtures';

/** An invented article: nothing in it is from a real one. */
const ARTICLE = `Ministers of Avel and Brenland met in Portmoor on 3 March.
The Avel minister, Ona Vesk, said the “talks were frank.” Later, Vesk spoke by phone with Ivo Marr.`;

const SOURCE = {
  title: 'Ministers meet in Portmoor',
  publisher: 'The Invented Herald',
  url: 'https://example.org/portmoor',
  published: '2025-03-04',
  text: ARTICLE,
};

function withSource(ws: Workspace) {
  expect(runCommand(ws, ADD_SOURCE, SOURCE).ok).toBe(true);
  return 'src-ministers-meet-in-portmoor';
}

const QUOTE = 'The Avel minister, Ona Vesk, said the "talks were frank."';

function roundTrip(ws: Workspace, act: (ws: Workspace) => { ok: boolean }) {
  const before = exported(ws);
  const articles = JSON.stringify(ws.articles());
  const result = act(ws);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const after = exported(ws);
  expect(after).not.toBe(before);
  ws.undo();
  expect(exported(ws)).toBe(before);
  expect(JSON.stringify(ws.articles())).toBe(articles);
  ws.redo();
  expect(exported(ws)).toBe(after);
  ws.undo();
  expect(exported(ws)).toBe(before);
}

describe('the commands that write the story by hand, on the curated dataset', () => {
  const cases: Array<[string, (ws: Workspace) => { ok: boolean }]> = [
    ['add source (its text kept)', (ws) => runCommand(ws, ADD_SOURCE, SOURCE)],
    [
      'add entity',
      (ws) => runCommand(ws, ADD_ENTITY, { label: 'Ona Vesk', kind: 'person', aliases: ['Vesk'] }),
    ],
    [
      'delete entity (a hub: its relations and the roles held at it go)',
      (ws) => runCommand(ws, DELETE_ENTITY, { id: 'us-treasury' }),
    ],
    [
      'add relation (after its source was added)',
      (ws) =>
        runCommand(ws, ADD_RELATION, {
          source: 'scott-bessent',
          target: 'he-lifeng',
          kind: 'call',
          date: '2025-03',
          dateApproximate: true,
          evidence: [{ source: 'src-ministers-meet-in-portmoor', quote: QUOTE }],
        }),
    ],
    [
      'edit relation (kind, direction, date, tone, label)',
      (ws) =>
        runCommand(ws, EDIT_RELATION, {
          id: 'rel-002',
          kind: 'criticism',
          directed: !ws.graph.isDirected('rel-002'),
          date: '2025-05-12',
          tone: null,
          label: 'criticised',
        }),
    ],
    [
      'add evidence from a source without kept text (allowed)',
      (ws) =>
        runCommand(ws, ADD_EVIDENCE, {
          id: 'rel-001',
          source: '000_3b93ebfc25ea1967',
          quote: 'An invented quote that cannot be checked.',
        }),
    ],
    ['remove evidence', (ws) => runCommand(ws, REMOVE_EVIDENCE, { id: 'rel-001', index: 1 })],
  ];
  for (const [name, act] of cases)
    it(`${name}: done, undone and redone, the export is identical`, () => {
      const ws = curatedWorkspace();
      if (name.startsWith('add relation')) withSource(ws);
      roundTrip(ws, act);
    });

  it('adds a relation with a label, tone and direction written from its kind', () => {
    const ws = curatedWorkspace();
    const source = withSource(ws);
    const result = runCommand(ws, ADD_RELATION, {
      source: 'scott-bessent',
      target: 'he-lifeng',
      kind: 'call',
      date: '2025-03-03',
      evidence: [{ source, quote: '  Vesk spoke by phone\n with Ivo Marr. ' }],
    });
    expect(result.ok).toBe(true);
    const id = 'scott-bessent-call-he-lifeng';
    expect(ws.graph.isUndirected(id)).toBe(true);
    expect(ws.graph.getEdgeAttributes(id)).toEqual({
      kind: 'call',
      label: 'held a call with',
      date: '2025-03-03',
      tone: 'verbal-cooperation',
      evidence: [{ source, quote: 'Vesk spoke by phone with Ivo Marr.' }],
    });
  });

  it('adds a relation with the tone the person chose, or none, instead of the kind’s', () => {
    const ws = curatedWorkspace();
    const source = withSource(ws);
    const fields = {
      source: 'scott-bessent',
      target: 'he-lifeng',
      kind: 'statement',
      evidence: [{ source, quote: QUOTE }],
    };
    expect(runCommand(ws, ADD_RELATION, { ...fields, tone: 'verbal-conflict' }).ok).toBe(true);
    expect(ws.graph.getEdgeAttribute('scott-bessent-statement-he-lifeng', 'tone')).toBe(
      'verbal-conflict',
    );
    expect(runCommand(ws, ADD_RELATION, { ...fields, tone: null }).ok).toBe(true);
    expect(ws.graph.hasEdgeAttribute('scott-bessent-statement-he-lifeng-2', 'tone')).toBe(false);
    const refused = runCommand(ws, ADD_RELATION, { ...fields, tone: 'material-conflict' });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Tone: /) });
  });

  it('keeps an added source as the same kind of source as an article read, viewable', () => {
    const ws = curatedWorkspace();
    const id = withSource(ws);
    expect(ws.graph.getAttribute('sources').at(-1)).toEqual({
      id,
      title: SOURCE.title,
      publisher: SOURCE.publisher,
      published: SOURCE.published,
      url: SOURCE.url,
    });
    expect(ws.articles()[id]?.sentences).toEqual([
      'Ministers of Avel and Brenland met in Portmoor on 3 March.',
      'The Avel minister, Ona Vesk, said the “talks were frank.”',
      'Later, Vesk spoke by phone with Ivo Marr.',
    ]);
  });

  it('deletes an entity with everything that points at it, and Undo restores it exactly', () => {
    const ws = curatedWorkspace();
    const reach = deletionReach(ws.graph, 'us-treasury');
    expect(reach.relations.length).toBe(ws.graph.degree('us-treasury'));
    expect(reach.roles.length).toBeGreaterThan(0);
    const before = exported(ws);
    runCommand(ws, DELETE_ENTITY, { id: 'us-treasury' });
    expect(ws.graph.hasNode('us-treasury')).toBe(false);
    let pointing = 0;
    ws.graph.forEachNode((_n, a) => {
      pointing += (a.roles ?? []).filter((r) => r.organization === 'us-treasury').length;
    });
    expect(pointing).toBe(0);
    expect(validateDataset(datasetFromGraph(ws.graph)).ok).toBe(true);
    ws.undo();
    expect(exported(ws)).toBe(before);
  });
});

describe('bad input is refused with a message, and nothing changes', () => {
  const refusals: Array<[string, (ws: Workspace, source: string) => CommandResult, RegExp]> = [
    [
      'an empty label',
      (ws) => runCommand(ws, ADD_ENTITY, { label: '  ', kind: 'person', aliases: [] }),
      /Label: an entity needs a label/,
    ],
    [
      'a duplicate label, naming who has it',
      (ws) => runCommand(ws, ADD_ENTITY, { label: 'scott bessent', kind: 'person', aliases: [] }),
      /already used by Scott Bessent/,
    ],
    [
      'an unknown entity kind',
      (ws) => runCommand(ws, ADD_ENTITY, { label: 'Ivo Marr', kind: 'wizard', aliases: [] }),
      /not an entity kind/,
    ],
    [
      'an unknown relation kind',
      (ws, source) =>
        runCommand(ws, ADD_RELATION, {
          source: 'china',
          target: 'united-states',
          kind: 'hug',
          evidence: [{ source, quote: QUOTE }],
        }),
      /not a relation kind/,
    ],
    [
      'a date that is not real',
      (ws, source) =>
        runCommand(ws, ADD_RELATION, {
          source: 'china',
          target: 'united-states',
          kind: 'call',
          date: '2025-02-30',
          evidence: [{ source, quote: QUOTE }],
        }),
      /not a real date/,
    ],
    [
      'an end deleted meanwhile',
      (ws, source) =>
        runCommand(ws, ADD_RELATION, {
          source: 'no-longer-here',
          target: 'united-states',
          kind: 'call',
          evidence: [{ source, quote: QUOTE }],
        }),
      /From: there is no entity “no-longer-here”/,
    ],
    [
      'no evidence',
      (ws) =>
        runCommand(ws, ADD_RELATION, {
          source: 'china',
          target: 'united-states',
          kind: 'call',
          evidence: [],
        }),
      /at least one quote/,
    ],
    [
      'a quote not in its kept source',
      (ws, source) =>
        runCommand(ws, ADD_RELATION, {
          source: 'china',
          target: 'united-states',
          kind: 'call',
          evidence: [{ source, quote: 'The ministers agreed on everything.' }],
        }),
      /not in “Ministers meet in Portmoor” as kept/,
    ],
    [
      'a quote over the limit',
      (ws, source) =>
        runCommand(ws, ADD_EVIDENCE, { id: 'rel-001', source, quote: 'word '.repeat(100) }),
      /longer than 400/,
    ],
    [
      'the last quote of a relation',
      (ws) => runCommand(ws, REMOVE_EVIDENCE, { id: 'rel-003', index: 0 }),
      /keeps at least one quote/,
    ],
    [
      'a tone the kind cannot carry',
      (ws) => runCommand(ws, EDIT_RELATION, { id: 'rel-001', tone: 'material-conflict' }),
      /Tone: a affiliation cannot be/,
    ],
    [
      'a source with a bad address',
      (ws) => runCommand(ws, ADD_SOURCE, { ...SOURCE, url: 'ftp://x' }),
      /URL: url must be an http\(s\) address/,
    ],
    [
      'a source without a title',
      (ws) => runCommand(ws, ADD_SOURCE, { ...SOURCE, title: '' }),
      /Title: a source needs a title/,
    ],
  ];
  for (const [name, act, message] of refusals)
    it(name, () => {
      const ws = curatedWorkspace();
      const source = withSource(ws);
      if (name === 'the last quote of a relation')
        expect(ws.graph.getEdgeAttribute('rel-003', 'evidence')).toHaveLength(1);
      const before = exported(ws);
      const commands = ws.history().commands.length;
      const result = act(ws, source);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
      expect(exported(ws)).toBe(before);
      expect(ws.history().commands).toHaveLength(commands);
    });

  it('accepts a quote in its kept source whatever its whitespace and quote marks', () => {
    const ws = curatedWorkspace();
    const source = withSource(ws);
    const result = runCommand(ws, ADD_EVIDENCE, {
      id: 'rel-001',
      source,
      quote: "the Avel   minister, Ona Vesk, said the 'talks were frank.'".replace(
        "'talks",
        '"talks',
      ),
    });
    expect(result.ok).toBe(false); // "the" in lower case is not what the article says
    const fine = runCommand(ws, ADD_EVIDENCE, {
      id: 'rel-001',
      source,
      quote: 'Ona  Vesk, said the "talks were frank."',
    });
    expect(fine.ok).toBe(true);
  });
});

describe('a new story', () => {
  it('is an empty graph with its title, and an empty dataset that validates', () => {
    const story = newStoryGraph('  The Portmoor talks ');
    if (!story.ok) throw new Error(story.message);
    expect(story.graph.order).toBe(0);
    const dataset = datasetFromGraph(story.graph);
    expect(dataset.title).toBe('The Portmoor talks');
    expect(validateDataset(dataset).ok).toBe(true);
    expect(newStoryGraph(' ')).toEqual({
      ok: false,
      message: 'Story title: a story needs a title',
    });
  });

  it('grows by hand into a dataset that validates', () => {
    const story = newStoryGraph('The Portmoor talks');
    if (!story.ok) throw new Error(story.message);
    const ws = createWorkspace(story.graph);
    const source = withSource(ws);
    runCommand(ws, ADD_ENTITY, { label: 'Ona Vesk', kind: 'person', aliases: [] });
    runCommand(ws, ADD_ENTITY, { label: 'Ivo Marr', kind: 'person', aliases: [] });
    const added = runCommand(ws, ADD_RELATION, {
      source: 'ona-vesk',
      target: 'ivo-marr',
      kind: 'call',
      evidence: [{ source, quote: 'Vesk spoke by phone with Ivo Marr.' }],
    });
    expect(added.ok).toBe(true);
    const [a, b] = ['ona-vesk', 'ivo-marr'].map((id) => ws.graph.getNodeAttributes(id));
    expect([a?.x, a?.y]).not.toEqual([b?.x, b?.y]);
    expect(validateDataset(datasetFromGraph(ws.graph)).ok).toBe(true);
  });
});

describe('correcting a proposal before accepting it', () => {
  it('accepts it as corrected, keeps the proposal as made, and records the correction', () => {
    const ws = reviewingWorkspace();
    const before = exported(ws);
    const result = runCommand(ws, ACCEPT, {
      ref: { type: 'relation', index: 1 },
      fix: { kind: 'talks', target: 'united-states', date: '2025-03' },
    });
    if (!result.ok || !result.command) throw new Error('refused');
    expect(result.command.label).toMatch(/^Accept as corrected: /);
    const edge = ws.graph.getEdgeAttributes('inv-1-call-2');
    expect(edge).toMatchObject({ kind: 'talks', label: 'held talks with', date: '2025-03' });
    expect(ws.graph.extremities('inv-1-call-2')).toEqual(['mira-tolan', 'united-states']);
    expect(ws.review()?.draft.relations[1]?.relation.kind).toBe('call');
    const change = result.command.decisions?.changes.find((c) => c.type === 'relation');
    expect(change).toMatchObject({
      rule: 'pattern:call',
      correction: {
        kind: { from: 'call', to: 'talks' },
        target: { from: 'he-lifeng', to: 'united-states' },
        date: { from: null, to: '2025-03' },
      },
    });
    ws.undo();
    expect(exported(ws)).toBe(before);
  });

  it('refuses a correction to an unknown kind, a missing end or a date that is not real', () => {
    const ws = reviewingWorkspace();
    const ref = { type: 'relation' as const, index: 0 };
    const messages = [
      runCommand(ws, ACCEPT, { ref, fix: { kind: 'hug' } }),
      runCommand(ws, ACCEPT, { ref, fix: { source: 'nobody' } }),
      runCommand(ws, ACCEPT, { ref, fix: { date: '2025-13' } }),
    ].map((r) => (r.ok ? 'done' : r.message));
    expect(messages).toEqual([
      '“hug” is not a relation kind Parley knows',
      "there is no entity “nobody” in the graph or among the article's proposals",
      'the date “2025-13” is not a real date (write YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('accepts a proposed entity with its label written in full and its kind corrected', () => {
    const ws = reviewingWorkspace();
    const before = exported(ws);
    const ref = { type: 'entity' as const, index: 0 };
    const result = runCommand(ws, ACCEPT, {
      ref,
      fix: { label: '  Mira   Anna Tolan ', kind: 'organization' },
    });
    if (!result.ok || !result.command) throw new Error('refused');
    expect(result.command.label).toBe('Accept as corrected: Mira Tolan (new person)');
    // the id stays, so the proposed relations still reach it; the reader's label is an alias
    expect(ws.graph.getNodeAttributes('mira-tolan')).toMatchObject({
      label: 'Mira Anna Tolan',
      kind: 'organization',
      aliases: ['Mira Tolan'],
    });
    expect(ws.review()?.draft.entities[0]?.entity.label).toBe('Mira Tolan');
    const change = result.command.decisions?.changes.find((c) => c.type === 'entity');
    expect(change?.correction).toEqual({
      label: { from: 'Mira Tolan', to: 'Mira Anna Tolan' },
      kind: { from: 'person', to: 'organization' },
    });
    expect(readerStatistics(ws.history())).toContainEqual({
      rule: 'ner:person',
      accepted: 0,
      corrected: 1,
      rejected: 0,
    });
    // a relation accepted after it reaches the corrected entity
    expect(runCommand(ws, ACCEPT, { ref: { type: 'relation', index: 1 } }).ok).toBe(true);
    expect(ws.graph.extremities('inv-1-call-2')).toEqual(['mira-tolan', 'he-lifeng']);
    ws.undo();
    ws.undo();
    expect(exported(ws)).toBe(before);
  });

  it('refuses an entity correction with no label, a label taken or an unknown kind', () => {
    const ws = reviewingWorkspace();
    const before = exported(ws);
    const ref = { type: 'entity' as const, index: 0 };
    const messages = [
      runCommand(ws, ACCEPT, { ref, fix: { label: '   ' } }),
      runCommand(ws, ACCEPT, { ref, fix: { label: 'he lifeng' } }),
      runCommand(ws, ACCEPT, { ref, fix: { kind: 'planet' } }),
    ].map((r) => (r.ok ? 'done' : r.message));
    expect(messages).toEqual([
      'an entity needs a label',
      'the label “he lifeng” is already used by He Lifeng',
      '“planet” is not an entity kind Parley knows',
    ]);
    expect(exported(ws)).toBe(before);
  });

  it('corrects a proposed entity that an accepted relation brings with it', () => {
    const ws = reviewingWorkspace();
    const result = runCommand(ws, ACCEPT, {
      ref: { type: 'relation', index: 1 },
      entityFixes: { 0: { kind: 'organization' } },
    });
    if (!result.ok || !result.command) throw new Error('refused');
    expect(ws.graph.getNodeAttribute('mira-tolan', 'kind')).toBe('organization');
    expect(result.command.decisions?.changes.find((c) => c.type === 'entity')?.correction).toEqual({
      kind: { from: 'person', to: 'organization' },
    });
  });

  it('refuses a relation whose proposed entity carries a correction that no longer holds', () => {
    const ws = reviewingWorkspace();
    const before = exported(ws);
    const result = runCommand(ws, ACCEPT, {
      ref: { type: 'relation', index: 1 },
      entityFixes: { 0: { label: 'Scott Bessent' } },
    });
    expect(result.ok ? 'done' : result.message).toBe(
      'the label “Scott Bessent” is already used by Scott Bessent',
    );
    expect(exported(ws)).toBe(before);
  });

  it('applies an entity correction saved on the proposal when all remaining are accepted', () => {
    const ws = reviewingWorkspace();
    const result = runCommand(ws, ACCEPT_ALL, {
      fixes: { entities: { 0: { label: 'Mira A. Tolan' } } },
    });
    if (!result.ok || !result.command) throw new Error('refused');
    expect(ws.graph.getNodeAttribute('mira-tolan', 'label')).toBe('Mira A. Tolan');
    expect(ws.graph.extremities('inv-1-call-2')).toEqual(['mira-tolan', 'he-lifeng']);
    const change = result.command.decisions?.changes.find((c) => c.type === 'entity');
    expect(change?.correction).toEqual({ label: { from: 'Mira Tolan', to: 'Mira A. Tolan' } });
  });

  it('applies the corrections saved on proposals when all remaining are accepted at once', () => {
    const ws = reviewingWorkspace();
    const before = exported(ws);
    const result = runCommand(ws, ACCEPT_ALL, { fixes: { relations: { 1: { kind: 'talks' } } } });
    if (!result.ok || !result.command) throw new Error('refused');
    expect(ws.graph.getEdgeAttribute('inv-1-call-2', 'kind')).toBe('talks');
    expect(ws.graph.getEdgeAttribute('inv-1-meeting-1', 'kind')).toBe('meeting');
    expect(ws.review()?.draft.relations[1]?.relation.kind).toBe('call');
    expect(readerStatistics(ws.history())).toContainEqual({
      rule: 'pattern:call',
      accepted: 0,
      corrected: 1,
      rejected: 0,
    });
    ws.undo();
    expect(exported(ws)).toBe(before);
  });

  it('counts, per reader rule, what was accepted as it was, corrected or rejected', () => {
    const ws = reviewingWorkspace();
    runCommand(ws, ACCEPT, { ref: { type: 'relation', index: 0 } });
    runCommand(ws, ACCEPT, { ref: { type: 'relation', index: 1 }, fix: { kind: 'talks' } });
    expect(readerStatistics(ws.history())).toEqual([
      { rule: 'ner:person', accepted: 1, corrected: 0, rejected: 0 },
      { rule: 'pattern:call', accepted: 0, corrected: 1, rejected: 0 },
      { rule: 'pattern:meet', accepted: 1, corrected: 0, rejected: 0 },
    ]);
    ws.undo();
    ws.undo();
    runCommand(ws, REJECT, { ref: { type: 'entity', index: 0 } });
    expect(readerStatistics(ws.history())).toEqual([
      { rule: 'ner:person', accepted: 0, corrected: 0, rejected: 1 },
      { rule: 'pattern:call', accepted: 0, corrected: 0, rejected: 1 },
      { rule: 'pattern:meet', accepted: 0, corrected: 0, rejected: 1 },
    ]);
  });
});
