// Bugs the hardening found, kept fixed: names from a file that reach Object.prototype through a
// lookup table, keys a link cannot carry, and one broken panel keeping the others stale.
import { describe, expect, it } from 'vitest';
import { colorForKind, KIND_COLORS } from '../../src/graph/palette';
import { relationshipsOf } from '../../src/graph/relationships';
import { importText } from '../../src/io/import-file';
import { createStore } from '../../src/state/store';
import { formatHash, parseHash } from '../../src/state/url';
import { expectCleanImport } from './fuzz-helpers';

describe('kinds named like Object.prototype members', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '%s gets the unknown colour',
    (kind) => {
      expect(colorForKind(kind)).toBe(KIND_COLORS.unknown);
    },
  );

  it('an imported graph with such kinds has text colours and meanings', () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'a', attributes: { kind: 'constructor' } },
        { key: 'b', attributes: { kind: 'toString' } },
      ],
      edges: [{ source: 'a', target: 'b', attributes: { kind: 'valueOf' } }],
    });
    const result = importText('proto.json', text);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expectCleanImport(result);
    expect(result.graph.getNodeAttribute('a', 'color')).toBe(KIND_COLORS.unknown);
    expect(relationshipsOf(result.graph, 'a')[0]?.meaning).toBe('');
  });
});

describe('keys a link cannot carry are refused at import', () => {
  it('a key with a lone surrogate, which encodeURIComponent cannot encode', () => {
    expect(() => formatHash({ type: 'entity', id: '\ud800' })).toThrow(URIError);
    const result = importText('broken.json', '{"nodes":[{"key":"a\\ud800"}]}');
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'nodes[0].key',
        message: 'the node key "a\\ud800" holds broken Unicode (a lone surrogate)',
      },
    ]);
  });

  it('a key that fits makes a link that leads back to it', () => {
    const key = '\u{1F600}'.repeat(100); // 200 UTF-16 units, 1,200 characters once encoded
    const result = importText('long.json', JSON.stringify({ nodes: [{ key }] }));
    expect(result.ok).toBe(true);
    const route = parseHash(formatHash({ type: 'entity', id: key }));
    expect(route.ok && route.selection?.id).toBe(key);
  });
});

describe('a store listener that throws', () => {
  it('does not keep the other listeners stale, and its error still reaches the caller', () => {
    const store = createStore({ n: 0 });
    const seen: number[] = [];
    store.subscribe(() => {
      throw new Error('broken panel');
    });
    store.subscribe((state) => seen.push(state.n));
    expect(() => store.update((s) => ({ n: s.n + 1 }))).toThrow('broken panel');
    expect(store.get().n).toBe(1);
    expect(seen).toEqual([1]);
  });
});
