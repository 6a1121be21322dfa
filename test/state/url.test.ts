// URL ⇄ selection: shareable links parse back to what was selected, and any other hash is a
// clear refusal rather than an exception.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, setDateRange, toggleEntityKind } from '../../src/state/filters';
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
    expect(parseHash(hash)).toEqual({
      ok: true,
      selection,
      filters: DEFAULT_FILTERS,
      problems: [],
    });
  });

  it('reads the filters after the selection, and reports values it had to drop', () => {
    const route = parseHash('#/entity/he-lifeng?hide=topic&from=2025-05&to=2025-13');
    expect(route.ok).toBe(true);
    if (!route.ok) return;
    expect(route.selection).toEqual({ type: 'entity', id: 'he-lifeng' });
    expect([...route.filters.hiddenEntityKinds]).toEqual(['topic']);
    expect(route.filters.dateFrom).toBe('2025-05');
    expect(route.filters.dateTo).toBeNull();
    expect(route.problems.join(' ')).toMatch(/2025-13/);
  });

  it.each([
    ['#/person/scott-bessent', /not a Parley address/],
    ['#entity/x', /not a Parley address/],
    ['#/entity/', /not a Parley address/],
    ['#/entity/a/b', /not a Parley address/],
    ['#/entity/%E0%A4%A', /malformed/],
    [`#/entity/${'x'.repeat(5000)}`, /too long/],
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
      expect(parseHash(formatHash(selection))).toMatchObject({ ok: true, selection });
    }
    expect(formatHash({ type: 'entity', id: 'a/b' })).toBe('#/entity/a%2Fb');
  });

  it('keeps the filters in the link, so a filtered view can be shared', () => {
    const filters = setDateRange('2025-10', null)(toggleEntityKind('topic')(DEFAULT_FILTERS));
    const hash = formatHash({ type: 'entity', id: 'xi-jinping' }, filters);
    expect(hash).toMatch(/^#\/entity\/xi-jinping\?/);
    const route = parseHash(hash);
    expect(route).toMatchObject({
      ok: true,
      selection: { type: 'entity', id: 'xi-jinping' },
      problems: [],
    });
    if (route.ok) expect(route.filters).toEqual(filters);
    expect(formatHash(null, DEFAULT_FILTERS)).toBe('#/');
  });
});
