// What a paper says is its maker's deed: "the Security Council adopted a resolution endorsing
// Trump's plan" is the Council's endorsement of Trump's plan; "passed a resolution imposing
// sanctions on Iran" its sanction. A clause with a subject of its own ("after an earthquake killed
// 240 people") is still no deed of the sentence's subject.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Vote', text, 'NEW YORK');

describe('a resolution and what it does', () => {
  it("is its maker's endorsement of a plan", () => {
    const draft = read(
      "The Security Council adopted a resolution endorsing Trump's peace plan for Gaza.",
    );
    expect(kindsBetween(draft, 'un-security-council', 'donald-trump')).toEqual(['agreement']);
  });

  it("is its maker's sanction", () => {
    const draft = read('The UN Security Council passed a resolution imposing sanctions on Iran.');
    expect(kindsBetween(draft, 'un-security-council', 'iran')).toEqual(['sanction']);
  });

  it('leaves a clause with its own subject to that subject', () => {
    const draft = read('Japan sent rescuers after an earthquake killed 240 people in Nepal.');
    expect(kindsBetween(draft, 'japan', 'nepal')).not.toContain('military-action');
  });
});
