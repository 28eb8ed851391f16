import { describe, expect, it } from 'vitest';
import { addRequestHash, addRequestOf } from '../utils/add-request';

describe('a name on its way to the settings page', () => {
  it('travels in the address with its type and the sentence it came from, in any script', () => {
    const request = { text: 'زاروغاند', type: 'place' as const, from: 'وصل الوفد إلى مدينة زاروغاند & غيرها' };
    expect(addRequestOf(addRequestHash(request))).toEqual(request);
    expect(addRequestOf(addRequestHash({ text: 'كانت' }))).toEqual({ text: 'كانت' });
  });
  it('drops a type that is not one, and is nothing without a name', () => {
    expect(addRequestOf('#add=x&type=planet')).toEqual({ text: 'x' });
    expect(addRequestOf('#type=place')).toBeNull();
    expect(addRequestOf('')).toBeNull();
  });
});
