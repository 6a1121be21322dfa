// "held talks with Lithuanian representatives": a country's representatives, envoys or
// counterparts stand for it, as its officials do; those who hold talks with them talk with that
// country, not with each other.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a side’s representatives', () => {
  const draft = readLead(
    'Talks in Riga',
    'Latvian Foreign Minister Jon Marr and Latvian envoy Ola Fenn held talks with Lithuanian representatives on Monday.',
  );

  it('stand for their country in the talks', () => {
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Lithuania')).toContain('talks');
    expect(kindsBetweenLabels(draft, 'Ola Fenn', 'Lithuania')).toContain('talks');
  });

  it('leave no talks between the two who hold them together', () => {
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Ola Fenn')).toEqual([]);
  });
});
