// @ts-check
/*
 * The install test (scripts/test-install.sh runs it): for each frontend system, a fresh app from
 * @backstage/create-app, Paved Road added from the packed tarballs exactly as the README says,
 * started, and checked over HTTP and in headless Chromium. Prints timings; exits non-zero on
 * any failure. Usage: node main.js <tarball folder> [legacy|new ...]
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const YAML = require('yaml');
const { parseReadmeWiring, stepsFor } = require('./readmeWiring');
const { createApp, installPavedRoad, yarnInstall } = require('./generateApp');
const { waitFor, guestToken, checkBackend, checkPages } = require('./checks');

// scripts/test-install.sh runs this from the repository's root.
const REPO = process.cwd();
const OUTPUT = path.join(REPO, 'test-output/install');
// Outside the repository, so nothing of the repo's own setup leaks into the apps.
const WORK = process.env.INSTALL_TEST_DIR ?? '/tmp/paved-road-install-test';
const BASE_PORT = Number(process.env.INSTALL_TEST_PORT ?? 7311);
const FRONTEND_PACKAGE = '@paved-road/plugin-platform-products';
const PRODUCT = 'auth-platform';
// What the pages must show once the frontend plugin is installed: the entity's title (drawn
// by the catalog) and the titles of our cards on a PlatformProduct and on a Component.
const PAGES = [
  {
    path: `/catalog/default/platformproduct/${PRODUCT}`,
    texts: ['Authentication Platform', 'Adoption', 'Developer satisfaction'],
  },
  {
    path: '/catalog/default/component/auth-service',
    texts: ['Auth Service', 'Scorecards', 'SLA', 'Platforms used'],
  },
];
const TIMEOUT_MS = 180_000;

/** @type {import('node:child_process').ChildProcess[]} */
const running = [];
function stopAll() {
  for (const child of running.splice(0)) {
    try {
      // The backend runs in its own process group: stop yarn, backstage-cli and node at once.
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    stopAll();
    process.exit(1);
  });
}

/** @param {string} folder */
function readTarballs(folder) {
  /** @type {Map<string, { file: string, version: string }>} */
  const tarballs = new Map();
  for (const name of fs.readdirSync(folder).filter(f => f.endsWith('.tgz'))) {
    const file = path.join(folder, name);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', file, 'package/package.json'], {
        encoding: 'utf8',
      }),
    );
    tarballs.set(manifest.name, { file, version: manifest.version });
  }
  return tarballs;
}

/**
 * @template T
 * @param {Record<string, number>} timings
 * @param {string} name
 * @param {() => T | Promise<T>} fn
 */
async function timed(timings, name, fn) {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round((Date.now() - start) / 100) / 10;
    console.log(`  ${name}: ${timings[name]} s`);
  }
}

/**
 * @param {{ dir: string, configArgs: string[], log: string }} options
 */
function startBackend({ dir, configArgs, log }) {
  const out = fs.openSync(log, 'w');
  const child = spawn('yarn', ['start', ...configArgs], {
    cwd: path.join(dir, 'packages/backend'),
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' },
  });
  running.push(child);
  /** @type {{ code: number | null }} */
  const exit = { code: null };
  child.on('exit', code => {
    exit.code = code ?? -1;
  });
  return exit;
}

/**
 * @param {import('./readmeWiring').FrontendSystem} system
 * @param {number} port
 * @param {{ steps: import('./readmeWiring').WiringStep[],
 *   tarballs: Map<string, { file: string, version: string }> }} input
 * @param {Record<string, number>} timings filled in step by step, kept when a step fails
 */
async function testApp(system, port, { steps, tarballs }, timings) {
  console.log(`== ${system} frontend system (port ${port})`);
  const dir = path.join(WORK, system);
  const out = path.join(OUTPUT, system);
  fs.mkdirSync(out, { recursive: true });
  const baseUrl = `http://localhost:${port}`;

  await timed(timings, 'create-app', () =>
    createApp({ dir, system, log: path.join(out, 'create-app.log') }),
  );
  const rootManifest = JSON.parse(
    fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'),
  );
  const backstageResolutions = Object.fromEntries(
    Object.entries(rootManifest.resolutions).filter(([k]) =>
      k.startsWith('@backstage/'),
    ),
  );
  const readmeConfigs = installPavedRoad({
    dir,
    system,
    steps,
    tarballs,
    backstageResolutions,
  });
  // Test-only settings: ports, and the repository's examples as the catalog's only location.
  const testConfig = path.join(dir, 'app-config.install-test.yaml');
  fs.writeFileSync(
    testConfig,
    YAML.stringify({
      app: { baseUrl },
      backend: { baseUrl, listen: { port }, cors: { origin: baseUrl } },
      catalog: {
        locations: [
          { type: 'file', target: path.join(REPO, 'examples/all.yaml') },
        ],
      },
    }),
  );
  const configArgs = [
    path.join(dir, 'app-config.yaml'),
    ...readmeConfigs,
    testConfig,
  ].flatMap(file => ['--config', file]);
  fs.writeFileSync(
    path.join(out, 'git-diff.patch'),
    execFileSync('git', ['diff'], { cwd: dir }),
  );

  await timed(timings, 'yarn install', () =>
    yarnInstall({
      dir,
      repoRoot: REPO,
      log: path.join(out, 'yarn-install.log'),
    }),
  );
  const frontend = tarballs.has(FRONTEND_PACKAGE);
  if (frontend) {
    await timed(timings, 'app build', () =>
      execFileSync('yarn', ['build', ...configArgs], {
        cwd: path.join(dir, 'packages/app'),
        stdio: [
          'ignore',
          fs.openSync(path.join(out, 'app-build.log'), 'w'),
          'inherit',
        ],
      }),
    );
  }

  const backendLog = path.join(out, 'backend.log');
  const exit = startBackend({ dir, configArgs, log: backendLog });
  try {
    await timed(timings, 'backend start', () =>
      waitFor('the backend', TIMEOUT_MS, async () => {
        if (exit.code !== null)
          throw new Error(`backend exited with ${exit.code}`);
        const response = await fetch(`${baseUrl}/api/platform-products/health`);
        return response.ok ? true : undefined;
      }),
    );
    const token = await guestToken(baseUrl);
    const scorecardIds = stepsFor(steps, system)
      .filter(s => s.kind === 'config')
      .flatMap(s => YAML.parse(s.text)?.platformProducts?.scorecards ?? [])
      .map((/** @type {{ id: string }} */ s) => s.id);
    const checked = await timed(timings, 'HTTP checks', () =>
      checkBackend({
        baseUrl,
        token,
        productName: PRODUCT,
        scorecardIds,
        timeoutMs: TIMEOUT_MS,
      }),
    );
    checked.forEach(line => console.log(`  ok: ${line}`));
    if (frontend) {
      const lines = await timed(timings, 'browser check', () =>
        checkPages({
          baseUrl,
          pages: PAGES,
          screenshotPrefix: path.join(out, 'page'),
          timeoutMs: 60_000,
        }),
      );
      lines.forEach(line => console.log(`  ok: ${line}`));
    } else {
      console.log(`  skipped: browser check (${FRONTEND_PACKAGE} not packed)`);
    }
  } catch (error) {
    // Request logs drown the rest: show the backend's last warnings and errors.
    const tail = fs
      .readFileSync(backendLog, 'utf8')
      .split('\n')
      .filter(
        line => /\b(warn|error)\b/i.test(line) && !/rootHttpRouter/.test(line),
      )
      .slice(-15)
      .join('\n');
    console.error(
      `  backend log (${backendLog}), last warnings and errors:\n${tail}`,
    );
    throw error;
  } finally {
    stopAll();
  }
}

async function main() {
  const [tarballFolder, ...systemArgs] = process.argv.slice(2);
  if (!tarballFolder) {
    throw new Error('Usage: node main.js <tarball folder> [new|legacy ...]');
  }
  const systems = /** @type {import('./readmeWiring').FrontendSystem[]} */ (
    systemArgs.length ? systemArgs : ['new', 'legacy']
  );
  const steps = parseReadmeWiring(
    fs.readFileSync(path.join(REPO, 'README.md'), 'utf8'),
  );
  const tarballs = readTarballs(tarballFolder);
  console.log(`tarballs: ${[...tarballs.keys()].join(', ')}`);
  console.log(`README install steps: ${steps.length}`);
  fs.mkdirSync(OUTPUT, { recursive: true });

  /** @type {Record<string, { ok: boolean, seconds: Record<string, number> }>} */
  const results = {};
  for (const [i, system] of systems.entries()) {
    results[system] = { ok: false, seconds: {} };
    try {
      await testApp(
        system,
        BASE_PORT + i,
        { steps, tarballs },
        results[system].seconds,
      );
      results[system].ok = true;
    } catch (error) {
      console.error(
        `FAILED (${system}): ${error instanceof Error ? error.stack : error}`,
      );
    }
  }
  fs.writeFileSync(
    path.join(OUTPUT, 'timings.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const failed = Object.values(results).some(r => !r.ok);
  for (const [system, { ok, seconds }] of Object.entries(results)) {
    const total = Object.values(seconds).reduce((a, b) => a + b, 0);
    console.log(`${system}: ${ok ? 'ok' : 'FAILED'} (${Math.round(total)} s)`);
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
