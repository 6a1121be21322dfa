// Statements: "X said (of) Y", ", said X", "“…,” X posted", "X commented: “…”", "X told Y"; what
// a statement is about is what follows the verb at once, or the quotation it opens or closes.

import { COUNTRIES, WEEKDAYS } from '../gazetteer';
import type { Token } from '../nlp';
import { RAISED_RULE, SPEAKER_COLON_RULE, type Trigger } from '../triggers';
import type { Mention } from '../types';
import {
  actorsAfter,
  actorsBefore,
  afterLocative,
  afterPreposition,
  fromEach,
  includedList,
  isActor,
  participleSubject,
  STATEMENT_GAP,
} from './actors';
import { coordinated, jointSubjects, sharedSubject } from './directed';
import type { Candidate, PatternInput } from './types';

const TIME = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'earlier',
  'later',
  'late',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

const OCCASIONS = new Set(['statement', 'interview', 'post', 'speech', 'address', 'briefing']);

/** "said in a statement that …", "told reporters in an interview that …": where it was said,
 * left out of the words between the verb and what it is about. */
function withoutOccasion(gap: readonly Token[]): readonly Token[] {
  // ("announced on social media that …", "wrote on X that …": the medium it was said on)
  const on = gap.findIndex(
    (x, i) => x.value.toLowerCase() === 'on' && /^(social|state)$/i.test(gap[i + 1]?.value ?? ''),
  );
  if (on >= 0 && /^(media|television|tv|radio)$/i.test(gap[on + 2]?.value ?? ''))
    return withoutOccasion([...gap.slice(0, on), ...gap.slice(on + 3)]);
  const k = gap.findIndex(
    (x, i) =>
      x.value.toLowerCase() === 'in' &&
      ['a', 'an'].includes(gap[i + 1]?.value.toLowerCase() ?? '') &&
      OCCASIONS.has(gap[i + 2]?.lemma ?? ''),
  );
  if (k < 0) return gap;
  // ("in an interview with Fox News": the medium of the occasion goes with it)
  let end = k + 3;
  if (['with', 'on'].includes(gap[end]?.value.toLowerCase() ?? '')) {
    end++;
    while (['DET', 'PROPN'].includes(gap[end]?.pos ?? '')) end++;
  }
  return [...gap.slice(0, k), ...gap.slice(end)];
}

/** Sittings of a body: "told an emergency meeting of the Security Council". */
const SITTINGS = /^(meeting|session|sitting|assembly|gathering|conference|summit)$/;

/** "told an emergency meeting of the council": the body that sits is who is told; the words
 * naming its sitting are left out of those between the verb and what it is about. */
function withoutSitting(gap: readonly Token[]): readonly Token[] {
  const of = gap.findIndex((x, i) => x.value === 'of' && SITTINGS.test(gap[i - 1]?.value ?? ''));
  if (of < 0) return gap;
  const opening = gap.slice(0, of).every((x) => ['DET', 'ADJ', 'NOUN'].includes(x.pos));
  return opening ? gap.slice(of + 1) : gap;
}

/** Nouns after a possessive that stand for the possessor's side: "Marr's government" is Marr. */
const SIDE_NOUNS = new Set(['government', 'administration', 'regime', 'cabinet', 'leadership']);

/** "described Marr's government as …": what is said of a government is said of whose it is. */
function sideOf(tokens: readonly Token[], k: number): boolean {
  return SIDE_NOUNS.has(tokens[k]?.value.toLowerCase() ?? '');
}

/** Verbs whose speaker never follows them after a comma: they address or judge what follows
 * (", calling X a pirate" names X). */
const NOT_INVERTED = new Set([
  'call',
  'tell',
  'thank',
  'praise',
  'welcome',
  'congratulate',
  'commend',
  'hail',
  'urge',
  'invite',
]);

/** "Foreign Minister Jon Dahl: Iceland's claims are “baseless”": the person the colon closes,
 * first named in the sentence (after a label such as "What they're saying:" at most), says it
 * of the actor its words open with (its possessive or adjective included: "U.S. bounty"). */
function readSpeakerColon({ tokens, mentions, actors }: PatternInput, t: number): Candidate[] {
  const speaker = actors.find((m) => m.end === t && m.kind === 'person');
  if (speaker === undefined || tokens[speaker.start]?.inQuote) return [];
  const opens = tokens.slice(0, speaker.start).findLastIndex((x) => x.value === ':') + 1;
  if (actors.some((m) => m.start >= opens && m.start < speaker.start)) return [];
  const said = mentions.find(
    (m) =>
      m.start > t &&
      m.start <= t + 3 &&
      m.id !== speaker.id &&
      (isActor(m) || (m.kind === 'country' && m.adjectival)),
  );
  return said ? [{ a: speaker, b: said, confidence: 0.5 }] : [];
}

/** A statement whose quotation says what it is about: "“…,” Trump posted" (the quotation just
 * before the speaker), "X commented: “Norway must …”" (the actor opening the quotation, three
 * words in at most); null when the statement has no such quotation. */
function quotedStatement(input: PatternInput, t: number, speaker: Mention): Candidate[] | null {
  const { tokens, mentions } = input;
  const other = (m: Mention) =>
    tokens[m.start]?.inQuote &&
    isActor(m) &&
    m.id !== speaker.id &&
    // "“Both parties recognised …,” Li said": the two sides, not what Li spoke of
    m.rule !== 'pattern:both-sides';
  // (", the Harbour Authority said": past the speaker's article)
  const opens = tokens[speaker.start - 1]?.pos === 'DET' ? speaker.start - 2 : speaker.start - 1;
  if (['”', '"'].includes(tokens[opens]?.value ?? '')) {
    const quoted = mentions.filter((m) => m.end <= speaker.start && other(m));
    return quoted.slice(0, 2).map((o) => ({ a: speaker, b: o, confidence: 0.55 }));
  }
  if (tokens[t + 1]?.value === ':' && ['“', '"'].includes(tokens[t + 2]?.value ?? '')) {
    const quoted = mentions.filter((m) => m.start > t + 2 && m.start <= t + 6 && other(m));
    return quoted.slice(0, 1).map((o) => ({ a: speaker, b: o, confidence: 0.55 }));
  }
  return null;
}

/** Words that may close a speech tag after its verb: "… told journalists late on Friday." */
const TAG_TAIL = new Set([
  'reporters',
  'journalists',
  'the',
  'press',
  'media',
  'on',
  'in',
  'a',
  'at',
  'briefing',
  'news',
  'conference',
  'during',
]);

/** Whether the words of a speaker's phrase ("Peruvian Foreign Minister Jo Roe") name the country
 * `name` by one of its names or adjectives: the speaker speaks for it. */
function speaksFor(phrase: readonly string[], name: string): boolean {
  const entry = COUNTRIES.find((c) => c.label === name || c.names.includes(name));
  return entry !== undefined && phrase.some((w) => entry.names.includes(w) || w === entry.label);
}

/** "Norway had moved a long way, Iceland's minister Ivo Marr told journalists on Friday.": a
 * speech tag closing the sentence after a comma, with no quotation marks; what was said is the
 * clause before the comma, of the first actor it names and those listed with it (the venue after
 * "in" none). */
function reportBefore(
  { tokens, actors, mentions }: PatternInput,
  t: number,
  speaker: Mention,
): Candidate[] {
  const tail = tokens.slice(t + 1).filter((x) => x.pos !== 'PUNCT');
  if (!tail.every((x) => TAG_TAIL.has(x.value.toLowerCase()) || TIME.has(x.value.toLowerCase())))
    return [];
  // the speaker's phrase, back to its comma: "Iceland's fisheries minister Ivo Marr"
  let k = speaker.start - 1;
  while (k > 0 && /^(PROPN|NOUN|ADJ|DET|PART)$/.test(tokens[k]?.pos ?? '')) k--;
  if (
    tokens[k]?.value !== ',' ||
    !tokens.slice(0, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
  )
    return [];
  // ("Peru has banned A and B, Peruvian minister Jo Roe said": what the speaker's own side did
  // is told of the ones it was done to)
  const phrase = tokens.slice(k + 1, speaker.end).map((x) => x.value);
  const ownSide = new Set(
    mentions
      .filter((m) => m.kind === 'country' && m.end <= k && speaksFor(phrase, m.text))
      .map((m) => m.id),
  );
  const before = actors.filter(
    (m) =>
      m.end <= k &&
      m.id !== speaker.id &&
      !ownSide.has(m.id) &&
      !tokens[m.start]?.inQuote &&
      !afterLocative(tokens, m) &&
      m.rule !== 'pattern:both-sides',
  );
  // ("Latvia and Lithuania committed to …, X said": of each it lists)
  const said = before[0] ? coordinated(tokens, before, before[0]) : [];
  return said.map((b) => ({ a: speaker, b, confidence: 0.5 }));
}

/** "called the trial of (former president) Jo Roe a …": the actor that ends the "of" phrase of
 * the verb's object, right before what it is called. */
function ownerNamed(
  tokens: PatternInput['tokens'],
  after: readonly Mention[],
  t: number,
): Mention | undefined {
  if (tokens[t + 1]?.pos !== 'DET') return undefined;
  const of = tokens.findIndex((x, k) => k > t + 1 && k <= t + 4 && x.value === 'of');
  if (of < 0) return undefined;
  return after.find((o) => o.start > of && o.start <= of + 5 && o.kind === 'person');
}

/** Nouns of a gathering whose "with" names the one met: "a meeting with", "talks with". */
const GATHERED = new Set(['meeting', 'talk', 'talks', 'call', 'conversation', 'summit']);

/** "Costa raised the issue during a meeting with Li Qiang": the one a matter is raised with is
 * named after a "with" in the clause; those who raise it are its subjects. */
function readRaisedWith(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors } = input;
  const clauseEnd = tokens.findIndex((x, k) => k > t && (x.pos === 'VERB' || x.value === ';'));
  const end = clauseEnd < 0 ? Math.min(tokens.length, t + 14) : Math.min(clauseEnd, t + 14);
  // "raised the issue of Malta's war with Finland during a meeting with Store": the "with" of a
  // meeting, call or talks, where there is one, names whom it was raised with
  const withAt = (k: number) => k > t && k < end && tokens[k]?.value === 'with';
  const met = tokens.findIndex((x, k) => withAt(k) && GATHERED.has(tokens[k - 1]?.lemma ?? ''));
  const with_ = met >= 0 ? met : tokens.findIndex((x, k) => withAt(k));
  if (with_ < 0) return [];
  const other = actors.find((m) => m.start > with_ && m.start < end && !m.adjectival);
  if (other === undefined) return [];
  return fromEach(sharedSubject(input, actorsBefore(tokens, actors, t), t), [other], 0.7);
}

/** What a statement at `t` may be about: actors, events and topics; not an outlet told right
 * after the verb ("told AFP" is told to the press; "told the council" is told to the body named
 * before), nor "both sides" but where a participle says it ("…, confirming both sides would
 * meet"). */
function topicsOf({ tokens, mentions }: PatternInput, t: number, participle: boolean): Mention[] {
  const audience =
    tokens[t]?.lemma === 'tell' ? mentions.find((m) => m.start === t + 1) : undefined;
  const press = (m: Mention) =>
    m === audience && m.kind === 'organization' && !m.rule.startsWith('describe:');
  return mentions.filter(
    (m) =>
      (participle || m.rule !== 'pattern:both-sides') &&
      !press(m) &&
      (isActor(m) || (!m.adjectival && (m.kind === 'event' || m.kind === 'topic'))),
  );
}

/** "praised the effective mediation by Peru", "hailed the role played by Peru": the words
 * before the one whose deed is spoken of, its noun (a participle after it at most), then "by". */
function deedBy(gap: readonly Token[]): boolean {
  // (“effective” mediation: its quotation marks aside)
  const words = gap.filter((x) => !/^[“”"‘’]$/.test(x.value));
  // ("by the United States": the name's own article)
  if (words.at(-1)?.pos === 'DET') words.pop();
  if (words.length < 2 || words.length > 5 || words.at(-1)?.value !== 'by') return false;
  const head = words.slice(0, -1);
  const noun = head.findIndex((x) => x.pos === 'NOUN');
  return (
    noun >= 0 &&
    head.every(
      (x, k) =>
        x.pos === 'DET' ||
        x.pos === 'ADJ' ||
        k === noun ||
        (k === noun + 1 && x.pos === 'VERB' && /ed$/.test(x.value)),
    )
  );
}

/** Nouns of the ties between two sides that a statement may be about. */
const TIES = new Set(['relations', 'ties', 'relationship']);

export function readStatementPattern(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, mentions, actors } = input;
  const { t } = trigger;
  if (trigger.rule === SPEAKER_COLON_RULE) return readSpeakerColon(input, t);
  if (trigger.rule === RAISED_RULE) return readRaisedWith(input, t);
  const out: Candidate[] = [];
  // "a decision that warned…": the subject of a relative clause is not in view.
  if (['that', 'which'].includes(tokens[t - 1]?.value.toLowerCase() ?? '')) return out;
  // ", said Jane Doe": the speaker after the verb, what was said before it.
  // (", told X" never is: "Jo Roe, a port chief, told Iceland …")
  // (nor ", thanked X": "Malta's premier, Jo Roe, thanked Iceland" — only a verb of saying
  // puts its speaker after it)
  // ("The Taliban's spokesman, Zabihullah Mujahid, said …": a comma closing a name set off
  // by commas ends an apposition to the subject, not what was said)
  const apposed = actors.some(
    (m) => m.kind === 'person' && m.end === t - 1 && tokens[m.start - 1]?.value === ',',
  );
  const inverted =
    [',', '”', '"'].includes(tokens[t - 1]?.value ?? '') &&
    !apposed &&
    !(tokens[t]?.lemma !== undefined && NOT_INVERTED.has(tokens[t].lemma));
  // "Ana Vell, a senior adviser, said Iceland would sign": a name with a verb of its own after
  // the verb is what was said, not the speaker
  const speakerAfter = inverted
    ? mentions.find(
        (m) =>
          (m.start === t + 1 || m.start === t + 2) &&
          isActor(m) &&
          !['VERB', 'AUX'].includes(tokens[m.end]?.pos ?? ''),
      )
    : undefined;
  if (speakerAfter) {
    const said = actors
      .filter((m) => m.end <= t && m.id !== speakerAfter.id && m.rule !== 'pattern:both-sides')
      .slice(-2);
    for (const o of said) out.push({ a: speakerAfter, b: o, confidence: 0.6 });
    return out;
  }
  const participle = participleSubject(input, t);
  const subjects = participle ?? sharedSubject(input, actorsBefore(tokens, actors, t), t);
  const speaker = subjects.at(-1);
  const quotation = speaker ? quotedStatement(input, t, speaker) : null;
  if (quotation) return quotation;
  const topics = topicsOf(input, t, participle !== null);
  // "said Iceland's minister Ivo Marr would …": the minister, not whose minister; "said
  // Ukraine's sovereignty could not …": Ukraine, what is said is of it
  const possessive = (m: Mention) => ["'s", '’s'].includes(tokens[m.end]?.value ?? '');
  // ("warned that China's exercises around Taiwan …": China's own deed, past a preposition)
  const owns = (m: Mention) =>
    possessive(m) &&
    !sideOf(tokens, m.end + 1) &&
    topics.some(
      (o) =>
        o.start > m.end &&
        o.start <= m.end + 4 &&
        tokens.slice(m.end + 1, o.start).every((x) => x.pos !== 'ADP'),
    );
  // What the statement is about is what follows the verb at once ("said China…", "told
  // Trump", "praised the deal"), not any name further on in the sentence.
  const after = actorsAfter(tokens, topics, t, 6, 25).filter(
    (o) => !subjects.some((s) => s.id === o.id) && !owns(o),
  );
  // "called the trial of Jo Roe a “witch hunt”": what is named is said of the one it is of
  const namedOf = trigger.rule === 'pattern:naming' ? ownerNamed(tokens, after, t) : undefined;
  const first =
    namedOf ??
    after.find((o) => {
      // "said on Thursday that Estonia …": the day the statement was made is no part of it
      const gap = withoutOccasion(withoutSitting(tokens.slice(t + 1, o.start))).filter(
        (x) => !TIME.has(x.value.toLowerCase()),
      );
      // ("said relations between Chile and Peru were “broken”": what is said is of the ties)
      const ties = gap.findIndex((x) => TIES.has(x.value.toLowerCase()));
      const tiesOf = ties >= 0 && /^(between|with)$/.test(gap[ties + 1]?.value ?? '');
      const rest = tiesOf ? [...gap.slice(0, ties), ...gap.slice(ties + 2)] : gap;
      if (deedBy(rest)) return true;
      return (
        rest.length <= 3 &&
        rest.every(
          (x) => STATEMENT_GAP.has(x.value.toLowerCase()) || x.pos === 'DET' || x.pos === 'ADJ',
        )
      );
    });
  // "thanked Tokyo and Canberra": the first and those joined to it by "and" or commas
  // ("thanked several leaders, including A and B": those it lists)
  const said = first ? coordinated(tokens, after, first) : includedList(tokens, topics, t);
  if (said.length === 0 && speaker && subjects.length === 1 && speaker.kind === 'person')
    return reportBefore(input, t, speaker);
  // "Egypt and Qatar said …": countries or bodies listed with "and" speak together
  for (const s of jointSubjects(tokens, subjects))
    for (const o of said) out.push({ a: s, b: o, confidence: 0.6 });
  return out;
}
