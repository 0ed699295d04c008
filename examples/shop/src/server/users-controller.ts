import express from 'express';
import { maskEmail, anonymizeIp } from '../shared/masking';
import { encrypt, pseudonymize } from './field-crypto';
import { auditEvent, createLogger } from './logger';
import { UserRepository } from './user-repository';
import type { SignupInput, User } from '../shared/types';

const log = createLogger('users');
const users = new UserRepository();

export const usersRouter = express.Router();

class BadRequest extends Error {}

function parseSignup(body: unknown): SignupInput {
  const fields = (body ?? {}) as Partial<Record<keyof SignupInput, unknown>>;
  if (typeof fields.email !== 'string' || typeof fields.password !== 'string') {
    throw new BadRequest('email and password are required');
  }
  return {
    email: fields.email.trim().toLowerCase(),
    fullName: String(fields.fullName ?? ''),
    phoneNumber: String(fields.phoneNumber ?? ''),
    password: fields.password,
    marketingOptIn: fields.marketingOptIn === true,
  };
}

function parseCredentials(body: unknown): { email: string; password: string } {
  const { email, password } = parseSignup(body);
  return { email, password };
}

/** What the account page may see: no password hash. */
function toProfile(user: User) {
  return { id: user.id, email: user.email, fullName: user.fullName, emailVerified: user.emailVerified };
}

usersRouter.post('/users', async (req, res) => {
  const input = parseSignup(req.body);
  log.info(`signup attempt for ${input.email}`); // LEAK: privacy/no-pii-in-logs
  log.info(`signup attempt for ${maskEmail(input.email)}`); // OK: masked before logging

  const user = await users.create(input);
  log.info('user created', { user }); // LEAK: privacy/no-pii-in-logs (typed: a User carries email, name, phone)
  log.info('user created', { userId: user.id, marketingOptIn: input.marketingOptIn }); // OK: opaque id and a flag

  auditEvent('signup', { email: user.email, phone: user.phoneNumber }); // LEAK: privacy/no-pii-in-logs (typed, cross-file: auditEvent wraps pino)
  auditEvent('signup', { subject: pseudonymize(user.email) }); // OK: pseudonymised

  // Pre-fill the login form on the next visit.
  res.cookie('login_hint', input.email, { httpOnly: true, secure: true }); // LEAK: privacy/no-unencrypted-pii-storage (email in a cookie)
  res.cookie('login_hint', encrypt(input.email), { httpOnly: true, secure: true }); // OK: encrypted before storage

  res.status(201).json(toProfile(user));
});

usersRouter.post('/login', async (req, res) => {
  const { email, password } = parseCredentials(req.body);
  const user = await users.findByEmail(email);
  if (!user || !(await users.verifyPassword(user, password))) {
    log.warn('failed login', { email, ip: req.ip }); // LEAK: privacy/no-pii-in-logs
    log.warn('failed login', { subject: pseudonymize(email), network: anonymizeIp(req.ip) }); // OK: pseudonymised and anonymised
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  log.info('login', { userId: user.id }); // OK: opaque id
  return res.json(toProfile(user));
});

usersRouter.get('/users/:id', async (req, res) => {
  const user = await users.findById(req.params.id ?? '');
  if (!user) return res.status(404).json({ error: 'not_found' });
  return res.json(toProfile(user));
});
