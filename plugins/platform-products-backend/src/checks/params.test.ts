import { JsonObject } from '@backstage/types';
import {
  readOptionalBoolean,
  readOptionalInteger,
  readOptionalScalar,
  rejectUnknownParams,
} from './params';

const inputError = (message: string) =>
  expect.objectContaining({ name: 'InputError', message });

describe('check params', () => {
  it('refuses params that are not an object, naming the known ones', () => {
    expect(() =>
      rejectUnknownParams('runbook' as unknown as JsonObject, ['type', 'min']),
    ).toThrow(
      inputError(
        'params must be an object with some of params.type and params.min',
      ),
    );
  });

  it('accepts known keys, and keys left undefined', () => {
    expect(
      rejectUnknownParams({ type: 'runbook', min: undefined }, ['type', 'min']),
    ).toBeUndefined();
  });

  it('treats an empty YAML value (null) as given, and wrong', () => {
    expect(() => readOptionalInteger({ min: null }, 'min', 1)).toThrow(
      inputError('params.min must be an integer of at least 1'),
    );
    expect(() => readOptionalBoolean({ exists: null }, 'exists')).toThrow(
      inputError('params.exists must be true or false'),
    );
  });

  it('returns undefined for optional params not given', () => {
    expect(readOptionalInteger({}, 'min', 1)).toBeUndefined();
    expect(readOptionalBoolean({}, 'exists')).toBeUndefined();
    expect(readOptionalScalar({}, 'equals')).toBeUndefined();
  });
});
