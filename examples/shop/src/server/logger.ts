import pino from 'pino';

// The one pino instance of the service. Everything logs through `createLogger` or `auditEvent`,
// so this wrapper is itself a log sink: personal data passed to it ends up in the log stream.
const root = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  // A safety net for request dumps; it does not make logging personal data acceptable.
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
});

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger tagged with the component name: `createLogger('orders').info('order paid', { orderId })`. */
export function createLogger(component: string): Logger {
  const child = root.child({ component });
  return {
    debug: (message, fields = {}) => child.debug(fields, message),
    info: (message, fields = {}) => child.info(fields, message),
    warn: (message, fields = {}) => child.warn(fields, message),
    error: (message, fields = {}) => child.error(fields, message),
  };
}

/** Security audit trail (who did what, when). Same stream, marked `audit: true`. */
export function auditEvent(action: string, details: LogFields): void {
  root.info({ audit: true, action, ...details }, `audit: ${action}`);
}
