// "Iceland's envoy to the United Nations Kari Lund": the envoy is Iceland's, sent to the UN; she
// is no official of the UN, and the UN is no body of Iceland's.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'envoy-to-a-body.txt';
const draft = readFixture(name, '2025-11-21');

describe("a country's envoy to a body", () => {
  it("is the country's, not the body's, and the body is not the country's", () => {
    expect(kindsBetween(draft, 'kari-lund', 'iceland')).toEqual(['affiliation']);
    expect(kindsBetween(draft, 'kari-lund', 'united-nations')).toEqual([]);
    expect(kindsBetween(draft, 'united-nations', 'iceland')).toEqual([]);
  });
});
