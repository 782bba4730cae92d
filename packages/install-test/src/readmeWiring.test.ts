import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');

// Plain JavaScript, so that `yarn test:install` runs it without a build step.
const wiring = require('./readmeWiring');

const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe("the README's install steps", () => {
  const steps = wiring.parseReadmeWiring(readme);

  it('installs the backend packages and adds them to the backend', () => {
    const adds = wiring
      .stepsFor(steps, 'legacy')
      .filter((s: any) => s.kind === 'add' && s.dir === 'packages/backend');
    expect(adds.flatMap((s: any) => s.packages)).toEqual([
      '@paved-road/plugin-catalog-backend-module-platform-products',
      '@paved-road/plugin-platform-products-backend',
    ]);
    const edit = steps.find(
      (s: any) =>
        s.kind === 'edit' && s.file === 'packages/backend/src/index.ts',
    );
    expect(edit.text).toContain(
      "backend.add(import('@paved-road/plugin-platform-products-backend'));",
    );
  });

  it('allows the kind in the catalog rules', () => {
    const configs = steps.filter((s: any) => s.kind === 'config');
    expect(configs.map((s: any) => s.text).join('\n')).toMatch(
      /allow:[\s\S]*- PlatformProduct/,
    );
  });

  it('references only packages that exist in plugins/', () => {
    const names = fs
      .readdirSync(path.join(REPO_ROOT, 'plugins'))
      .map(dir => path.join(REPO_ROOT, 'plugins', dir, 'package.json'))
      .filter(file => fs.existsSync(file))
      .map(file => JSON.parse(fs.readFileSync(file, 'utf8')).name);
    for (const step of steps.filter((s: any) => s.kind === 'add')) {
      for (const name of step.packages) expect(names).toContain(name);
    }
  });
});

describe('applyEdit', () => {
  const step = (position: string, anchor?: string) => ({
    kind: 'edit',
    line: 1,
    file: 'index.ts',
    position,
    anchor,
    text: 'added();\n',
  });
  const file = 'a();\nbackend.start();\n';

  it('inserts before, after or at the top', () => {
    expect(wiring.applyEdit(file, step('before', 'backend.start();'))).toBe(
      'a();\nadded();\nbackend.start();\n',
    );
    expect(wiring.applyEdit(file, step('after', 'a();'))).toBe(
      'a();\nadded();\nbackend.start();\n',
    );
    expect(wiring.applyEdit(file, step('top'))).toBe(`added();\n${file}`);
  });

  it('fails when the anchor is missing or ambiguous', () => {
    expect(() => wiring.applyEdit(file, step('before', 'missing'))).toThrow(
      /must occur exactly once in index.ts \(found none\)/,
    );
    expect(() =>
      wiring.applyEdit(`${file}${file}`, step('before', 'a();')),
    ).toThrow(/found several/);
  });

  it('rejects install blocks it could not apply', () => {
    expect(() =>
      wiring.parseReadmeWiring(
        '<!-- install-test: run -->\n```sh\nnpm i foo\n```\n',
      ),
    ).toThrow(/can only run "yarn --cwd <dir> add <packages>"/);
  });
});
