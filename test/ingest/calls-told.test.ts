// A call told by what was said on it: "told Michal in a phone call that …", "told Michal by
// phone"; "said in a call with Michal that Latvia would …" is a call held (the "would" is what was
// said); "sat down with Michal" is a meeting; "told Michal that …" alone is a statement.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Talks', text);
const between = (text: string) => kindsBetween(read(text), 'evika-silina', 'kristen-michal');

describe('calls told by what was said', () => {
  it('reads the one told in a call, or by phone, as on the call', () => {
    expect(
      between('Evika Silina told Kristen Michal in a phone call that Latvia would not back down.'),
    ).toEqual(['call']);
    expect(
      between('Evika Silina told Kristen Michal by phone that Latvia would not back down.'),
    ).toEqual(['call']);
  });

  it('reads a call held, whatever was said on it would happen', () => {
    expect(
      between('Evika Silina said in a call with Kristen Michal that Latvia would not back down.'),
    ).toEqual(['call']);
  });

  it('reads sitting down with someone as a meeting, and telling alone as a statement', () => {
    expect(between('Evika Silina sat down with Kristen Michal on Friday.')).toEqual(['meeting']);
    expect(between('Evika Silina told Kristen Michal that Latvia would not back down.')).toEqual([
      'statement',
    ]);
  });
});
