import { checkDocument } from './checkDocument';
import { parseCatalogFile } from './parseCatalogFile';

async function check(yaml: string) {
  const { documents } = parseCatalogFile('catalog-info.yaml', yaml);
  expect(documents).toHaveLength(1);
  return checkDocument(documents[0]);
}

describe('checkDocument', () => {
  it('finds nothing wrong with a valid PlatformProduct and annotations', async () => {
    await expect(
      check(`apiVersion: paved-road.io/v1alpha1
kind: PlatformProduct
metadata:
  name: auth-platform
  annotations:
    paved-road.io/sla-availability: '99.9%'
spec:
  type: service
  lifecycle: production
  owner: group:identity
  adoption: { target: 80% }
`),
    ).resolves.toEqual([]);
  });

  it('reports each problem of a PlatformProduct spec at the line of its field', async () => {
    const problems = await check(`apiVersion: paved-road.io/v1alpha1
kind: PlatformProduct
metadata:
  name: auth-platform
spec:
  type: service
  lifecycle: production
  parts: auth-service
  value:
    hourlyRate: -1
`);
    expect(problems).toEqual([
      {
        file: 'catalog-info.yaml',
        line: 5,
        entityRef: 'platformproduct:default/auth-platform',
        field: 'spec.owner',
        message: 'spec.owner is required',
      },
      {
        file: 'catalog-info.yaml',
        line: 8,
        entityRef: 'platformproduct:default/auth-platform',
        field: 'spec.parts',
        message: 'spec.parts must be a list',
      },
      {
        file: 'catalog-info.yaml',
        line: 10,
        entityRef: 'platformproduct:default/auth-platform',
        field: 'spec.value.hourlyRate',
        message: 'spec.value.hourlyRate must be at least 0',
      },
    ]);
  });

  it('reports malformed paved-road.io/ annotations on any kind, at the annotation', async () => {
    const problems = await check(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
  namespace: shop
  annotations:
    backstage.io/techdocs-ref: dir:.
    paved-road.io/sla-window: 30x
    paved-road.io/sla-availabilty: 99.9%
spec:
  type: service
  lifecycle: production
  owner: team-a
`);
    expect(
      problems.map(p => [p.line, p.entityRef, p.field, p.message]),
    ).toEqual([
      [
        8,
        'component:shop/checkout',
        'paved-road.io/sla-window',
        expect.stringMatching(
          /^paved-road\.io\/sla-window: "30x" is not an SLA window/,
        ),
      ],
      [
        9,
        'component:shop/checkout',
        'paved-road.io/sla-availabilty',
        expect.stringContaining('did you mean paved-road.io/sla-availability?'),
      ],
    ]);
  });

  it("applies the catalog's own rules to built-in kinds", async () => {
    const problems = await check(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
spec:
  lifecycle: production
  owner: team-a
`);
    expect(problems).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/checkout',
        message: expect.stringContaining('type'),
      }),
    ]);
  });

  it("applies the catalog's entity policies, such as the format of names", async () => {
    const problems = await check(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: not a valid name
spec: { type: service, lifecycle: production, owner: team-a }
`);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'metadata.name',
        message: expect.stringMatching(/^"metadata.name" is not valid/),
      }),
    ]);
  });

  it('reports a document that is not an entity', async () => {
    const problems = await check(`just: some data\n`);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, entityRef: undefined }),
    ]);
  });

  it('checks only the annotations of kinds it does not know', async () => {
    await expect(
      check(`apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: new-service
spec: { anything: goes }
`),
    ).resolves.toEqual([]);
  });
});
