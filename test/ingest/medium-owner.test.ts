// "…, Egypt's Al-Qahera News reported", "According to Israel's Channel 12, …": the country whose
// medium tells the news is named for the medium and proposed as no entity there; the same
// country acting elsewhere is read.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const labels = (text: string) => readLead('Truce', text).entities.map((e) => e.entity.label);

describe('the country that owns a medium telling the news', () => {
  it('is not proposed from the medium’s name', () => {
    expect(
      labels("Peru and Chile agreed to a truce on Sunday, Egypt's Al-Qahera News reported."),
    ).not.toContain('Egypt');
    expect(
      labels("According to Israel's Channel 12, Peru and Chile agreed to a truce on Sunday."),
    ).not.toContain('Israel');
  });

  it('is proposed where it acts', () => {
    expect(labels("Egypt welcomed the truce, Egypt's Al-Qahera News reported.")).toContain('Egypt');
  });
});
