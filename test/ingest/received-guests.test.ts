// A guest received or welcomed somewhere ("received Kristen Michal in Riga", "welcomed Israeli
// Prime Minister Benjamin Netanyahu to the White House") was met; a plan or a decision welcomed
// is said of its owner, and a letter received is no meeting.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Visit', text);

describe('guests received', () => {
  it('were met where they were received', () => {
    expect(
      kindsBetween(
        read('Evika Silina received Kristen Michal in Riga on Friday.'),
        'evika-silina',
        'kristen-michal',
      ),
    ).toEqual(['meeting']);
    const draft = read(
      'Trump welcomed Israeli Prime Minister Benjamin Netanyahu to the White House.',
    );
    expect(kindsBetween(draft, 'donald-trump', 'benjamin-netanyahu')).toEqual(['meeting']);
  });

  it('are no plan or letter', () => {
    expect(
      kindsBetween(read("Latvia welcomed Trump's plan on Monday."), 'latvia', 'donald-trump'),
    ).toEqual(['statement']);
    expect(
      read('Evika Silina received a letter from Kristen Michal.').relations.filter(
        (r) => r.relation.kind === 'meeting',
      ),
    ).toEqual([]);
  });
});
