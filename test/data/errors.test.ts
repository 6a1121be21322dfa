// How a caught value is put in words: the name leads when it says what kind of failure it was.
import { describe, expect, it } from 'vitest';
import { errorDetail, errorMessage } from '../../src/data/errors';

describe('errorMessage and errorDetail', () => {
  it('lead with a telling name, or give the message alone', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorMessage(quota)).toBe('QuotaExceededError: The quota has been exceeded.');
    expect(errorMessage(new Error('disk gone'))).toBe('disk gone');
    expect(errorDetail(quota)).toBe('The quota has been exceeded.');
    expect(errorDetail(new SyntaxError('Unexpected token'))).toBe('Unexpected token');
  });
  it('turn anything else thrown into a string', () => {
    expect(errorMessage('plain words')).toBe('plain words');
    expect(errorDetail(42)).toBe('42');
  });
});
