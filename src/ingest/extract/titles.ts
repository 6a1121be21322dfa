// Facts read from titles: "US Treasury Secretary Scott Bessent" represents the United States and
// works at the US Treasury; "Dan Wang, China director at Eurasia Group" works at Eurasia Group;
// "the U.S. Ambassador to China, David Perdue" gets the title before the comma. Posts the graph
// already knows (a role with its organisation) and the institutions of common government posts
// (POST_INSTITUTIONS) complete them.

import { demonymOf, HEAD_TITLE_WORDS, POST_INSTITUTIONS, TITLE_WORDS } from './gazetteer';
import { nameKey } from './ids';
import { stripCountryPrefix } from './linking';
import type { MentionTools } from './mention-tools';
import { otherMinistryNames } from './ministries';
import { surface } from './name-runs';
import { type TaggedSentence, type Token, withoutStyles } from './nlp';
import { STATE_BODY_HEAD } from './state-body-names';
import type { Fact, Mention, MentionContext, Piece } from './types';

/** A post whose bare name is the United States' alone: "Secretary of State X" (other countries
 * write "Foreign Secretary", "Foreign Minister" or "Secretary of State for …", or give the
 * country's name), and a post at the White House ("White House Chief of Staff X"). */
const US_ONLY_POST = /^(((deputy|acting|former) )?secretary of state|white house \S.*)$/;

/** A style before the country's adjective that opens a body's name: "Royal Thai Navy". */
const STYLED = /^(Royal|Imperial) (?=\p{Lu}\p{L}+ \p{Lu})/u;

/** Nouns of a feature of the land named after a country's name: "the Congo River", "the Niger
 * Delta", "the Jordan Valley" (the feature, not the state). Not "coast": the "US Coast Guard" is
 * the state's. */
const GEOGRAPHIC_FEATURE =
  /^(river|rivers|delta|basin|lake|valley|sea|gulf|mountains|highlands|desert|plateau|peninsula)$/i;

/** Last words of bodies a country's name only describes, which do not act for it: "the Chile
 * Doctors Network", "the Ghana Heart Hospital", "the Maltese Red Cross Society", "Japan Motors Corp". */
const CIVIC_CUES = new Set(
  'hospital network university institute association society foundation observatory initiative syndicate centre center company corporation inc corp ltd llc plc holdings motors airlines partners securities technologies technology'.split(
    ' ',
  ),
);

/** "the Tigray People's Liberation Front", "the Kurdistan Workers' Party": a movement named for a
 * people of a place, no body of the place's government. */
const PEOPLES_MOVEMENT = /\b\p{Lu}\p{L}+['’]s? .*\b(Front|Movement|Party|Alliance|Union)$/u;

/** "the Cameroon National Salvation Front": a political front or movement named with its
 * country, which it does not act for. */
const NAMED_MOVEMENT = /\b(Front|Movement|Alliance)$/u;

/** What the gazetteer calls a group that bears arms against a state, or beside it. */
const ARMED = /\b(armed|militant|insurgent|rebel|jihadist)\b/i;

const civicBody = (label: string | undefined) =>
  CIVIC_CUES.has(label?.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '') ?? '') ||
  PEOPLES_MOVEMENT.test(label ?? '') ||
  NAMED_MOVEMENT.test(label ?? '');

/** Collects the title facts of one sentence. */
export class TitleFacts {
  readonly facts: Fact[] = [];
  /** The known bodies and countries titles named ("Harbour Council President X"): the person's
   * mention takes in the title, so these are linked from here. */
  readonly knownPrefixes: Mention[] = [];

  constructor(
    private readonly sentence: TaggedSentence,
    private readonly ctx: MentionContext,
    /** How a title teaches the registry (a role, an institution): mention-tools.ts writes it. */
    private readonly tools: Pick<MentionTools, 'createEntity' | 'addRole' | 'addAlias'>,
  ) {}

  readonly add = (person: Mention, prefix: Mention | null, styled: string, start: number) => {
    const title = withoutStyles(styled);
    if (prefix === null) this.usPost(person, start);
    if (prefix === null || prefix.id === person.id) return;
    if (prefix.known) this.knownPrefixes.push(prefix);
    const kind: Fact['kind'] =
      prefix.kind === 'country' || prefix.kind === 'place' ? 'represents' : 'affiliation';
    if (person.kind !== 'person' && kind === 'affiliation') return;
    if (
      person.kind === 'organization' &&
      civicBody(this.ctx.registry.entities.get(person.id)?.label)
    )
      return;
    this.facts.push({
      kind,
      source: person.id,
      target: prefix.id,
      title,
      start,
      end: person.end,
      confidence: Math.min(0.85, person.confidence),
      rule: `title:${kind}`,
    });
    if (person.kind === 'person' && kind === 'represents') this.institution(person, prefix, title);
    const country = prefix.kind === 'organization' ? this.countryOfOrg(prefix.id) : undefined;
    if (country && !this.facts.some((f) => f.source === prefix.id && f.target === country)) {
      this.facts.push({
        kind: 'represents',
        source: prefix.id,
        target: country,
        title: '',
        start,
        end: person.end,
        confidence: 0.7,
        rule: 'title:represents',
      });
    }
    // "US Treasury Secretary X": a post at a state's body acts for the state
    const own = (f: Fact) => f.source === person.id && f.target === country;
    if (country && person.kind === 'person' && title.length > 0 && !this.facts.some(own))
      this.facts.push({
        kind: 'represents',
        source: person.id,
        target: country,
        title: `${this.ctx.registry.entities.get(prefix.id)?.label ?? ''} ${title}`.trim(),
        start,
        end: person.end,
        confidence: 0.6,
        rule: 'title:represents',
      });
    if (person.kind === 'person' && title.length > 0 && this.ctx.registry.isNew(person.id)) {
      const org = this.ctx.registry.isNew(prefix.id) ? undefined : prefix.id;
      this.tools.addRole(person.id, org ? { title, organization: org } : { title });
    }
  };

  /** "Secretary of State X": a post that, named without a country, English-language news gives
   * to the United States alone acts for it. */
  readonly usPost = (person: Mention, start: number) => {
    const post = this.postBefore(start, person.start);
    if (person.kind !== 'person' || !US_ONLY_POST.test(post.toLowerCase())) return;
    const hit = this.ctx.index.lookup('United States');
    if (hit?.kind !== 'country') return;
    const id =
      hit.id ??
      (hit.create
        ? this.tools.createEntity(
            hit.create.label,
            'country',
            'United States',
            0.8,
            'title:us-post',
          )
        : undefined);
    if (id === undefined || this.facts.some((f) => f.source === person.id && f.target === id))
      return;
    this.facts.push({
      kind: 'represents',
      source: person.id,
      target: id,
      title: post,
      start,
      end: person.end,
      confidence: 0.6,
      rule: 'title:us-post',
    });
  };

  /** The post written from `start` to the name, with the "Secretary of" a run may leave
   * before it ("Secretary of State X" read as the run "State X"). */
  private postBefore(start: number, name: number): string {
    const tokens = this.sentence.tokens;
    let from = start;
    while (tokens[from - 1]?.value === 'of' && /^\p{Lu}/u.test(tokens[from - 2]?.value ?? ''))
      from -= 2;
    return tokens
      .slice(from, name)
      .map((x) => x.value)
      .join(' ');
  }

  /** "Vice Premier He Lifeng": the graph knows the post and whom it is held for. */
  readonly knownRole = (person: Mention, titleText: string, start: number, end: number) => {
    if (this.ctx.registry.isNew(person.id)) return;
    const titleKey = nameKey(stripCountryPrefix(titleText));
    if (titleKey.length === 0) return;
    for (const role of this.ctx.registry.entities.get(person.id)?.roles ?? []) {
      const roleKey = nameKey(stripCountryPrefix(role.title));
      const org = role.organization;
      if (!org || !(roleKey.includes(titleKey) || titleKey.includes(roleKey))) continue;
      const kind = this.ctx.registry.kindOf(org);
      if (kind === undefined || this.facts.some((f) => f.source === person.id && f.target === org))
        continue;
      this.facts.push({
        kind: kind === 'country' || kind === 'place' ? 'represents' : 'affiliation',
        source: person.id,
        target: org,
        title: titleText,
        start,
        end,
        confidence: 0.65,
        rule: 'title:known-role',
      });
      // "Treasury Secretary X" at the US Treasury acts for the United States
      const country = kind === 'organization' ? this.countryOfOrg(org) : undefined;
      if (country && !this.facts.some((f) => f.source === person.id && f.target === country))
        this.facts.push({
          kind: 'represents',
          source: person.id,
          target: country,
          title: titleText,
          start,
          end,
          confidence: 0.6,
          rule: 'title:known-role',
        });
    }
  };

  /** "US Treasury", "Chinese Commerce Ministry": an organisation named with its country; not one
   * named after a river or a region called like a country ("Congo River Alliance", "Niger Delta
   * Development Commission"). */
  readonly countryOfOrg = (orgId: string): string | undefined => {
    const label = this.ctx.registry.entities.get(orgId)?.label ?? '';
    if (GEOGRAPHIC_FEATURE.test(label.split(/\s+/)[1] ?? '')) return undefined;
    // "Royal Danish Army": the country's adjective after the style
    const first = label.replace(STYLED, '').split(/\s+/)[0] ?? '';
    const id = first ? this.countryNamed(first.replace(/['’]s$/, ''), first) : undefined;
    return id !== orgId ? id : undefined;
  };

  /** The country that ends a state body's name after "of" ("Armed Forces of the Philippines",
   * "Central Bank of Iran"); not a body a country's name only places ("University of Chile",
   * "Bank of America"). */
  readonly countryAfterOf = (label: string): string | undefined => {
    const parts = /^(.+) of (?:the )?(\p{Lu}[\p{L} ]+)$/u.exec(label);
    if (!parts || !STATE_BODY_HEAD.test(parts[1] ?? '')) return undefined;
    return this.countryNamed(parts[2] ?? '', parts[2] ?? '');
  };

  /** The country `name` is, as the gazetteer knows it: its entity, made now (from the words
   * `written`) where the article has not named the country alone yet. */
  private countryNamed(name: string, written: string): string | undefined {
    const country = this.ctx.index.lookup(name);
    if (country?.kind !== 'country') return undefined;
    if (country.id || !country.create) return country.id ?? undefined;
    return this.tools.createEntity(
      country.create.label,
      'country',
      written,
      0.9,
      'mention:gazetteer',
    );
  }

  /** Whether `word` names a country the gazetteer knows and the article has not proposed yet. */
  private unnamedCountry(word: string): boolean {
    const hit = this.ctx.index.lookup(word.replace(/['’]s$/, ''));
    return hit?.kind === 'country' && !hit.id && hit.create !== undefined;
  }

  /** "US Treasury Secretary X": X works at the US Treasury, which acts for the United States. */
  readonly institution = (person: Mention, country: Mention, title: string) => {
    const post = nameKey(stripCountryPrefix(title))
      .replace(/^((deputy|vice|under|assistant|acting|former|senior)\s+)+/, '')
      .trim();
    const entry = POST_INSTITUTIONS.find((x) => x.post.test(post));
    const countryLabel = this.ctx.registry.entities.get(country.id)?.label ?? '';
    if (entry === undefined || countryLabel === '') return;
    const isUs = this.ctx.index.lookup('United States')?.id === country.id;
    const demonym = demonymOf(countryLabel);
    const label = isUs
      ? entry.us
      : demonym
        ? entry.other?.replace('{demonym}', demonym)
        : undefined;
    if (label === undefined) return;
    // a ministry the article named another way first ("Maltese Foreign Ministry") is the same
    const others = otherMinistryNames(label, countryLabel);
    const hit = this.ctx.index.lookup(label);
    const named = [hit, ...others.map((n) => this.ctx.index.lookup(n))].find(
      (h) => h?.id && h.kind === 'organization',
    );
    let id = named?.id ?? null;
    if (id !== null) this.tools.addAlias(id, label);
    if (id === null) {
      // a body the gazetteer knows comes with its other names ("US Department of State")
      const known = hit?.create?.kind === 'organization' ? hit.create : undefined;
      id = this.tools.createEntity(
        known?.label ?? label,
        'organization',
        person.text,
        0.5,
        'title:institution',
      );
      for (const alias of known?.aliases ?? []) this.tools.addAlias(id, alias);
    }
    for (const alias of others) this.tools.addAlias(id, alias);
    if (this.facts.some((f) => f.source === person.id && f.target === id)) return;
    const base = { start: person.start, end: person.end, confidence: 0.55 };
    this.facts.push({
      ...base,
      kind: 'affiliation',
      source: person.id,
      target: id,
      title,
      rule: 'title:institution',
    });
    this.facts.push({
      ...base,
      kind: 'represents',
      source: id,
      target: country.id,
      title: '',
      rule: 'title:institution',
    });
  };

  /** Titles written with a name the graph knows, and ", Name" after a title. */
  fromNames(mentions: Mention[]): void {
    // A known name written with its country or organisation ("Chinese President Xi Jinping",
    // "US Treasury Secretary Scott Bessent") says whom it represents and where it works.
    for (const m of mentions) {
      if (m.kind !== 'person' && m.kind !== 'organization') continue;
      const words = m.text.split(/\s+/);
      if (words.length < 2) continue;
      const label = this.ctx.registry.entities.get(m.id)?.label ?? '';
      // "Chad Wolf": a name that begins with a country's name holds no prefix
      if (m.kind === 'person' && m.text === label) continue;
      const pushFact = (kind: Fact['kind'], target: string, title: string) => {
        if (this.facts.some((f) => f.source === m.id && f.target === target)) return;
        if (m.kind === 'organization' && civicBody(label)) return;
        // "the Pakistani Taliban": an armed group named for the country it fights in, not its
        if (
          m.kind === 'organization' &&
          ARMED.test(this.ctx.registry.entities.get(m.id)?.description ?? '')
        )
          return;
        this.facts.push({
          kind,
          source: m.id,
          target,
          title,
          start: m.start,
          end: m.end,
          confidence: 0.7,
          rule: `title:${kind}`,
        });
      };
      if (m.kind === 'person' && label && m.text.endsWith(label) && m.text !== label)
        this.knownRole(m, m.text.slice(0, -label.length).trim(), m.start, m.end);
      const titleAfter = (n: number) => {
        const rest = words.slice(n).join(' ');
        return m.kind === 'person' && label && rest.endsWith(label)
          ? rest.slice(0, -label.length).trim()
          : '';
      };
      // "the Royal Danish Army": a style before the country's adjective that opens the name
      const styledCountry =
        m.kind === 'organization' && STYLED.test(m.text) ? this.countryOfOrg(m.id) : undefined;
      if (styledCountry) pushFact('represents', styledCountry, '');
      // "the U.S. Navy", "the Kyrgyz Army" before the article names the country on its own: the
      // body acts for the country the gazetteer knows by its first word
      const owner = m.kind === 'organization' ? this.unnamedCountry(words[0] as string) : false;
      if (owner) pushFact('represents', this.countryOfOrg(m.id) ?? '', '');
      // "the Armed Forces of the Philippines", "the National Assembly of Serbia": a state's body
      // named with its country last
      const ownerAfter = m.kind === 'organization' ? this.countryAfterOf(label) : undefined;
      if (ownerAfter && ownerAfter !== m.id) pushFact('represents', ownerAfter, '');
      // "EU Commission President X": the longest body named is where X works, not the EU too
      let body = false;
      for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
        const prefix = words
          .slice(0, n)
          .join(' ')
          .replace(/['’]s$/, '');
        const hit = this.ctx.index.lookup(prefix);
        if (!hit?.id || hit.id === m.id || hit.source === 'surname' || hit.source === 'role-title')
          continue;
        // "Congo River Alliance", "Niger Delta Avengers": a river or a region, not the state
        if (GEOGRAPHIC_FEATURE.test(words[n] ?? '')) continue;
        if (hit.kind === 'country' || hit.kind === 'place') {
          pushFact('represents', hit.id, titleAfter(n));
          if (m.kind === 'person' && n === 1 && titleAfter(n))
            this.institution(m, { ...m, id: hit.id, kind: hit.kind }, titleAfter(n));
        } else if (hit.kind === 'organization' && m.kind === 'person' && !body) {
          body = true;
          pushFact('affiliation', hit.id, titleAfter(n));
          const country = this.countryOfOrg(hit.id);
          if (country && !this.facts.some((f) => f.source === hit.id && f.target === country))
            this.facts.push({
              kind: 'represents',
              source: hit.id,
              target: country,
              title: '',
              start: m.start,
              end: m.end,
              confidence: 0.7,
              rule: 'title:represents',
            });
        }
      }
    }
  }

  commaTitles(groups: readonly Piece[][], mentions: Mention[]): void {
    applyCommaTitles(this.sentence, groups, mentions, this.ctx, this.add);
  }

  appositions(mentions: Mention[]): void {
    applyAppositions(this.sentence, mentions, this.facts, this.ctx, this.tools);
  }
}

/** "India's Ambassador in Kathmandu, X": where a title's post is, after "in" or "at", is part of
 * the title; the end of that place, else `end`. */
function postPlace(tokens: readonly Token[], mentions: readonly Mention[], end: number): number {
  if (!['in', 'at'].includes(tokens[end]?.value ?? '')) return end;
  const place = mentions.find(
    (m) => m.start === end + 1 && (m.kind === 'place' || m.kind === 'country'),
  );
  return place ? place.end : end;
}

/** The person named after a capitalised title that opens at `from` ("Foreign Minister Jo
 * Ruiz"), or none. */
function titledAfter(tokens: readonly Token[], mentions: readonly Mention[], from: number) {
  const person = mentions.find(
    (m) => m.kind === 'person' && m.start >= from && m.start <= from + 3,
  );
  if (person === undefined) return undefined;
  // (the person's mention may hold its own title: "Foreign Minister Jo Ruiz")
  const ownTitle = person.start === from;
  const title = tokens.slice(from, ownTitle ? person.end : person.start);
  if (ownTitle) return TITLE_WORDS.has(title[0]?.value.toLowerCase() ?? '') ? person : undefined;
  const titled = HEAD_TITLE_WORDS.has(title.at(-1)?.value.toLowerCase() ?? '');
  return titled && title.every((x) => /^\p{Lu}/u.test(x.value)) ? person : undefined;
}

/** A title group, then ", Name": the name gets the title (and its prefix's fact). */
function applyCommaTitles(
  sentence: TaggedSentence,
  groups: readonly Piece[][],
  mentions: Mention[],
  ctx: MentionContext,
  addFact: (person: Mention, prefix: Mention | null, title: string, start: number) => void,
) {
  const tokens = sentence.tokens;
  for (const group of groups) {
    const gStart = (group[0] as Piece).start;
    const gEnd = postPlace(tokens, mentions, (group.at(-1) as Piece).end);
    // ("Chile's Prime Minister and Foreign Minister Jo Ruiz": the first of two titles joined by
    // "and" is the name's after the second)
    const joined = tokens[gEnd]?.value === 'and';
    if (tokens[gEnd]?.value !== ',' && !joined) continue;
    const person = joined
      ? titledAfter(tokens, mentions, gEnd + 1)
      : mentions.find((m) => m.start === gEnd + 1 && m.kind === 'person');
    if (person === undefined) continue;
    // "Trade Minister A B, Finance Minister X": a named title is no title of X
    if (mentions.some((m) => m.kind === 'person' && m.start >= gStart && m.end <= gEnd)) continue;
    const hasTitle = group.some(
      (x) =>
        x.type === 'title' && HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
    );
    if (!hasTitle) continue;
    const firstKnown = group[0]?.type === 'known' ? group[0] : undefined;
    let prefix: Mention | null = null;
    if (firstKnown?.hit?.id) {
      const kind = ctx.registry.kindOf(firstKnown.hit.id) ?? firstKnown.hit.kind;
      prefix = {
        start: firstKnown.start,
        end: firstKnown.end,
        id: firstKnown.hit.id,
        kind,
        text: surface(sentence, firstKnown.start, firstKnown.end),
        adjectival: true,
        known: !ctx.registry.isNew(firstKnown.hit.id),
        confidence: firstKnown.hit.confidence,
        rule: `link:${firstKnown.hit.source}`,
      };
    }
    // "Malta's Director General of …": the title begins after the possessive
    const owned = /^['’]s$/.test(tokens[group[1]?.start ?? -1]?.value ?? '');
    const titleStart = firstKnown ? (group[owned ? 2 : 1]?.start ?? gStart) : gStart;
    const title = surface(sentence, titleStart, gEnd);
    if (joined) {
      addFact(person, prefix, title, gStart);
      continue;
    }
    // The title's own mentions (e.g. the country after "to") are part of the person's mention.
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as Mention;
      if (m.start >= gStart && m.end <= gEnd) mentions.splice(k, 1);
    }
    person.start = gStart;
    addFact(person, prefix, title, gStart);
  }
}

/** ", China director at Eurasia Group": a person's title and organisation after a comma. */
/** "Jo Roe, the Maltese foreign minister, …": a country's adjective then a title in the aside
 * after a person; the person acts for that country. */
function demonymApposition(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  person: Mention,
): Fact | null {
  let k = person.end + 1;
  if (['the', 'a', 'an'].includes(tokens[k]?.value.toLowerCase() ?? '')) k++;
  const country = mentions.find((m) => m.start === k && m.kind === 'country');
  if (!country || ["'s", '’s'].includes(tokens[country.end]?.value ?? '')) return null;
  let end = country.end;
  // ("spoke with Varga, a U.S. official said": a speech tag, whose verb ends no title)
  while (
    end < country.end + 3 &&
    /^[\p{L}-]+$/u.test(tokens[end]?.value ?? '') &&
    tokens[end]?.pos !== 'VERB'
  )
    end++;
  const words = tokens.slice(country.end, end).map((x) => x.value.toLowerCase());
  if (!words.some((w) => HEAD_TITLE_WORDS.has(w)) || ![',', '.'].includes(tokens[end]?.value ?? ''))
    return null;
  return {
    kind: 'represents',
    source: person.id,
    target: country.id,
    title: tokens
      .slice(country.end, end)
      .map((x) => x.value)
      .join(' '),
    start: person.start,
    end,
    confidence: 0.7,
    rule: 'apposition:represents',
  };
}

function applyAppositions(
  sentence: TaggedSentence,
  mentions: Mention[],
  facts: Fact[],
  ctx: MentionContext,
  tools: Pick<MentionTools, 'addRole'>,
) {
  const tokens = sentence.tokens;
  for (const person of mentions) {
    if (person.kind !== 'person' || tokens[person.end]?.value !== ',') continue;
    const demonym = demonymApposition(tokens, mentions, person);
    if (demonym) {
      facts.push(demonym);
      continue;
    }
    let k = person.end + 1;
    // "…, Jon Roe, and the foreign ministers of Qatar": the list goes on, no apposition
    if (['and', 'or'].includes(tokens[k]?.value ?? '')) continue;
    let sawTitle = false;
    while (k < tokens.length && k < person.end + 14) {
      const token = tokens[k] as Token;
      if ([',', ';', '.', '(', '“'].includes(token.value)) break;
      // ", Treasury Secretary X and …": another person's title, not this one's
      if (mentions.some((m) => m !== person && m.kind === 'person' && m.start === k)) break;
      // "Jon Marr, the US sanctioned …": a clause's verb, not a title ("the newly appointed envoy")
      const modifies = ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
      if (token.pos === 'VERB' && !sawTitle && !modifies) break;
      if (TITLE_WORDS.has(token.value.toLowerCase()) && token.value.toLowerCase() !== 'of')
        sawTitle = true;
      if (sawTitle && ['at', 'of', 'with', 'for'].includes(token.value.toLowerCase())) {
        const org = mentions.find(
          (m) =>
            m.start > k &&
            m.start <= k + 6 &&
            (m.kind === 'organization' || m.kind === 'country') &&
            !tokens.slice(k + 1, m.start).some((t) => [',', ';', '.'].includes(t.value)),
        );
        if (org) {
          const title = sentence.text.slice(
            (tokens[person.end + 1] as Token).start,
            (tokens[k - 1] as Token).end,
          );
          const kind = org.kind === 'country' ? 'represents' : 'affiliation';
          facts.push({
            kind,
            source: person.id,
            target: org.id,
            title,
            start: person.start,
            end: org.end,
            confidence: 0.7,
            rule: `apposition:${kind}`,
          });
          if (ctx.registry.isNew(person.id))
            tools.addRole(
              person.id,
              ctx.registry.isNew(org.id) ? { title } : { title, organization: org.id },
            );
          break;
        }
      }
      k++;
    }
  }
}
