// 'Jimmy “Barbecue” Chérizier', 'Teodor "Bear" Balan': a nickname quoted between the words of a
// name is no word of it; the person is named as themself, and the sentence quoted as evidence
// keeps the nickname. A quoted phrase before a day is no nickname.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const people = (text: string) =>
  readLead('Gang leader speaks', text)
    .entities.filter((e) => e.entity.kind === 'person')
    .map((e) => e.entity.label);

describe('a nickname quoted inside a name', () => {
  it('reads the name without its curly-quoted nickname', () => {
    expect(people('The coalition is led by Jimmy “Barbecue” Chérizier, a former officer.')).toEqual(
      ['Jimmy Chérizier'],
    );
  });

  it('reads the name without a nickname in straight quotes, after a title', () => {
    expect(people('Gang leader Teodor "Bear" Balan said the police would pay.')).toEqual([
      'Teodor Balan',
    ]);
  });

  it('keeps the nickname in the sentence cited as evidence', () => {
    const draft = readLead(
      'Envoy meets gang leader',
      'Latvian envoy Ilze Ozola met Teodor “Bear” Balan in Riga on Monday.',
    );
    const meeting = draft.relations.find((r) => r.relation.kind === 'meeting');
    expect(meeting?.relation.source).toBe('ilze-ozola');
    expect(meeting?.relation.target).toBe('teodor-balan');
    expect(draft.sentences[meeting?.sentence ?? -1]).toContain('“Bear”');
  });
});
