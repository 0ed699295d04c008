import type { ArgPositions, LogSink, MethodTable } from './types.js';

/**
 * Log sinks for `privacy/no-pii-in-logs`.
 *
 * Conventions (see types.ts and docs/catalogue.md):
 * - Method keys are matched against the *end* of the property path below the root, first key
 *   wins, so a longer key is listed before a shorter one that ends the same way.
 * - A dotted receiver name (`req.log`) names the last two names of the receiver: `request.log.info`
 *   and `this.req.log.info` match `req.log`/`request.log` with the method `info`.
 * - A plain receiver name (`logger`) also matches a receiver whose last name ends with that word
 *   (`this.auditLogger`), case-insensitively.
 */

/** Every argument of each named method carries data. */
function allArgs(names: readonly string[]): MethodTable {
  return Object.fromEntries(names.map((name) => [name, 'all' as const]));
}

/** Arguments from `first` on (variadic tails such as `console.assert(cond, ...data)`). */
function fromArg(first: number): ArgPositions {
  return Array.from({ length: 16 - first }, (_, i) => first + i);
}

/** Levels shared by pino, bunyan and most JSON loggers. */
const pinoLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

/** Level methods for loggers recognised by name only (`this.logger.info`, `log.warn`). */
const commonLevels = [
  'log',
  'trace',
  'debug',
  'info',
  'notice',
  'warn',
  'warning',
  'error',
  'fatal',
  'critical',
  'crit',
  'alert',
  'emerg',
  'verbose',
  'silly',
  'success',
  'audit',
] as const;

export const logSinks: readonly LogSink[] = [
  // Node.js / DOM `console` (no package: the WHATWG Console standard and Node's console docs).
  {
    name: 'console',
    globals: ['console'],
    methods: {
      log: 'all',
      info: 'all',
      warn: 'all',
      error: 'all',
      debug: 'all',
      trace: 'all',
      dir: 'all',
      dirxml: 'all',
      table: 'all',
      group: 'all',
      groupCollapsed: 'all',
      count: [0],
      // `console.assert(condition, ...data)`: the condition is not printed.
      assert: fromArg(1),
      // `console.timeLog(label, ...data)` prints the label too.
      timeLog: 'all',
      time: [0],
      timeEnd: [0],
    },
  },
  // `process.stdout.write` / `process.stderr.write` (Node.js globals).
  {
    name: 'process.stdout/stderr',
    globals: ['process'],
    methods: {
      'stdout.write': [0],
      'stderr.write': [0],
    },
  },
  // pino@10.4.0 (pino.d.ts: LogFn for trace…fatal; `child(bindings)` returns a logger that writes
  // its bindings with every line; nestjs-pino's `PinoLogger.assign(fields)` adds to them).
  {
    name: 'pino',
    modules: ['pino', 'pino-http', 'nestjs-pino'],
    typeNames: ['PinoLogger', 'BaseLogger'],
    methods: { ...allArgs(pinoLevels), child: [0], assign: [0] },
  },
  // winston@3.19.0 (index.d.ts: LeveledLogMethod for npm, cli and syslog levels, plus `log(level, …)`).
  {
    name: 'winston',
    modules: ['winston'],
    methods: {
      ...allArgs([
      'log',
      'error',
      'warn',
      'info',
      'http',
      'verbose',
      'debug',
      'silly',
      // syslog levels
      'emerg',
      'alert',
      'crit',
      'warning',
      'notice',
      // cli levels
      'help',
      'data',
      'prompt',
      'input',
      ]),
      // `child(defaultMeta)`: metadata written with every line of the child logger.
      child: [0],
    },
  },
  // bunyan@2.0.5 (lib/bunyan.js: trace…fatal; `child(fields)` as pino's).
  {
    name: 'bunyan',
    modules: ['bunyan'],
    methods: { ...allArgs(pinoLevels), child: [0] },
  },
  // log4js@6.9.1 (types/log4js.d.ts: Logger from `getLogger()`).
  {
    name: 'log4js',
    modules: ['log4js'],
    methods: allArgs([...pinoLevels, 'mark', 'log']),
  },
  // loglevel@1.9.2 (index.d.ts: RootLogger and `getLogger()` loggers).
  {
    name: 'loglevel',
    modules: ['loglevel'],
    methods: allArgs(['trace', 'debug', 'info', 'warn', 'error', 'log']),
  },
  // consola@3.4.2 (dist/core.d.ts: LogType, minus `silent`).
  {
    name: 'consola',
    modules: ['consola', 'consola/basic', 'consola/core', 'consola/browser'],
    methods: allArgs([
      'fatal',
      'error',
      'warn',
      'log',
      'info',
      'success',
      'fail',
      'ready',
      'start',
      'box',
      'debug',
      'trace',
      'verbose',
    ]),
  },
  // tslog@5.2.0 (types/index.universal.d.ts: `new Logger()` silly…fatal and `log(level, name, …)`).
  {
    name: 'tslog',
    modules: ['tslog'],
    methods: allArgs(['silly', 'trace', 'debug', 'info', 'warn', 'error', 'fatal', 'log']),
  },
  // debug@4.4.3 (@types/debug@4.1.13: `debug('ns')` returns a Debugger that logs when called).
  {
    name: 'debug',
    modules: ['debug'],
    methods: {},
    callableInstance: 'all',
  },
  // npmlog@7.0.1 (lib/log.js addLevel calls; `log.log(level, prefix, …)`).
  {
    name: 'npmlog',
    modules: ['npmlog'],
    methods: allArgs(['silly', 'verbose', 'info', 'timing', 'http', 'notice', 'warn', 'error', 'log']),
  },
  // signale@1.4.0 (types.js: the default logger types).
  {
    name: 'signale',
    modules: ['signale'],
    methods: allArgs([
      'await',
      'complete',
      'error',
      'debug',
      'fatal',
      'fav',
      'info',
      'note',
      'pause',
      'pending',
      'star',
      'start',
      'success',
      'wait',
      'warn',
      'watch',
      'log',
    ]),
  },
  // roarr@7.21.7 (dist/types.d.ts: `Roarr(message)` logs; so does `Roarr.child(…)(message)`;
  // level methods and their `*Once` forms).
  {
    name: 'roarr',
    modules: ['roarr'],
    callable: 'all',
    callableInstance: 'all',
    methods: allArgs([
      ...pinoLevels,
      'traceOnce',
      'debugOnce',
      'infoOnce',
      'warnOnce',
      'errorOnce',
      'fatalOnce',
    ]),
  },
  // @nestjs/common Logger / ConsoleLogger / LoggerService (log, error, warn, debug, verbose, fatal).
  // `typeNames: ['Logger']` also catches typed receivers of winston, bunyan, tslog, log4js… so the
  // table carries their common level names too.
  {
    name: 'NestJS Logger',
    modules: ['@nestjs/common'],
    typeNames: ['Logger', 'LoggerService', 'ConsoleLogger'],
    methods: allArgs(['log', 'error', 'warn', 'debug', 'verbose', 'fatal', 'info', 'trace', 'silly']),
  },
  // fastify (pino underneath): `fastify.log.info`, `request.log.info`, `reply.log.info`.
  {
    name: 'fastify',
    modules: ['fastify'],
    receiverNames: ['req.log', 'request.log', 'reply.log', 'fastify.log', 'app.log', 'server.log', 'instance.log'],
    typeNames: ['FastifyBaseLogger', 'FastifyRequest', 'FastifyReply', 'FastifyInstance'],
    methods: {
      'log.trace': 'all',
      'log.debug': 'all',
      'log.info': 'all',
      'log.warn': 'all',
      'log.error': 'all',
      'log.fatal': 'all',
      // Reached through a dotted receiver name (`request.log` is the receiver) or a FastifyBaseLogger.
      ...allArgs(pinoLevels),
    },
  },
  // Obvious logger receivers whose origin the engine cannot resolve: `this.logger.info`, `log.warn`.
  {
    name: 'logger (by name)',
    receiverNames: ['logger', 'log', '_logger', '_log', 'LOGGER', 'LOG', 'auditLogger', 'appLogger', 'requestLogger'],
    methods: allArgs(commonLevels),
  },
];
