import { fieldOfMessage } from './fieldOfMessage';

describe('fieldOfMessage', () => {
  it('reads Paved Road spec fields as written in YAML', () => {
    expect(fieldOfMessage('spec.owner is required')).toEqual({
      field: 'spec.owner',
      path: ['spec', 'owner'],
    });
    expect(fieldOfMessage('spec.parts[2] must not be empty')).toEqual({
      field: 'spec.parts[2]',
      path: ['spec', 'parts', 2],
    });
    expect(fieldOfMessage('spec is required')).toEqual({
      field: 'spec',
      path: ['spec'],
    });
  });

  it("reads the catalog's JSON pointers", () => {
    expect(
      fieldOfMessage('/spec/targets/0 must be string - type: string'),
    ).toEqual({ field: 'spec.targets.0', path: ['spec', 'targets', 0] });
  });

  it("reads the catalog's quoted field names", () => {
    expect(
      fieldOfMessage('"metadata.name" is not valid; expected a string'),
    ).toEqual({ field: 'metadata.name', path: ['metadata', 'name'] });
  });

  it('falls back to the whole entity', () => {
    expect(fieldOfMessage("<root> must have required property 'kind'")).toEqual(
      { field: 'entity', path: [] },
    );
  });
});
