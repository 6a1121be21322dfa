// A person titled by a lower-case phrase that names a country or a body beside the name: "NATO's
// chief Jo Roe", "the UN envoy for the region, Jo Roe", "the foreign minister of Malta, Jo Roe",
// "a spokesperson for Malta's foreign ministry, Jo Roe", and after the name, "Jo Roe, the UN
// special envoy,". The person acts for the country, or works at the body (and so acts for the
// country the body acts for).

import { NAMED_BODY_NOUN } from './gazetteer';
import type { Token } from './nlp';
import { titleWords } from './possessive-titles';
import type { Fact, Mention } from './types';

const POSSESSIVE = /^['’]s$/;
/** Words that open the phrase after a title and before the comma: "envoy for the region". */
const AFTER_TITLE = /^(for|to|on|in)$/;
const PUNCT = /^[,;:.()“”"—–]$/;

type Titled = { owner: Mention; title: string };

const isOwner = (m: Mention) => m.kind === 'country' || m.kind === 'organization';
const isOwnerAt = (mentions: readonly Mention[], k: number) =>
  mentions.some((m) => m.start === k && isOwner(m));

/** The end of the lower-case words from `from` that are no preposition (at most four). */
function wordsEnd(tokens: readonly Token[], from: number, to: number, stop: RegExp): number {
  let e = from;
  while (e < to && e < from + 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[e]?.value ?? '')) {
    if (stop.test(tokens[e]?.value ?? '')) break;
    e++;
  }
  return e;
}

/** Tokens [from, to) read as a title phrase: "[the] OWNER['s] title [for …]" or "[the] title
 * of|at|for [the] OWNER". */
function readPhrase(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  to: number,
): Titled | null {
  let start = /^(the|a|an)$/i.test(tokens[from]?.value ?? '') ? from + 1 : from;
  // "a senior Hamas official", "a top Hamas leader": the rank before the owner is the title's
  const ranked = (t: Token | undefined) => t?.pos === 'ADJ' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.value);
  while (start < from + 3 && ranked(tokens[start]) && !isOwnerAt(mentions, start)) start++;
  const owner = mentions.find((m) => m.start === start && m.end < to && isOwner(m));
  if (owner) {
    const k = POSSESSIVE.test(tokens[owner.end]?.value ?? '') ? owner.end + 1 : owner.end;
    const e = wordsEnd(tokens, k, to, AFTER_TITLE);
    const title = titleWords(tokens, k, e);
    const rest = tokens.slice(e, to);
    const aside =
      e === to ||
      (AFTER_TITLE.test(tokens[e]?.value ?? '') &&
        rest.length <= 5 &&
        !rest.some((t) => PUNCT.test(t.value) || t.pos === 'VERB'));
    if (title && aside) return { owner, title };
  }
  const e = wordsEnd(tokens, start, to, /^(of|at|for)$/);
  const title = titleWords(tokens, start, e);
  if (!title || !/^(of|at|for)$/.test(tokens[e]?.value ?? '')) return null;
  const o = tokens[e + 1]?.value.toLowerCase() === 'the' ? e + 2 : e + 1;
  const named = mentions.find((m) => m.start === o && ownerEnds(tokens, m, to) && isOwner(m));
  // "a spokesperson for Malta's foreign ministry": the ministry, not the country before it
  const body = mentions.find((m) => m.start <= o && m.end === to && m.kind === 'organization');
  const found = named ?? body;
  return found ? { owner: found, title } : null;
}

/** Whether the owner's name ends the phrase at `to`, or a noun saying what it is does. */
function ownerEnds(tokens: readonly Token[], owner: Mention, to: number): boolean {
  return (
    owner.end === to ||
    (owner.end === to - 1 && NAMED_BODY_NOUN.test(tokens[owner.end]?.value ?? ''))
  );
}

/** The phrase before the person: ", " before the name, or the words right before it. */
function before(tokens: readonly Token[], mentions: readonly Mention[], person: Mention) {
  const comma = tokens[person.start - 1]?.value === ',';
  const to = comma ? person.start - 1 : person.start;
  let lb = to;
  while (lb > 0 && lb > to - 10 && !PUNCT.test(tokens[lb - 1]?.value ?? '')) lb--;
  for (let from = lb; from < to; from++) {
    const found = readPhrase(tokens, mentions, from, to);
    // without a comma only "NATO's chief Jo Roe": the title right before the name
    if (found && (comma || POSSESSIVE.test(tokens[found.owner.end]?.value ?? ''))) return found;
  }
  return null;
}

/** The phrase after the person: "Jo Roe, the UN special envoy, said". */
function after(tokens: readonly Token[], mentions: readonly Mention[], person: Mention) {
  if (tokens[person.end]?.value !== ',') return null;
  const from = person.end + 1;
  let to = from;
  while (to < tokens.length && to < from + 10 && !PUNCT.test(tokens[to]?.value ?? '')) to++;
  if (!/^[,.;]$/.test(tokens[to]?.value ?? '')) return null;
  return readPhrase(tokens, mentions, from, to);
}

/** Facts for people titled by a phrase naming their country or body. */
export function titlePhrases(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  facts: Fact[],
): void {
  for (const person of mentions) {
    if (person.kind !== 'person' || facts.some((f) => f.source === person.id)) continue;
    const found = before(tokens, mentions, person) ?? after(tokens, mentions, person);
    if (!found) continue;
    const { owner, title } = found;
    const kind = owner.kind === 'country' ? 'represents' : 'affiliation';
    const span = {
      start: Math.min(owner.start, person.start),
      end: Math.max(owner.end, person.end),
    };
    facts.push({
      kind,
      source: person.id,
      target: owner.id,
      title,
      ...span,
      confidence: 0.55,
      rule: 'title:phrase',
    });
    // a body's official acts for the country the body acts for
    const country = facts.find((f) => f.source === owner.id && f.kind === 'represents')?.target;
    if (country && country !== person.id)
      facts.push({
        kind: 'represents',
        source: person.id,
        target: country,
        title,
        ...span,
        confidence: 0.5,
        rule: 'title:phrase',
      });
  }
}
