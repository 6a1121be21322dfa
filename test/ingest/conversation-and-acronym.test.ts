// "had a warm conversation with Jon Lund" is a call with him, while "said in a conversation with
// CNN that Malta …" is an interview, with no party (the medium, or anyone after it); and "Caricom"
// after "CARICOM" is the same body, an acronym written as a word; a UN body spelt out is the
// UN body, and keeps that spelling as an alias.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('conversation-and-acronym.txt', '2025-09-18');
const sentence = (k: number) => draft.sentences[k] ?? '';

describe('a conversation', () => {
  it('with a person is a call', () => {
    expect(findRelation(draft, 'call', 'ana-vell', 'jon-lund')).toBeDefined();
  });

  it('with a medium is an interview: no call, no plan to meet', () => {
    const fromInterview = draft.relations.filter((p) => sentence(p.sentence).includes('CNN'));
    expect(fromInterview.map((p) => p.relation.kind)).not.toContain('planned-meeting');
    expect(fromInterview.map((p) => p.relation.kind)).not.toContain('call');
  });
});

describe('an acronym written as a word', () => {
  it('is the body the acronym names', () => {
    const bodies = draft.entities.filter((p) =>
      /caricom|caribbean community/i.test(p.entity.label),
    );
    expect(bodies).toHaveLength(1);
    const caricom = bodies[0]?.entity.id ?? '';
    expect(findRelation(draft, 'demand', caricom, 'iceland')).toBeDefined();
  });
});

describe('a UN body', () => {
  it('spelt out is the same body, with the spelt-out name as an alias', () => {
    const body = draft.entities.find((p) => p.entity.label === 'UN Human Rights Council')?.entity;
    expect(body?.aliases).toContain('United Nations Human Rights Council');
  });
});
