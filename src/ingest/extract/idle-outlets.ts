// An outlet the article only cites or credits ("AP Manila", "seen by The Associated Press", a
// comment asked "from Reuters", "VOC News has reached out") is the press the story comes through,
// not one of its actors: it is proposed only when it takes part in an interaction or an event of
// the story ("Russia banned the Harbour Times"), or as the medium someone spoke to or wrote for
// ("told Fox News", "in a CNBC interview", "reported by Jo Roe for Reuters"), as the curated graph
// keeps it. State media speak for their state ("Xinhua said") and stay, as its other bodies do;
// a tie to a country ("Andes broadcaster ATV") makes no outlet an actor.
import { RELATION_KIND_FAMILY } from '../../data/relation-kinds';
import type { Draft } from '../draft';
import { OUTLETS } from './gazetteer';
import { MEDIA_NAME_ENDS } from './news-sources';

const namesOf = (state: boolean) =>
  new Set(
    OUTLETS.filter((o) => (o.state ?? false) === state)
      .flatMap((o) => [o.label, ...o.names])
      .map((n) => n.toLowerCase()),
  );
const PRESS_NAMES: ReadonlySet<string> = namesOf(false);
const STATE_MEDIA_NAMES: ReadonlySet<string> = namesOf(true);
/** The names of every outlet the gazetteer knows, lower case. */
export const OUTLET_NAMES: ReadonlySet<string> = new Set([...PRESS_NAMES, ...STATE_MEDIA_NAMES]);

/** A known outlet no state runs, or an organisation named as a medium is ("VOC News", "Harbour
 * Times"). */
export function isPressNamed(label: string, kind: string): boolean {
  const key = label.toLowerCase();
  if (PRESS_NAMES.has(key)) return true;
  if (STATE_MEDIA_NAMES.has(key)) return false;
  const last = key.split(/\s+/).at(-1) ?? '';
  return kind === 'organization' && key.includes(' ') && MEDIA_NAME_ENDS.has(last);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a sentence names the outlet as the medium someone spoke to or wrote for: "told Fox
 * News", "speaking to Axios", "on Fox News", "for Reuters", "in a CNBC interview" ("according to
 * Reuters" tells, no one spoke to it). */
export function spokenToIn(sentences: readonly string[], label: string): boolean {
  const name = escaped(label.replace(/^The /, ''));
  const medium = new RegExp(
    `\\b(?:told|tells|telling|(?<!according )to|with|on|for)(?: the)? ${name}\\b|\\b${name} interview`,
  );
  return sentences.some((s) => medium.test(s));
}

/** The draft without the outlets it proposes that act in none of its interactions or events and
 * are no medium spoken to, and without their ties. */
export function withoutIdleOutlets(draft: Draft): Draft {
  const acting = new Set<string>();
  for (const { relation } of draft.relations)
    if (RELATION_KIND_FAMILY[relation.kind] !== null || relation.kind === 'participant')
      acting.add(relation.source).add(relation.target);
  const idle = new Set(
    draft.entities
      .filter(({ entity }) => isPressNamed(entity.label, entity.kind) && !acting.has(entity.id))
      .filter(({ entity }) => !spokenToIn(draft.sentences, entity.label))
      .map(({ entity }) => entity.id),
  );
  if (idle.size === 0) return draft;
  return {
    ...draft,
    entities: draft.entities.filter((p) => !idle.has(p.entity.id)),
    relations: draft.relations.filter(
      ({ relation }) => !idle.has(relation.source) && !idle.has(relation.target),
    ),
  };
}
