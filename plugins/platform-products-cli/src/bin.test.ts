import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

// Runs the real executable, as `npx paved-road` or `yarn paved-road` would.
const root = path.resolve(__dirname, '../../..');
const bin = path.resolve(__dirname, '../bin/paved-road');

function runBin(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/**
 * The message each broken example documents in its "# Error:" comment; for rejected
 * products the comment quotes the catalog's message.
 */
function documentedErrors(file: string): string[] {
  return parseAllDocuments(fs.readFileSync(path.join(root, file), 'utf8'))
    .filter(doc => doc.contents)
    .map(doc => {
      const comment = `${doc.commentBefore}\n${
        (doc.contents as any)?.commentBefore
      }`;
      const error = /Error:\s+(.*)/.exec(comment)?.[1];
      if (!error) {
        throw new Error(`no "# Error:" comment on a document of ${file}`);
      }
      const rejected = /^rejected by the catalog: "(.*)"$/.exec(error);
      return rejected ? rejected[1] : error;
    });
}

describe('the paved-road executable', () => {
  jest.setTimeout(60_000);

  it('finds no problems in the example catalog', () => {
    const result = runBin('validate', 'examples/*.yaml');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^Checked 5 files, \d+ entities: no problems\./,
    );
    expect(result.status).toBe(0);
  });

  it('reports every error documented in examples/broken, and exits 1', () => {
    const file = 'examples/broken/broken-entities.yaml';
    const expected = documentedErrors(file);
    expect(expected).toHaveLength(14);

    const result = runBin('validate', file);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    // One line per documented error, nothing else, then the summary.
    expect(lines).toHaveLength(expected.length + 1);
    expected.forEach((message, index) => {
      expect(lines[index]).toMatch(
        new RegExp(`^${file}:\\d+ [a-z]+:default/[a-z0-9-]+ `),
      );
      expect(lines[index].endsWith(` ${message}`)).toBe(true);
    });
  });

  it('exits 2 on a file that does not exist', () => {
    const result = runBin('validate', 'examples/nothing-here.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file');
  });
});
