import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './markdown';

const SERVICE = 'plugins/platform-products-backend/src/service';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function routeFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })
    .flatMap(entry => {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return routeFiles(file);
      return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)
        ? [file]
        : [];
    });
}

/** `GET /scorecards/{id}/results` for every `router.get('/scorecards/:id/results', …)`. */
function registeredRoutes(): string[] {
  const pattern = new RegExp(
    `\\brouter\\.(${METHODS.join('|')})\\(\\s*['"\`]([^'"\`]+)['"\`]`,
    'g',
  );
  return routeFiles(SERVICE).flatMap(file =>
    [
      ...fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(pattern),
    ].map(
      ([, method, route]) =>
        `${method.toUpperCase()} ${route.replace(/:(\w+)/g, '{$1}')}`,
    ),
  );
}

function documentedRoutes(): string[] {
  const document = parse(
    fs.readFileSync(path.join(REPO_ROOT, 'docs/openapi.yaml'), 'utf8'),
  );
  return Object.entries(
    document.paths as Record<string, Record<string, unknown>>,
  ).flatMap(([route, item]) =>
    Object.keys(item)
      .filter(key => METHODS.includes(key))
      .map(method => `${method.toUpperCase()} ${route}`),
  );
}

describe('docs/openapi.yaml', () => {
  it('documents exactly the routes of the backend plugin', () => {
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThanOrEqual(7);
    expect([...documentedRoutes()].sort()).toEqual(
      [...new Set(registered)].sort(),
    );
  });

  it('is an OpenAPI 3 document whose operations all have an id and responses', () => {
    const document = parse(
      fs.readFileSync(path.join(REPO_ROOT, 'docs/openapi.yaml'), 'utf8'),
    );
    expect(document.openapi).toMatch(/^3\./);
    for (const item of Object.values(document.paths as Record<string, any>)) {
      for (const method of METHODS.filter(m => item[m])) {
        expect(item[method].operationId).toEqual(expect.any(String));
        expect(Object.keys(item[method].responses).length).toBeGreaterThan(0);
      }
    }
  });
});
