// Those who count and tell are sources, not actors: a channel that "posted on X", a medium that
// "puts the number at" 60, a monitor ("… Observatory for Human Rights") that "reported 40
// deaths". A monitor acted on is an actor all the same.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const draft = readFixture('press-tolls.txt', '2025-03-03');
const labels = draft.entities.map((e) => e.entity.label);

describe('media and monitors telling the toll', () => {
  it('are no entities', () => {
    expect(labels).not.toContain('Canal Sur');
    expect(labels).not.toContain('British Broadcasting Corporation');
    expect(labels).not.toContain('Andes Observatory for Human Rights');
  });

  it('while the story’s actors stay, and a monitor sanctioned is one', () => {
    expect(labels).toEqual(expect.arrayContaining(['Bolivia', 'Peru', 'Chile']));
    expect(labels).toContain('Pacific Observatory for Human Rights');
  });
});
