// The one place that talks to wink-nlp: loads the English lite model once (lazily, on first use)
// and turns a paragraph into sentences of tagged tokens. Runs in Node and in a Web Worker.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { MONTHS, WEEKDAYS } from './gazetteer';

/** One token of a sentence: its text as written, part of speech, lowercased lemma and offsets. */
export type Token = {
  value: string;
  pos: string;
  lemma: string;
  /** Character offsets in the sentence text (whitespace collapsed). */
  start: number;
  end: number;
  /** Inside a quotation (“…” or "…"). */
  inQuote: boolean;
};

export type TaggedSentence = {
  /** The sentence as written, whitespace runs collapsed to one space. */
  text: string;
  tokens: Token[];
};

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | null = null;

function getNlp(): Nlp {
  if (nlpInstance === null) nlpInstance = winkNLP(model);
  return nlpInstance;
}

const OPEN_QUOTES = new Set(['“', '«']);
const CLOSE_QUOTES = new Set(['”', '»']);

/** Forms the lemmatizer gets wrong: "fined" is not "fin", "lambasted" is "lambaste", it
 * leaves "airstrikes" plural (the only plural of the verb lexicon it does not know), and
 * "according" (to a report) is no "accord" struck. */
const LEMMA_OF: Readonly<Record<string, string>> = {
  according: 'according',
  fined: 'fine',
  lambasted: 'lambaste',
  airstrikes: 'airstrike',
};

/** Splits a paragraph (no line breaks needed) into sentences and tags their tokens. */

export function tagParagraph(paragraph: string): TaggedSentence[] {
  const nlp = getNlp();
  const its = nlp.its;
  // one plain space for every run of whitespace (tabs, no-break and ideographic spaces): the
  // tagger then never glues two words, and quotes stay verbatim, whitespace aside
  const doc = nlp.readDoc(paragraph.replace(/\s+/gu, ' '));
  const sentences: TaggedSentence[] = [];
  let inQuote = false;
  const count = doc.sentences().length();
  for (let k = 0; k < count; k++) {
    const sentence = doc.sentences().itemAt(k);
    const values = sentence.tokens().out(its.value) as string[];
    const pos = sentence.tokens().out(its.pos) as string[];
    const lemmas = sentence.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const spaces = sentence.tokens().out(its.precedingSpaces) as string[];
    const tokens: Token[] = [];
    let text = '';
    values.forEach((value, i) => {
      const tag = pos[i] ?? 'X';
      if (tag === 'SPACE' || value.trim() === '') return;
      if (text.length > 0 && ((spaces[i] ?? '').length > 0 || gluedToAbbreviation(values, i)))
        text += ' ';
      const start = text.length;
      text += value;
      let quoted = inQuote;
      if (OPEN_QUOTES.has(value)) {
        inQuote = true;
        quoted = true;
      } else if (CLOSE_QUOTES.has(value)) {
        inQuote = false;
      } else if (value === '"') {
        inQuote = !inQuote;
        quoted = true;
      }
      tokens.push({
        value,
        pos: tag,
        lemma: LEMMA_OF[value.toLowerCase()] ?? (lemmas[i] ?? value).toLowerCase(),
        start,
        end: text.length,
        inQuote: quoted,
      });
    });
    if (tokens.length > 0) sentences.push({ text, tokens: joinedWords(text, tokens) });
  }
  return joinQuotedEnds(
    joinSplitAbbreviations(sentences).flatMap(splitAfterLetterEnd).flatMap(splitAtNameStop),
  );
}

/** "China-U.S. trade talks": after a hyphen the tagger reads "U." as a sentence's end and "S." as
 * the next one's start; the two are one sentence again, the abbreviation one token. */
function joinSplitAbbreviations(sentences: TaggedSentence[]): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const sentence of sentences) {
    const previous = out.at(-1);
    const tail = previous?.tokens.slice(-3).map((t) => t.value) ?? [];
    const head = sentence.tokens[0];
    const split =
      previous !== undefined &&
      tail.length === 3 &&
      /^[-–]$/.test(tail[0] ?? '') &&
      /^\p{Lu}$/u.test(tail[1] ?? '') &&
      tail[2] === '.' &&
      head !== undefined &&
      /^\p{Lu}\.$/u.test(head.value);
    if (!split) {
      out.push(sentence);
      continue;
    }
    const letter = previous.tokens.at(-2) as Token;
    const shift = previous.text.length;
    const abbreviation: Token = {
      ...letter,
      value: `${letter.value}.${head.value}`,
      pos: 'PROPN',
      lemma: `${letter.value}.${head.value}`.toLowerCase(),
      end: shift + head.end,
    };
    out[out.length - 1] = {
      text: previous.text + sentence.text,
      tokens: [
        ...previous.tokens.slice(0, -2),
        abbreviation,
        ...sentence.tokens
          .slice(1)
          .map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
      ],
    };
  }
  return out;
}

/** What the tagger splits that is one word again, in the order they are joined: a name's letters
 * beyond Latin-1, owners inside names, general titles, honorifics, particle and hyphened names. */
const JOINS: readonly ((text: string, tokens: Token[]) => Token[])[] = [
  joinSplitLetters,
  joinOwnedInNames,
  joinGeneralTitles,
  joinHonorifics,
  joinParticleNames,
  joinHyphenatedNames,
];

/** A sentence's tokens as the reader reads them: the tagger's, with the words it split joined
 * again, quoted nicknames left out of names, and verbs it mistook retagged. */
function joinedWords(text: string, tokens: Token[]): Token[] {
  const joined = JOINS.reduce((words, join) => join(text, words), letterStops(tokens));
  return retagVerbs(withoutNicknames(joined));
}

/** The sentence cut after its token `k`: the words up to it, then the rest (its offsets counted
 * from the rest's own start). */
function splitAfter(sentence: TaggedSentence, k: number): [TaggedSentence, TaggedSentence] {
  const { tokens, text } = sentence;
  const from = (tokens[k + 1] as Token).start;
  return [
    { text: text.slice(0, (tokens[k] as Token).end), tokens: tokens.slice(0, k + 1) },
    {
      text: text.slice(from),
      tokens: tokens.slice(k + 1).map((x) => ({ ...x, start: x.start - from, end: x.end - from })),
    },
  ];
}

/** Pronouns that open a sentence: after "X." they start a new one. */
const OPENING_PRONOUNS = new Set(['He', 'She', 'They', 'We', 'It', 'I']);

/** "… he wrote on X. He also offered …": the tagger reads a one-letter word with its full stop
 * as an initial and keeps going; a pronoun after it opens the next sentence (else "X. He" reads
 * as a name). */
function splitAfterLetterEnd(sentence: TaggedSentence): TaggedSentence[] {
  const { tokens } = sentence;
  const k = tokens.findIndex(
    (x, i) =>
      /^\p{Lu}\.$/u.test(x.value) &&
      i > 0 &&
      OPENING_PRONOUNS.has(tokens[i + 1]?.value ?? '') &&
      tokens[i + 1]?.pos === 'PRON',
  );
  if (k < 0) return [sentence];
  const [head, rest] = splitAfter(sentence, k);
  return [head, ...splitAfterLetterEnd(rest)];
}

/** "U.S.Navy", "U.K.Treasury": a word glued to the full stop of an abbreviation before it, which
 * the tagger splits off; the sentence's text gets the space the writer left out, so the name
 * reads as its words ("U.S. Navy") everywhere. */
function gluedToAbbreviation(values: readonly string[], i: number): boolean {
  return /^(\p{Lu}\.){2,}$/u.test(values[i - 1] ?? '') && /^\p{L}/u.test(values[i] ?? '');
}

/** Prepositions after which an -ing word opening its phrase is a verb: "After meeting X". */
const GERUND_AFTER = new Set(['after', 'before', 'while', 'since', 'upon', 'by', 'without']);

/** The verb's lemma of a word the tagger read as a noun or an adjective, from the tagger itself
 * reading it in a plain clause ("They accused it.", "They are meeting it."). */
function verbLemma(value: string): string | null {
  const frame = value.endsWith('ing') ? `They are ${value} it.` : `They ${value} it.`;
  const doc = getNlp().readDoc(frame);
  const its = getNlp().its;
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const k = value.endsWith('ing') ? 2 : 1;
  return pos[k] === 'VERB' ? (lemmas[k] ?? value).toLowerCase() : null;
}

/** Forms of verbs the tagger does not know, and their lemmas ("the army retook the city"). */
const UNKNOWN_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['retook', 'retake'],
  ['retaken', 'retake'],
  ['retakes', 'retake'],
  ['overran', 'overrun'],
]);

/** Past participles not in -ed that the tagger may read as nouns after "had" ("it had shot down"). */
const IRREGULAR_PARTICIPLES = new Set([
  'shot',
  'hit',
  'struck',
  'fought',
  'sent',
  'held',
  'met',
  'spoken',
  'taken',
  'seized',
  'begun',
  'broken',
  'brought',
  'led',
  'won',
  'lost',
  'given',
  'told',
  'sought',
  'thrown',
  'withdrawn',
  'cut',
  'put',
  'set',
]);

/** Verbs the tagger reads as nouns or adjectives in two shapes: a past participle after "has"
 * with at most an adverb between ("which has long accused Malta", "it had shot down"), and an -ing word after a
 * preposition that opens its phrase, before its object ("After meeting Iceland's minister"). */
function retagVerbs(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    // "Malta's acting Prime Minister": "acting" before a capitalised title qualifies it
    if (actingTitle(tokens, i)) return { ...token, pos: 'ADJ', lemma: 'acting' };
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return token;
    const unknown = UNKNOWN_VERB_FORMS.get(token.value.toLowerCase());
    if (unknown) return { ...token, pos: 'VERB', lemma: unknown };
    const before = tokens[i - 1];
    const aux = before?.pos === 'AUX' ? before : tokens[i - 2];
    const perfect =
      (/ed$/.test(token.value) || IRREGULAR_PARTICIPLES.has(token.value.toLowerCase())) &&
      aux?.pos === 'AUX' &&
      aux.lemma === 'have' &&
      (before === aux || before?.pos === 'ADV' || before?.value === 'long');
    const next = tokens[i + 1];
    const gerund =
      /ing$/.test(token.value) &&
      GERUND_AFTER.has(before?.value.toLowerCase() ?? '') &&
      (next?.pos === 'PROPN' || next?.pos === 'DET' || next?.pos === 'PRON');
    if (!perfect && !gerund) return token;
    const lemma = verbLemma(token.value.toLowerCase());
    return lemma ? { ...token, pos: 'VERB', lemma } : token;
  });
}

/** "acting" read as a verb before a capitalised word: a post held for now ("acting President"). */
function actingTitle(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    token.pos === 'VERB' &&
    token.value.toLowerCase() === 'acting' &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next.value) &&
    (next.pos === 'PROPN' || next.pos === 'NOUN')
  );
}

/** Word ends that make "Trump-era", "US-led" a compound, not a name part. */
const COMPOUND_ENDS = new Set(
  'era led style like based backed linked born made owned run brokered funded level wide free'.split(
    ' ',
  ),
);

const FUNCTION_TAGS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM']);

/** The tokens with each run `runAt` finds joined into one word: `runAt(i, out)` is the run's
 * length from token i (0: no run; 1: the word alone, retagged), `out` the words joined so far. The joined word is a
 * proper noun unless `keepTag` (a title word keeps its tag). */
function joinRuns(
  text: string,
  tokens: readonly Token[],
  runAt: (i: number, out: readonly Token[]) => number,
  keepTag = false,
): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const n = runAt(i, out);
    const last = tokens[i + n - 1];
    if (n < 1 || last === undefined) {
      out.push(first);
      continue;
    }
    const value = text.slice(first.start, last.end);
    const pos = keepTag ? first.pos : 'PROPN';
    out.push({ ...first, value, pos, lemma: value.toLowerCase(), end: last.end });
    i += n - 1;
  }
  return out;
}

/** "Kim Jung-kwan", "Yoon Suk-yeol": the tagger splits a hyphenated given name into a name, a
 * dash and a lower-case word; after another capitalised name word, the three are one name word. */
function joinHyphenatedNames(text: string, tokens: Token[]): Token[] {
  return joinRuns(text, tokens, (i, out) => {
    const [before, name, dash, rest] = [
      out.at(-1),
      tokens[i] as Token,
      tokens[i + 1],
      tokens[i + 2],
    ];
    const joined =
      before !== undefined &&
      !FUNCTION_TAGS.has(before.pos) &&
      dash?.value === '-' &&
      rest !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(before.value) &&
      /^\p{Lu}\p{Ll}+$/u.test(name.value) &&
      /^\p{Ll}{2,6}$/u.test(rest.value) &&
      !COMPOUND_ENDS.has(rest.value) &&
      dash.start === name.end &&
      rest.start === dash.end;
    return joined ? 3 : 0;
  });
}

/** Words after a quoted word that name a day, not a person's surname. */
const NOT_SURNAMES = new Set([...WEEKDAYS, ...MONTHS]);

/** 'Jimmy “Barbecue” Chérizier', 'Mohamed Hamdan "Hemedti" Dagalo': a nickname of one or two
 * capitalised words quoted between the words of a name is no word of it; its tokens (and their
 * quotation marks) are left out, so that the name reads as the person's own. The sentence's
 * text keeps them. */
function withoutNicknames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    const before = out.at(-1);
    const width = [1, 2].find((n) => {
      const close = tokens[i + n + 1];
      const after = tokens[i + n + 2];
      const words = tokens.slice(i + 1, i + n + 1);
      return (
        close !== undefined &&
        after !== undefined &&
        (open.value === '“' ? close.value === '”' : open.value === '"' && close.value === '"') &&
        words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.value)) &&
        /^\p{Lu}\p{Ll}+$/u.test(after.value) &&
        !NOT_SURNAMES.has(after.value.toLowerCase())
      );
    });
    const named = before !== undefined && /^\p{Lu}\p{Ll}+$/u.test(before.value);
    if (width !== undefined && named && before.pos === 'PROPN') {
      i += width + 1;
      continue;
    }
    out.push(open);
  }
  return out;
}

/** Whether a token ends with a letter beyond ASCII ("Bălț", "Chișin", "ă"). */
const endsBeyondAscii = (x: Token | undefined) => /[^\p{ASCII}]$/u.test(x?.value ?? '');

/** "Chișinău.", "Bălți.": a name that ends in one letter after a letter beyond Latin-1 comes out
 * of the tagger as "ă" then "u.", the letter glued to the sentence's full stop (read as an
 * abbreviation); the letter and the stop are two tokens again. */
function letterStops(tokens: Token[]): Token[] {
  return tokens.flatMap((x, k) => {
    if (!/^\p{Ll}\.$/u.test(x.value) || x.start !== tokens[k - 1]?.end) return [x];
    if (!endsBeyondAscii(tokens[k - 1])) return [x];
    const letter = x.value.slice(0, 1);
    return [
      { ...x, value: letter, lemma: letter, pos: 'NOUN', end: x.end - 1 },
      { ...x, value: '.', lemma: '.', pos: 'PUNCT', start: x.end - 1 },
    ];
  });
}

/** "Protests hit Chișinău. Voters …": the full stop letterStops gave back ends a sentence the
 * tagger ran on past it; what follows it, capitalised, is the next one. */
function splitAtNameStop(sentence: TaggedSentence): TaggedSentence[] {
  const { tokens } = sentence;
  const k = tokens.findIndex(
    (x, i) =>
      x.value === '.' &&
      x.start === tokens[i - 1]?.end &&
      /[^\p{ASCII}]/u.test(tokens[i - 1]?.value ?? '') &&
      /^\p{Lu}/u.test(tokens[i + 1]?.value ?? ''),
  );
  if (k < 0) return [sentence];
  const [head, rest] = splitAfter(sentence, k);
  return [head, ...splitAtNameStop(rest)];
}

/** "Juknevičienė", "Plenković", "Hřib": the tagger splits a name at each letter beyond Latin-1
 * ("Juknevi", "č", "ien", "ė"); the glued pieces of a capitalised word, all letters and one of
 * them beyond ASCII, are one name word again. */
function joinSplitLetters(text: string, tokens: Token[]): Token[] {
  return joinRuns(text, tokens, (i) => {
    const first = tokens[i] as Token;
    if (!/^\p{Lu}\p{L}*$/u.test(first.value)) return 0;
    let n = 1;
    while (
      /^\p{L}+$/u.test(tokens[i + n]?.value ?? '') &&
      tokens[i + n]?.start === tokens[i + n - 1]?.end
    )
      n++;
    const run = tokens
      .slice(i, i + n)
      .map((x) => x.value)
      .join('');
    return n > 1 && /[^\p{ASCII}]/u.test(run) ? n : 0;
  });
}

/** Posts written with "-General" ("Secretary-General", "director-general"), which the tagger
 * splits at the hyphen: one title word again. */
const BEFORE_GENERAL = /^(secretary|director|attorney|inspector|solicitor|consul)$/i;

/** The particles that join two name words with hyphens: "Harakat-e-Noor", "Jamaat-ul-Fajr". */
const JOINING_PARTICLES = /^(e|i|ul|um|ud|ur|us|ut|al|el|wa|o)$/;

/** "Harakat-e-Noor": the tagger splits a name joined by a particle into five tokens; one
 * name word again. */
function joinParticleNames(text: string, tokens: Token[]): Token[] {
  return joinRuns(text, tokens, (i) => {
    const run = tokens.slice(i, i + 5);
    const [first, dash, particle, dash2, last] = run;
    const glued = run.length === 5 && run.every((t, k) => k === 0 || t.start === run[k - 1]?.end);
    const joined =
      glued &&
      dash?.value === '-' &&
      dash2?.value === '-' &&
      JOINING_PARTICLES.test(particle?.value ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(first?.value ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(last?.value ?? '');
    return joined ? 5 : 0;
  });
}

/** Plural nouns a body's name owns with its apostrophe: "People's", "Workers'". */
const NAMED_OWNERS =
  /^(People|Peoples|Workers|Women|Farmers|Citizens|Patriots|Martyrs|Mujahideen)$/;

/** "the Tigray People's Liberation Front", "the Kurdistan Workers' Party": a capitalised owner
 * and its apostrophe between capitalised words are one word of the name, not a possessive that
 * splits it (the tagger reads "People 's" as an owner and what it owns). */
function joinOwnedInNames(text: string, tokens: Token[]): Token[] {
  return joinRuns(text, tokens, (i) => {
    const [owner, mark, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    const joined =
      owner !== undefined &&
      mark !== undefined &&
      NAMED_OWNERS.test(owner.value) &&
      /^['’]s?$/.test(mark.value) &&
      mark.start === owner.end &&
      /^\p{Lu}/u.test(next?.value ?? '') &&
      /^\p{Lu}/u.test(tokens[i - 1]?.value ?? '');
    return joined ? 2 : 0;
  });
}

/** Malaysian and Bruneian styles of honour written before a name ("Datuk Seri", "Tan Sri",
 * "Dato'"), which the tagger splits into words that look like given names: one title word again,
 * so the name after it is the person's ("Prime Minister Datuk Seri Rahman Yusof"). */
const STYLE_FIRST = /^(Datuk|Dato|Datin|Tan|Puan|Toh|Pehin)$/;
const STYLE_SECOND = /^(Seri|Sri|Paduka|Puan|Patinggi|Amar|Setia)$/;
const STYLE_ALONE = /^(Datuk|Dato|Datin)$/;

const STYLE_IN_TITLE = new RegExp(
  String.raw`\s*\b${STYLE_FIRST.source.slice(1, -1)}['’]?(?:\s+${STYLE_SECOND.source.slice(1, -1)})?(?=\s|$)`,
  'g',
);

/** A post without the styles of honour written in it: "Prime Minister Tan Sri" is the post of
 * "Prime Minister"; the style is the person's, not the office's. */
export function withoutStyles(title: string): string {
  return title.replace(STYLE_IN_TITLE, '').trim();
}

function joinHonorifics(text: string, tokens: Token[]): Token[] {
  return joinRuns(text, tokens, (i) => {
    const first = tokens[i] as Token;
    let k = i;
    // "Dato'": the apostrophe glued to the word is part of it
    const mark = tokens[k + 1];
    if (mark && /^['’]$/.test(mark.value) && mark.start === first.end) k++;
    const second = tokens[k + 1];
    const paired = STYLE_FIRST.test(first.value) && STYLE_SECOND.test(second?.value ?? '');
    const next = paired ? tokens[k + 2] : second;
    // a style is one only before a capitalised name word ("Datuk Seri Rahman", not "Tan said")
    const named = next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.value);
    if (!named || !(paired || STYLE_ALONE.test(first.value))) return 0;
    return (paired ? k + 1 : k) - i + 1;
  });
}

function joinGeneralTitles(text: string, tokens: Token[]): Token[] {
  const title = (i: number) => {
    const [post, dash, general] = [tokens[i] as Token, tokens[i + 1], tokens[i + 2]];
    const joined =
      BEFORE_GENERAL.test(post.value) &&
      dash?.value === '-' &&
      general !== undefined &&
      /^general$/i.test(general.value) &&
      dash.start === post.end &&
      general.start === dash.end;
    return joined ? 3 : 0;
  };
  return joinRuns(text, tokens, title, true);
}

/** "“… SO VERY UNFAIR!!!” the minister wrote": the tagger ends a sentence inside the quotation; the
 * words after the closing mark (who said it) belong to the same sentence. */
function joinQuotedEnds(sentences: TaggedSentence[]): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const sentence of sentences) {
    const previous = out.at(-1);
    const first = sentence.tokens[0];
    // the previous sentence left a quotation open, and this one starts by closing it
    const straight = previous?.tokens.filter((t) => t.value === '"').length ?? 0;
    const curly =
      (previous?.tokens.filter((t) => OPEN_QUOTES.has(t.value)).length ?? 0) -
      (previous?.tokens.filter((t) => CLOSE_QUOTES.has(t.value)).length ?? 0);
    const closes =
      first !== undefined &&
      ((first.value === '"' && straight % 2 === 1) || (CLOSE_QUOTES.has(first.value) && curly > 0));
    if (previous === undefined || !closes) {
      out.push(sentence);
      continue;
    }
    const shift = previous.text.length;
    out[out.length - 1] = {
      text: previous.text + sentence.text,
      tokens: [
        ...previous.tokens,
        ...sentence.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
      ],
    };
  }
  return out;
}

const pluralCache = new Map<string, boolean>();

/** "Efforts", "Tensions", "Clashes": a word the tagger, reading it in lower case after "the",
 * takes for the plural of an English noun it knows (its lemma drops the ending). A capitalised
 * plural that opens a sentence is then a common noun, not a name the lexicon has never seen
 * ("Velmarks" keeps its form). */
export function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  const cached = pluralCache.get(lower);
  if (cached !== undefined) return cached;
  const nlp = getNlp();
  const doc = nlp.readDoc(`the ${lower}`);
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const lemmas = doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
  const lemma = (lemmas[1] ?? lower).toLowerCase();
  const plural = pos[1] === 'NOUN' && lower.endsWith('s') && lemma !== lower && lemma.length >= 3;
  pluralCache.set(lower, plural);
  return plural;
}
