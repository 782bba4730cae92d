/** The databases a benchmark runs on. */
export type Database = 'sqlite' | 'postgres';

/** The databases of a `--db sqlite|postgres|both` option, SQLite first. */
export function databasesOf(db: Database | 'both'): Database[] {
  return db === 'both' ? ['sqlite', 'postgres'] : [db];
}

/**
 * Runs a benchmark's `main`: exit 0 when it ran, whatever its figures (benchmarks measure,
 * they do not test), 1 with the error when something failed to run.
 */
export function runBenchmark(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    error => {
      process.stderr.write(`\n${name} failed: ${error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
