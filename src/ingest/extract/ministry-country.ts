// A minister titled without a country ("Trade Minister Jon Dahl") in an article that names the
// ministry with its country ("Malta's Ministry of Trade said", "the Maltese Trade Ministry"): the
// minister acts for the ministry's country, when one country's ministry fits the title. A ministry
// the reader inferred from another minister's title ("Danish foreign minister Lars Holm") is not
// named by the article and says nothing of an untitled one: every country has that portfolio.
import type { Entity } from '../../data/schema';
import { nameKey } from './ids';
import type { Fact, Mention } from './types';

type Reading = { mentions: Mention[]; facts: Fact[] };

/** Title words that say the rank, not the portfolio. */
const RANK = new Set(['minister', 'deputy', 'vice', 'first', 'prime', 'acting', 'senior', 'state']);

/** "Trade Minister" → ["trade"]; a title without a portfolio gives nothing. */
function portfolio(title: string): string[] {
  if (!/minister$/i.test(title.trim())) return [];
  return nameKey(title)
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 && !RANK.has(w));
}

/** Adds, to the reading where each such minister is first named, that they represent the country. */
export function ministryCountries(
  readings: readonly Reading[],
  entityOf: (id: string) => Entity | undefined,
): void {
  const facts = readings.flatMap((r) => r.facts);
  const placed = new Set(facts.filter((f) => f.kind === 'represents').map((f) => f.source));
  const ministries = facts
    .filter((f) => f.kind === 'represents' && f.rule !== 'title:institution')
    .map((f) => ({ words: nameKey(entityOf(f.source)?.label ?? ''), country: f.target }))
    .filter((m) => /\bministry\b/.test(m.words) && entityOf(m.country)?.kind === 'country');
  for (const reading of readings)
    for (const m of reading.mentions) {
      if (m.kind !== 'person' || m.rule.startsWith('coref') || placed.has(m.id)) continue;
      const title = entityOf(m.id)?.roles?.[0]?.title ?? '';
      const words = portfolio(title);
      if (words.length === 0) continue;
      const fits = new Set(
        ministries.filter((x) => words.every((w) => x.words.includes(w))).map((x) => x.country),
      );
      const [country] = fits;
      if (fits.size !== 1 || country === undefined) continue;
      placed.add(m.id);
      reading.facts.push({
        kind: 'represents',
        source: m.id,
        target: country,
        title,
        start: m.start,
        end: m.end,
        confidence: 0.5,
        rule: 'title:ministry-country',
      });
    }
}
