// Whom a person advises, said in the aside after the name: "Ilan Dorsey, senior adviser to US
// President Donald Trump,", "Mara Lind, a top aide to the president". The aide works for the
// person (affiliation) and so acts for that person's country (represents). Pure: tokens, mentions
// and the sentence's title facts in, facts out.
import type { Token } from './nlp';
import type { Fact, Mention } from './types';

const AIDES = new Set(['adviser', 'advisor', 'aide', 'counsellor', 'counselor']);

/** The index of the aide noun in ", [a|the] [qualifiers] adviser to" after `person`, or -1. */
function aideNounAfter(tokens: readonly Token[], person: Mention): number {
  if (tokens[person.end]?.value !== ',') return -1;
  for (let k = person.end + 1; k <= person.end + 4; k++) {
    const x = tokens[k];
    if (x === undefined) return -1;
    if (AIDES.has(x.value.toLowerCase())) return tokens[k + 1]?.value === 'to' ? k : -1;
    const qualifier = x.pos === 'DET' || (/^\p{Ll}/u.test(x.value) && x.pos === 'ADJ');
    if (!qualifier && !/^(Senior|Chief|Special|Top)$/.test(x.value)) return -1;
  }
  return -1;
}

/** The facts of "PERSON, adviser to [title] X" asides: the person works for X, and acts for the
 * country X represents (by the sentence's own title facts) or is. */
export function aideFacts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  facts: readonly Fact[],
): Fact[] {
  const out: Fact[] = [];
  for (const person of mentions) {
    if (person.kind !== 'person') continue;
    const noun = aideNounAfter(tokens, person);
    if (noun < 0) continue;
    const chief = mentions.find(
      (m) => m.start > noun + 1 && m.start <= noun + 6 && m.id !== person.id && !m.adjectival,
    );
    if (chief === undefined || tokens.slice(noun + 2, chief.start).some((x) => x.value === ','))
      continue;
    const base = { source: person.id, start: person.start, end: chief.end, confidence: 0.65 };
    const title = (tokens[noun] as Token).value;
    if (chief.kind === 'country') {
      out.push({ ...base, kind: 'represents', target: chief.id, title, rule: 'title:aide' });
      continue;
    }
    out.push({ ...base, kind: 'affiliation', target: chief.id, title, rule: 'title:aide' });
    const country = facts.find((f) => f.source === chief.id && f.kind === 'represents')?.target;
    if (country && country !== person.id)
      out.push({ ...base, kind: 'represents', target: country, title, rule: 'title:aide' });
  }
  return out;
}
