import fs from 'node:fs/promises';
import path from 'node:path';
import { checkDocument } from './checkDocument';
import { expandFileArguments } from './expandFileArguments';
import { parseCatalogFile } from './parseCatalogFile';
import { UsageError } from './UsageError';
import { ValidationProblem, ValidationReport } from './ValidationProblem';

/**
 * Checks every entity of the catalog files named by `args` (files, folders or globs,
 * relative to `cwd`). Problems in the files are in the report; files that cannot be
 * found or read throw a {@link UsageError}.
 */
export async function validateFiles(
  args: readonly string[],
  cwd: string,
): Promise<ValidationReport> {
  const files = await expandFileArguments(args, cwd);
  let entities = 0;
  const problems: ValidationProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(
        `${file}: cannot be read: ${(error as Error).message}`,
      );
    }
    const parsed = parseCatalogFile(file, text);
    problems.push(...parsed.problems);
    entities += parsed.documents.length;
    for (const document of parsed.documents) {
      problems.push(...(await checkDocument(document)));
    }
  }
  return { files, entities, problems };
}
