// "X received a phone call from Y": a call between the two, on its day; calls from a side that
// no one answered name no one who took them.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a call received', () => {
  it('is a call with the caller', () => {
    const draft = readLead(
      'Call from Santiago',
      'Peruvian Foreign Minister Tomas Ruiz received a phone call from Chilean Foreign Minister Jan Roe on Tuesday.',
      'LIMA',
    );
    expect(kindsBetweenLabels(draft, 'Tomas Ruiz', 'Jan Roe')).toContain('call');
  });

  it('is none where calls went unanswered', () => {
    const draft = readLead(
      'No answer',
      'Calls from Chile went unanswered on Tuesday, Peru said.',
      'LIMA',
    );
    expect(kindsBetweenLabels(draft, 'Chile', 'Peru')).not.toContain('call');
  });
});
