// Who leads a country's delegation acts for that country: "Armenia's delegation is led by X", "the
// Azerbaijani team, headed by Y,", "the head of the Georgian delegation at the talks, Z,", "Z,
// head of the Georgian delegation" and "Z headed the Georgian delegation". Pure: tokens and
// mentions in, title facts out.
import type { Token } from './nlp';
import type { Fact, Mention } from './types';

/** Nouns of a country's negotiating party ("Armenia's delegation", "the Azerbaijani team"). */
const PARTIES = new Set(['delegation', 'team', 'negotiators', 'mission']);
const HEADS = new Set(['head', 'chief', 'leader']);
const POSSESSIVE = new Set(["'s", '’s']);

/** The index of the party noun a country mention owns ("Armenia's delegation", "the Georgian
 * negotiating team"), or -1. */
function partyNoun(tokens: readonly Token[], m: Mention): number {
  if (m.kind !== 'country') return -1;
  let k = m.end;
  if (POSSESSIVE.has(tokens[k]?.value ?? '')) k++;
  for (let n = 0; n < 2 && ['ADJ', 'VERB'].includes(tokens[k]?.pos ?? '') && k < tokens.length; n++)
    k++;
  return PARTIES.has(tokens[k]?.value.toLowerCase() ?? '') ? k : -1;
}

/** The person named first in tokens [from, to), none past a full stop or a semicolon. */
function personIn(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  from: number,
  to: number,
) {
  const stop = tokens.slice(from, to).findIndex((x) => ['.', ';', ':'].includes(x.value));
  const end = stop < 0 ? to : from + stop;
  return mentions.find((m) => m.kind === 'person' && m.start >= from && m.end <= end);
}

/** "… delegation (is) led by [title] X (and [title] Y)": X, the words after "led by" being a
 * title at most, and Y joined to X by "and". */
function ledBy(tokens: readonly Token[], mentions: readonly Mention[], noun: number) {
  let k = noun + 1;
  if (tokens[k]?.value === ',') k++;
  if (
    ['AUX'].includes(tokens[k]?.pos ?? '') ||
    ['is', 'was', 'being'].includes(tokens[k]?.value ?? '')
  )
    k++;
  if (!/^(led|headed)$/i.test(tokens[k]?.value ?? '') || tokens[k + 1]?.value !== 'by') return [];
  const person = personIn(mentions, tokens, k + 2, k + 7);
  const between = tokens.slice(k + 2, person?.start ?? k + 2);
  if (!person || between.some((x) => x.value === ',')) return [];
  // "led by Defence Minister A and intelligence chief General B": both
  const next = personIn(mentions, tokens, person.end, person.end + 6);
  const joined = tokens.slice(person.end, next?.start ?? person.end);
  const both =
    next && joined[0]?.value === 'and' && joined.every((x) => x.pos !== 'VERB' && x.value !== ',');
  return both ? [person, next] : [person];
}

/** "the head of the Georgian delegation (at the talks), Z," or "Z, head of the … delegation". */
function headedBy(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
  noun: number,
) {
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'PRON'].includes((tokens[k] as Token).pos)) k--;
  if (tokens[k]?.value !== 'of' || !HEADS.has(tokens[k - 1]?.lemma ?? '')) return;
  const head = k - 1;
  // "Z, head of …": the person just before, a comma between
  const before = mentions.find(
    (p) => p.kind === 'person' && p.end >= head - 2 && p.end < head && tokens[p.end]?.value === ',',
  );
  if (before) return before;
  // "the head of … delegation (at the talks), Z,": the person right after the phrase's comma
  const comma = tokens.findIndex((x, j) => j > noun && j <= noun + 8 && x.value === ',');
  return comma < 0 ? undefined : mentions.find((p) => p.kind === 'person' && p.start === comma + 1);
}

/** "Z headed the Georgian delegation", "Z led Armenia's team": the person who is the subject of
 * "led" or "headed", right before it, with the party as its object. */
function headsIt(tokens: readonly Token[], mentions: readonly Mention[], m: Mention) {
  const k = tokens[m.start - 1]?.value.toLowerCase() === 'the' ? m.start - 2 : m.start - 1;
  if (!/^(led|headed|leads|heads)$/i.test(tokens[k]?.value ?? '')) return;
  return mentions.find((p) => p.kind === 'person' && p.end === k);
}

/** The title facts of a sentence's delegation heads: each acts for the country whose party it is. */
export function delegationHeadFacts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Fact[] {
  const facts: Fact[] = [];
  for (const m of mentions) {
    const noun = partyNoun(tokens, m);
    if (noun < 0) continue;
    const led = ledBy(tokens, mentions, noun);
    const heads =
      led.length > 0 ? led : [headedBy(tokens, mentions, m, noun) ?? headsIt(tokens, mentions, m)];
    for (const person of heads) {
      if (!person || facts.some((f) => f.source === person.id)) continue;
      facts.push({
        kind: 'represents',
        source: person.id,
        target: m.id,
        title: 'head of delegation',
        start: Math.min(m.start, person.start),
        end: Math.max(noun + 1, person.end),
        confidence: 0.7,
        rule: 'title:delegation-head',
      });
    }
  }
  return facts;
}
