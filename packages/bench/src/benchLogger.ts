import {
  coreServices,
  createServiceFactory,
  LoggerService,
  RootLoggerService,
} from '@backstage/backend-plugin-api';

/** Log metadata (the JsonObject of @backstage/types, without depending on that package). */
type JsonObject = Parameters<LoggerService['child']>[0];

type Level = 'error' | 'warn' | 'info' | 'debug';

/** One log call, as the benchmark sees it. */
export interface LogRecord {
  level: Level;
  message: string;
  meta: JsonObject;
}

const RANK: Record<Level, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/**
 * The backend's root logger during a benchmark: prints warnings and errors (info too when
 * verbose) on stderr, so that the figures on stdout stay readable, and lets the benchmark
 * listen to every record, e.g. for the evaluator's own "Evaluated scorecards ..." line.
 */
export class BenchLogger implements RootLoggerService {
  private readonly listeners = new Set<(record: LogRecord) => void>();

  constructor(
    private readonly options: { print: Level },
    private readonly meta: JsonObject = {},
    private readonly root?: BenchLogger,
  ) {}

  /** Calls `listener` with every record, until the returned function is called. */
  listen(listener: (record: LogRecord) => void): () => void {
    const root = this.root ?? this;
    root.listeners.add(listener);
    return () => root.listeners.delete(listener);
  }

  error(message: string, meta?: Error | JsonObject) {
    this.log('error', message, meta);
  }
  warn(message: string, meta?: Error | JsonObject) {
    this.log('warn', message, meta);
  }
  info(message: string, meta?: Error | JsonObject) {
    this.log('info', message, meta);
  }
  debug(message: string, meta?: Error | JsonObject) {
    this.log('debug', message, meta);
  }

  child(meta: JsonObject): LoggerService {
    return new BenchLogger(
      this.options,
      { ...this.meta, ...meta },
      this.root ?? this,
    );
  }

  private log(level: Level, message: string, extra?: Error | JsonObject) {
    const meta: JsonObject =
      extra instanceof Error
        ? { ...this.meta, error: extra.stack ?? extra.message }
        : { ...this.meta, ...extra };
    const root = this.root ?? this;
    root.listeners.forEach(listener => listener({ level, message, meta }));
    if (RANK[level] <= RANK[this.options.print]) {
      const where = meta.plugin ?? meta.service ?? 'backend';
      const error = typeof meta.error === 'string' ? `\n${meta.error}` : '';
      process.stderr.write(
        `  [${new Date()
          .toISOString()
          .slice(11, 23)} ${level} ${where}] ${message}${error}\n`,
      );
    }
  }
}

/** Installs `logger` as the backend's root logger. */
export function benchLoggerServiceFactory(logger: BenchLogger) {
  return createServiceFactory({
    service: coreServices.rootLogger,
    deps: {},
    factory: () => logger,
  });
}
