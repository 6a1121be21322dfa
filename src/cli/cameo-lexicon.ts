// Derives the reader's CAMEO verb table (src/ingest/extract/cameo-verbs.ts) from PETRARCH2's
// CAMEO verb dictionary: each single-word verb of a synonym block with the CAMEO code it has on
// its own (its own `[code]`, else its block's), leaving out the blocks and words that code nothing
// alone (`[---]`: they need a pattern), multi-word verbs and the patterns themselves.
//
//   git -C <petrarch2 clone> show HEAD:petrarch2/data/dictionaries/CAMEO.2.0.txt > /tmp/cameo.txt
//   npx tsx src/cli/cameo-lexicon.ts /tmp/cameo.txt > src/ingest/extract/cameo-verbs.ts
//   npx biome check --write src/ingest/extract/cameo-verbs.ts
import { readFileSync } from 'node:fs';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: tsx src/cli/cameo-lexicon.ts CAMEO.2.0.txt > cameo-verbs.ts\n');
  process.exit(2);
}

const BLOCK = /^---\s+(\S+)\s+\[([^\]]*)\]/;
/** A synonym line: the verb, its irregular forms in braces, and a code of its own. */
const SYNONYM = /^([A-Z][A-Z'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/;

/** The code a verb reports alone: "042:043" is the actor's side (042), "---" or ":110" none. */
function ownCode(raw: string): string | null {
  const code = raw.trim().split(':')[0] ?? '';
  return /^\d{3,4}$/.test(code) ? code : null;
}

function read(text: string): Map<string, string> {
  const lemmas = new Map<string, string>();
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('VERB PATTERNS'));
  let blockCode: string | null = null;
  for (const raw of lines.slice(start + 1)) {
    const line = raw.replace(/#.*/, '').trim();
    const block = BLOCK.exec(line);
    if (block) {
      blockCode = ownCode(block[2] ?? '');
      continue;
    }
    if (line === '' || line.startsWith('-') || line.startsWith('+')) continue;
    const synonym = SYNONYM.exec(line);
    if (!synonym?.[1] || line.includes('_')) continue;
    const code = synonym[2] !== undefined ? ownCode(synonym[2]) : blockCode;
    const lemma = synonym[1].toLowerCase();
    // the first block a verb appears in is its own (later ones repeat it as a synonym)
    if (code && !lemmas.has(lemma)) lemmas.set(lemma, code);
  }
  return lemmas;
}

const byCode = new Map<string, string[]>();
for (const [lemma, code] of read(readFileSync(path, 'utf8'))) {
  const list = byCode.get(code) ?? [];
  list.push(lemma);
  byCode.set(code, list);
}
const rows = [...byCode.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, list]) => `  '${code}': '${list.sort().join(' ')}',`);

process.stdout.write(`// The CAMEO verb dictionary as a table: CAMEO event code → the single-word verbs that report it
// alone, derived from PETRARCH2's CAMEO.2.0.txt (Open Event Data Alliance, MIT licence; a
// composite of the TABARI CAMEO dictionaries and WordNet synonym sets). Lemmas and codes only:
// verbs that code nothing without a pattern, multi-word verbs and the patterns are left out.
// Kept here as data, since the dictionary is on no registry; a new version of it is taken by
// running src/cli/cameo-lexicon.ts (its header has the commands). Which Parley kind each code is
// read as is decided in cameo-kinds.ts.
export const CAMEO_VERBS: Readonly<Record<string, string>> = {
${rows.join('\n')}
};
`);
