// The types the extraction stages share: a mention of an entity in a sentence, a fact read from a
// title, the context a sentence is read in, and the pieces of a run of capitalised words. Kept in
// one module so that the stages import it and never each other in a circle.
import type { RelationKind } from '../../data/relation-kinds';
import type { EntityKind, Tone } from '../../data/schema';
import type { NameHit, NameIndex } from './linking';
import type { EntityRegistry } from './registry';

/** One entity named in a sentence. */
export type Mention = {
  /** Token range [start, end). */
  start: number;
  end: number;
  id: string;
  kind: EntityKind;
  /** The words as written. */
  text: string;
  /** A modifier ("Chinese goods", "US-China trade"), not an actor in its own right. */
  adjectival: boolean;
  /** Linked to an entity of the context (not one proposed by this article). */
  known: boolean;
  confidence: number;
  rule: string;
};

/** A structural fact read from a title ("US Treasury Secretary Scott Bessent"). */
export type Fact = {
  kind: 'affiliation' | 'represents';
  source: string;
  target: string;
  title: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
};

export type MentionContext = {
  index: NameIndex;
  registry: EntityRegistry;
  /** Lowercased words the article uses in lower case: a capitalised one of them opening a
   * sentence is a common word, not a name. */
  lowercaseWords: ReadonlySet<string>;
  /** Words (lower case) the article writes after a first name or another name word
   * ("Donald Trump" → "trump"): the end of a person's full name, not a group's one-word name. */
  surnames?: ReadonlySet<string>;
  /** Capitalised words (lower case) the article also writes alone ("Katz said"). */
  alone?: ReadonlySet<string>;
  /** The article's text, lower case: whether it names a body the graph knows. */
  lowerText?: string;
  /** Capitalised names (lower case) the page's credits, bylines and stamps write: its own
   * press ("March 3, 2025 | Harbour Policy Journal"), no actor where its prose names them. */
  pressNames?: ReadonlySet<string>;
  /** The place the story is filed from, as its dateline names it ("Velmor"), if it has one. */
  datelinePlace?: string | null;
  /** Whether new entities may be proposed from this sentence (not in headings). */
  allowNew: boolean;
  sentence: number;
};

export type SentenceReading = {
  mentions: Mention[];
  facts: Fact[];
  /** Known entities named inside a title that a person's mention took in. */
  titleLinks: Mention[];
};

export type PieceType = 'known' | 'title' | 'ltitle' | 'word' | 'conn' | 'other';
export type Piece = { type: PieceType; start: number; end: number; hit?: NameHit };

/** An interaction a pattern read between two mentions of one sentence. */
export type Interaction = {
  kind: RelationKind;
  source: Mention;
  target: Mention;
  directed: boolean;
  label: string;
  tone?: Tone;
  confidence: number;
  rule: string;
  /** Token index of the trigger word. */
  trigger: number;
  /** A standing state ("the Iceland-backed Front"), not a deed: no day is read or carried to it. */
  undated?: true;
};

/** The three parts of a run, and what the title part says. */
export type RunParts = {
  start: number;
  end: number;
  prefixPieces: Piece[];
  titlePieces: Piece[];
  rest: Piece[];
  titleText: string;
  hasHeadTitle: boolean;
};

/** What reading the name part found: a person to finish (with the prefix, which a run of an
 * organisation and a person replaces), or nothing more to do. */
export type NameRead = { person: Mention; prefix: Mention | null } | null;
