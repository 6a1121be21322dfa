// A surname's Persian letter written "gh" by one outlet and "q" by another ("Araghchi",
// "Araqchi") is one name: the spelling key links them.
import { describe, expect, it } from 'vitest';
import { spellingKey } from '../../src/ingest/extract/name-spellings';

describe('a surname written with gh or q', () => {
  it('has one spelling key', () => {
    expect(spellingKey('abbas araqchi')).toBe(spellingKey('abbas araghchi'));
  });

  it('leaves a given name and other names apart', () => {
    expect(spellingKey('ghani')).not.toBe(spellingKey('qani'));
    expect(spellingKey('abbas araghchi')).not.toBe(spellingKey('abbas arakchi'));
  });
});
