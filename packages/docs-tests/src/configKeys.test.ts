import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './markdown';

/**
 * The keys right under `platformProducts` that a plugin's config.d.ts declares, with the key
 * below them when it is an object of settings (`scorecardEvaluation.schedule`): what the
 * README's configuration table lists.
 */
function declaredKeys(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const keys: string[] = [];
  let parent: string | undefined;
  for (const line of lines) {
    const match = /^( {4}| {6})'?([\w-]+)'?\??: (.*)$/.exec(line);
    if (!match) continue;
    const [, indent, key, rest] = match;
    if (indent.length === 4) {
      parent = rest.startsWith('{') ? key : undefined;
      if (!parent) keys.push(key);
    } else if (parent) {
      keys.push(`${parent}.${key}`);
    }
  }
  return keys;
}

describe('the README configuration table', () => {
  it('lists every key under platformProducts of every config.d.ts', () => {
    const plugins = path.join(REPO_ROOT, 'plugins');
    const declared = fs
      .readdirSync(plugins)
      .map(dir => path.join(plugins, dir, 'config.d.ts'))
      .filter(file => fs.existsSync(file))
      .flatMap(declaredKeys);
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([\w.-]+)` +\|/gm)].map(m => m[1]);
    expect(declared.length).toBeGreaterThanOrEqual(6);
    expect([...new Set(declared)].sort()).toEqual(
      listed.filter(key => !key.includes('/')).sort(),
    );
  });
});
