// Reads an article and proposes the entities and relations it states, linked to the known graph:
// paragraphs → tagged sentences (wink-nlp) → mentions (known names, titles, capitalised runs) →
// interactions (lemma patterns) and title facts → a Draft whose every proposal cites its sentence.
// The signature is the contract the CLI and the browser rely on. Pure: no Node APIs.
import type { RelationKind } from '../../data/relation-kinds';
import type { Entity, Relation, Source } from '../../data/schema';
import { MAX_QUOTE_LENGTH } from '../../data/schema';
import { DRAFT_VERSION, type Draft, type Link, type RelationProposal } from '../draft';
import { aideFacts } from './aides';
import { placeBareStateBodies } from './bare-state-bodies';
import { bodyLeaderFacts } from './body-leaders';
import { withBrokers } from './brokers';
import { captionSentences, withCaptionDays } from './caption-days';
import {
  type CoreferenceHistory,
  officeHolderFacts,
  remember,
  rememberCountry,
  resolveCoreference,
} from './coreference';
import { counterpartSides } from './counterpart-side';
import { findDate, storyAnchors, textYear, toldAsBefore } from './dates';
import { readCredits, readDealWelcomes } from './deal-welcomes';
import { delegationHeadFacts } from './delegation-heads';
import { type DescribedMemory, describedActors, rememberDescribed } from './descriptions';
import {
  type DelegationMention,
  type EventMention,
  type GatheredEvent,
  gatherEvents,
  readDelegation,
  readEventMention,
} from './events';
import { forcesTitleFacts } from './forces-titles';
import { demonymOf } from './gazetteer';
import { bodyNameWords, retagHeadline } from './headline-case';
import { governmentReferences, homeCountry } from './home-government';
import { withoutIdleOutlets } from './idle-outlets';
import { slugify, uniqueId } from './ids';
import { type Interaction, readInteractions, SYMMETRIC_KINDS } from './interactions';
import { knownEvents } from './known-events';
import { keptKnownTies, knownTieFacts } from './known-ties';
import { carryLeadDate } from './lead-date';
import { buildNameIndex, type NameIndex } from './linking';
import { headlineSpeaker, leadDeeds, leaderReferences, leadPeople, leadSides } from './main-event';
import {
  asMediations,
  type MediatorMemory,
  mediatorReferences,
  rememberMediators,
} from './mediators';
import { type Fact, type Mention, type MentionContext, readMentions } from './mentions';
import { bareMinistryPortfolio, placedMinistryNames } from './ministries';
import { ministryCountries } from './ministry-country';
import { classify } from './name-runs';
import { type TaggedSentence, tagParagraph } from './nlp';
import { type Page, readPage } from './page';
import { plannedOfSides } from './planned-sides';
import { pluralReferences } from './plural-reference';
import { type ProposeFields, proposeEvents } from './propose-events';
import { EntityRegistry } from './registry';
import { readReplies, readRetaliation } from './replies';
import { signersCountries } from './signers';
import { onSpeakingForces } from './speaking-forces';
import { authorReferences, statementAuthors } from './statement-authors';
import { tieKind, tieLabel, withoutPostsActedFor } from './ties';
import { findTriggers } from './triggers';
import { readVictims } from './victims';

/** A weekday named in a sentence ("on Tuesday"). */
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A relation's date fields from a date read in its sentence. */
const dateFields = (day: { date: string; approximate: boolean }) => ({
  date: day.date,
  ...(day.approximate ? { dateApproximate: true } : {}),
});

/** Kinds that report something done at a moment, whose day cannot be after the article's. */
const DEED_KINDS: ReadonlySet<RelationKind> = new Set<RelationKind>([
  'call',
  'meeting',
  'talks',
  'agreement',
  'cooperation',
  'mediation',
  'statement',
  'demand',
  'criticism',
  'rejection',
  'protest',
  'threat',
  'sanction',
  'aid',
  'military-action',
  'participant',
]);

/** What one side says to another that a reply may answer later: "denied the accusation". */
const PROMPT_KINDS: ReadonlySet<RelationKind> = new Set<RelationKind>([
  'criticism',
  'demand',
  'threat',
]);

/** Deeds that are no saying: the day a saying is told on is not theirs. */
const UNSAID_KINDS: ReadonlySet<RelationKind> = new Set<RelationKind>([
  'call',
  'meeting',
  'talks',
  'cooperation',
  'mediation',
  'aid',
  'military-action',
  'participant',
]);

/** What the extractor knows of the graph it links to (a Dataset satisfies it). */
export type IngestContext = {
  entities: readonly Entity[];
  relations: readonly (Pick<Relation, 'id' | 'source' | 'target' | 'kind'> & { date?: string })[];
  sources: readonly Pick<Source, 'id'>[];
};

export type ArticleMeta = {
  /** Defaults to the article's first line. */
  title?: string;
  publisher?: string | null;
  /** ISO date; lets weekday and month-only dates ("on Thursday", "in January") be resolved. */
  published?: string | null;
  url?: string | null;
  /** The source id; defaults to a slug of the file name or the title, unique in the context. */
  sourceId?: string;
  fileName?: string;
};

type Sentence = TaggedSentence & { allowNew: boolean; heading: boolean; paragraph: number };

function isTitleCased(sentence: TaggedSentence): boolean {
  if (/[.!?:"”’)]$/u.test(sentence.text)) return false;
  const words = sentence.tokens.filter((t) => /^\p{L}/u.test(t.value) && t.value.length > 3);
  if (words.length < 3) return false;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.value)).length;
  return capitalised / words.length >= 0.7;
}

/** "AS OF TODAY, THESE PAYMENTS WILL STOP": a sentence written in capitals (a post quoted as
 * posted, a banner) has no case to tell names by. */
function shouted(sentence: TaggedSentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{2,}/u.test(t.value));
  if (words.length < 5) return false;
  return words.filter((t) => !/\p{Ll}/u.test(t.value)).length / words.length >= 0.8;
}

/** "Jo Roe", "Jo Roe Harbour Wire": a line of capitalised words alone, no verb and no full
 * stop, is a credit or a signature that lost its marks, not prose. */
function namesOnly(sentence: TaggedSentence): boolean {
  if (/[.!?:"”’)]$/u.test(sentence.text)) return false;
  const words = sentence.tokens.filter((t) => /^\p{L}/u.test(t.value));
  if (words.length === 0 || words.length > 5) return false;
  return words.every((t) => /^\p{Lu}/u.test(t.value) && t.pos !== 'VERB' && t.pos !== 'AUX');
}

/** Who leads or speaks for whom, by the phrases around a name: a delegation's head, "BODY, led
 * by X", "X, adviser to Y", "army chief X". */
function phraseFacts(
  tokens: TaggedSentence['tokens'],
  reading: { mentions: Mention[]; facts: Fact[] },
  registry: EntityRegistry,
): Fact[] {
  const { mentions } = reading;
  const facts = [...delegationHeadFacts(tokens, mentions), ...bodyLeaderFacts(tokens, mentions)];
  facts.push(...aideFacts(tokens, mentions, [...reading.facts, ...facts]));
  const forces = registry.proposals
    .filter((p) => p.rule === 'mention:armed-forces')
    .map((p) => p.entity);
  return [...facts, ...forcesTitleFacts(tokens, mentions, forces)];
}

/** The names a sentence's words hold by the registry as it stands (its pieces and their hits). */
function namesKey(sentence: TaggedSentence, ctx: MentionContext): string {
  return classify(sentence, ctx)
    .map(
      (p) =>
        `${p.type}:${p.start}-${p.end}:${p.hit ? `${p.hit.id}/${p.hit.kind}/${p.hit.source}` : ''}`,
    )
    .join(' ');
}

function sourceIdFor(meta: ArticleMeta, title: string, context: IngestContext): string {
  if (meta.sourceId) return meta.sourceId;
  const base = meta.fileName
    ? slugify(meta.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''))
    : slugify(title);
  return uniqueId(base, new Set(context.sources.map((s) => s.id)));
}

/** The quote for a proposal: the sentence, or when it is too long the clause(s) around the span. */
export function quoteFor(sentence: TaggedSentence, from: number, to: number): string {
  const text = sentence.text;
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  const tokens = sentence.tokens;
  const boundary = (v: string) => [',', ';', ':', '—', '–', '(', ')'].includes(v);
  const start = tokens[from]?.start ?? 0;
  const end = tokens[Math.max(from, to - 1)]?.end ?? text.length;
  let left = from;
  while (left > 0 && !boundary((tokens[left - 1] as { value: string }).value)) left--;
  let right = to;
  while (right < tokens.length && !boundary((tokens[right] as { value: string }).value)) right++;
  const wideStart = tokens[left]?.start ?? start;
  const wideEnd = tokens[right - 1]?.end ?? end;
  if (wideEnd - wideStart <= MAX_QUOTE_LENGTH) return text.slice(wideStart, wideEnd).trim();
  if (end - start <= MAX_QUOTE_LENGTH) return text.slice(start, end).trim();
  return text.slice(start, start + MAX_QUOTE_LENGTH).trim();
}

type Reading = ReturnType<typeof readMentions>;
type Propose = (
  sentenceIndex: number,
  kind: RelationKind,
  sourceId: string,
  targetId: string,
  fields: ProposeFields & { tone?: Relation['tone']; near?: number },
) => void;

/** The page's prose and headings as tagged sentences; a headline in title case is tagged as it
 * would be written in a sentence, its names kept (those of the graph, the gazetteer, the body). */
function tagPage(
  page: ReturnType<typeof readPage>,
  context: IngestContext,
  index: NameIndex,
): Sentence[] {
  const sentences: Sentence[] = [];
  page.blocks.forEach((paragraph, p) => {
    for (const tagged of tagParagraph(paragraph.text))
      sentences.push({
        ...tagged,
        allowNew:
          !paragraph.heading && !isTitleCased(tagged) && !namesOnly(tagged) && !shouted(tagged),
        heading: paragraph.heading,
        paragraph: p,
      });
  });
  const headline = sentences.findIndex((s) => s.heading && s.text === page.headline);
  const written = sentences[headline];
  if (written === undefined) return sentences;
  const names = bodyNameWords(sentences.filter((s) => !s.heading));
  for (const entity of context.entities)
    for (const word of entity.label.split(/[\s-]+/)) names.add(word);
  sentences[headline] = {
    ...written,
    ...retagHeadline(written, tagParagraph, (w) => names.has(w), index),
  };
  return sentences;
}

/** The source the draft adds: the title given, else the headline, else the first words. */
function sourceOf(
  page: ReturnType<typeof readPage>,
  context: IngestContext,
  meta: ArticleMeta,
): Source {
  const firstProse = page.blocks.find((b) => !b.heading)?.text ?? '';
  const fallbackTitle = firstProse.length > 160 ? `${firstProse.slice(0, 157)}…` : firstProse;
  const title =
    (meta.title ?? (page.headline || fallbackTitle || 'Untitled article')).trim().slice(0, 500) ||
    'Untitled article';
  return {
    id: sourceIdFor(meta, title, context),
    title,
    publisher: meta.publisher ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
  };
}

/** Words the article writes in lower case, and words it writes after a name word ("Donald
 * Trump" → "trump", "Ola J. Dorn" → "dorn", "Anna Vesper's" → "vesper"): what a lone capitalised
 * word cannot be; and capitalised words it also writes alone, between lowercase words ("Katz
 * said"), as a surname is. A first word the article also writes in lower case counts only inside
 * a sentence ("minister Mark Holberg", though "to mark"), not opening one ("The Front"). */
function wordSets(text: string) {
  const lowercaseWords = new Set(
    (text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase()),
  );
  const surnames = new Set<string>();
  const opening = (at: number) =>
    at === 0 || /([.!?]["”’]?\s+|[\n“"‘(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
  for (const m of text.matchAll(/(\p{Lu}[\p{L}'’-]*) (?=(?:\p{Lu}\. )*(\p{Lu}[\p{L}'’-]*))/gu))
    if (!lowercaseWords.has((m[1] ?? '').toLowerCase()) || !opening(m.index))
      surnames.add((m[2] ?? '').toLowerCase().replace(/['’]s?$/, ''));
  const alone = new Set(
    (
      text.match(/(?<!\p{Lu}[\p{L}'’-]* )(?<![\p{L}-])\p{Lu}\p{Ll}{2,}(?![\p{L}-])(?! \p{Lu})/gu) ??
      []
    ).map((w) => w.toLowerCase()),
  );
  return { lowercaseWords, surnames, alone, lowerText: text.toLowerCase() };
}

/** The names the page's credits, bylines and stamps write, lower case: each run of capitalised
 * words, whole and either side of a possessive ("Acme's Harbour Journal", "Acme", "Harbour
 * Journal"). */
function pressNamesOf(page: ReturnType<typeof readPage>): Set<string> {
  const names = new Set<string>();
  const credits = page.removed.filter((r) => r.kind !== 'caption' && r.kind !== 'dateline');
  for (const { text } of credits)
    for (const run of text.match(
      /\p{Lu}[\p{L}.&-]*(?:['’]s)?(?: \p{Lu}[\p{L}.&-]*(?:['’]s)?)*/gu,
    ) ?? []) {
      names.add(run.toLowerCase());
      for (const part of run.split(/['’]s\b ?/)) if (part) names.add(part.trim().toLowerCase());
    }
  return names;
}

/** Every sentence's mentions: names, pronouns and descriptions resolved, "the two leaders" as the
 * lead's two people. */
function readAllMentions(
  text: string,
  sentences: readonly Sentence[],
  context: IngestContext,
  index: NameIndex,
  datelinePlace: string | null,
  pressNames: ReadonlySet<string>,
) {
  const registry = new EntityRegistry(context.entities, index);
  const words = wordSets(text);
  const contextOf = (s: Sentence, i: number): MentionContext => ({
    index,
    registry,
    ...words,
    pressNames,
    datelinePlace,
    allowNew: s.allowNew,
    sentence: i,
  });
  // One reading per sentence; a sentence whose names a later one taught ("Bessent" in the
  // headline, "Treasury Secretary Scott Bessent" below it) is read again once all are known.
  const first = sentences.map((s, i) => {
    const names = namesKey(s, contextOf(s, i));
    return { names, reading: readMentions(s, contextOf(s, i)) };
  });
  const history: CoreferenceHistory = [];
  const described: DescribedMemory = { country: null, organization: null };
  const readings: Reading[] = sentences.map((s, i) => {
    const once = first[i] as (typeof first)[number];
    const reading =
      namesKey(s, contextOf(s, i)) === once.names ? once.reading : readMentions(s, contextOf(s, i));
    // "he", "the treasury chief": the last compatible person; "the country", "the militant
    // group": the last country or organisation; each with a lowered confidence
    const resolved = s.heading
      ? []
      : [
          ...resolveCoreference(
            s,
            reading.mentions,
            history,
            (id) => registry.entities.get(id),
            s.paragraph,
            i,
          ),
          ...describedActors(s, reading.mentions, described),
        ];
    remember(history, reading.mentions, s.paragraph, { tokens: s.tokens, index: i });
    rememberDescribed(described, [...reading.mentions, ...resolved]);
    reading.facts.push(...officeHolderFacts(reading.mentions, resolved));
    if (!s.heading) reading.facts.push(...phraseFacts(s.tokens, reading, registry));
    for (const fact of reading.facts)
      if (fact.kind === 'represents') {
        const country = registry.entities.get(fact.target)?.label ?? '';
        rememberCountry(history, fact.source, `${country} ${demonymOf(country) ?? ''}`);
      }
    if (resolved.length === 0) return reading;
    return {
      ...reading,
      mentions: [...reading.mentions, ...resolved].sort((a, b) => a.start - b.start),
    };
  });
  // The lead's two people: who "the two leaders" are, further down.
  const leaders = leadPeople(sentences, readings);
  if (leaders)
    readings.forEach((reading, i) => {
      const s = sentences[i] as Sentence;
      const extra = s.heading ? [] : leaderReferences(s, leaders);
      if (extra.length > 0)
        reading.mentions = [...reading.mentions, ...extra].sort((a, b) => a.start - b.start);
    });
  // "They agreed …", "the two ministers": the pair named just before
  const country = new Map(
    readings.flatMap((x) =>
      x.facts.filter((f) => f.kind === 'represents').map((f) => [f.source, f.target]),
    ),
  );
  const sides = mainSides(sentences, readings, (id) => country.get(id));
  readings.forEach((reading, i) => {
    const s = sentences[i] as Sentence;
    const previous = i > 0 && !(sentences[i - 1] as Sentence).heading ? readings[i - 1] : undefined;
    const extra = s.heading
      ? []
      : pluralReferences(s, reading.mentions, previous?.mentions ?? [], sides, (id) =>
          country.get(id),
        );
    if (extra.length > 0)
      reading.mentions = [...reading.mentions, ...extra].sort((a, b) => a.start - b.start);
  });
  // "the government", in an article about one country and no two sides: that country's state
  const home = sides ? null : homeCountry(readings.map((x) => x.mentions));
  if (home)
    readings.forEach((reading, i) => {
      const s = sentences[i] as Sentence;
      const extra = s.heading ? [] : governmentReferences(s, reading.mentions, home);
      if (extra.length > 0)
        reading.mentions = [...reading.mentions, ...extra].sort((a, b) => a.start - b.start);
    });
  ministryCountries(readings, (id) => registry.entities.get(id));
  knownTieFacts(readings, (id) => registry.entities.get(id), index);
  return { index, registry, readings };
}

/** The article's two main countries, who "both sides" are: the two sides of its lead's main
 * event, else the two countries it names most. */
function mainSides(
  sentences: readonly Sentence[],
  readings: readonly Reading[],
  actsFor: (id: string) => string | undefined,
): [string, string] | null {
  const lead = leadSides(sentences, readings, actsFor);
  if (lead) return lead;
  const countryCounts = new Map<string, number>();
  for (const { mentions } of readings)
    for (const m of mentions)
      if (m.kind === 'country') countryCounts.set(m.id, (countryCounts.get(m.id) ?? 0) + 1);
  const ranked = [...countryCounts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  return ranked.length >= 2
    ? [(ranked[0] as [string, number])[0], (ranked[1] as [string, number])[0]]
    : null;
}

/** "a proposal by Jo Roe on Sunday to resume talks with Peru": a weekday before the infinitive
 * that opens the meeting at `near` is the day of the offer, not one ahead. */
function dayOfTheOffer(text: string, near: number): boolean {
  const before = text.slice(Math.max(0, near - 60), near);
  return /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;.]*\bto \w+(?: \w+)?\s*$/.test(
    before,
  );
}

type Proposer = {
  proposals: Map<string, RelationProposal>;
  propose: Propose;
  /** The ids of deeds told as done before the story's days ("had accused"), left undated. */
  undatable: ReadonlySet<string>;
};

/** Proposes relations: one per ends and kind (the most confident reading wins), dated from its
 * sentence, added as evidence where the graph already holds it. */
function proposer(
  sentences: readonly Sentence[],
  context: IngestContext,
  source: Source,
  datelinePlace: string | null,
  /** Each sentence's last day told before it. */
  anchors: readonly (string | null)[],
  /** On a page with no date, the year of its own full dates. */
  year: number | null = null,
): Proposer {
  const proposals = new Map<string, RelationProposal>();
  const existing = new Map<string, string>();
  for (const r of context.relations) {
    // When several relations share ends and kind, new evidence joins the first of them.
    const key = `${r.source}|${r.target}|${r.kind}`;
    if (!existing.has(key)) existing.set(key, r.id);
  }
  let counter = 0;
  const takenRelationIds = new Set(context.relations.map((r) => r.id));
  const nextId = () => {
    let id: string;
    do id = `${source.id}:r${++counter}`;
    while (takenRelationIds.has(id));
    return id;
  };
  /** Deeds told as done before the story's days ("had accused"): no day is carried to them. */
  const undatable = new Set<string>();
  const propose: Propose = (sentenceIndex, readKind, sourceId, targetId, read) => {
    if (sourceId === targetId) return;
    const kind = tieKind(readKind, read.rule);
    const fields = kind === readKind ? read : { ...read, label: tieLabel(read.label) };
    const symmetric = SYMMETRIC_KINDS.has(kind);
    const [a, b] = symmetric && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
    const key = `${a}|${b}|${kind}`;
    const found = proposals.get(key);
    const sentence = sentences[sentenceIndex] as Sentence;
    const near = sentence.tokens[fields.near ?? fields.from]?.start;
    const before = fields.near !== undefined && toldAsBefore(sentence.text, near ?? 0);
    const date =
      fields.date !== undefined
        ? fields.date
        : kind === 'affiliation' || kind === 'represents'
          ? null
          : findDate(sentence.text, source.published, near, datelinePlace, {
              done: DEED_KINDS.has(kind),
              ahead: kind === 'planned-meeting' && !dayOfTheOffer(sentence.text, near ?? 0),
              anchor: anchors[sentenceIndex] ?? null,
              year,
              // "said on Tuesday that it had fired": a deed told as done before, in a saying,
              // takes the day of the saying (no later day can be its own)
              unsaid: UNSAID_KINDS.has(kind) && !before,
            });
    // a direct relation read from a range ("agreed when three days of talks ended on
    // Friday") happened on its last day; an event keeps the first (and the range in its label)
    const stated = date?.until && kind !== 'participant' ? { ...date, date: date.until } : date;
    // the same interaction told twice ("Iceland strikes Malta" over "… struck on Wednesday"):
    // the surer reading stands, dated by the other where it states no day of its own
    if (found && found.confidence >= fields.confidence) {
      if (found.relation.date === undefined && stated)
        found.relation = { ...found.relation, ...dateFields(stated) };
      return;
    }
    const day =
      stated ??
      (found?.relation.date
        ? { date: found.relation.date, approximate: found.relation.dateApproximate === true }
        : null);
    const relation: Relation = {
      id: found ? found.relation.id : nextId(),
      source: sourceId,
      target: targetId,
      kind,
      label: fields.label.slice(0, 200),
      directed: fields.directed,
      ...(day ? dateFields(day) : {}),
      ...(fields.tone ? { tone: fields.tone } : {}),
      evidence: [{ source: source.id, quote: quoteFor(sentence, fields.from, fields.to) }],
    };
    const extendsId =
      existing.get(`${sourceId}|${targetId}|${kind}`) ??
      (symmetric ? existing.get(`${targetId}|${sourceId}|${kind}`) : undefined);
    // a deed told as done before, a standing state ("the Iceland-backed Front"), or one told on a
    // weekday of a page with no date (a day that cannot be read): no other day carried to it
    const weekday = source.published === null && WEEKDAY.test(sentence.text);
    if ((before || fields.undated || weekday) && !day) undatable.add(relation.id);
    else undatable.delete(relation.id);
    proposals.set(key, {
      relation,
      ...(extendsId ? { extends: extendsId } : {}),
      confidence: Math.max(0, Math.min(1, Math.round(fields.confidence * 100) / 100)),
      rule: fields.rule,
      sentence: sentenceIndex,
      decision: 'pending',
    });
  };
  return { proposals, propose, undatable };
}

/** An official titled without a country, dealing with one side's people in a story of two
 * sides, proposed as acting for the other side (counterpart-side.ts), less surely than a title. */
function proposeCounterpartSides(a: {
  sentences: readonly Sentence[];
  /** The article's two main countries, as its sentences were read with them. */
  sides: readonly [string, string] | null;
  readings: readonly Reading[];
  context: IngestContext;
  registry: EntityRegistry;
  proposals: ReadonlyMap<string, RelationProposal>;
  propose: Propose;
}) {
  const { registry } = a;
  const { placed, country } = placedPeople(a);
  const found = counterpartSides([...a.proposals.values()], a.sides, {
    countryOf: (id) => (registry.kindOf(id) === 'country' ? id : country.get(id)),
    titleOf: (id) => {
      const entity = registry.entities.get(id);
      return entity?.kind === 'person' && !placed.has(id) ? entity.roles?.[0]?.title : undefined;
    },
  });
  for (const c of found) {
    const sentence = a.sentences[c.sentence] as Sentence;
    a.propose(c.sentence, 'represents', c.person, c.country, {
      label: `represents (as ${c.title})`,
      directed: true,
      confidence: 0.4,
      rule: 'title:counterpart-side',
      from: 0,
      to: sentence.tokens.length,
    });
  }
}

type Placing = {
  readings: readonly Reading[];
  context: IngestContext;
  registry: EntityRegistry;
  proposals: ReadonlyMap<string, RelationProposal>;
};

/** Who the graph, the article's titles or its proposals already tie to a country or body, and the
 * country of those tied to one. */
function placedPeople(a: Placing) {
  const placed = new Set<string>();
  const country = new Map<string, string>();
  const place = (x: { source: string; target: string; kind: string }) => {
    if (x.kind !== 'represents' && x.kind !== 'affiliation') return;
    placed.add(x.source);
    if (a.registry.kindOf(x.target) === 'country') country.set(x.source, x.target);
  };
  for (const r of a.context.relations) place(r);
  for (const r of a.readings) for (const f of r.facts) place(f);
  for (const p of a.proposals.values()) place(p.relation);
  return { placed, country };
}

/** "President Ana Vell" in an article about one country (home-government.ts) and no two sides:
 * a head of state or government titled without a country acts for that country,
 * proposed less surely than a title that names it. */
function proposeHomeOfficials(
  a: Placing & {
    sentences: readonly Sentence[];
    sides: readonly [string, string] | null;
    propose: Propose;
  },
) {
  if (a.sides) return;
  const home = homeCountry(a.readings.map((x) => x.mentions));
  if (!home) return;
  const { placed } = placedPeople(a);
  for (const p of a.registry.proposals) {
    const title = p.entity.kind === 'person' ? p.entity.roles?.[0]?.title : undefined;
    if (!title || placed.has(p.entity.id) || !HOME_OFFICES.test(title)) continue;
    a.propose(p.sentence, 'represents', p.entity.id, home, {
      label: `represents (as ${title})`,
      directed: true,
      confidence: 0.4,
      rule: 'title:home-country',
      from: 0,
      to: (a.sentences[p.sentence] as Sentence).tokens.length,
    });
  }
}

/** Kinds of two people dealing with each other that their countries hold too. */
const SIDES_DEAL: ReadonlySet<RelationKind> = new Set(['meeting', 'talks', 'call']);

/** "Marr met Dahl": two people acting for two countries meet, and so do their countries, proposed
 * less surely than what the sentence says. */
/** Dealings one person has in person with another side: a meeting, a call. */
const FACE_TO_FACE: ReadonlySet<RelationKind> = new Set<RelationKind>(['meeting', 'call']);

function proposeSidesOfDealings(a: Placing & { sentences: readonly Sentence[]; propose: Propose }) {
  const { country } = placedPeople(a);
  for (const p of [...a.proposals.values()]) {
    const r = p.relation;
    if (!SIDES_DEAL.has(r.kind)) continue;
    // ("met with an Israeli delegation": a person dealing with a country, the country itself)
    const side = (id: string) =>
      a.registry.kindOf(id) === 'person'
        ? country.get(id)
        : a.registry.kindOf(id) === 'country'
          ? id
          : undefined;
    const people = [r.source, r.target].filter((id) => a.registry.kindOf(id) === 'person');
    // (a person's talks or accord with a country are often the country's own, already told)
    if (people.length === 0 || (people.length === 1 && !FACE_TO_FACE.has(r.kind))) continue;
    const [from, to] = [side(r.source), side(r.target)];
    if (!from || !to || from === to) continue;
    a.propose(p.sentence, r.kind, from, to, {
      label: r.label,
      directed: false,
      confidence: 0.4,
      rule: 'ties:sides-of-dealing',
      from: 0,
      to: (a.sentences[p.sentence] as Sentence).tokens.length,
    });
  }
}

/** Offices that stand for a country: its head of state or government. (A minister may be
 * another country's: "sanctions on Petro's inner circle, including Interior Minister …".) */
const HOME_OFFICES =
  /^(former |ex-)?((first|second) )?(president|vice[- ]president|prime minister|premier|deputy prime minister)$/i;

/** A title fact ("Chinese Premier Li Qiang") as a represents or affiliation proposal. */
function proposeFact(propose: Propose, i: number, fact: Fact) {
  const label =
    fact.kind === 'represents'
      ? fact.title
        ? `represents (as ${fact.title})`
        : 'represents'
      : fact.title
        ? `is ${fact.title} at`
        : 'is with';
  propose(i, fact.kind, fact.source, fact.target, {
    label,
    directed: true,
    confidence: fact.confidence,
    rule: fact.rule,
    from: fact.start,
    to: fact.end,
  });
}

/** Links from every mention of a known entity (a body or country a title names included), once
 * per sentence and wording. */
function linksOf(readings: readonly Reading[]): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  readings.forEach(({ mentions, titleLinks }, i) => {
    for (const m of [...mentions, ...titleLinks]) {
      const key = `${i}|${m.id}|${m.text}`;
      if (!m.known || seen.has(key) || m.text.length === 0) continue;
      seen.add(key);
      links.push({
        mention: m.text.slice(0, 200),
        entity: m.id,
        confidence: m.confidence,
        rule: m.rule,
        sentence: i,
      });
    }
  });
  return links;
}

/** The two sides when the headline names both (or people acting for them). */
function namedByHeadline(
  sentences: readonly Sentence[],
  readings: readonly Reading[],
  headline: string | null,
  sides: [string, string] | null,
): [string, string] | null {
  const at = sentences.findIndex((s) => s.heading && s.text === headline);
  if (sides === null || at < 0) return null;
  const named = new Set<string>();
  for (const m of readings[at]?.mentions ?? []) named.add(m.id);
  for (const f of readings.flatMap((x) => x.facts))
    if (f.kind === 'represents' && named.has(f.source)) named.add(f.target);
  return sides.every((id) => named.has(id)) ? sides : null;
}

/** Whether one of the interactions is a meeting, call, talks or accord between the two sides
 * (of the kinds given, when given). */
function tellsBetween(
  interactions: readonly Interaction[],
  sides: readonly [string, string],
  country: ReadonlyMap<string, string>,
  kinds: ReadonlySet<RelationKind> = SYMMETRIC_KINDS,
): boolean {
  const side = (m: Mention) => (sides.includes(m.id) ? m.id : country.get(m.id));
  return interactions.some((x) => {
    const [a, b] = [side(x.source), side(x.target)];
    return kinds.has(x.kind) && a !== undefined && b !== undefined && a !== b;
  });
}

const ACCORD: ReadonlySet<RelationKind> = new Set<RelationKind>(['agreement']);

/** A sentence's interactions: those its patterns read, with the brokers it names, and its
 * answers (a rejection, force in response) to what was told before. */
function interactionsOf(
  sentence: Sentence,
  mentions: readonly Mention[],
  c: {
    read: boolean;
    sides: [string, string] | null;
    lastCall: readonly Mention[];
    /** The two parties of the accord or meeting the sentence before told. */
    lastGathering: readonly Mention[];
    previous: readonly Interaction[];
    /** What the few sentences before told that a reply answers: accusations, demands, threats. */
    prompts: readonly Interaction[];
    leadPair: readonly [string, string] | null;
    actsFor: (person: string, side: string) => boolean;
    /** Whether an accord between the two sides was told before. */
    agreed: boolean;
    /** Who struck first in the story told so far: the side of its main deed of force. */
    striker: Mention | null;
  },
): Interaction[] {
  if (!c.read) return [];
  const read = readInteractions(
    sentence,
    mentions,
    c.sides,
    c.lastCall,
    c.leadPair,
    c.lastGathering,
  );
  const out = withBrokers(sentence, mentions, read, c.sides, c.previous);
  if (sentence.heading) return out;
  out.push(...plannedOfSides(sentence, mentions, out, c.sides));
  out.push(
    ...readDealWelcomes(sentence, mentions, c.sides, c.agreed),
    ...readCredits(sentence, mentions),
  );
  out.push(
    ...readRetaliation(sentence, mentions, c.previous, out, c.actsFor),
    ...readReplies(sentence, mentions, [...c.previous, ...c.prompts], c.actsFor, out),
  );
  out.push(...readVictims(sentence, mentions, c.striker, out, c.actsFor));
  return out;
}

/** A person's statement "of" or demand on the country they act for ("“… to the United States,”
 * Trump said"), or talks "between" a person and their own country ("the talks stalled, Marr,
 * Estonia's foreign minister, said"): no relation between two parties. */
function withOwnSide(x: Interaction, actsFor: (person: string, side: string) => boolean): boolean {
  const [person, side] = x.source.kind === 'person' ? [x.source, x.target] : [x.target, x.source];
  if (person.kind !== 'person' || side.kind !== 'country' || !actsFor(person.id, side.id))
    return false;
  const spoken = x.kind === 'statement' || x.kind === 'demand';
  return x.kind === 'talks' || (spoken && x.source === person);
}

/** The two parties of the last accord or meeting among a sentence's interactions, or none. */
function gatheringOf(interactions: readonly Interaction[]): Mention[] {
  const x = interactions.findLast((i) => GATHERING_KINDS.has(i.kind));
  return x ? [x.source, x.target] : [];
}
const GATHERING_KINDS: ReadonlySet<string> = new Set(['agreement', 'meeting', 'talks']);

/** The side that struck first among a sentence's interactions: a country or a body. */
function firstStriker(interactions: readonly Interaction[]): Mention | undefined {
  return interactions.find(
    (x) =>
      x.kind === 'military-action' &&
      (x.source.kind === 'country' || x.source.kind === 'organization'),
  )?.source;
}

type SentenceReader = {
  sentences: readonly Sentence[];
  readings: readonly Reading[];
  context: IngestContext;
  headline: string | null;
  propose: Propose;
};

/** The interactions, title facts and event mentions of every sentence. */
function readSentences(r: SentenceReader) {
  const { sentences, readings, context, propose } = r;
  const country = new Map(
    readings.flatMap((x) =>
      x.facts.filter((f) => f.kind === 'represents').map((f) => [f.source, f.target]),
    ),
  );
  const sides = mainSides(sentences, readings, (id) => country.get(id));
  // the sides of a main event the lead tells, on whom a side's deed aimed at no one named falls
  const leadPair = leadSides(sentences, readings, (id) => country.get(id));
  const lead = sentences.findIndex((s) => !s.heading);
  // the headline: under a section's name ("National") at most
  const headlineAt = sentences.findIndex((s) => s.heading && s.text === r.headline);
  const headlineSides = namedByHeadline(sentences, readings, r.headline, sides);
  let headlineTells = false;
  // Who acts for whom (the graph's and the article's title facts)
  const ties = new Set(
    [
      ...context.relations.filter((x) => x.kind === 'represents' || x.kind === 'affiliation'),
      ...readings.flatMap((x) => x.facts),
    ].map((x) => `${x.source}|${x.target}`),
  );
  const actsFor = (person: string, side: string) => ties.has(`${person}|${side}`);
  let lastCall: Mention[] = [];
  let previous: Interaction[] = [];
  let prompts: Interaction[][] = [];
  let agreed = false;
  let striker: Mention | null = null;
  const eventMentions: EventMention[] = [];
  const delegations: DelegationMention[] = [];
  const mediators: MediatorMemory = [];
  let authors: Mention[] = [];
  readings.forEach((reading, i) => {
    for (const fact of reading.facts) proposeFact(propose, i, fact);
    const sentence = sentences[i] as Sentence;
    // "met the mediators": those named as mediators before
    const { referred, named } = sentence.heading
      ? { referred: [], named: new Set<string>() }
      : mediatorReferences(sentence, reading.mentions, mediators);
    // "The statement called for …": the authors of the joint statement told before
    const byAuthors = sentence.heading ? [] : authorReferences(sentence, reading.mentions, authors);
    const mentions = [...reading.mentions, ...referred, ...byAuthors].sort(
      (a, b) => a.start - b.start,
    );
    // Headings only link names; the sentences below them state the interactions, except the
    // headline, which states the article's main event.
    const headline = i === headlineAt;
    const interactions = interactionsOf(sentence, mentions, {
      read: !sentence.heading || headline,
      sides,
      lastCall,
      lastGathering: gatheringOf(previous),
      previous,
      prompts: prompts.flat(),
      leadPair,
      actsFor,
      agreed,
      striker,
    });
    striker = striker ?? firstStriker(interactions) ?? null;
    if (sides && tellsBetween(interactions, sides, country, ACCORD)) agreed = true;
    // the lead's deed whose parties only the headline names: between the headline's two sides
    if (headline) interactions.push(...headlineSpeaker(sentence, mentions));
    if (headline && headlineSides)
      headlineTells = tellsBetween(interactions, headlineSides, country);
    if (i === lead && headlineSides && headlineTells)
      interactions.push(...leadDeeds(sentence, interactions, headlineSides));
    rememberMediators(mediators, interactions);
    const told = statementAuthors(interactions);
    if (told.length > 0) authors = told;
    previous = sentence.heading ? [] : interactions;
    // (a reply answers a charge told up to three sentences before: "A accused B of … . B denied
    // the accusation"; the most recent first)
    if (!sentence.heading)
      prompts = [interactions.filter((x) => PROMPT_KINDS.has(x.kind)), ...prompts].slice(0, 3);
    const call = interactions.find((x) => x.kind === 'call');
    if (call) lastCall = [call.source, call.target];
    proposeTold({
      propose,
      index: i,
      sentence,
      interactions,
      named,
      referred,
      countryOf: (id) => country.get(id),
      actsFor,
      headline,
    });
    if (sentence.heading) return;
    for (const trigger of findTriggers(sentence.tokens)) {
      const m = readEventMention(sentence, i, mentions, trigger);
      if (m) eventMentions.push(m);
    }
    const delegation = readDelegation(sentence, i, mentions);
    if (delegation) delegations.push(delegation);
  });
  return { eventMentions, delegations, sides };
}

/** Proposes what a sentence told: the countries of signers, mediations as such, a speaking
 * force's deed as its country's, nothing between a person and their own side; a headline's short
 * wording less surely than the prose that tells the same. */
function proposeTold(a: {
  propose: Propose;
  index: number;
  sentence: Sentence;
  interactions: readonly Interaction[];
  named: ReadonlySet<string>;
  referred: readonly Mention[];
  countryOf: (id: string) => string | undefined;
  actsFor: (person: string, side: string) => boolean;
  headline: boolean;
}): void {
  const { propose, sentence, interactions, named, referred, actsFor, headline } = a;
  const i = a.index;
  const signed = interactions
    .map((x) => signersCountries(sentence, x, a.countryOf))
    .filter((x) => x !== null);
  for (const read of asMediations([...interactions, ...signed], named, referred)) {
    const x = onSpeakingForces(read, sentence.tokens, a.countryOf);
    if (withOwnSide(x, actsFor)) continue;
    propose(i, x.kind, x.source.id, x.target.id, {
      label: x.label,
      directed: x.directed,
      ...(x.tone ? { tone: x.tone } : {}),
      // a headline's wording is short: the prose that tells the same, with its date, wins
      confidence: headline ? x.confidence * 0.8 : x.confidence,
      rule: x.rule,
      from: Math.min(x.source.start, x.target.start, x.trigger),
      to: Math.max(x.source.end, x.target.end, x.trigger + 1),
      near: x.trigger,
      ...(x.undated ? { date: null, undated: true } : {}),
    });
  }
}

/** The later sentences that tell each event again, adding its parties: where they put it counts
 * when its first sentence does not say. */
function retellingsOf(events: readonly GatheredEvent[], mentions: readonly EventMention[]) {
  return new Map(
    events.map((e) => [
      e,
      mentions.filter(
        (m) => m.sentence > e.sentence && e.participants.some((p) => p.sentence === m.sentence),
      ),
    ]),
  );
}

export function ingestArticle(text: string, context: IngestContext, meta: ArticleMeta = {}): Draft {
  const { page, draft } = readArticle(text, context, meta);
  // the days a photo caption gives the deeds the text told without one
  const captions = page.removed.flatMap((r) =>
    r.kind === 'caption' ? (captionSentences(r.text) ?? []) : [],
  );
  if (captions.length === 0) return draft;
  const published = meta.published ?? page.published ?? null;
  const read = captions.map(
    (caption) => readArticle(`Photo\n\n${caption}`, context, { ...meta, published }).draft,
  );
  return withCaptionDays(draft, read);
}

/** The article's draft, with the page it was read from. */
function readArticle(
  text: string,
  context: IngestContext,
  meta: ArticleMeta,
): { page: Page; draft: Draft } {
  const page = readPage(text);
  // The page's own date line stands in for a publication date nobody gave.
  const published = meta.published ?? page.published ?? null;
  const source = sourceOf(page, context, { ...meta, published });
  const nameIndex = buildNameIndex([...context.entities]);
  const sentences = tagPage(page, context, nameIndex);
  const { index, registry, readings } = readAllMentions(
    text,
    sentences,
    context,
    nameIndex,
    page.datelinePlace,
    pressNamesOf(page),
  );
  // a page with no date: its days without a year ("On June 27") take its full dates' year
  const year = published === null ? textYear(sentences.map((s) => s.text)) : null;
  const anchors = storyAnchors(
    sentences.map((s) => s.text),
    published,
    page.datelinePlace,
    year,
  );
  const { proposals, propose, undatable } = proposer(
    sentences,
    context,
    source,
    page.datelinePlace,
    anchors,
    year,
  );
  const { eventMentions, delegations, sides } = readSentences({
    sentences,
    readings,
    context,
    headline: page.headline,
    propose,
  });

  const events = gatherEvents(eventMentions, delegations, (m) => {
    const s = sentences[m.sentence] as Sentence;
    const near = s.tokens[m.trigger]?.start;
    const anchor = anchors[m.sentence] ?? null;
    return findDate(s.text, published, near, page.datelinePlace, {
      done: true,
      anchor,
      unsaid: true,
      year,
    });
  });
  const triggers = new Map<GatheredEvent, number>();
  for (const e of events)
    triggers.set(e, eventMentions.find((m) => m.sentence === e.sentence)?.trigger ?? 0);
  proposeEvents({
    events,
    sentences,
    triggers,
    retellings: retellingsOf(events, eventMentions),
    known: knownEvents(context.entities, context.relations),
    registry,
    index,
    datelinePlace: page.datelinePlace,
    propose,
  });

  proposeCounterpartSides({ sentences, sides, readings, context, registry, proposals, propose });
  proposeHomeOfficials({ sentences, sides, readings, context, registry, proposals, propose });
  proposeSidesOfDealings({ sentences, readings, context, registry, proposals, propose });

  // the lead's day for the later deeds of the main event that state none
  carryLeadDate(
    sentences,
    [...proposals.values()],
    DEED_KINDS,
    published,
    page.datelinePlace,
    anchors,
    undatable,
  );

  const draft: Draft = {
    draftVersion: DRAFT_VERSION,
    source,
    sentences: sentences.map((s) => s.text),
    links: linksOf(readings),
    entities: registry.proposals,
    relations: [...proposals.values()],
  };
  return { page, draft: finishedDraft(draft, registry, index) };
}

/** The draft's relations without the posts their holders act for and the known ties, its bare
 * state bodies placed ("Foreign Ministry spokesman X": the ministry of the state its speakers act
 * for), and without the outlets it only cites (idle-outlets.ts). */
function finishedDraft(draft: Draft, registry: EntityRegistry, index: NameIndex): Draft {
  const kept: Draft = {
    ...draft,
    relations: keptKnownTies(
      withoutPostsActedFor(draft.relations),
      (id) => registry.entities.get(id)?.label,
    ),
  };
  const placed = placeBareStateBodies(kept, {
    kindOf: (id) => registry.kindOf(id),
    labelOf: (id) => registry.entities.get(id)?.label,
    idNamed: (name) => index.lookup(name)?.id ?? undefined,
    demonymOf,
    isBareMinistry: (label) => bareMinistryPortfolio(label) !== undefined,
    ministryNames: placedMinistryNames,
  });
  return withoutIdleOutlets(placed);
}
