// Every workspace command, in one place: the UI runs them with runCommand and shows the result.
export { ACCEPT, type AcceptArgs, correctionOf, proposalName, type RelationFix } from './accept';
export { ACCEPT_ALL, type AcceptAllReport } from './accept-all';
export { type CommandContext, type CommandDef, inverse, runCommand } from './command';
export { EDIT, type EntityEdit } from './edit';
export { parseAliases } from './entity-rules';
export { MERGE } from './merge';
export { REJECT } from './reject';
export { REMOVE_RELATION } from './remove-relation';
