import fs from 'node:fs';
import path from 'node:path';

/** The repository's root: the nearest folder up from here whose package.json has workspaces. */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      fs.existsSync(manifest) &&
      JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces
    ) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`No workspace root above ${start}`);
    }
  }
}

export const REPO_ROOT = findRepoRoot(process.cwd());

/** A fenced code block of a Markdown file. */
export type CodeBlock = {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: string;
  text: string;
  /** The HTML comment right before the fence, without `<!--` and `-->`, if any. */
  marker?: string;
};

/** Every fenced code block of a Markdown file (path relative to the repository). */
export function readCodeBlocks(file: string): CodeBlock[] {
  const lines = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\S*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${file}:${i + 1}: code block not closed`);
    // The comment may be separated from the fence by blank lines (Prettier adds one).
    let before = i - 1;
    while (before > 0 && lines[before].trim() === '') before--;
    const marker = /^<!--\s*(.*?)\s*-->\s*$/.exec(lines[before] ?? '')?.[1];
    blocks.push({
      file,
      line: i + 1,
      language: fence[1],
      text: lines.slice(i + 1, end).join('\n'),
      marker,
    });
    i = end;
  }
  return blocks;
}

/** The Markdown files of the documentation: the root README and docs/. */
export function documentationFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`);
  // Each package's README, which users install from.
  const packages = fs
    .readdirSync(path.join(REPO_ROOT, 'plugins'))
    .map(dir => `plugins/${dir}/README.md`)
    .filter(file => fs.existsSync(path.join(REPO_ROOT, file)));
  return ['README.md', ...docs, ...packages];
}
