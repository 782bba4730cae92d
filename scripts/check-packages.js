#!/usr/bin/env node
/* eslint-disable no-console */
// Checks the tarballs that scripts/check-packages.sh packed: for each plugins/<folder>.tgz,
// the files a host app needs are in it, its package.json points only at packed files, and
// its dependencies suit a host app on Backstage 1.55 (React, react-router and MUI shared).
// Prints one line per package with its size, then every problem; exits 1 on a problem.
// Usage: node scripts/check-packages.js <folder with the .tgz files>
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const semver = require('semver');

const root = path.resolve(__dirname, '..');
const folder = path.resolve(process.argv[2] ?? 'test-output/packages');
// The @backstage/* versions of the 1.55 release that this repository pins.
const backstageVersions = require(path.join(root, 'package.json')).resolutions;
// The version the repository's dev app (made like a 1.55 app) resolves for a package.
const hostVersion = name =>
  require(require.resolve(`${name}/package.json`, { paths: [root] })).version;
// Shared with the host app: a second copy breaks React context and routing, so these must
// be peer dependencies.
const HOST_SINGLETONS = ['react', 'react-dom', 'react-router-dom'];
// MUI v4 is a dependency of Backstage plugins; its range must accept the app's version so
// that the package manager installs one copy (two copies break the app's theme).
const SHARED_WITH_HOST = /^@material-ui\//;
const FRONTEND_ROLES = [
  'frontend-plugin',
  'frontend-plugin-module',
  'web-library',
];

function filesIn(tarball) {
  return new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(entry => entry.replace(/^package\//, '')),
  );
}

function packedManifest(tarball) {
  return JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
}

/** Every file path an `exports` value points at (through conditions). */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') {
    // The "backstage" condition names a feature type (@backstage/FrontendPlugin), not a file.
    return Object.entries(value)
      .filter(([condition]) => condition !== 'backstage')
      .flatMap(([, target]) => exportTargets(target));
  }
  return [];
}

function checkPackage(folderName, tarball) {
  const problems = [];
  const source = require(path.join(
    root,
    'plugins',
    folderName,
    'package.json',
  ));
  const files = filesIn(tarball);
  const manifest = packedManifest(tarball);
  const has = file => files.has(file.replace(/^\.\//, ''));
  const role = manifest.backstage?.role;

  for (const file of ['package.json', 'README.md', 'CHANGELOG.md']) {
    if (!has(file)) problems.push(`${file} is missing`);
  }
  if ([...files].some(file => file.startsWith('src/'))) {
    problems.push('src/ is packed; only dist/ should be');
  }
  if (manifest.publishConfig?.access !== 'public') {
    problems.push('publishConfig.access is not "public"');
  }
  for (const field of ['main', 'module', 'types']) {
    const target = manifest[field]?.replace(/^\.\//, '');
    if (target === undefined) continue;
    if (!target.startsWith('dist/')) {
      problems.push(`${field} is ${target}, not a file in dist/`);
    } else if (!has(target)) {
      problems.push(`${field} ${target} is not in the tarball`);
    }
  }
  if (!manifest.main) problems.push('main is missing');
  if (!manifest.types && role !== 'cli') problems.push('types is missing');
  for (const target of exportTargets(manifest.exports ?? {})) {
    if (!has(target))
      problems.push(`exports target ${target} is not in the tarball`);
  }
  for (const [subpath, targets] of Object.entries(
    manifest.typesVersions?.['*'] ?? {},
  )) {
    for (const target of targets) {
      if (!has(target)) {
        problems.push(
          `typesVersions ${subpath} → ${target} is not in the tarball`,
        );
      }
    }
  }
  // Backstage's prepack compiles config.d.ts into config.schema.json and packs that
  // instead: the host app's config loader reads either, through `configSchema`.
  if (source.configSchema) {
    if (!manifest.configSchema || !has(manifest.configSchema)) {
      problems.push(
        `configSchema ${manifest.configSchema} is not in the tarball`,
      );
    } else if (manifest.configSchema.endsWith('.json')) {
      const schema = JSON.parse(
        execFileSync(
          'tar',
          ['-xzOf', tarball, `package/${manifest.configSchema}`],
          {
            encoding: 'utf8',
          },
        ),
      );
      if (!schema.properties || Object.keys(schema.properties).length === 0) {
        problems.push(
          `${manifest.configSchema} declares no configuration keys`,
        );
      }
    }
  }
  const migrations = path.join(root, 'plugins', folderName, 'migrations');
  if (fs.existsSync(migrations)) {
    for (const file of fs.readdirSync(migrations)) {
      if (!file.includes('.test.') && !has(`migrations/${file}`)) {
        problems.push(`migrations/${file} is not in the tarball`);
      }
    }
  }
  for (const bin of Object.values(manifest.bin ?? {})) {
    if (!has(bin)) problems.push(`bin ${bin} is not in the tarball`);
  }

  const dependencies = manifest.dependencies ?? {};
  const peers = manifest.peerDependencies ?? {};
  for (const [name, range] of Object.entries({ ...dependencies, ...peers })) {
    if (/^(workspace|link|file|portal):/.test(range)) {
      problems.push(
        `${name}@${range} cannot be installed outside this repository`,
      );
    }
    const pinned = backstageVersions[name];
    if (
      name.startsWith('@backstage/') &&
      pinned &&
      !semver.satisfies(pinned, range)
    ) {
      problems.push(
        `${name}@${range} does not accept ${pinned}, the Backstage 1.55 version`,
      );
    }
  }
  for (const name of HOST_SINGLETONS) {
    const version = hostVersion(name);
    if (dependencies[name]) {
      problems.push(
        `${name} is a dependency; it must be a peer dependency, shared with the app`,
      );
    }
    if (
      (FRONTEND_ROLES.includes(role) && name !== 'react-router-dom') ||
      peers[name]
    ) {
      if (!peers[name]) {
        problems.push(`${name} is not a peer dependency`);
      } else if (!semver.satisfies(version, peers[name])) {
        problems.push(`peer ${name}@${peers[name]} does not accept ${version}`);
      }
    }
  }
  for (const [name, range] of Object.entries(dependencies)) {
    if (
      SHARED_WITH_HOST.test(name) &&
      !semver.satisfies(hostVersion(name), range)
    ) {
      problems.push(
        `${name}@${range} does not accept ${hostVersion(
          name,
        )}, the app's version`,
      );
    }
  }
  if (!FRONTEND_ROLES.includes(role)) {
    for (const name of Object.keys(dependencies)) {
      if (/^(react|@material-ui\/|@mui\/)/.test(name)) {
        problems.push(`${name} is a dependency of a ${role} package`);
      }
    }
  }
  return { manifest, files, problems };
}

const tarballs = fs
  .readdirSync(folder)
  .filter(file => file.endsWith('.tgz'))
  .sort();
const expected = fs.readdirSync(path.join(root, 'plugins')).filter(dir => {
  const file = path.join(root, 'plugins', dir, 'package.json');
  return fs.existsSync(file) && !require(file).private;
});
let failed = false;
for (const dir of expected) {
  if (!tarballs.includes(`${dir}.tgz`)) {
    console.log(`plugins/${dir}: no tarball ${dir}.tgz in ${folder}`);
    failed = true;
  }
}
for (const tarball of tarballs) {
  const folderName = tarball.replace(/\.tgz$/, '');
  const file = path.join(folder, tarball);
  const { manifest, files, problems } = checkPackage(folderName, file);
  const kib = (fs.statSync(file).size / 1024).toFixed(1);
  console.log(
    `${problems.length ? 'FAIL' : 'ok  '} ${manifest.name}@${
      manifest.version
    }  ${kib} KiB, ${files.size} files`,
  );
  for (const problem of problems) console.log(`       ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
