// A document signed with a side is an accord with it ("Finland, Sweden and Norway signed a
// document with Latvia guaranteeing the truce"), as a signed declaration or memorandum is; a
// document only drafted or read is none.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Accord', text);

describe('a signed document', () => {
  it('is an accord of each signer with the side it was signed with', () => {
    const draft = read(
      'Finland, Sweden and Norway signed a document with Latvia guaranteeing the truce.',
    );
    for (const signer of ['finland', 'sweden', 'norway'])
      expect(kindsBetween(draft, signer, 'latvia')).toContain('agreement');
  });

  it('is no accord when only drafted', () => {
    const draft = read('Finland drafted a document with Latvia on fishing quotas.');
    expect(kindsBetween(draft, 'finland', 'latvia')).not.toContain('agreement');
  });
});
