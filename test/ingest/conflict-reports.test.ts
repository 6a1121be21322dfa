// How a conflict's days are told: a side saying what it "had shot down" (a participle the tagger
// reads as a noun after "had"), and the army chiefs of both sides speaking on the hotline (the
// chiefs of two sides stand for them; the head of one body does not).
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a deed told in the past perfect', () => {
  it('is read with its day', () => {
    const draft = readLead(
      'Jets downed',
      'Chile said on Friday it had shot down five Peruvian jets.',
      'SANTIAGO',
    );
    expect(findRelation(draft, 'military-action', 'chile', 'peru')?.date).toBe('2025-02-28');
  });
});

describe('the chiefs of two sides', () => {
  it('speaking on the hotline is a call between the sides', () => {
    const draft = readLead(
      'Hotline call',
      'The military chiefs of Chile and Peru spoke on the hotline on Saturday.',
    );
    expect(findRelation(draft, 'call', 'chile', 'peru')?.date).toBe('2025-03-01');
  });

  it('leaves the side named before "the head of" a body as the speaker', () => {
    const draft = readLead(
      'Troops seen',
      'Chile and the head of UN peacekeeping have said Peruvian troops are present in Arica.',
    );
    expect(findRelation(draft, 'statement', 'chile', 'peru')).toBeDefined();
  });
});
