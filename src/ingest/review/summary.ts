// A readable summary of a draft, for the terminal: what was linked, what is new, and each proposed
// relation as a sentence with its rule, confidence and evidence.
import type { Draft } from '../draft';
import type { IngestContext } from '../extract';

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
const clip = (text: string, max = 160) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

export function summarizeDraft(draft: Draft, context: IngestContext): string {
  const labels = new Map(context.entities.map((e) => [e.id, e.label]));
  for (const p of draft.entities) labels.set(p.entity.id, p.entity.label);
  const name = (id: string) => labels.get(id) ?? id;

  const linked = new Map<string, Set<string>>();
  for (const link of draft.links) {
    const mentions = linked.get(link.entity) ?? new Set<string>();
    mentions.add(link.mention);
    linked.set(link.entity, mentions);
  }

  const lines = [
    `Article: ${draft.source.title} (source id ${draft.source.id})`,
    `${draft.sentences.length} sentences; ${linked.size} known entities mentioned; ${draft.entities.length} new entities and ${draft.relations.length} relations proposed.`,
  ];
  if (linked.size > 0) {
    lines.push('', 'Linked to the graph:');
    for (const [id, mentions] of linked)
      lines.push(`  ${name(id)} [${id}] ← ${[...mentions].map((m) => `“${m}”`).join(', ')}`);
  }
  if (draft.entities.length > 0) {
    lines.push('', 'New entities:');
    for (const p of draft.entities)
      lines.push(
        `  ${p.entity.label} (${p.entity.kind}) [${p.entity.id}] ${percent(p.confidence)} ${p.rule}`,
      );
  }
  if (draft.relations.length > 0) {
    lines.push('', 'Relations:');
    for (const p of draft.relations) {
      const r = p.relation;
      const date = r.date ? ` (${r.dateApproximate ? 'about ' : ''}${r.date})` : '';
      const extending = p.extends ? ` — adds evidence to ${p.extends}` : '';
      lines.push(
        `  ${name(r.source)} ${r.label} ${name(r.target)}${date} [${r.kind}] ${percent(p.confidence)} ${p.rule}${extending}`,
        `    “${clip(draft.sentences[p.sentence] ?? r.evidence[0]?.quote ?? '')}”`,
      );
    }
  }
  if (draft.entities.length === 0 && draft.relations.length === 0)
    lines.push('', 'No new entities or interactions found.');
  return lines.join('\n');
}
