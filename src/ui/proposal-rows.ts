// One row of the proposals panel: a plain sentence (known entities are buttons that select them),
// kind, confidence, rule, the evidence sentence with the mentions marked, and Accept / Reject
// buttons whose names say what they act on. Built from the draft and the graph; no state.

import type { ParleyGraph } from '../graph/types';
import type { Decision, Draft } from '../ingest/draft';
import { labelOf, type ProposalRef } from '../workspace/apply-draft';
import { proposalName } from '../workspace/commands';
import { el } from './dom';
import { entityLink } from './entity-link';

export type RowActions = {
  decide(ref: ProposalRef, decision: 'accepted' | 'rejected'): void;
  /** Opens the correction of a relation proposal (its kind, ends, direction, date). */
  correct(ref: ProposalRef): void;
  /** What the person corrected in a relation proposal, not yet accepted, as words; or ''. */
  correctionText(ref: ProposalRef): string;
  selectEntity(id: string): void;
};

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** What a rule that does not read the sentence alone rests on, said beside it so the person
 * checks it: general knowledge (the reader's office holders and state bodies), the article's
 * other readings (two people's countries meet when they do), or the country the article is
 * about; '' for a rule that reads what the sentence says. */
export function ruleBasis(rule: string): string {
  if (rule.startsWith('known:')) return ' · from general knowledge, not stated in the sentence';
  if (rule.startsWith('ties:'))
    return " · inferred from the people's countries, not stated in the sentence";
  if (rule === 'title:home-country')
    return ' · inferred from the country the article is about, not stated in the sentence';
  return '';
}

/** The words of `text` that match any of `mentions` (case-insensitive, longest first) in <mark>. */
export function markMentions(text: string, mentions: readonly string[]): (string | HTMLElement)[] {
  const wanted = [...new Set(mentions.map((m) => m.trim()).filter((m) => m.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  const lower = text.toLowerCase();
  const taken: Array<[number, number]> = [];
  for (const mention of wanted) {
    const needle = mention.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
      const wordEnd = end === text.length || !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (!wordStart || !wordEnd) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const parts: (string | HTMLElement)[] = [];
  let last = 0;
  for (const [start, end] of taken) {
    if (start > last) parts.push(text.slice(last, start));
    parts.push(el('mark', { text: text.slice(start, end) }));
    last = end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** How an entity is named in a sentence: mentions the extractor saw, its label and aliases. */
function namesOf(graph: ParleyGraph, draft: Draft, id: string, sentence: number): string[] {
  const names = draft.links
    .filter((l) => l.entity === id && l.sentence === sentence)
    .map((l) => l.mention);
  const proposed = draft.entities.find((p) => p.entity.id === id);
  if (proposed) names.push(proposed.mention, proposed.entity.label, ...proposed.entity.aliases);
  if (graph.hasNode(id)) {
    const { label, aliases } = graph.getNodeAttributes(id);
    names.push(label, ...(aliases ?? []));
  }
  return names;
}

function entityChip(graph: ParleyGraph, draft: Draft, id: string, actions: RowActions) {
  const label = labelOf(graph, draft, id);
  if (!graph.hasNode(id)) return el('span', { className: 'proposal-new', text: label });
  const kind = graph.getNodeAttribute(id, 'kind');
  return entityLink(
    { id, label, kind },
    () => actions.selectEntity(id),
    `Select ${label} in the graph`,
  );
}

function decisionControls(ref: ProposalRef, decision: Decision, name: string, actions: RowActions) {
  if (decision !== 'pending') {
    return el('p', { className: `proposal-decision decision-${decision}` }, [
      decision === 'accepted' ? 'Accepted: in the graph' : 'Rejected',
    ]);
  }
  const corrected = actions.correctionText(ref);
  return el('div', { className: 'proposal-actions' }, [
    corrected
      ? el('p', { className: 'proposal-correction', text: `Corrected: ${corrected}` })
      : null,
    el('button', {
      className: 'small-button',
      text: 'Edit',
      attrs: {
        type: 'button',
        'aria-label': `Edit: ${name}`,
        'aria-haspopup': 'dialog',
        'data-action': 'edit',
      },
      on: { click: () => actions.correct(ref) },
    }),
    el('button', {
      className: 'small-button accept-button',
      text: 'Accept',
      attrs: { type: 'button', 'aria-label': `Accept: ${name}`, 'data-action': 'accept' },
      on: { click: () => actions.decide(ref, 'accepted') },
    }),
    el('button', {
      className: 'small-button reject-button',
      text: 'Reject',
      attrs: { type: 'button', 'aria-label': `Reject: ${name}`, 'data-action': 'reject' },
      on: { click: () => actions.decide(ref, 'rejected') },
    }),
  ]);
}

/** The accessible name of a proposal: its sentence, or the new entity's label. */

export { proposalName };

/** The children of one row (the <li> itself stays, so focus and hover survive an update). */
export function proposalRow(
  graph: ParleyGraph,
  draft: Draft,
  ref: ProposalRef,
  actions: RowActions,
): HTMLElement[] {
  const name = proposalName(graph, draft, ref);
  if (ref.type === 'relation') {
    const proposal = draft.relations[ref.index];
    if (!proposal) return [];
    const { relation } = proposal;
    const known = [relation.source, relation.target].filter((id) => graph.hasNode(id)).length;
    const evidence = draft.sentences[proposal.sentence] ?? relation.evidence[0]?.quote ?? '';
    return [
      el('p', { className: 'proposal-sentence' }, [
        entityChip(graph, draft, relation.source, actions),
        ` ${relation.label} `,
        entityChip(graph, draft, relation.target, actions),
      ]),
      el('p', { className: 'proposal-meta' }, [
        el('span', { className: 'proposal-kind', text: relation.kind }),
        ` · confidence ${percent(proposal.confidence)} · `,
        el('code', { text: proposal.rule }),
        ruleBasis(proposal.rule),
        ' · ',
        proposal.extends !== undefined
          ? 'adds evidence to a relation already in the graph'
          : known === 2
            ? 'links two known entities'
            : known === 1
              ? 'links to 1 known entity'
              : 'between new entities',
        relation.date ? ` · ${relation.date}` : '',
      ]),
      el('blockquote', { className: 'proposal-evidence' }, [
        el(
          'p',
          {},
          markMentions(evidence, [
            ...namesOf(graph, draft, relation.source, proposal.sentence),
            ...namesOf(graph, draft, relation.target, proposal.sentence),
          ]),
        ),
      ]),
      decisionControls(ref, proposal.decision, name, actions),
    ];
  }
  const proposal = draft.entities[ref.index];
  if (!proposal) return [];
  const { entity } = proposal;
  const linked = [
    ...new Set(
      draft.relations.flatMap(({ relation }) =>
        relation.source === entity.id
          ? [relation.target]
          : relation.target === entity.id
            ? [relation.source]
            : [],
      ),
    ),
  ].filter((id) => graph.hasNode(id) && id !== entity.id);
  return [
    el('p', { className: 'proposal-sentence' }, [
      el('span', { className: 'proposal-new', text: entity.label }),
      `, a new ${entity.kind}`,
      entity.description ? ` (${entity.description})` : '',
    ]),
    el('p', { className: 'proposal-meta' }, [
      el('span', { className: 'proposal-kind', text: entity.kind }),
      ` · confidence ${percent(proposal.confidence)} · `,
      el('code', { text: proposal.rule }),
      ' · ',
      linked.length === 0 ? 'linked to no known entity' : 'linked to ',
      ...linked.flatMap((id, i) => [i > 0 ? ', ' : '', entityChip(graph, draft, id, actions)]),
    ]),
    el('blockquote', { className: 'proposal-evidence' }, [
      el(
        'p',
        {},
        markMentions(draft.sentences[proposal.sentence] ?? '', [
          proposal.mention,
          entity.label,
          ...entity.aliases,
        ]),
      ),
    ]),
    decisionControls(ref, proposal.decision, name, actions),
  ];
}
