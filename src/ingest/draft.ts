// The draft an ingest produces: a new source and the entities and relations proposed from one
// article, each pointing at the sentence it comes from, with a confidence, the rule that made it
// and the reviewer's decision. The draft is a file a person reviews (`npm run ingest`, then
// `--merge`) and the state behind the browser's proposals panel; nothing in it is written into a
// dataset until it is accepted and the merged result passes the full validation.
import { z } from 'zod';
import { EntitySchema, IdSchema, RelationSchema, SourceSchema } from '../data/schema';

export const DRAFT_VERSION = 1;

/** A reviewer's verdict on one proposal; only `accepted` proposals are merged. */
export const DECISIONS = ['pending', 'accepted', 'rejected'] as const;

const proposalMeta = {
  /** 0..1: how sure the rule is (an exact label match is surer than a surname). */
  confidence: z.number().min(0).max(1),
  /** The rule that produced the proposal, e.g. `pattern:call`, `mention:title-person`. */
  rule: z.string().min(1).max(100),
  /** Index into `sentences`: the sentence the proposal comes from. */
  sentence: z.number().int().min(0),
  decision: z.enum(DECISIONS),
};

/** A mention in the article linked to an entity already in the dataset (informational). */
export const LinkSchema = z.strictObject({
  mention: z.string().min(1).max(200),
  entity: IdSchema,
  confidence: proposalMeta.confidence,
  rule: proposalMeta.rule,
  sentence: proposalMeta.sentence,
});

export const EntityProposalSchema = z.strictObject({
  entity: EntitySchema,
  /** The words in the sentence that named it, as written. */
  mention: z.string().min(1).max(200),
  ...proposalMeta,
});

export const RelationProposalSchema = z.strictObject({
  relation: RelationSchema,
  /** When the dataset already holds this relation (same ends and kind): its id. Merging then
   * adds the new evidence to it instead of adding a second relation. */
  extends: IdSchema.optional(),
  ...proposalMeta,
});

export const DraftSchema = z.strictObject({
  draftVersion: z.literal(DRAFT_VERSION),
  /** The new source (the article); its id is what every proposal's evidence cites. */
  source: SourceSchema,
  /** The article's sentences in order, as written: what every proposal's `sentence` points at. */
  sentences: z.array(z.string()),
  links: z.array(LinkSchema),
  entities: z.array(EntityProposalSchema),
  relations: z.array(RelationProposalSchema),
});

export type Decision = (typeof DECISIONS)[number];
export type Link = z.infer<typeof LinkSchema>;
export type EntityProposal = z.infer<typeof EntityProposalSchema>;
export type RelationProposal = z.infer<typeof RelationProposalSchema>;
export type Draft = z.infer<typeof DraftSchema>;
