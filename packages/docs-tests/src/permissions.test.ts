import fs from 'node:fs';
import path from 'node:path';
import { platformProductsPermissions } from '@paved-road/plugin-platform-products-common';
import { REPO_ROOT } from './markdown';

describe('docs/permissions.md', () => {
  it('documents every permission of the plugin, and no other', () => {
    const doc = fs.readFileSync(
      path.join(REPO_ROOT, 'docs/permissions.md'),
      'utf8',
    );
    const documented = [
      ...doc.matchAll(/^\| `(platform-products\.[\w.-]+)`/gm),
    ].map(m => m[1]);
    expect([...documented].sort()).toEqual(
      platformProductsPermissions.map(p => p.name).sort(),
    );
  });
});
