// The rules of what each relation kind means: a relation whose ends or tone do not fit its kind
// is refused by validate with a message that names it; what the rules cannot judge (kinds outside
// the vocabulary, undescribed organizations) passes, so generated and imported datasets still do.
import { describe, expect, it } from 'vitest';
import { checkKindRules, isMediaOutlet, KIND_RULES } from '../../src/data/kind-rules';
import { RELATION_KIND_TONES, RELATION_KINDS } from '../../src/data/relation-kinds';
import type { Dataset, Entity, Relation } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { generateSynthetic } from '../fixtures/generate';
import { miniDataset } from '../fixtures/mini-dataset';

const outlet: Entity = {
  id: 'wire',
  label: 'Daily Wire Service',
  kind: 'organization',
  aliases: [],
  description: 'News agency.',
};
const bureau: Entity = {
  id: 'bureau',
  label: 'Statistics Bureau',
  kind: 'organization',
  aliases: [],
  description: 'Government agency that compiles trade figures.',
};
const undescribed: Entity = { id: 'org', label: 'Some Body', kind: 'organization', aliases: [] };

function withRelation(relation: Partial<Relation>): Dataset {
  const doc = miniDataset();
  doc.entities.push(outlet, bureau, undescribed);
  doc.relations.push({
    id: 'r9',
    source: 'ana',
    target: 'land',
    kind: 'represents',
    label: 'x',
    directed: true,
    evidence: [{ source: 'a1', quote: 'Ana.' }],
    ...relation,
  } as Relation);
  return doc;
}

describe('checkKindRules', () => {
  it('accepts the mini dataset and a generated one', () => {
    expect(checkKindRules(miniDataset())).toEqual([]);
    const synthetic = generateSynthetic({ nodes: 600, relationsPerNode: 5, seed: 7 }).dataset;
    expect(checkKindRules(synthetic)).toEqual([]);
  });

  it.each([
    [
      { kind: 'represents', target: 'bo' },
      'target',
      /"r9" \(represents\).*a country.*"bo" is a person/,
    ],
    [{ kind: 'member-of', target: 'land' }, 'target', /"r9" \(member-of\).*an organization/],
    [
      { kind: 'affiliation', source: 'land', target: 'org' },
      'source',
      /"r9" \(affiliation\).*a person/,
    ],
    [{ kind: 'participant', target: 'bo' }, 'target', /"r9" \(participant\).*an event/],
    [{ kind: 'located-in', source: 'summit', target: 'bo' }, 'target', /a place or a country/],
    [{ kind: 'about', source: 'summit', target: 'land' }, 'target', /a topic, an event or a place/],
    [
      { kind: 'call', target: 'summit' },
      'target',
      /"r9" \(call\).*a person, an organization or a country/,
    ],
    [
      { kind: 'reported-by', source: 'ana', target: 'wire' },
      'source',
      /"r9" \(reported-by\).*an event/,
    ],
    [{ kind: 'reported-by', source: 'summit', target: 'bo' }, 'target', /an organization/],
    [
      { kind: 'reported-by', source: 'summit', target: 'bureau' },
      'target',
      /a media outlet.*"bureau" is not/,
    ],
    [
      { kind: 'tariff', tone: 'verbal-cooperation' },
      'tone',
      /"r9" \(tariff\).*"material-conflict"/,
    ],
    [
      { kind: 'represents', tone: 'verbal-cooperation' },
      'tone',
      /"r9" \(represents\).*carries no tone/,
    ],
    [
      { kind: 'cooperation', target: 'bo', tone: 'verbal-conflict' },
      'tone',
      /"material-cooperation"/,
    ],
  ] as [Partial<Relation>, string, RegExp][])('refuses %j at its %s', (relation, end, message) => {
    const result = validateDataset(withRelation(relation));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === `relations[4].${end}`);
    expect(problem?.message).toMatch(message);
  });

  it('accepts each kind used as it means', () => {
    for (const relation of [
      { kind: 'represents', target: 'land' },
      // acting for a body: "signed on behalf of the Nordic Council"
      { kind: 'represents', target: 'org' },
      // DESIGN §2: a post in a country is an affiliation (Bessent → United States), and so is a
      // body's tie to its country (a ministry)
      { kind: 'affiliation', target: 'land' },
      { kind: 'affiliation', source: 'bureau', target: 'land' },
      { kind: 'reported-by', source: 'summit', target: 'wire' },
      { kind: 'reported-by', source: 'summit', target: 'org' }, // undescribed: cannot be judged
      { kind: 'cooperation', target: 'bo', directed: false, tone: 'material-cooperation' },
      { kind: 'about', source: 'summit', target: 'summit' },
      { kind: 'planned-meeting', target: 'summit', tone: 'verbal-conflict' },
    ] as Partial<Relation>[]) {
      const result = validateDataset(withRelation(relation));
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('has no rule for kinds outside the vocabulary or entities of unknown kinds', () => {
    const doc = withRelation({
      kind: 'unknown' as Relation['kind'],
      target: 'bo',
      tone: 'x' as never,
    });
    expect(checkKindRules(doc)).toEqual([]);
    const odd = withRelation({ kind: 'represents', target: 'thing' });
    odd.entities.push({
      id: 'thing',
      label: 'Thing',
      kind: 'widget' as Entity['kind'],
      aliases: [],
    });
    expect(checkKindRules(odd)).toEqual([]);
    const dangling = withRelation({ kind: 'represents', target: 'nobody' });
    expect(checkKindRules(dangling)).toEqual([]); // the reference rule reports it
  });

  it('recognises an outlet by what its label, aliases or description say', () => {
    expect(isMediaOutlet(outlet)).toBe(true);
    expect(isMediaOutlet(bureau)).toBe(false);
    expect(isMediaOutlet(undescribed)).toBe(true);
    expect(isMediaOutlet({ ...bureau, aliases: ['Bureau Press'] })).toBe(true);
    expect(isMediaOutlet({ ...outlet, kind: 'person' })).toBe(false);
  });

  it('documents a tone class for every kind of the vocabulary', () => {
    expect(Object.keys(RELATION_KIND_TONES).sort()).toEqual(Object.keys(RELATION_KINDS).sort());
    for (const kind of Object.keys(KIND_RULES)) expect(Object.keys(RELATION_KINDS)).toContain(kind);
  });
});
