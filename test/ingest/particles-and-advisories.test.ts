// A known person whose name opens with a particle in lower case ("met von der Leyen") is that
// person, not an organisation "Leyen"; and a visit advised against or barred ("advised its
// citizens against visiting Malta") is no meeting.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'particles-and-advisories.txt';
const draft = readFixture(name, '2025-03-10');
const labels = draft.entities.map((p) => p.entity.label);

describe('names and visits', () => {
  it('a name opening with a lower-case particle is the person the gazetteer knows', () => {
    expect(labels).toContain('Ursula von der Leyen');
    expect(labels).not.toContain('Leyen');
    expect(kindsBetween(draft, 'aleksandar-vucic', 'ursula-von-der-leyen')).toContain('meeting');
  });

  it('a visit advised against or barred is no meeting', () => {
    expect(kindsBetween(draft, 'iceland', 'malta')).toEqual([]);
    expect(kindsBetween(draft, 'norway', 'malta')).toEqual([]);
    // the one event is the Brussels meeting
    expect(draft.entities.filter((p) => p.entity.kind === 'event')).toHaveLength(1);
  });
});
