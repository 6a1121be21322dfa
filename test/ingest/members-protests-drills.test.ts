// Three general forms: a country named after a body and a noun of membership ("NATO member
// Turkey", "EU member state Ireland") is its member; a protest or complaint filed or lodged against
// a side is a protest (CAMEO 114); a body deregistered or proscribed is sanctioned (172); and an
// exercise held jointly, or with a partner, is cooperation, not a show of force.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('News', text);

describe('members, protests, bans and joint drills', () => {
  it('reads a member named after its body', () => {
    const draft = read('NATO member Turkey and EU member state Ireland welcomed the talks.');
    expect(kindsBetween(draft, 'turkey', 'nato')).toContain('member-of');
    expect(kindsBetween(draft, 'ireland', 'european-union')).toContain('member-of');
  });

  it('reads a protest filed or a complaint lodged', () => {
    expect(
      kindsBetween(read('Latvia filed a diplomatic protest against Estonia.'), 'latvia', 'estonia'),
    ).toEqual(['protest']);
    expect(
      kindsBetween(read('Latvia lodged a complaint against Estonia.'), 'latvia', 'estonia'),
    ).toEqual(['protest']);
  });

  it('reads a body deregistered or proscribed as sanctioned', () => {
    expect(
      kindsBetween(
        read('Latvia deregistered the Harbour Front on Monday.'),
        'latvia',
        'harbour-front',
      ),
    ).toEqual(['sanction']);
    expect(
      kindsBetween(
        read('Latvia proscribed the Harbour Front on Monday.'),
        'latvia',
        'harbour-front',
      ),
    ).toEqual(['sanction']);
  });

  it('reads drills held jointly as cooperation, and drills around a side as a threat', () => {
    expect(
      kindsBetween(
        read('Latvia and Estonia held joint military exercises on Monday.'),
        'latvia',
        'estonia',
      ),
    ).toEqual(['cooperation']);
    expect(
      kindsBetween(
        read('Latvia held a joint exercise with Finland near Riga.'),
        'latvia',
        'finland',
      ),
    ).toEqual(['cooperation']);
    expect(
      kindsBetween(read('Latvia held drills around Estonia on Monday.'), 'latvia', 'estonia'),
    ).toEqual(['threat']);
  });
});
