// "He" after a sentence that names two people is the subject of the sentence before ("Oak met
// Ruiz… He also called Vale": Oak), not left unread; a pronoun after a sentence whose subject is
// no person is still left unresolved.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('pronoun-previous-subject.txt', '2025-03-04');

describe('a pronoun after two people are named', () => {
  it('stands for the subject of the sentence before', () => {
    expect(findRelation(draft, 'meeting', 'tomas-oak', 'jo-ruiz')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'call', 'tomas-oak', 'luis-vale')?.date).toBe('2025-03-04');
    expect(findRelation(draft, 'call', 'jo-ruiz', 'luis-vale')).toBeUndefined();
  });

  it('is left unread when the sentence before has no person for its subject', () => {
    const she = draft.entities.filter((e) => e.mention === 'She');
    expect(she).toEqual([]);
    const fromLast = draft.relations.filter((r) => r.sentence === draft.sentences.length - 1);
    expect(fromLast).toEqual([]);
  });
});
