// Media named as where the news came from, not parties: "Israel's Kan public broadcaster
// reported" (the medium's kind after its name), and a medium a relative or a witness told ("a
// relative told Channel 12 news"): the medium's own reporting of people who are no party.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const labels = (text: string) =>
  readLead('Hostages freed', text).entities.map((e) => e.entity.label);

describe('a medium that tells the news', () => {
  it('is no entity when its kind follows its name', () => {
    expect(
      labels('Chile freed three prisoners on Saturday, Peru’s Andes public broadcaster reported.'),
    ).not.toContain('Andes');
  });

  it('is no entity when a relative told it', () => {
    expect(
      labels('“We are waiting for our loved ones,” a relative told Channel 12 news on Saturday.'),
    ).not.toContain('Channel 12');
  });
});
