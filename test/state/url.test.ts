// URL ⇄ selection: shareable links parse back to what was selected, and any other hash is a
// clear refusal rather than an exception.
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/url';

describe('parseHash', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#/', null],
    ['#/entity/scott-bessent', { type: 'entity', id: 'scott-bessent' }],
    ['#/relation/rel-047', { type: 'relation', id: 'rel-047' }],
    ['#/entity/caf%C3%A9', { type: 'entity', id: 'café' }],
  ])('reads %j', (hash, selection) => {
    expect(parseHash(hash)).toEqual({ ok: true, selection });
  });

  it.each([
    ['#/person/scott-bessent', /not a Parley address/],
    ['#entity/x', /not a Parley address/],
    ['#/entity/', /not a Parley address/],
    ['#/entity/a/b', /not a Parley address/],
    ['#/entity/%E0%A4%A', /malformed/],
    [`#/entity/${'x'.repeat(2000)}`, /too long/],
  ])('refuses %j with a reason', (hash, reason) => {
    const route = parseHash(hash);
    expect(route.ok).toBe(false);
    if (!route.ok) expect(route.reason).toMatch(reason);
  });
});

describe('formatHash', () => {
  it('round-trips through parseHash, escaping what needs it', () => {
    for (const selection of [
      { type: 'entity' as const, id: 'he-lifeng' },
      { type: 'relation' as const, id: 'a/b c#d' },
      null,
    ]) {
      expect(parseHash(formatHash(selection))).toEqual({ ok: true, selection });
    }
    expect(formatHash({ type: 'entity', id: 'a/b' })).toBe('#/entity/a%2Fb');
  });
});
