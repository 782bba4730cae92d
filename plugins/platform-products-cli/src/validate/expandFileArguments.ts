import fs from 'node:fs/promises';
import path from 'node:path';
import { glob, hasMagic } from 'glob';
import { UsageError } from './UsageError';

/**
 * The files named by the command line's arguments, each a file, a folder (its `.yaml`
 * and `.yml` files, recursively) or a glob, relative to `cwd`. Globs are expanded here
 * too, so that a quoted glob works the same in every shell and in package.json scripts.
 * Sorted and without repeats; an argument that names nothing is a usage error.
 */
export async function expandFileArguments(
  args: readonly string[],
  cwd: string,
): Promise<string[]> {
  const files = new Set<string>();
  for (const arg of args) {
    const matches = hasMagic(arg, { windowsPathsNoEscape: true })
      ? await glob(arg, { cwd, nodir: true, windowsPathsNoEscape: true })
      : await filesAt(arg, cwd);
    if (matches.length === 0) {
      throw new UsageError(`${arg}: no files match`);
    }
    matches.forEach(file => files.add(path.normalize(file)));
  }
  return [...files].sort();
}

async function filesAt(arg: string, cwd: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(path.resolve(cwd, arg));
  } catch {
    throw new UsageError(`${arg}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    return glob(`${arg.replace(/\\/g, '/')}/**/*.{yaml,yml}`, {
      cwd,
      nodir: true,
    });
  }
  return [arg];
}
