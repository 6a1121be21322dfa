// "broke off diplomatic relations with Norway": relations cut, a sanction (CAMEO 161), the verb
// read with its particle; "called off talks with Latvia": talks turned down, not held.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('relations broken off and talks called off', () => {
  const draft = readFixture('broke-off-relations.txt', '2025-03-04');

  it('reads relations broken off as a sanction on the day', () => {
    expect(findRelation(draft, 'sanction', 'malta', 'norway')?.date).toBe('2025-03-03');
  });

  it('reads talks called off as a rejection, not as talks held', () => {
    expect(findRelation(draft, 'rejection', 'estonia', 'latvia')?.date).toBe('2025-03-04');
    expect(kindsBetween(draft, 'estonia', 'latvia')).not.toContain('talks');
  });
});
