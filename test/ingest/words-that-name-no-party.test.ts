// Capitalised words that name no party: an adjective opening the sentence before its gerund
// ("Heavy shelling along the frontier resumed"), a known platform a statement was posted on ("on her
// Telegram account"); and a country by the short name news gives it ("Trinidad").
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const labels = (text: string) => readLead('Border news', text).entities.map((e) => e.entity.label);

describe('capitalised words that are no party', () => {
  it('an adjective opening the sentence before its gerund', () => {
    expect(labels('Heavy shelling along the frontier resumed Thursday, Peru said.')).not.toContain(
      'Heavy',
    );
  });

  it('a known platform before "account"', () => {
    const found = labels(
      'Chilean Vice President Jan Roe wrote on her Telegram account that Peru had answered the note.',
    );
    expect(found).not.toContain('Telegram');
    expect(found).toContain('Jan Roe');
  });
});

describe('a country by its short name', () => {
  it('"Trinidad" is Trinidad and Tobago', () => {
    const draft = readLead(
      'Energy deals',
      'Venezuela on Monday threatened to cancel its energy agreements with Trinidad, which it accused of hostile acts.',
      'CARACAS',
    );
    expect(kindsBetweenLabels(draft, 'Venezuela', 'Trinidad and Tobago').length).toBeGreaterThan(0);
  });
});
