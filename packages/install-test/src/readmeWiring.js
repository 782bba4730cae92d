// @ts-check
/*
 * Reads the install instructions out of the root README, so that the install test applies
 * exactly what users are told to apply and the README cannot drift from what is tested.
 *
 * A code block is an install step when the line before its opening fence (blank lines aside) is
 * a marker:
 *
 *   <!-- install-test: run [only=legacy|new] -->          sh block of `yarn --cwd <dir> add <pkgs>`
 *   <!-- install-test: edit <file> top|before "<anchor>"|after "<anchor>" [only=…] -->
 *                                                         the block's text is inserted into <file>
 *   <!-- install-test: config [only=…] -->                yaml block merged into app-config.yaml
 *
 * `only=legacy` / `only=new` limits a step to apps on the legacy / new frontend system.
 */

const MARKER = /^<!--\s*install-test:\s*(.*?)\s*-->\s*$/;
const FENCE = /^```(\w*)\s*$/;

/**
 * @typedef {'legacy' | 'new'} FrontendSystem
 * @typedef {{ kind: 'add', line: number, only?: FrontendSystem, dir: string, packages: string[] }} AddStep
 * @typedef {{ kind: 'edit', line: number, only?: FrontendSystem, file: string,
 *   position: 'top' | 'before' | 'after', anchor?: string, text: string }} EditStep
 * @typedef {{ kind: 'config', line: number, only?: FrontendSystem, text: string }} ConfigStep
 * @typedef {AddStep | EditStep | ConfigStep} WiringStep
 */

/**
 * Splits `a "b c" d` into words, keeping quoted strings (with \" escapes) together.
 * @param {string} input
 */
function splitWords(input) {
  return [...input.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map(match =>
    match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2],
  );
}

/**
 * Reads the `yarn --cwd <dir> add <packages>` commands of a shell block; anything else in an
 * install block is an error, because the install test could not apply it.
 * @param {string} text
 * @param {number} line
 * @returns {{ dir: string, packages: string[] }[]}
 */
function parseAddCommands(text, line) {
  const commands = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map(l => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
  return commands.map(command => {
    const match = /^yarn --cwd (\S+) add((?: [@\w./-]+)+)$/.exec(
      command.replace(/\s+/g, ' '),
    );
    if (!match) {
      throw new Error(
        `README line ${line}: the install test can only run "yarn --cwd <dir> add <packages>", not: ${command}`,
      );
    }
    return { dir: match[1], packages: match[2].trim().split(' ') };
  });
}

/**
 * @param {string} markdown the README
 * @returns {WiringStep[]}
 */
function parseReadmeWiring(markdown) {
  const lines = markdown.split('\n');
  /** @type {WiringStep[]} */
  const steps = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]);
    if (!marker) continue;
    const line = i + 1;
    // Prettier puts a blank line between the marker and the block.
    let open = i + 1;
    while (lines[open]?.trim() === '') open++;
    if (!FENCE.test(lines[open] ?? '')) {
      throw new Error(
        `README line ${line}: an install-test marker must be followed by a code block`,
      );
    }
    const end = lines.findIndex((l, j) => j > open && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`README line ${line}: code block not closed`);
    const text = `${lines.slice(open + 1, end).join('\n')}\n`;
    i = end;

    const words = splitWords(marker[1]);
    /** @type {FrontendSystem | undefined} */
    let only;
    const onlyWord = words.find(w => w.startsWith('only='));
    if (onlyWord) {
      const value = onlyWord.slice('only='.length);
      if (value !== 'legacy' && value !== 'new') {
        throw new Error(`README line ${line}: only= must be legacy or new`);
      }
      only = value;
      words.splice(words.indexOf(onlyWord), 1);
    }
    const [action, ...args] = words;
    if (action === 'run') {
      for (const command of parseAddCommands(text, line)) {
        steps.push({ kind: 'add', line, only, ...command });
      }
    } else if (action === 'config') {
      steps.push({ kind: 'config', line, only, text });
    } else if (action === 'edit') {
      const [file, position, anchor] = args;
      if (
        !file ||
        !(
          position === 'top' ||
          ((position === 'before' || position === 'after') && anchor)
        )
      ) {
        throw new Error(
          `README line ${line}: use "edit <file> top" or "edit <file> before|after \\"<anchor>\\""`,
        );
      }
      steps.push({ kind: 'edit', line, only, file, position, anchor, text });
    } else {
      throw new Error(
        `README line ${line}: unknown install-test action "${action}"`,
      );
    }
  }
  return steps;
}

/**
 * Inserts an edit step's text into a file's content, next to its anchor. The anchor must occur
 * exactly once: otherwise the README no longer matches the app template it was written for.
 * @param {string} content
 * @param {EditStep} step
 */
function applyEdit(content, step) {
  if (step.position === 'top') return `${step.text}${content}`;
  const anchor = /** @type {string} */ (step.anchor);
  const at = content.indexOf(anchor);
  if (at < 0 || content.indexOf(anchor, at + 1) >= 0) {
    throw new Error(
      `README line ${step.line}: "${anchor}" must occur exactly once in ${
        step.file
      } (found ${at < 0 ? 'none' : 'several'})`,
    );
  }
  if (step.position === 'before') {
    const lineStart = content.lastIndexOf('\n', at) + 1;
    return content.slice(0, lineStart) + step.text + content.slice(lineStart);
  }
  const lineEnd = content.indexOf('\n', at + anchor.length);
  const cut = lineEnd < 0 ? content.length : lineEnd + 1;
  return content.slice(0, cut) + step.text + content.slice(cut);
}

/**
 * @param {WiringStep[]} steps
 * @param {FrontendSystem} system
 */
function stepsFor(steps, system) {
  return steps.filter(s => !s.only || s.only === system);
}

module.exports = { parseReadmeWiring, applyEdit, stepsFor };
