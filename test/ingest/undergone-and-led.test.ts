// A side that was "subjected to attacks by" others, or "faced Estonian airstrikes", suffers them
// (not an infinitive "to attack"); a side hyphened to "led" before a coalition or a campaign
// ("the Finnish-led coalition that has fought", "a Swedish-led airstrike campaign") leads the deed.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readFixture } from './fixture-reading';

const name = 'undergone-and-led.txt';
const draft = readFixture(name, '2025-03-03');
const struck = (a: string) =>
  kindsBetweenLabels(draft, a, 'Harbour Front').includes('military-action');

describe('force undergone, and force a side leads', () => {
  it('reads each side a group was subjected to attacks by', () => {
    expect(struck('Latvia')).toBe(true);
    expect(struck('Lithuania')).toBe(true);
  });

  it('reads the side whose airstrikes a group faced', () => {
    expect(struck('Estonia')).toBe(true);
  });

  it('reads the leader of a coalition and of a campaign as the one who fought', () => {
    expect(struck('Finland')).toBe(true);
    expect(struck('Sweden')).toBe(true);
  });

  it('reads no force from talks a side leads', () => {
    expect(struck('Norway')).toBe(false);
  });
});
