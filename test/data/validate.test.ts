// The schema and the integrity rules: the mini dataset passes; each kind of broken document
// is rejected with a path a person can find and a message that says what is wrong.
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/data/problem';
import { DatasetSchema, IdSchema } from '../../src/data/schema';
import { formatProblems, parseDatasetText, validateDataset } from '../../src/data/validate';
import { generateSynthetic } from '../fixtures/generate';
import { miniDataset } from '../fixtures/mini-dataset';

// Broken documents are mutated as plain JSON: they are deliberately not typed datasets.
type Loose = any;

function broken(mutate: (doc: Loose) => void): unknown {
  const doc: Loose = structuredClone(miniDataset());
  mutate(doc);
  return doc;
}

const CASES: Array<{ name: string; doc: unknown; path: string; message: RegExp }> = [
  {
    name: 'dangling relation target',
    doc: broken((d) => {
      d.relations[0].target = 'bessent';
    }),
    path: 'relations[0].target',
    message: /unknown entity "bessent"/,
  },
  {
    name: 'dangling relation source',
    doc: broken((d) => {
      d.relations[2].source = 'nobody';
    }),
    path: 'relations[2].source',
    message: /unknown entity "nobody"/,
  },
  {
    name: 'dangling evidence source',
    doc: broken((d) => {
      d.relations[1].evidence[0].source = 'a9';
    }),
    path: 'relations[1].evidence[0].source',
    message: /unknown source "a9"/,
  },
  {
    name: 'dangling role organization',
    doc: broken((d) => {
      d.entities[0].roles[0].organization = 'atlantis';
    }),
    path: 'entities[0].roles[0].organization',
    message: /unknown entity "atlantis"/,
  },
  {
    name: 'duplicate entity id',
    doc: broken((d) => {
      d.entities[1].id = 'ana';
    }),
    path: 'entities[1].id',
    message: /duplicate id "ana"/,
  },
  {
    name: 'duplicate relation id',
    doc: broken((d) => {
      d.relations[3].id = 'r1';
    }),
    path: 'relations[3].id',
    message: /duplicate id "r1"/,
  },
  {
    name: 'missing evidence',
    doc: broken((d) => {
      d.relations[0].evidence = [];
    }),
    path: 'relations[0].evidence',
    message: /at least one evidence/,
  },
  {
    name: 'evidence absent',
    doc: broken((d) => {
      delete d.relations[0].evidence;
    }),
    path: 'relations[0].evidence',
    message: /expected array/,
  },
  {
    name: 'quote not a string',
    doc: broken((d) => {
      d.relations[0].evidence[0].quote = 42;
    }),
    path: 'relations[0].evidence[0].quote',
    message: /expected string/,
  },
  {
    name: 'empty quote',
    doc: broken((d) => {
      d.relations[0].evidence[0].quote = '   ';
    }),
    path: 'relations[0].evidence[0].quote',
    message: /must not be empty/,
  },
  {
    name: 'quote over 400 characters',
    doc: broken((d) => {
      d.relations[0].evidence[0].quote = 'x'.repeat(401);
    }),
    path: 'relations[0].evidence[0].quote',
    message: /longer than 400/,
  },
  {
    name: 'date not ISO',
    doc: broken((d) => {
      d.relations[0].date = 'May 12, 2025';
    }),
    path: 'relations[0].date',
    message: /ISO prefix/,
  },
  {
    name: 'date not on the calendar',
    doc: broken((d) => {
      d.relations[0].date = '2025-02-30';
    }),
    path: 'relations[0].date',
    message: /not a real calendar date/,
  },
  {
    name: 'month 13',
    doc: broken((d) => {
      d.relations[0].date = '2025-13';
    }),
    path: 'relations[0].date',
    message: /not a real calendar date/,
  },
  {
    name: 'unknown entity kind',
    doc: broken((d) => {
      d.entities[0].kind = 'wizard';
    }),
    path: 'entities[0].kind',
    message: /expected one of/,
  },
  {
    name: 'unknown relation kind',
    doc: broken((d) => {
      d.relations[0].kind = 'hug';
    }),
    path: 'relations[0].kind',
    message: /expected one of/,
  },
  {
    name: 'unknown tone',
    doc: broken((d) => {
      d.relations[0].tone = 'friendly';
    }),
    path: 'relations[0].tone',
    message: /expected one of/,
  },
  {
    name: '__proto__ key',
    doc: JSON.parse(
      JSON.stringify(miniDataset()).replace(
        '"label":"Bo Li"',
        '"label":"Bo Li","__proto__":{"polluted":true}',
      ),
    ),
    path: 'entities[1]',
    message: /unknown key\(s\) "__proto__"/,
  },
  {
    name: 'a reserved id (constructor)',
    doc: broken((d) => {
      d.entities[2].id = 'constructor';
      d.relations[2].target = 'constructor';
    }),
    path: 'entities[2].id',
    message: /reserved/,
  },
  {
    name: 'unknown top-level key',
    doc: broken((d) => {
      d.nodes = [];
    }),
    path: '(root)',
    message: /unknown key\(s\) "nodes"/,
  },
  { name: 'wrong top-level type', doc: [1, 2, 3], path: '(root)', message: /expected object/ },
  {
    name: 'wrong schema version',
    doc: broken((d) => {
      d.schemaVersion = 3;
    }),
    path: 'schemaVersion',
    message: /schemaVersion must be one of 1, 2/,
  },
  {
    name: 'duplicate label',
    doc: broken((d) => {
      d.entities[1].label = 'ana ruiz';
    }),
    path: 'entities[1].label',
    message: /already used by entities\[0\]/,
  },
  {
    name: "alias that is another entity's label",
    doc: broken((d) => {
      d.entities[1].aliases.push('Landia');
    }),
    path: 'entities[1].aliases[1]',
    message: /label of entities\[2\]/,
  },
  {
    name: 'id with spaces',
    doc: broken((d) => {
      d.entities[3].id = 'spring summit';
    }),
    path: 'entities[3].id',
    message: /may hold only/,
  },
  {
    name: 'javascript: url',
    doc: broken((d) => {
      d.sources[1].url = 'javascript:alert(1)';
    }),
    path: 'sources[1].url',
    message: /http\(s\)/,
  },
  {
    name: 'role ending before it starts',
    doc: broken((d) => {
      d.entities[0].roles[0].from = '2025';
      d.entities[0].roles[0].to = '2024';
    }),
    path: 'entities[0].roles[0].to',
    message: /ends \(2024\) before it starts/,
  },
  {
    name: 'directed not a boolean',
    doc: broken((d) => {
      d.relations[0].directed = 'yes';
    }),
    path: 'relations[0].directed',
    message: /expected boolean/,
  },
];

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    const result = validateDataset(miniDataset());
    expect(result.ok).toBe(true);
  });

  it.each(CASES)('rejects a document with $name at $path', ({ doc, path, message }) => {
    const result = validateDataset(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it('does not pollute Object.prototype when given a __proto__ key', () => {
    validateDataset(JSON.parse('{"__proto__": {"polluted": true}, "schemaVersion": 1}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every problem, not only the first', () => {
    const result = validateDataset(
      broken((d) => {
        d.relations[0].target = 'x';
        d.relations[1].source = 'y';
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual([
        'relations[0].target',
        'relations[1].source',
      ]);
  });
});

describe('the order of the problems', () => {
  it('lists the ids used twice or reserved before the labels and the relations, as the file reads', () => {
    const result = validateDataset(
      broken((d) => {
        d.relations[2].id = 'r1';
        d.relations[3].id = 'valueOf';
        d.entities[1].label = 'ana ruiz';
        d.relations[1].evidence[0].source = 'a9';
      }),
    );
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'relations[2].id', message: 'duplicate id "r1" (first used at relations[0])' },
      { path: 'relations[3].id', message: 'id "valueOf" is reserved' },
      { path: 'entities[1].label', message: 'label "ana ruiz" is already used by entities[0]' },
      { path: 'relations[1].evidence[0].source', message: 'unknown source "a9"' },
    ]);
  });
});

describe('parseDatasetText', () => {
  it('turns a JSON syntax error into one problem at (root)', () => {
    const result = parseDatasetText('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.path).toBe('(root)');
      expect(result.problems[0]?.message).toMatch(/not valid JSON/);
    }
  });
});

describe('formatting problems', () => {
  it('names paths the way a person reads them', () => {
    expect(formatPath(['relations', 12, 'target'])).toBe('relations[12].target');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['entities', 0, 'a b'])).toBe('entities[0]["a b"]');
  });
  it('prints file: path: message', () => {
    expect(
      formatProblems('g.json', [{ path: 'relations[1].target', message: 'unknown entity "x"' }]),
    ).toEqual(['g.json: relations[1].target: unknown entity "x"']);
  });
});

describe('self-loops', () => {
  it('accepts a relation of an entity with itself (imported graphs have them)', () => {
    const result = validateDataset(
      broken((d) => {
        d.relations[0].target = 'ana';
      }),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('validateDataset returns what the schema returns', () => {
  // A fast path handles valid data without zod; its output must be zod's, key order included.
  const asZod = (value: unknown) => JSON.stringify(DatasetSchema.parse(value));
  const asValidated = (value: unknown) => {
    const result = validateDataset(value);
    return result.ok ? JSON.stringify(result.dataset) : result.problems;
  };

  it('for the mini dataset and a synthetic one', () => {
    const synthetic = generateSynthetic({ nodes: 300, relationsPerNode: 5, seed: 3 }).dataset;
    for (const doc of [miniDataset(), synthetic]) expect(asValidated(doc)).toBe(asZod(doc));
  });

  it('for objects whose keys come in another order, without changing the input', () => {
    const doc: Loose = structuredClone(miniDataset());
    const { id, ...rest } = doc.entities[0];
    doc.entities[0] = { ...rest, id };
    doc.relations[0].evidence[0] = { quote: 'Ana called Bo.', source: 'a1' };
    doc.entities[0].roles[0] = { organization: 'land', title: 'Minister' };
    const before = JSON.stringify(doc);
    expect(asValidated(doc)).toBe(asZod(doc));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('for relations in another key order, with each set of optional keys', () => {
    const doc: Loose = structuredClone(miniDataset());
    const optional = ['date', 'dateApproximate', 'tone'];
    doc.relations = Array.from({ length: 8 }, (_, bits) => {
      const { evidence, ...rest } = structuredClone(miniDataset().relations[1]) as Loose;
      const relation: Loose = { evidence, ...rest, id: `r${bits}` };
      optional.forEach((key, i) => {
        if (!(bits & (1 << i))) delete relation[key];
      });
      if (bits === 7) relation.tone = undefined;
      return relation;
    });
    expect(asValidated(doc)).toBe(asZod(doc));
    const result = validateDataset(doc);
    expect(result.ok && Object.keys(result.dataset.relations[7] ?? {})).toEqual([
      ...['id', 'source', 'target', 'kind', 'label', 'directed'],
      ...['date', 'dateApproximate', 'tone', 'evidence'],
    ]);
  });

  it('with optional keys present as undefined', () => {
    const doc: Loose = structuredClone(miniDataset());
    doc.entities[1].description = undefined;
    doc.relations[0].tone = undefined;
    const result = validateDataset(doc);
    expect(result.ok && 'description' in (result.dataset.entities[1] ?? {})).toBe(true);
    expect(result.ok && result.dataset).toEqual(DatasetSchema.parse(doc));
  });
});

describe('ids', () => {
  it('accepts exactly the ids the schema accepts, wherever an id goes', () => {
    const ids = ['a', 'A9', '9', 'a.b_c:d-e', 'Zz-1', 'é', 'a b', '-a', '.a', '_a', ':a', 'a@b'];
    ids.push('a/b', 'a[', 'a`', 'a{', 'a\n', '', 'x'.repeat(200), 'x'.repeat(201), 'aé', 'ａ');
    for (const id of ids) {
      const accepted = IdSchema.safeParse(id).success;
      const asEntity = broken((d) => {
        d.entities[2].id = id;
        d.entities[0].roles[0].organization = id;
        for (const relation of d.relations) {
          if (relation.source === 'land') relation.source = id;
          if (relation.target === 'land') relation.target = id;
        }
      });
      const asRelation = broken((d) => void (d.relations[1].id = id));
      const asSource = broken((d) => {
        d.sources[1].id = id;
        for (const relation of d.relations) {
          for (const evidence of relation.evidence)
            if (evidence.source === 'a2') evidence.source = id;
        }
      });
      for (const doc of [asEntity, asRelation, asSource]) {
        expect([id, validateDataset(doc).ok]).toEqual([id, accepted]);
      }
    }
  });
});

describe('reserved ids', () => {
  it('refuses every name of an Object.prototype property as an id (graphology breaks on them)', () => {
    for (const id of ['toString', 'valueOf', 'hasOwnProperty', 'constructor']) {
      const doc: Loose = structuredClone(miniDataset());
      doc.entities[1].id = id;
      for (const relation of doc.relations) {
        if (relation.source === 'bo') relation.source = id;
        if (relation.target === 'bo') relation.target = id;
      }
      const result = validateDataset(doc);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems).toContainEqual({
          path: 'entities[1].id',
          message: `id "${id}" is reserved`,
        });
    }
  });
});
