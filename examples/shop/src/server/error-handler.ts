import * as Sentry from '@sentry/node';
import type { ErrorHandler } from 'express';
import { createLogger } from './logger';

const log = createLogger('http');

// sendDefaultPii stays off: the SDK must not attach IPs, cookies or user data on its own.
Sentry.init({ dsn: process.env.SENTRY_DSN ?? '', sendDefaultPii: false });

/** Last middleware: reports the error and answers 500 without details. */
export const errorHandler: ErrorHandler = (error, req, res, _next) => {
  Sentry.setUser({ id: req.user?.id, email: req.user?.email, ip_address: req.ip }); // LEAK: privacy/no-pii-to-third-parties (error tracking)
  Sentry.setUser(req.user ? { id: req.user.id } : null); // OK: opaque id only
  Sentry.setContext('request', { method: req.method, path: req.path }); // OK: no personal data
  Sentry.captureException(error);

  log.error(`${req.method} ${req.path} failed for ${req.user?.email ?? 'anonymous'}`); // LEAK: privacy/no-pii-in-logs
  log.error('request failed', { method: req.method, path: req.path, userId: req.user?.id, error: error.name }); // OK: opaque id, no message text

  res.status(500).json({ error: 'internal_error' });
};
