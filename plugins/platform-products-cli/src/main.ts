import { parseArgs } from 'node:util';
import { UsageError } from './validate/UsageError';
import { validateFiles } from './validate/validateFiles';
import {
  formatReportAsJson,
  formatReportAsText,
} from './validate/formatReport';

/** Where the command writes, and from where it resolves relative paths. */
export type CommandContext = {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
};

export const USAGE = `Usage: paved-road validate [--format text|json] <files, folders or globs...>

Checks catalog files (such as catalog-info.yaml) with the same checks as the Paved Road
backend: the catalog's entity rules, the PlatformProduct kind and every paved-road.io/
annotation. Folders are searched for .yaml and .yml files.

Exit codes: 0 no problems, 1 problems found, 2 usage error or unreadable file.
`;

/** Runs the command line `args` (without node and script) and returns the exit code. */
export async function main(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    context.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    context.stdout.write(USAGE);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'validate') {
    context.stderr.write(
      `${
        command ? `Unknown command: ${command}` : 'No command given'
      }\n\n${USAGE}`,
    );
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    context.stderr.write(
      `--format must be text or json, not ${values.format}\n\n${USAGE}`,
    );
    return 2;
  }
  if (files.length === 0) {
    context.stderr.write(`No files given\n\n${USAGE}`);
    return 2;
  }

  try {
    const report = await validateFiles(files, context.cwd);
    context.stdout.write(
      values.format === 'json'
        ? formatReportAsJson(report)
        : formatReportAsText(report),
    );
    return report.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
