/*
 * A throwaway PostgreSQL 15 for a benchmark, like scripts/test-postgres.sh starts one for the
 * database tests: the Debian package's server, a fresh data directory in /tmp, loopback only,
 * trust authentication, fsync off; stopped and deleted at the end.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PG_BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  host: string;
  port: number;
  user: string;
  version: string;
  stop(): void;
}

/**
 * How a client connects to the throwaway server, to one database or the default one. The
 * server trusts loopback connections: the password is never checked.
 */
export function connectionOf(postgres: ThrowawayPostgres, database?: string) {
  return {
    host: postgres.host,
    port: postgres.port,
    user: postgres.user,
    password: 'unused',
    ...(database && { database }),
  };
}

export function startPostgres(port: number): ThrowawayPostgres {
  if (!fs.existsSync(path.join(PG_BIN, 'postgres'))) {
    throw new Error(
      `PostgreSQL 15 is not installed (${PG_BIN}); install the Debian package postgresql-15, e.g. by running scripts/test-postgres.sh once`,
    );
  }
  const isRoot = os.userInfo().uid === 0;
  // PostgreSQL refuses to run as root: as root, run it as the package's postgres user.
  const run = (command: string, args: string[]) =>
    execFileSync(
      isRoot ? 'runuser' : path.join(PG_BIN, command),
      isRoot
        ? ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args]
        : args,
      { stdio: ['ignore', 'pipe', 'pipe'] },
    ).toString();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paved-road-bench-pg.'));
  if (isRoot) {
    const uid = Number(
      execFileSync('id', ['-u', 'postgres']).toString().trim(),
    );
    const gid = Number(
      execFileSync('id', ['-g', 'postgres']).toString().trim(),
    );
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // Already gone.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust']);
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`,
      'start',
    ]);
    started = true;
  } catch (error) {
    const log = path.join(dir, 'server.log');
    const detail = fs.existsSync(log)
      ? `\n${fs.readFileSync(log, 'utf8')}`
      : '';
    stop();
    throw new Error(
      `Could not start PostgreSQL on port ${port}: ${error}${detail}`,
    );
  }
  // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
  const version =
    execFileSync(path.join(PG_BIN, 'postgres'), ['--version'])
      .toString()
      .match(/\d+\.\d+/)?.[0] ?? '15';
  return { host: '127.0.0.1', port, user: 'postgres', version, stop };
}
