import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  AUTHORIZE_BATCH_SIZE,
  canReadEntity,
  readableEntityRefs,
} from './readableEntityRefs';

describe('readableEntityRefs', () => {
  const credentials = mockCredentials.user();
  const refs = Array.from(
    { length: AUTHORIZE_BATCH_SIZE * 2 + 1 },
    (_, i) => `group:default/team-${i}`,
  );
  // Denies every third entity.
  const authorize = jest.fn(async (requests: any[], _options: object) =>
    requests.map(r => ({
      result:
        Number(r.resourceRef.split('-')[1]) % 3 === 0
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    })),
  );
  const permissions = mockServices.permissions.mock({ authorize } as any);

  beforeEach(() => authorize.mockClear());

  it('asks for the caller, in requests the permission backend accepts', async () => {
    const readable = await readableEntityRefs(refs, permissions, credentials);
    expect([...readable].sort()).toEqual(
      refs.filter((_, i) => i % 3 !== 0).sort(),
    );
    expect(authorize.mock.calls.map(([requests]) => requests.length)).toEqual([
      AUTHORIZE_BATCH_SIZE,
      AUTHORIZE_BATCH_SIZE,
      1,
    ]);
    for (const [, options] of authorize.mock.calls) {
      expect(options).toEqual({ credentials });
    }
  });

  it('asks nothing for no entities', async () => {
    await expect(
      readableEntityRefs([], permissions, credentials),
    ).resolves.toEqual(new Set());
    expect(authorize).not.toHaveBeenCalled();
  });

  it('answers for one entity', async () => {
    await expect(
      canReadEntity('group:default/team-1', permissions, credentials),
    ).resolves.toBe(true);
    await expect(
      canReadEntity('group:default/team-3', permissions, credentials),
    ).resolves.toBe(false);
  });
});
