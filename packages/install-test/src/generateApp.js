// @ts-check
/*
 * Generates a Backstage app with @backstage/create-app and installs Paved Road into it the way
 * the README says, from the packed tarballs.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { applyEdit, stepsFor } = require('./readmeWiring');

const CREATE_APP_VERSION = '0.9.2';
// Installed once and reused: npx asks the registry about the package on every run, which
// took from 1 to 68 s here.
const CACHE =
  process.env.INSTALL_TEST_CACHE ??
  path.join(os.homedir(), '.cache/paved-road-install-test');

/** The path of create-app's command, installed into the cache when missing. */
function createAppBin() {
  const prefix = path.join(CACHE, `create-app-${CREATE_APP_VERSION}`);
  const bin = path.join(
    prefix,
    'node_modules/@backstage/create-app/bin/backstage-create-app',
  );
  if (!fs.existsSync(bin)) {
    execFileSync('npm', [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `@backstage/create-app@${CREATE_APP_VERSION}`,
    ]);
  }
  return bin;
}

// Native addons the app never loads in this test (scaffolder's ssh, keytar, tree-sitter…):
// skipping their compilation saves about a minute per app. better-sqlite3 is handled apart.
const SKIP_BUILD = [
  '@scarf/scarf',
  '@swc/core',
  '@tree-sitter-grammars/tree-sitter-yaml',
  'core-js',
  'core-js-pure',
  'cpu-features',
  'keytar',
  'protobufjs',
  'ssh2',
  'tree-sitter',
  'tree-sitter-json',
];

/**
 * @param {{ dir: string, system: import('./readmeWiring').FrontendSystem, log: string }} options
 */
function createApp({ dir, system, log }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const args = [createAppBin(), '--skip-install', '--path', dir];
  if (system === 'legacy') args.push('--legacy');
  // The only prompt is the app's name. The "yarn.lock seed" download fails here, harmlessly.
  const fd = fs.openSync(log, 'w');
  try {
    execFileSync(process.execPath, args, {
      cwd: path.dirname(dir),
      input: 'backstage\n',
      stdio: ['pipe', fd, fd],
    });
  } finally {
    fs.closeSync(fd);
  }
}

/** @param {string} file */
const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));
/** @param {string} file @param {unknown} value */
const writeJson = (file, value) =>
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/**
 * Applies the README's steps for this frontend system. Returns the config files they add.
 * `yarn --cwd <dir> add <pkg>` becomes a `^<version>` dependency in <dir>/package.json (one
 * `yarn install` afterwards instead of one per command); the app's resolutions point that
 * range, and every @paved-road/* dependency between our packages, at the tarballs.
 *
 * @param {{ dir: string, system: import('./readmeWiring').FrontendSystem,
 *   steps: import('./readmeWiring').WiringStep[],
 *   tarballs: Map<string, { file: string, version: string }>,
 *   backstageResolutions: Record<string, string> }} options
 */
function installPavedRoad({
  dir,
  system,
  steps,
  tarballs,
  backstageResolutions,
}) {
  const rootManifest = path.join(dir, 'package.json');
  const root = readJson(rootManifest);
  // Unpinned, today's app fails at start-up (CONVENTIONS.md): pin to the 1.55 set, as this repo does.
  root.resolutions = { ...root.resolutions, ...backstageResolutions };
  for (const [name, tarball] of tarballs) {
    root.resolutions[name] = `file:${tarball.file}`;
  }
  root.dependenciesMeta = Object.fromEntries(
    SKIP_BUILD.map(name => [name, { built: false }]),
  );
  writeJson(rootManifest, root);

  /** @type {string[]} */
  const configFiles = [];
  for (const step of stepsFor(steps, system)) {
    if (step.kind === 'add') {
      const manifestFile = path.join(dir, step.dir, 'package.json');
      const manifest = readJson(manifestFile);
      for (const name of step.packages) {
        const tarball = tarballs.get(name);
        if (!tarball) {
          throw new Error(
            `README line ${step.line}: no packed tarball for ${name}`,
          );
        }
        manifest.dependencies[name] = `^${tarball.version}`;
      }
      writeJson(manifestFile, manifest);
    } else if (step.kind === 'edit') {
      const file = path.join(dir, step.file);
      fs.writeFileSync(file, applyEdit(fs.readFileSync(file, 'utf8'), step));
    } else {
      const file = path.join(dir, `app-config.readme-${step.line}.yaml`);
      fs.writeFileSync(file, step.text);
      configFiles.push(file);
    }
  }
  return configFiles;
}

/**
 * better-sqlite3 takes about 40 s to compile per app. When the repository already built the
 * same version for the same Node, its binary is reused; otherwise Yarn compiles it.
 * @param {string} repoRoot
 */
function prebuiltSqlite(repoRoot) {
  const pkg = path.join(repoRoot, 'node_modules/better-sqlite3');
  const binary = path.join(pkg, 'build/Release/better_sqlite3.node');
  if (!fs.existsSync(binary)) return undefined;
  return { version: readJson(path.join(pkg, 'package.json')).version, binary };
}

/**
 * @param {{ dir: string, repoRoot: string, log: string }} options
 */
function yarnInstall({ dir, repoRoot, log }) {
  const sqlite = prebuiltSqlite(repoRoot);
  const root = readJson(path.join(dir, 'package.json'));
  if (sqlite) {
    root.dependenciesMeta['better-sqlite3'] = { built: false };
    writeJson(path.join(dir, 'package.json'), root);
  }
  const env = {
    ...process.env,
    // CI=true makes installs immutable; this app's lockfile is new by design.
    YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
    // Hard links into Yarn's global store instead of copying 2 GB of files per app.
    YARN_NM_MODE: 'hardlinks-global',
  };
  const fd = fs.openSync(log, 'w');
  try {
    execFileSync('yarn', ['install'], {
      cwd: dir,
      env,
      stdio: ['ignore', fd, fd],
    });
  } finally {
    fs.closeSync(fd);
  }
  if (sqlite) {
    const target = path.join(dir, 'node_modules/better-sqlite3');
    const version = readJson(path.join(target, 'package.json')).version;
    if (version !== sqlite.version) {
      throw new Error(
        `better-sqlite3 ${version} in the app, ${sqlite.version} prebuilt: remove the reuse`,
      );
    }
    fs.mkdirSync(path.join(target, 'build/Release'), { recursive: true });
    fs.copyFileSync(
      sqlite.binary,
      path.join(target, 'build/Release/better_sqlite3.node'),
    );
  }
}

module.exports = { createApp, installPavedRoad, yarnInstall };
