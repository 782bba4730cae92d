import fs from 'node:fs';
import path from 'node:path';
import { platformProductEntityV1alpha1Schema } from '@paved-road/plugin-platform-products-common';
import { REPO_ROOT } from './markdown';

type SchemaNode = { properties?: Record<string, SchemaNode> };

/** `spec.adoption.target` for every property of the kind's spec schema. */
function fieldPaths(node: SchemaNode, prefix: string): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [
    `${prefix}.${name}`,
    ...fieldPaths(child, `${prefix}.${name}`),
  ]);
}

describe('docs/platform-product.md', () => {
  const [, kind] = platformProductEntityV1alpha1Schema.allOf as [
    unknown,
    { properties: { spec: SchemaNode } },
  ];
  const fields = fieldPaths(kind.properties.spec, 'spec');
  const doc = fs.readFileSync(
    path.join(REPO_ROOT, 'docs/platform-product.md'),
    'utf8',
  );
  const documented = [...doc.matchAll(/^\| `(spec\.[\w.]+)`/gm)].map(m => m[1]);

  it('documents every field of the schema, and no other', () => {
    expect(fields.length).toBeGreaterThanOrEqual(20);
    expect([...documented].sort()).toEqual([...fields].sort());
  });
});
