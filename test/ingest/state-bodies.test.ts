// A state's own body the gazetteer knows (its news agency, a ministry, its armed forces) is tied
// to the state where the article names the state too, as the gold of every story codes it.
import { describe, expect, it } from 'vitest';
import { BODIES, OUTLETS } from '../../src/ingest/extract/gazetteer';
import { STATE_OF_BODY } from '../../src/ingest/extract/known-ties';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'state-bodies.txt';
const draft = readFixture(name, '2025-06-02');
const ruleOf = (source: string, target: string) =>
  draft.relations.find((p) => p.relation.source === source && p.relation.target === target)?.rule;

describe("a state's own body", () => {
  it('is affiliated with its state when the article names both', () => {
    expect(kindsBetween(draft, 'tass', 'russia')).toEqual(['affiliation']);
    expect(ruleOf('tass', 'russia')).toBe('known:state-body');
    expect(kindsBetween(draft, 'japan-self-defense-forces', 'japan')).toContain('affiliation');
  });

  it('has no tie to a state the article does not name', () => {
    expect(draft.entities.some((p) => p.entity.label === 'China')).toBe(false);
    expect(draft.relations.some((p) => p.relation.source === 'xinhua-news-agency')).toBe(false);
  });

  it("comes from a gazetteer whose every state body's description names its state", () => {
    const unresolved = [...OUTLETS, ...BODIES]
      .filter((b) => b.state && !STATE_OF_BODY.has(b.label))
      .map((b) => `${b.label}: ${b.description}`);
    expect(unresolved).toEqual([]);
    expect(STATE_OF_BODY.get('US Treasury')).toBe('United States');
    expect(STATE_OF_BODY.get('Korean Central News Agency')).toBe('North Korea');
  });
});
