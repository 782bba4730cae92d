import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readCodeBlocks, REPO_ROOT } from './markdown';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    // Test helpers (testing/, testCheckTypes.ts) define check types no app can use.
    if (entry.isDirectory()) {
      return entry.name === 'testing' ? [] : sourceFiles(file);
    }
    const isSource =
      entry.name.endsWith('.ts') && !/(\.test\.ts$|^test)/.test(entry.name);
    return isSource ? [file] : [];
  });
}

/** The `type` of every check type defined in a plugin: `type: '…'` followed by its description. */
function definedCheckTypes(): string[] {
  const plugins = path.join(REPO_ROOT, 'plugins');
  return fs
    .readdirSync(plugins)
    .filter(dir => fs.existsSync(path.join(plugins, dir, 'src')))
    .flatMap(dir => sourceFiles(path.join(plugins, dir, 'src')))
    .flatMap(file => {
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes('ScorecardCheckType')) return [];
      return [
        ...text.matchAll(/\btype: '([a-z][a-z0-9-]*)',\s*\n\s*description:/g),
      ].map(m => m[1]);
    });
}

const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs/scorecards.md'), 'utf8');
const documented = [...doc.matchAll(/^\| `([a-z][a-z0-9-]*)` +\|/gm)].map(
  m => m[1],
);

describe('docs/scorecards.md', () => {
  it('documents every check type defined in the plugins, and no other', () => {
    const defined = definedCheckTypes();
    expect(defined.length).toBeGreaterThanOrEqual(13);
    expect([...documented].sort()).toEqual([...new Set(defined)].sort());
  });

  it('uses only documented check types in its samples', () => {
    const samples = readCodeBlocks('docs/scorecards.md').filter(
      b => b.language === 'yaml',
    );
    const used = samples.flatMap(b =>
      (parse(b.text).platformProducts?.scorecards ?? []).flatMap((s: any) =>
        s.checks.map((c: any) => c.type),
      ),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const type of used) expect(documented).toContain(type);
  });
});
