import { builtinCheckTypes } from './builtinCheckTypes';

describe('builtinCheckTypes', () => {
  it('lists each entity check type once', () => {
    expect(builtinCheckTypes.map(checkType => checkType.type)).toEqual([
      'annotation',
      'field',
      'link',
      'relation',
      'owner-is-group',
      'lifecycle',
    ]);
  });

  it('describes each check type in one line', () => {
    for (const checkType of builtinCheckTypes) {
      expect(checkType.description).toMatch(/^[A-Z][^\n]+\.$/);
    }
  });
});
