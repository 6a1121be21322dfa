// An official's or a delegation's arrival in a country is a visit to it (CAMEO 042; one to come
// is planned), and a capital stands for its country there; the participle "arriving in X with A"
// tells the way to another event and is no visit. A share of a plan accepted or rejected ("parts
// of Finland's 12-point plan", "the first phase of the Estonian proposal") is still the plan's.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readFixture } from './fixture-reading';

const name = 'arrivals-and-plans.txt';
const draft = readFixture(name, '2025-03-03');
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;
const kindsOf = (a: string, b: string) => kindsBetweenLabels(draft, a, b);

describe('arrivals', () => {
  it("reads an official's arrival in a country as a visit", () => {
    expect(kindsOf('Alexander Stubb', 'Latvia')).toContain('meeting');
  });

  it("reads a delegation's arrival in a capital as a visit to its country", () => {
    expect(kindsOf('Harbour Front', 'Estonia')).toContain('meeting');
  });

  it('reads an arrival to come as a visit planned', () => {
    expect(kindsOf('Ulf Kristersson', 'Latvia')).toEqual(['planned-meeting']);
  });

  it('reads no visit, and no gathering, from a participle of arrival', () => {
    const rules = draft.relations
      .filter((r) => r.relation.source === idOf('Jonas Gahr Støre'))
      .map((r) => r.rule);
    expect(rules).not.toContain('pattern:arrival');
    expect(kindsOf('Mette Frederiksen', 'Latvia')).toEqual([]);
  });
});

describe('a share of a plan', () => {
  it('is the plan accepted', () => {
    expect(kindsOf('Harbour Front', 'Finland')).toContain('agreement');
  });

  it('is the plan rejected', () => {
    expect(kindsOf('Latvia', 'Estonia')).toContain('rejection');
  });
});
