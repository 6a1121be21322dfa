// A side backing an armed or political group, told by the participle news writes it with: "the
// Iceland-backed Freedom Front", "Freedom Front rebels, backed by neighbouring Iceland", "the
// Front is supported by Icelandic troops", "Backed by neighbouring Iceland, the Front …". The
// backer gives the group aid (CAMEO 07: military or
// material support), whatever the verb "back" means elsewhere ("backed the plan" is an
// endorsement, read as a statement by the verb lexicon). Backing is a standing state, not a deed
// of the day the sentence tells ("the Iceland-backed Front took Vik on Monday"): it stays undated.
import type { Token } from '../nlp';
import type { Interaction, Mention } from '../types';

/** The participles that say a side stands behind a group. */
const BACKED = new Set(['backed', 'supported', 'armed', 'funded', 'sponsored']);

/** Words between "backed by" and the backer: "neighbouring Iceland", "regular Icelandic troops". */
const BY_GAP = new Set(['the', 'its', 'neighbouring', 'neighboring', 'regular', 'reportedly']);

/** Words between a group and the participle: "Freedom Front rebels, reportedly backed by". */
const GROUP_GAP = new Set([
  ',',
  'rebels',
  'fighters',
  'militia',
  'militias',
  'militants',
  'group',
  'is',
  'are',
  'was',
  'were',
  'been',
  'has',
  'have',
  'being',
  'reportedly',
  'allegedly',
  'widely',
  'heavily',
  'also',
]);

const isSide = (m: Mention) => m.kind === 'country' || m.kind === 'organization';

/** The side a mention at `start` names: the country of "Icelandic troops" before its forces. */
function sideAt(mentions: readonly Mention[], start: number): Mention | undefined {
  const here = mentions.filter((m) => m.start === start && isSide(m));
  return here.find((m) => m.kind === 'country') ?? here[0];
}

/** The group backed: an organisation right after "X-backed" ("the Iceland-backed Front"). */
function groupAfter(mentions: readonly Mention[], k: number): Mention | undefined {
  return mentions.find((m) => m.start === k + 1 && !m.adjectival && m.kind === 'organization');
}

/** The group backed: the organisation before "… backed by", across the words of GROUP_GAP. */
function groupBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): Mention | undefined {
  const group = [...mentions]
    .reverse()
    .find((m) => m.end <= k && !m.adjectival && m.kind === 'organization');
  if (!group) return undefined;
  const gap = tokens.slice(group.end, k).map((x) => x.value.toLowerCase());
  return gap.every((w) => GROUP_GAP.has(w)) ? group : undefined;
}

/** "Backed by neighbouring Iceland, the Front is …": the group a sentence opening with the
 * participle goes on to name, right after the comma that closes it. */
function frontedGroup(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): Mention | undefined {
  if (k !== 0) return undefined;
  const comma = tokens.findIndex((x) => x.value === ',');
  const start = tokens[comma + 1]?.value.toLowerCase() === 'the' ? comma + 2 : comma + 1;
  return mentions.find((m) => m.start === start && !m.adjectival && m.kind === 'organization');
}

const backing = (backer: Mention, group: Mention, k: number): Interaction => ({
  kind: 'aid',
  source: backer,
  target: group,
  directed: true,
  label: 'backs',
  tone: 'material-cooperation',
  confidence: Math.min(0.6, backer.confidence, group.confidence),
  rule: 'pattern:backed',
  trigger: k,
  undated: true,
});

/** Reads "X-backed Y" and "Y (is) backed by X" in one sentence. */
export function readBacking(tokens: readonly Token[], mentions: readonly Mention[]): Interaction[] {
  const out: Interaction[] = [];
  tokens.forEach((token, k) => {
    if (!BACKED.has(token.value.toLowerCase())) return;
    if (tokens[k - 1]?.value === '-') {
      const backer = [...mentions].reverse().find((m) => m.end === k - 1 && isSide(m));
      const group = groupAfter(mentions, k);
      if (backer && group && backer.id !== group.id) out.push(backing(backer, group, k));
      return;
    }
    if (tokens[k + 1]?.value.toLowerCase() !== 'by') return;
    let b = k + 2;
    while (b < tokens.length && BY_GAP.has((tokens[b] as Token).value.toLowerCase())) b++;
    const backer = sideAt(mentions, b);
    const group = groupBefore(tokens, mentions, k) ?? frontedGroup(tokens, mentions, k);
    if (backer && group && backer.id !== group.id) out.push(backing(backer, group, k));
  });
  return out;
}
