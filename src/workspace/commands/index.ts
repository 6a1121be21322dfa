// Every workspace command, in one place: the UI runs them with runCommand and shows the result.
export {
  ACCEPT,
  type AcceptArgs,
  correctionOf,
  correctionOfRef,
  type ProposalFixes,
  proposalName,
  type RelationFix,
} from './accept';
export { ACCEPT_ALL, type AcceptAllReport } from './accept-all';
export { ADD_ENTITY, type EntityFields, entityIdFor } from './add-entity';
export { ADD_RELATION, type RelationFields, relationIdFor } from './add-relation';
export { ADD_SOURCE, nextSourceId, type SourceFields } from './add-source';
export { type CommandContext, type CommandDef, inverse, runCommand } from './command';
export { DELETE_ENTITY, deletionReach } from './delete-entity';
export { EDIT, type EntityEdit } from './edit';
export { EDIT_RELATION, type RelationEdit } from './edit-relation';
export { type EntityFix, entityFixProblem } from './entity-fix';
export { parseAliases } from './entity-rules';
export { quoteFromSelection, quoteInText } from './evidence';
export { ADD_EVIDENCE, REMOVE_EVIDENCE } from './evidence-commands';
export { MERGE } from './merge';
export { newStoryGraph, storyTitleProblem } from './new-story';
export { type RuleRecord, readerStatistics } from './reader-stats';
export { REJECT } from './reject';
export {
  allowedTones,
  defaultDirected,
  defaultLabel,
  defaultTone,
  relationKinds,
} from './relation-defaults';
export { quoteUnchecked } from './relation-rules';
export { REMOVE_RELATION } from './remove-relation';
