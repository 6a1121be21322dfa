// Reader statistics: for one workspace, per rule of the article reader, how many of its proposals
// people accepted as they were, corrected before accepting, or rejected. Read from the done
// commands' decisions, so it counts every article reviewed in the workspace, not only the open one.
import type { DecisionChange } from '../review';
import type { History } from '../workspace';

export type RuleRecord = { rule: string; accepted: number; corrected: number; rejected: number };

export function readerStatistics(history: History): RuleRecord[] {
  const records = new Map<string, RuleRecord>();
  const count = (change: DecisionChange) => {
    const rule = change.rule ?? '(unknown rule)';
    let record = records.get(rule);
    if (!record) {
      record = { rule, accepted: 0, corrected: 0, rejected: 0 };
      records.set(rule, record);
    }
    if (change.after === 'rejected') record.rejected++;
    else if (change.after === 'accepted') {
      if (change.correction && Object.keys(change.correction).length > 0) record.corrected++;
      else record.accepted++;
    }
  };
  for (const command of history.commands.slice(0, history.cursor))
    for (const change of command.decisions?.changes ?? [])
      if (change.before === 'pending') count(change);
  const total = (r: RuleRecord) => r.accepted + r.corrected + r.rejected;
  return [...records.values()].sort((a, b) => total(b) - total(a) || a.rule.localeCompare(b.rule));
}
