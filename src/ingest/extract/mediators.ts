// "The group handed its response to the mediators", "a delegation met the mediators in Cairo":
// once an article has named who mediates ("Egyptian and Qatari mediators resumed talks…"), "the
// mediators" stand for them; and a meeting, talks or a call with them is their mediation for
// the one who meets them.
import { defaultTone, type RelationKind } from '../../data/relation-kinds';
import type { TaggedSentence } from './nlp';
import type { Interaction, Mention } from './types';

const MEDIATOR_NOUNS = new Set(['mediators', 'mediator', 'brokers', 'intermediaries']);
const RULE = 'refer:mediators';
/** Consultations that, with a mediator, are the mediation itself. */
const CONSULTING: ReadonlySet<RelationKind> = new Set(['meeting', 'talks', 'call']);

/** The mediators an article has named so far, the most recent last. */
export type MediatorMemory = Mention[];

function remember(memory: MediatorMemory, m: Mention): void {
  const at = memory.findIndex((x) => x.id === m.id);
  if (at >= 0) memory.splice(at, 1);
  memory.push(m);
}

/** Remembers the mediators of a sentence's mediations. */
export function rememberMediators(memory: MediatorMemory, read: readonly Interaction[]): void {
  for (const x of read)
    if (x.kind === 'mediation' && x.source.rule !== RULE && x.source.kind !== 'person')
      remember(memory, x.source);
}

/** The countries a mediator noun at `k` names: "Egyptian and Qatari mediators", "mediators
 * from Qatar and Egypt". */
function namedAt(
  tokens: TaggedSentence['tokens'],
  mentions: readonly Mention[],
  k: number,
): Mention[] {
  const countries = mentions.filter((m) => m.kind === 'country');
  const out: Mention[] = [];
  let end = k;
  for (let m = countries.find((x) => x.end === end); m; m = countries.find((x) => x.end === end)) {
    out.unshift(m);
    if (!['and', ','].includes(tokens[m.start - 1]?.value ?? '')) break;
    end = m.start - 1;
  }
  if (out.length > 0 || tokens[k + 1]?.value.toLowerCase() !== 'from') return out;
  let start = k + 2;
  for (
    let m = countries.find((x) => x.start === start);
    m;
    m = countries.find((x) => x.start === start)
  ) {
    out.push(m);
    if (!['and', ','].includes(tokens[m.end]?.value ?? '')) break;
    start = m.end + 1;
  }
  return out;
}

/** Mentions of the mediators named before where the sentence says "the mediators" (or
 * "mediators" with no name of its own before it), one per mediator; and those it names as
 * mediators ("Egyptian and Qatari mediators"), remembered from here on. */
export function mediatorReferences(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  memory: MediatorMemory,
): { referred: Mention[]; named: Set<string> } {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const namedHere = new Set<string>();
  tokens.forEach((token, k) => {
    if (!MEDIATOR_NOUNS.has(token.value.toLowerCase()) || token.inQuote) return;
    // "Egyptian and Qatari mediators", "mediators from Qatar": named where they stand
    const named = namedAt(tokens, mentions, k);
    if (named.length > 0) {
      for (const m of named) {
        remember(memory, m);
        namedHere.add(m.id);
      }
      return;
    }
    if (memory.length === 0 || mentions.some((m) => m.start <= k && k < m.end)) return;
    const start = tokens[k - 1]?.value.toLowerCase() === 'the' ? k - 1 : k;
    const mediators =
      token.value.toLowerCase() === 'mediator' ? memory.slice(-1) : memory.slice(-3);
    for (const m of mediators)
      out.push({
        ...m,
        start,
        end: k + 1,
        text: sentence.text.slice(tokens[start]?.start ?? 0, token.end),
        adjectival: false,
        confidence: 0.5,
        rule: RULE,
      });
  });
  return { referred: out, named: namedHere };
}

/** "A delegation met the mediators": a consultation with the mediators named before is their
 * mediation for the other side ("Qatari mediators met the group" stays the meeting it says);
 * and none of those named as mediators in the sentence is mediated for. */
export function asMediations(
  read: readonly Interaction[],
  named: ReadonlySet<string>,
  /** "the mediators" as the sentence's mentions, one per mediator at the same words. */
  referred: readonly Mention[],
): Interaction[] {
  const mediating = (m: Mention) => m.rule === RULE || named.has(m.id);
  const out = read
    .filter((x) => !(x.kind === 'mediation' && mediating(x.target)))
    .map((x) => asMediation(x, (m) => m.rule === RULE));
  // a pattern reads one of the mediators "the mediators" stands for: each of them mediates
  for (const x of [...out])
    if (x.kind === 'mediation' && x.source.rule === RULE)
      for (const other of referred)
        if (
          other.start === x.source.start &&
          !out.some(
            (y) =>
              y.kind === 'mediation' && y.source.id === other.id && y.target.id === x.target.id,
          )
        )
          out.push({ ...x, source: other });
  return out;
}

function asMediation(x: Interaction, mediating: (m: Mention) => boolean): Interaction {
  if (!CONSULTING.has(x.kind)) return x;
  const [mediator, party] = mediating(x.target)
    ? [x.target, x.source]
    : mediating(x.source)
      ? [x.source, x.target]
      : [];
  if (mediator === undefined || party === undefined || mediating(party)) return x;
  const tone = defaultTone('mediation');
  return {
    ...x,
    kind: 'mediation',
    source: mediator,
    target: party,
    directed: true,
    label: 'mediated for',
    ...(tone ? { tone } : {}),
  };
}
