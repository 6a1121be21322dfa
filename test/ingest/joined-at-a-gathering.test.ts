// To join someone at a gathering is to meet them there: "Kim and Putin joined Xi at a military
// parade", "Xi was later joined by Boric and Lula for a working dinner"; joined on a call, one
// speaks with everyone the sentence has on it already ("spoke with Zelensky before being joined
// on the call by Starmer and Macron"). A country joining a body at a ceremony is membership,
// not a meeting.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const read = (text: string) => readLead('Leaders gather', text);

describe('joined at a gathering', () => {
  it('reads those who join someone at a parade as meeting them', () => {
    const draft = read(
      'Latvian President Edgars Rinkevics and Estonian President Alar Karis joined Finnish President Alexander Stubb at a military parade in Helsinki.',
    );
    expect(kindsBetweenLabels(draft, 'Edgars Rinkevics', 'Alexander Stubb')).toContain('meeting');
    expect(kindsBetweenLabels(draft, 'Alar Karis', 'Alexander Stubb')).toContain('meeting');
  });

  it('reads a list joining someone for a dinner, in the passive', () => {
    const draft = read(
      'Finnish President Alexander Stubb was later joined by Edgars Rinkevics and Alar Karis for a working dinner.',
    );
    expect(kindsBetweenLabels(draft, 'Alexander Stubb', 'Edgars Rinkevics')).toContain('meeting');
    expect(kindsBetweenLabels(draft, 'Alexander Stubb', 'Alar Karis')).toContain('meeting');
  });

  it('reads those joining a call as on it with everyone named on it before', () => {
    const draft = read(
      'Finnish President Alexander Stubb first spoke directly with Latvian President Edgars Rinkevics before being joined on the call by Estonian President Alar Karis and Lithuanian President Gitanas Nauseda.',
    );
    for (const host of ['Alexander Stubb', 'Edgars Rinkevics'])
      for (const guest of ['Alar Karis', 'Gitanas Nausėda'])
        expect(kindsBetweenLabels(draft, host, guest)).toContain('call');
  });

  it('reads a country joining a body at a ceremony as no meeting', () => {
    const draft = read('Finland joined NATO at a ceremony in Brussels in 2023.');
    expect(
      kindsBetweenLabels(draft, 'Finland', 'North Atlantic Treaty Organization'),
    ).not.toContain('meeting');
  });
});
