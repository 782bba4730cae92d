/*
 * A memory limit for one child process, as a container's: a cgroup of its own under this
 * process's memory cgroup. Node sizes its default V8 heap from that limit (half of it, in
 * Node 22), as it does in a container, so the benchmark can measure a backend with the heap
 * it would have in production instead of the one Node picks for this whole machine.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface MemoryLimit {
  /** The command and arguments that run `command args…` inside the cgroup. */
  wrap(command: string, args: string[]): [string, string[]];
  /**
   * Removes the cgroup; again, it does nothing. If a process is still in it (the benchmark
   * was interrupted), it says so rather than throw.
   */
  remove(): void;
}

/**
 * Where a process's memory cgroup is, from its /proc/<pid>/cgroup and, for cgroup v2, the
 * controllers of /sys/fs/cgroup: the directory, and the file of its limit.
 */
export function memoryCgroupOf(
  procCgroup: string,
  v2Controllers: string | undefined,
): { dir: string; limitFile: string } {
  // Lines are "id:controllers:path": v1 names "memory" among its controllers; v2 is "0::path".
  const lines = procCgroup
    .split('\n')
    .filter(line => line.includes(':'))
    .map(line => {
      const [, controllers, ...rest] = line.split(':');
      return { controllers: controllers.split(','), path: rest.join(':') };
    });
  const v1 = lines.find(line => line.controllers.includes('memory'));
  if (v1) {
    return {
      dir: path.join('/sys/fs/cgroup/memory', v1.path),
      limitFile: 'memory.limit_in_bytes',
    };
  }
  const v2 = lines.find(line => line.controllers.join() === '');
  if (v2 && v2Controllers?.split(/\s+/).includes('memory')) {
    return {
      dir: path.join('/sys/fs/cgroup', v2.path),
      limitFile: 'memory.max',
    };
  }
  throw new Error(
    'No cgroup memory controller: /proc/self/cgroup names none (v1), and /sys/fs/cgroup/cgroup.controllers has no memory (v2)',
  );
}

/** Creates a cgroup limited to `limitMb` MiB; needs the rights to create one (root). */
export function createMemoryLimit(limitMb: number, name: string): MemoryLimit {
  const controllers = '/sys/fs/cgroup/cgroup.controllers';
  const own = memoryCgroupOf(
    fs.readFileSync('/proc/self/cgroup', 'utf8'),
    fs.existsSync(controllers)
      ? fs.readFileSync(controllers, 'utf8')
      : undefined,
  );
  const dir = path.join(own.dir, name);
  try {
    fs.mkdirSync(dir);
  } catch (error) {
    throw new Error(
      `--memory-limit needs a cgroup of its own, which could not be created in ${own.dir} (${error}); run as root, or use --max-old-space-size`,
    );
  }
  try {
    fs.writeFileSync(path.join(dir, own.limitFile), String(limitMb * 2 ** 20));
  } catch (error) {
    fs.rmdirSync(dir);
    throw new Error(`Could not set the memory limit of ${dir}: ${error}`);
  }
  return {
    // The shell moves itself into the cgroup, then becomes the command: its children,
    // and Node's view of the memory it may use, are the cgroup's.
    wrap: (command, args) => [
      '/bin/sh',
      [
        '-c',
        'echo $$ > "$0" && exec "$@"',
        path.join(dir, 'cgroup.procs'),
        command,
        ...args,
      ],
    ],
    remove: () => {
      try {
        fs.rmdirSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          process.stderr.write(
            `Could not remove the cgroup ${dir}: ${error}\n`,
          );
        }
      }
    },
  };
}
