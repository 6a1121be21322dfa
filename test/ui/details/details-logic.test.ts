// The Details panel's rules, tested without a browser: which neighbourhood option is pressed,
// how a role's dates read, when an open Edit or Merge form survives a new selection, and which
// changes of state draw the panel again (the DOM is covered by the browser tests).

import { describe, expect, it } from 'vitest';
import { type AppState, INITIAL_STATE } from '../../../src/state/app-state';
import { formStaysOpen } from '../../../src/ui/details/entity-actions';
import { roleDatesText } from '../../../src/ui/details/entity-content';
import { hopsPressed } from '../../../src/ui/details/neighbourhood';
import { emptyStoryHint } from '../../../src/ui/details/starting-points';
import { needsRender } from '../../../src/ui/details-panel';

describe('hopsPressed', () => {
  it('presses Whole graph only when nothing is focused', () => {
    expect(hopsPressed(null, 'a', 0)).toBe(true);
    expect(hopsPressed({ center: 'a', hops: 1 }, 'a', 0)).toBe(false);
  });
  it('presses the hops in force around this entity, not around another', () => {
    expect(hopsPressed({ center: 'a', hops: 2 }, 'a', 2)).toBe(true);
    expect(hopsPressed({ center: 'a', hops: 2 }, 'a', 1)).toBe(false);
    expect(hopsPressed({ center: 'b', hops: 1 }, 'a', 1)).toBe(false);
    expect(hopsPressed(null, 'a', 1)).toBe(false);
  });
});

describe('roleDatesText', () => {
  it('says from and until, either alone, or nothing when neither is known', () => {
    expect(roleDatesText({ from: '2021-05-03', to: '2023' })).toBe(' (from 3 May 2021 until 2023)');
    expect(roleDatesText({ from: '2021-05' })).toBe(' (from May 2021)');
    expect(roleDatesText({ to: '2023' })).toBe(' (until 2023)');
    expect(roleDatesText({})).toBeNull();
  });
});

describe('formStaysOpen', () => {
  const open = { id: 'a', kind: 'edit' as const };
  it('keeps a form open while its entity stays selected', () => {
    expect(formStaysOpen(open, { type: 'entity', id: 'a' })).toBe(true);
  });
  it('closes it for another entity, a relation, or no selection', () => {
    expect(formStaysOpen(open, { type: 'entity', id: 'b' })).toBe(false);
    expect(formStaysOpen(open, { type: 'relation', id: 'a' })).toBe(false);
    expect(formStaysOpen(open, null)).toBe(false);
    expect(formStaysOpen(null, { type: 'entity', id: 'a' })).toBe(false);
  });
});

describe('needsRender', () => {
  it('draws again for a new selection or focus, not for an unrelated change', () => {
    const state = INITIAL_STATE;
    expect(needsRender({ ...state, selection: { type: 'entity', id: 'a' } }, state)).toBe(true);
    expect(needsRender({ ...state, focus: { center: 'a', hops: 1 } }, state)).toBe(true);
    expect(needsRender({ ...state, graphVersion: state.graphVersion + 1 }, state)).toBe(false);
    expect(needsRender(state, state)).toBe(false);
  });

  it('draws again, with nothing selected, when a review starts or ends', () => {
    const reviewing = { ...INITIAL_STATE, review: {} as NonNullable<AppState['review']> };
    expect(needsRender(reviewing, INITIAL_STATE)).toBe(true);
    expect(needsRender(INITIAL_STATE, reviewing)).toBe(true);
    const selected = { ...INITIAL_STATE, selection: { type: 'entity' as const, id: 'a' } };
    expect(needsRender({ ...selected, review: reviewing.review }, selected)).toBe(false);
  });
});

describe('emptyStoryHint', () => {
  it('names the controls that add entities only where this person can use them', () => {
    expect(emptyStoryHint(false, false)).toContain('Add entity');
    expect(emptyStoryHint(true, false)).not.toContain('Add entity');
    expect(emptyStoryHint(true, false)).toContain('read-only link');
  });

  it('points at the proposals while an article is reviewed', () => {
    expect(emptyStoryHint(false, true)).toContain('proposals under review');
    expect(emptyStoryHint(false, true)).not.toContain('Add article');
  });
});
