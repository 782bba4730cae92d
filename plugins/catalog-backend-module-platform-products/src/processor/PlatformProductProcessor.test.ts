import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { PlatformProductProcessor } from './PlatformProductProcessor';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

const product: Entity = {
  apiVersion: 'paved-road.io/v1alpha1',
  kind: 'PlatformProduct',
  metadata: { name: 'auth-platform', namespace: 'identity' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/identity',
    productManager: 'jane',
    system: 'identity',
    parts: ['component:auth-service', 'api:default/auth-api'],
  },
};

const componentWithBadAnnotation: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-service',
    annotations: {
      'paved-road.io/sla-availability': '101%',
      'paved-road.io/sla-window': '30d',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout' },
};

async function postProcess(
  processor: PlatformProductProcessor,
  entity: Entity,
) {
  const results: CatalogProcessorResult[] = [];
  await processor.postProcessEntity(entity, location, r => results.push(r));
  return results;
}

describe('PlatformProductProcessor', () => {
  const logger = mockServices.logger.mock();
  const processor = new PlatformProductProcessor({
    logger,
    strictAnnotations: false,
  });

  beforeEach(() => jest.clearAllMocks());

  it('recognizes PlatformProducts and nothing else', async () => {
    await expect(processor.validateEntityKind(product)).resolves.toBe(true);
    await expect(
      processor.validateEntityKind(componentWithBadAnnotation),
    ).resolves.toBe(false);
  });

  it('names the field of a malformed entity reference', async () => {
    const entity = {
      ...product,
      spec: { ...product.spec, parts: ['component:a', 'auth-db'] },
    };
    await expect(processor.validateEntityKind(entity)).rejects.toThrow(
      /^spec\.parts\[1\] "auth-db" is not a valid entity reference/,
    );
    const badOwner = { ...product, spec: { ...product.spec, owner: 'group:' } };
    await expect(processor.validateEntityKind(badOwner)).rejects.toThrow(
      /^spec\.owner "group:"/,
    );
  });

  it('emits owner, part and system relations both ways, in the product namespace by default', async () => {
    const results = await postProcess(processor, product);
    const relations = results.map(r => {
      if (r.type !== 'relation') throw new Error(`unexpected ${r.type}`);
      const { source, type, target } = r.relation;
      return `${source.kind}:${source.namespace}/${source.name} ${type} ${target.kind}:${target.namespace}/${target.name}`;
    });
    expect(relations).toEqual([
      'PlatformProduct:identity/auth-platform ownedBy group:default/identity',
      'group:default/identity ownerOf PlatformProduct:identity/auth-platform',
      'PlatformProduct:identity/auth-platform partOf System:identity/identity',
      'System:identity/identity hasPart PlatformProduct:identity/auth-platform',
      'PlatformProduct:identity/auth-platform hasPart component:identity/auth-service',
      'component:identity/auth-service partOf PlatformProduct:identity/auth-platform',
      'PlatformProduct:identity/auth-platform hasPart api:default/auth-api',
      'api:default/auth-api partOf PlatformProduct:identity/auth-platform',
    ]);
  });

  it('logs a malformed annotation and keeps the entity by default', async () => {
    const results = await postProcess(processor, componentWithBadAnnotation);
    expect(results).toEqual([]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Entity component:default/checkout-service has a malformed annotation: paved-road.io/sla-availability',
      ),
      {
        entity: 'component:default/checkout-service',
        annotation: 'paved-road.io/sla-availability',
      },
    );
  });

  it('turns a malformed annotation into a processing error in strict mode', async () => {
    const strict = new PlatformProductProcessor({
      logger,
      strictAnnotations: true,
    });
    const results = await postProcess(strict, componentWithBadAnnotation);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result.type).toBe('error');
    expect(result.type === 'error' && result.error.name).toBe('InputError');
    expect(result.type === 'error' && result.error.message).toContain(
      'paved-road.io/sla-availability',
    );
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('says nothing about entities whose annotations are fine', async () => {
    const fine = {
      ...componentWithBadAnnotation,
      metadata: {
        name: 'fine',
        annotations: { 'paved-road.io/sla-availability': '99.9%' },
      },
    };
    expect(await postProcess(processor, fine)).toEqual([]);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
