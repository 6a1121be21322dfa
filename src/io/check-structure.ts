// The structure of a loose graph before its attributes: keys well-formed and unique, edge ends
// given. An end naming a node the file never declares is not a problem: that node is created
// (as Gephi and graphology's `addMissingNodes` do), listed here in order of first mention.

import { formatPath } from '../data/problem';
import { RESERVED_KEYS } from '../data/reserved-keys';
import { LONE_SURROGATE } from './import-attributes';
import type { ImportProblem, LooseEdge, LooseGraph } from './import-types';
import { IMPORT_LIMITS } from './limits';

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

function checkKey(key: string, what: string, keyName: string): string | null {
  if (key.trim() === '')
    return `is missing or empty: every ${what} needs ${keyName === 'id' ? 'an id' : 'a key'}`;
  if (RESERVED_KEYS.has(key)) return `"${key}" cannot be used as a ${what} key (it is reserved)`;
  if (CONTROL_CHARS.test(key))
    return `the ${what} key ${JSON.stringify(key)} holds control characters`;
  // Keys travel in links (#/entity/<key>): too long or broken text could never be selected.
  if (key.length > IMPORT_LIMITS.maxKeyLength)
    return `the ${what} key is ${key.length} characters long; Parley reads keys of at most ${IMPORT_LIMITS.maxKeyLength} characters`;
  if (LONE_SURROGATE.test(key))
    return `the ${what} key ${JSON.stringify(key)} holds broken Unicode (a lone surrogate)`;
  return null;
}

export type Structure = {
  problems: ImportProblem[];
  /** Every edge whose key and ends are sound, with its index in the file. */
  edges: { edge: LooseEdge; index: number }[];
  /** Keys that edges name but no node declares, in order of first mention. */
  missingNodes: string[];
};

/** Key problems (empty, reserved, duplicate, broken), missing ends, and the undeclared nodes. */
export function checkStructure(loose: LooseGraph): Structure {
  const { keyName } = loose.where;
  const problems: ImportProblem[] = [];
  const nodeIndex = new Map<string, number>();
  loose.nodes.forEach((node, i) => {
    const path = formatPath(['nodes', i, keyName]);
    const wrong = checkKey(node.key, 'node', keyName);
    if (wrong) problems.push({ path, message: wrong });
    const earlier = nodeIndex.get(node.key);
    if (earlier === undefined) nodeIndex.set(node.key, i);
    else if (!wrong) {
      problems.push({
        path,
        message: `duplicate node key "${node.key}" (first used at nodes[${earlier}])`,
      });
    }
  });

  const edgeIndex = new Map<string, number>();
  const edges: { edge: LooseEdge; index: number }[] = [];
  const missing = new Set<string>();
  loose.edges.forEach((edge, i) => {
    let broken = false;
    if (edge.key !== null) {
      const path = formatPath(['edges', i, keyName]);
      const wrong = checkKey(edge.key, 'edge', keyName);
      const earlier = edgeIndex.get(edge.key);
      if (wrong) problems.push({ path, message: wrong });
      else if (earlier !== undefined) {
        problems.push({
          path,
          message: `duplicate edge key "${edge.key}" (first used at edges[${earlier}])`,
        });
      } else edgeIndex.set(edge.key, i);
      broken = wrong !== null;
    }
    for (const end of ['source', 'target'] as const) {
      const node = edge[end];
      const path = formatPath(['edges', i, end]);
      if (node === '') {
        problems.push({ path, message: `an edge needs a ${end} node` });
        broken = true;
      } else if (!nodeIndex.has(node) && !missing.has(node)) {
        // an undeclared node: created, if its key could be a node's key
        const wrong = checkKey(node, 'node', keyName);
        if (wrong) {
          problems.push({
            path,
            message: `names an undeclared node whose key is unusable: ${wrong}`,
          });
          broken = true;
        } else missing.add(node);
      }
    }
    if (!broken) edges.push({ edge, index: i });
  });
  const total = loose.nodes.length + missing.size;
  if (missing.size > 0 && total > IMPORT_LIMITS.maxNodes) {
    problems.push({
      path: 'edges',
      message: `the edges name ${missing.size.toLocaleString('en-US')} undeclared nodes, which would make ${total.toLocaleString('en-US')} nodes; Parley imports at most ${IMPORT_LIMITS.maxNodes.toLocaleString('en-US')}`,
    });
  }
  return { problems, edges, missingNodes: [...missing] };
}
