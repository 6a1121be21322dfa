// "Kari Lund of the Harbour Institute", "Jon Berg of Nordic Research Centre": a person named with
// the body they work for after "of" is of that body (an analyst of a think tank, an official of an
// agency). Written in one run of capitals, the person's name is no part of the body's.
import { ORG_CUES, ORG_NOUNS, TITLE_WORDS } from './gazetteer';
import type { GroupReading } from './mention-groups';
import { surface } from './name-runs';
import type { Token } from './nlp';
import type { Fact, Mention, Piece } from './types';

/** The person's name of a run "Given Surname of Body…": its pieces before "of", when they are
 * two or three capitalised words that name no body, title or known thing, and a cue ends the body
 * after it; else null. */
export function personBeforeOf(
  r: Pick<GroupReading, 'sentence' | 'ctx'>,
  group: readonly Piece[],
  cueAt: number,
): { name: readonly Piece[]; body: readonly Piece[] } | null {
  const tokens = r.sentence.tokens;
  const of = group.findIndex((x) => x.type === 'conn' && tokens[x.start]?.value === 'of');
  if (of < 2 || of > 3 || cueAt <= of) return null;
  const name = group.slice(0, of);
  const nameLike = name.every((x) => {
    const word = (tokens[x.start] as Token).value;
    const lower = word.toLowerCase();
    return (
      x.type === 'word' &&
      /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(word) &&
      !ORG_CUES.has(lower) &&
      !ORG_NOUNS.has(lower) &&
      !TITLE_WORDS.has(lower) &&
      !r.ctx.lowercaseWords.has(lower)
    );
  });
  const body = group.slice(of + 1);
  return nameLike && body.length > 0 ? { name, body } : null;
}

/** "Jon Berg of Nordic Research Centre" in one run: the person, the body (read by `readBody`),
 * and the tie between them. */
export function readPersonOfBody(
  r: GroupReading,
  { name, body }: { name: readonly Piece[]; body: readonly Piece[] },
  readBody: (body: readonly Piece[]) => void,
): true {
  const start = (name[0] as Piece).start;
  const end = (name.at(-1) as Piece).end;
  const label = surface(r.sentence, start, end);
  const person = r.tools.createNew(label, 'person', start, end, 0.7, 'mention:person-of-body');
  r.mentions.push(person);
  const before = r.mentions.length;
  readBody(body);
  const org = r.mentions.slice(before).find((m) => m.kind === 'organization');
  if (org) r.titles.add(person, org, '', start);
  return true;
}

/** Lowercase words that describe a party or a body before its name. */
const DESCRIBING = new Set(['opposition', 'ruling', 'governing', 'main', 'rival', 'breakaway']);

/** "Kari Lund of the Harbour Institute" read as two runs: the person is of the body. */
export function personOfBodyFacts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  facts: Fact[],
): void {
  for (const person of mentions) {
    if (person.kind !== 'person' || tokens[person.end]?.value !== 'of') continue;
    let at = person.end + (tokens[person.end + 1]?.value.toLowerCase() === 'the' ? 2 : 1);
    // "Jo Roe of the opposition Harbour Front", "of the ruling Sea Party": a word of description
    if (DESCRIBING.has(tokens[at]?.value ?? '')) at++;
    const body = mentions.find((m) => m.start === at && m.kind === 'organization');
    if (!body || facts.some((f) => f.source === person.id && f.target === body.id)) continue;
    facts.push({
      kind: 'affiliation',
      source: person.id,
      target: body.id,
      title: '',
      start: person.start,
      end: body.end,
      confidence: 0.7,
      rule: 'pattern:person-of-body',
    });
  }
}
