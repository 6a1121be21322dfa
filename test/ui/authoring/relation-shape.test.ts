// How a relation form follows its kind, tested without a browser: the tone (and label and
// direction) follow the kind while they are its defaults; a tone the person picked stays unless
// the new kind cannot carry it.
import { describe, expect, it } from 'vitest';
import {
  shapeOfKind,
  shapeOfRelation,
  toneAllowed,
  withKind,
  withTone,
} from '../../../src/ui/authoring/relation-shape';

describe('the tone of a relation written by hand', () => {
  it('starts as the kind’s usual tone, and follows the kind while the person has not set it', () => {
    const call = shapeOfKind('call');
    expect(call).toMatchObject({ tone: 'verbal-cooperation', toneChosen: false });
    expect(withKind(call, 'threat').tone).toBe('verbal-conflict');
    expect(withKind(call, 'sanction').tone).toBe('material-conflict');
    expect(withKind(call, 'member-of').tone).toBeNull();
  });

  it('keeps the tone the person picked when the kind changes to one that can carry it', () => {
    // a statement may be a complaint; a plan to meet may be put in doubt
    const complaint = withTone(shapeOfKind('statement'), 'verbal-conflict');
    const planned = withKind(complaint, 'planned-meeting');
    expect(planned).toMatchObject({ tone: 'verbal-conflict', toneChosen: true });
    // and again after a second change
    expect(withKind(planned, 'statement').tone).toBe('verbal-conflict');
  });

  it('keeps "none" when the person picked it, whatever the kind', () => {
    const none = withTone(shapeOfKind('meeting'), null);
    expect(withKind(none, 'threat')).toMatchObject({ tone: null, toneChosen: true });
  });

  it('gives a picked tone up for the new kind’s own when the new kind cannot carry it', () => {
    const complaint = withTone(shapeOfKind('statement'), 'verbal-conflict');
    const meeting = withKind(complaint, 'meeting');
    expect(meeting).toMatchObject({ tone: 'verbal-cooperation', toneChosen: false });
    // from then on the tone follows the kind again
    expect(withKind(meeting, 'threat').tone).toBe('verbal-conflict');
  });

  it('counts an existing relation’s unusual tone as chosen, and its usual one as not', () => {
    const usual = shapeOfRelation('statement', {
      label: 'said',
      tone: 'verbal-cooperation',
      directed: true,
    });
    expect(usual.toneChosen).toBe(false);
    expect(withKind(usual, 'criticism').tone).toBe('verbal-conflict');
    const unusual = shapeOfRelation('statement', {
      label: 'said',
      tone: 'verbal-conflict',
      directed: true,
    });
    expect(withKind(unusual, 'criticism').tone).toBe('verbal-conflict');
  });

  it('enables only the tones the kind may carry, and "none" always', () => {
    expect(toneAllowed('statement', 'verbal-conflict')).toBe(true);
    expect(toneAllowed('meeting', 'material-conflict')).toBe(false);
    expect(toneAllowed('member-of', 'verbal-cooperation')).toBe(false);
    expect(toneAllowed('member-of', null)).toBe(true);
  });
});

describe('the label and direction beside it', () => {
  it('follow the kind while they are its defaults, and keep what the person wrote', () => {
    const call = shapeOfKind('call');
    expect(call).toMatchObject({ label: 'held a call with', directed: false });
    expect(withKind(call, 'threat')).toMatchObject({ label: 'threatened', directed: true });
    const written = { ...call, label: 'phoned', directed: true };
    expect(withKind(written, 'talks')).toMatchObject({ label: 'phoned', directed: true });
    expect(withKind({ ...call, label: '  ' }, 'talks').label).toBe('held talks with');
  });
});
