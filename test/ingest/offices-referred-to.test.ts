// "The German chancellor", "the Qatari emir", "the Estonian ambassador": an office a country's
// adjective names is the one holding it named before, or, with nobody named so, the country
// acting through its office.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('an office referred to by its country', () => {
  it('is the holder named before', () => {
    const draft = readLead(
      'Leaders meet',
      'German Chancellor Friedrich Merz met Estonian Prime Minister Kristen Michal on Sunday. The German chancellor urged Russia to end the war.',
    );
    expect(kindsBetweenLabels(draft, 'Friedrich Merz', 'Russia')).toContain('demand');
  });

  it('is the country acting through its office, with nobody named so', () => {
    const draft = readLead('Leaders meet', 'The Qatari emir condemned Russia on Monday.');
    expect(kindsBetweenLabels(draft, 'Qatar', 'Russia')).toContain('criticism');
  });
});
