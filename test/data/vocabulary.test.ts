// The general event vocabulary: every interaction kind sits in a CAMEO root family, its tones
// follow the family, trade kinds are cases of general ones, and a version-1 dataset still opens.
import { describe, expect, it } from 'vitest';
import {
  CAMEO_FAMILIES,
  defaultTone,
  isKindOf,
  RELATION_KIND_FAMILY,
  RELATION_KIND_NAMES,
  RELATION_KIND_TONES,
} from '../../src/data/relation-kinds';
import { type Dataset, migrateDataset, SCHEMA_VERSION } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { miniDataset } from '../fixtures/mini-dataset';

describe('the vocabulary of interactions', () => {
  it('has the general kinds a news story needs, each in its CAMEO family', () => {
    expect(RELATION_KIND_FAMILY).toMatchObject({
      mediation: '04',
      aid: '07',
      statement: '01',
      demand: '10',
      criticism: '11',
      rejection: '12',
      threat: '13',
      protest: '14',
      sanction: '16',
      'military-action': '19',
    });
  });

  it('gives each interaction the tone of its family first, and structure no tone', () => {
    for (const kind of RELATION_KIND_NAMES) {
      const family = RELATION_KIND_FAMILY[kind];
      if (family === null) expect(RELATION_KIND_TONES[kind]).toEqual([]);
      else expect(defaultTone(kind)).toBe(CAMEO_FAMILIES[family].tone);
    }
    expect(defaultTone('military-action')).toBe('material-conflict');
    expect(defaultTone('threat')).toBe('verbal-conflict');
    expect(defaultTone('protest')).toBe('verbal-conflict');
    expect(defaultTone('aid')).toBe('material-cooperation');
    expect(defaultTone('mediation')).toBe('verbal-cooperation');
    expect(defaultTone('tariff-cut')).toBe('material-cooperation');
    expect(defaultTone('affiliation')).toBeUndefined();
  });

  it('reads trade kinds as cases of the general ones', () => {
    expect(isKindOf('tariff', 'sanction')).toBe(true);
    expect(isKindOf('export-control', 'sanction')).toBe(true);
    expect(isKindOf('tariff-threat', 'threat')).toBe(true);
    expect(isKindOf('tariff-threat', 'sanction')).toBe(false);
    expect(isKindOf('sanction', 'tariff')).toBe(false);
    expect(RELATION_KIND_FAMILY.tariff).toBe(RELATION_KIND_FAMILY.sanction);
    expect(RELATION_KIND_FAMILY['tariff-threat']).toBe(RELATION_KIND_FAMILY.threat);
  });
});

const withRelation = (base: Dataset, kind: string, tone?: string): unknown => {
  const [a, b] = base.entities.filter((e) => e.kind === 'country' || e.kind === 'person');
  const relation = {
    id: 'r-new',
    source: a?.id,
    target: b?.id,
    kind,
    label: kind,
    directed: true,
    ...(tone ? { tone } : {}),
    evidence: [{ source: base.sources[0]?.id, quote: 'An invented quote.' }],
  };
  return { ...base, relations: [...base.relations, relation] };
};

describe('schema version 2', () => {
  it('is the version new documents are written with', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('opens a version-1 dataset unchanged', () => {
    const v1 = miniDataset();
    expect(v1.schemaVersion).toBe(1);
    const result = validateDataset(v1);
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset).toEqual(v1);
  });

  it('migrates a version-1 dataset to version 2 without touching its data', () => {
    const v1 = miniDataset();
    const v2 = migrateDataset(v1);
    expect(v2.schemaVersion).toBe(2);
    expect({ ...v2, schemaVersion: 1 }).toEqual(v1);
    expect(v1.schemaVersion).toBe(1);
    expect(migrateDataset(v2)).toEqual(v2);
  });

  it('accepts a sanction and a military action with their family tone, and refuses a wrong tone', () => {
    const v2 = migrateDataset(miniDataset());
    expect(validateDataset(withRelation(v2, 'sanction', 'material-conflict')).ok).toBe(true);
    expect(validateDataset(withRelation(v2, 'military-action', 'material-conflict')).ok).toBe(true);
    const wrong = validateDataset(withRelation(v2, 'military-action', 'verbal-cooperation'));
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems[0]?.message).toMatch(/tone is "material-conflict"/);
  });

  it('refuses a version it does not know', () => {
    const result = validateDataset({ ...miniDataset(), schemaVersion: 3 });
    expect(result.ok).toBe(false);
  });
});
