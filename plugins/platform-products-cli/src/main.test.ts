import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main';

const root = path.resolve(__dirname, '../../..');
const brokenFile = 'examples/broken/broken-entities.yaml';

/** 1-based line of the first line matching `pattern` after the line matching `after`. */
function lineOf(pattern: RegExp, after = /^/): number {
  const lines = fs
    .readFileSync(path.join(root, brokenFile), 'utf8')
    .split('\n');
  const start = lines.findIndex(line => after.test(line));
  return lines.findIndex((line, i) => i > start && pattern.test(line)) + 1;
}

async function run(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('paved-road validate', () => {
  it('exits 0 and says so when the files have no problems', async () => {
    const result = await run([
      'validate',
      'examples/*.yaml',
      'examples/openslo',
    ]);
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^Checked 6 files, \d+ entities: no problems\.\n$/,
      ),
      stderr: '',
    });
  });

  it('exits 1 and prints one line per problem and a summary', async () => {
    const result = await run(['validate', 'examples/broken']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe(
      `${brokenFile}:${lineOf(
        /^spec:/,
        /name: broken-product-missing-owner$/,
      )} platformproduct:default/broken-product-missing-owner spec.owner is required`,
    );
    expect(lines[14]).toBe(
      'Checked 1 file, 14 entities: 14 problems in 14 entities.',
    );
  });

  it('writes the report as JSON with --format json', async () => {
    const result = await run([
      'validate',
      '--format',
      'json',
      'examples/broken/broken-entities.yaml',
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual(['examples/broken/broken-entities.yaml']);
    expect(report.entities).toBe(14);
    expect(report.problems).toHaveLength(14);
    expect(report.problems[5]).toEqual({
      file: 'examples/broken/broken-entities.yaml',
      line: lineOf(/^ {4}paved-road\.io\/sla-availability: '99\.9'$/),
      entityRef: 'component:default/bad-annotation-availability-no-percent',
      field: 'paved-road.io/sla-availability',
      message:
        'paved-road.io/sla-availability: "99.9" is not a percentage; expected a number followed by %, such as "99.9%"',
    });
  });

  it('reports YAML syntax errors as problems, with their line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paved-road-cli-'));
    fs.writeFileSync(
      path.join(dir, 'catalog-info.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: [Component\n',
    );
    const result = await run(['validate', 'catalog-info.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^catalog-info\.yaml:\d+ /);
  });

  it.each([
    [[], 'No command given'],
    [['check', 'x.yaml'], 'Unknown command: check'],
    [['validate'], 'No files given'],
    [
      ['validate', '--format', 'xml', 'a.yaml'],
      '--format must be text or json',
    ],
    [['validate', '--colour', 'a.yaml'], "Unknown option '--colour'"],
    [['validate', 'no-such-file.yaml'], 'no-such-file.yaml: no such file'],
    [['validate', 'examples/*.json'], 'examples/*.json: no files match'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('prints the usage with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: paved-road validate/);
  });
});
