import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  consentCatalogue,
  httpClients,
  logSinks,
  sanitizers,
  storageSinks,
  thirdPartySdks,
} from '../../src/engine/catalogue/index.js';
import type { ArgPositions, HttpCallShape, Purpose, ReceiverMatch } from '../../src/engine/catalogue/types.js';

/** Every member of the Purpose union, checked exhaustive by the compiler. */
const purposeSet = {
  analytics: true,
  advertising: true,
  marketing: true,
  crm: true,
  'session-replay': true,
  enrichment: true,
  support: true,
  monitoring: true,
  'error-tracking': true,
  payments: true,
  'transactional-messaging': true,
  authentication: true,
  hosting: true,
  ai: true,
  unknown: true,
} as const satisfies Record<Purpose, true>;
const purposes = new Set<string>(Object.keys(purposeSet));

const METHOD_KEY = /^(\*|[A-Za-z_$][\w$]*)(\.(\*|[A-Za-z_$][\w$]*))*$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** An npm specifier: `name`, `@scope/name`, with optional subpath, `node:` builtins, a trailing `/*`. */
const MODULE = /^(node:)?(@[a-z0-9][\w.-]*\/)?\.?[a-z0-9][\w.-]*(\/[\w.-]+)*(\/\*)?$/i;
const docs = readFileSync(new URL('../../docs/catalogue.md', import.meta.url), 'utf8');

function argPositionProblems(positions: ArgPositions): string[] {
  if (positions === 'all') return [];
  const problems: string[] = [];
  for (const position of positions) {
    if (typeof position === 'number') {
      if (!Number.isInteger(position) || position < 0) problems.push(`bad position ${position}`);
    } else if (!Number.isInteger(position.arg) || position.arg < 0) {
      problems.push(`bad arg ${position.arg}`);
    } else if (position.props.length === 0 || !position.props.every((prop: string) => IDENTIFIER.test(prop))) {
      problems.push(`bad props ${JSON.stringify(position.props)}`);
    }
  }
  return problems;
}

function httpShapeProblems(shape: HttpCallShape): string[] {
  const problems = argPositionProblems(shape.data);
  const url = shape.url;
  if (typeof url === 'number') {
    if (!Number.isInteger(url) || url < 0) problems.push(`bad url position ${url}`);
  } else if (!Number.isInteger(url.arg) || url.arg < 0 || url.props.length === 0) {
    problems.push(`bad url ${JSON.stringify(url)}`);
  }
  return problems;
}

function receiverProblems(entry: ReceiverMatch): string[] {
  const problems: string[] = [];
  for (const module of entry.modules ?? []) if (!MODULE.test(module)) problems.push(`module ${module}`);
  for (const global of entry.globals ?? []) if (!IDENTIFIER.test(global)) problems.push(`global ${global}`);
  for (const name of entry.receiverNames ?? []) if (!METHOD_KEY.test(name) || name.includes('*')) problems.push(`receiver ${name}`);
  for (const type of entry.typeNames ?? []) if (!IDENTIFIER.test(type)) problems.push(`type ${type}`);
  return problems;
}

/** Whether `shorter` matches the last names of `longer` (`*` matches any one name). */
function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length >= longer.length) return false;
  const tail = longer.slice(longer.length - shorter.length);
  return shorter.every((segment, i) => segment === '*' || tail[i] === '*' || segment === tail[i]);
}

/** The engine takes the first key that ends the method path, so a longer key must come first. */
function shadowedKeys(methods: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(methods).map((key) => key.split('.'));
  const problems: string[] = [];
  keys.forEach((shorter, i) => {
    keys.forEach((longer, j) => {
      if (j > i && endsWith(longer, shorter)) problems.push(`${longer.join('.')} after ${shorter.join('.')}`);
    });
  });
  return problems;
}

const allTables: { owner: string; methods: Readonly<Record<string, unknown>> }[] = [
  ...logSinks.map((s) => ({ owner: `log ${s.name}`, methods: s.methods })),
  ...thirdPartySdks.map((s) => ({ owner: `vendor ${s.vendor}`, methods: s.methods })),
  ...httpClients.map((s) => ({ owner: `http ${s.name}`, methods: s.methods })),
  ...storageSinks.map((s) => ({ owner: `store ${s.name}`, methods: s.methods })),
];

describe('third-party SDKs', () => {
  it('has at least 25 vendors and 45 (vendor, method) pairs, callables included', () => {
    const pairs = thirdPartySdks.reduce((n, sdk) => n + Object.keys(sdk.methods).length + (sdk.callable ? 1 : 0), 0);
    expect(thirdPartySdks.length).toBeGreaterThanOrEqual(25);
    expect(pairs).toBeGreaterThanOrEqual(45);
  });

  it('gives every vendor a purpose from the union, a way to be reached, a method and a reference', () => {
    for (const sdk of thirdPartySdks) {
      expect(purposes.has(sdk.purpose), `${sdk.vendor}: ${sdk.purpose}`).toBe(true);
      expect(sdk.purpose, `${sdk.vendor} must not be of unknown purpose`).not.toBe('unknown');
      expect((sdk.modules?.length ?? 0) + (sdk.globals?.length ?? 0), `${sdk.vendor} has no modules or globals`).toBeGreaterThan(0);
      expect(Object.keys(sdk.methods).length + (sdk.callable ? 1 : 0), `${sdk.vendor} has nothing to match`).toBeGreaterThan(0);
      expect(sdk.reference, `${sdk.vendor} has no reference`).toMatch(/\S/);
      expect(receiverProblems(sdk), sdk.vendor).toEqual([]);
    }
  });

  it('has no duplicate vendor names', () => {
    const names = thirdPartySdks.map((sdk) => sdk.vendor);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('names the SDKs the rule promises, with their purposes', () => {
    const byVendor = new Map(thirdPartySdks.map((sdk) => [sdk.vendor, sdk]));
    const expected: Record<string, Purpose> = {
      Segment: 'analytics',
      Mixpanel: 'analytics',
      Amplitude: 'analytics',
      PostHog: 'analytics',
      'Google Analytics (gtag.js)': 'analytics',
      'Google Tag Manager': 'analytics',
      Heap: 'analytics',
      Hotjar: 'session-replay',
      FullStory: 'session-replay',
      LogRocket: 'session-replay',
      Intercom: 'support',
      Braze: 'marketing',
      Sentry: 'error-tracking',
      Bugsnag: 'error-tracking',
      Rollbar: 'error-tracking',
      Datadog: 'monitoring',
      'New Relic': 'monitoring',
      'Meta Pixel': 'advertising',
      'TikTok Pixel': 'advertising',
      HubSpot: 'crm',
      Clearbit: 'enrichment',
      Stripe: 'payments',
      Twilio: 'transactional-messaging',
      SendGrid: 'transactional-messaging',
      Auth0: 'authentication',
    };
    for (const [vendor, purpose] of Object.entries(expected)) {
      expect(byVendor.get(vendor)?.purpose, vendor).toBe(purpose);
    }
    expect(Object.keys(byVendor.get('Segment')!.methods)).toEqual(expect.arrayContaining(['track', 'identify', 'page', 'group', 'alias', 'screen']));
    expect(Object.keys(byVendor.get('Mixpanel')!.methods)).toEqual(
      expect.arrayContaining(['track', 'identify', 'alias', 'register', 'people.set', 'people.set_once', 'people.append', 'people.union']),
    );
    expect(Object.keys(byVendor.get('Sentry')!.methods)).toEqual(
      expect.arrayContaining(['setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags', 'captureMessage', 'captureException', 'addBreadcrumb']),
    );
    expect(byVendor.get('Sentry')!.methods.captureException).toEqual([0, 1]);
    expect(Object.keys(byVendor.get('Braze')!.methods)).toEqual(
      expect.arrayContaining(['changeUser', 'logCustomEvent', 'setEmail', 'setFirstName', 'setPhoneNumber', 'setCustomUserAttribute']),
    );
    expect(byVendor.get('Google Analytics (gtag.js)')!.globals).toContain('gtag');
    expect(byVendor.get('Google Analytics (gtag.js)')!.callable).toBeDefined();
    expect(byVendor.get('Meta Pixel')!.globals).toContain('fbq');
    expect(byVendor.get('Google Tag Manager')!.methods.push).toBeDefined();
    expect(byVendor.get('Stripe')!.methods['checkout.sessions.create']).toEqual([0]);
  });
});

describe('method tables', () => {
  it('uses well-formed method keys', () => {
    for (const { owner, methods } of allTables) {
      for (const key of Object.keys(methods)) expect(key, owner).toMatch(METHOD_KEY);
    }
  });

  it('lists a longer key before a shorter key that ends the same way (first match wins)', () => {
    for (const { owner, methods } of allTables) expect(shadowedKeys(methods), owner).toEqual([]);
  });

  it('has valid argument positions everywhere', () => {
    for (const sink of logSinks) {
      for (const [key, positions] of Object.entries(sink.methods)) expect(argPositionProblems(positions), `${sink.name}.${key}`).toEqual([]);
      if (sink.callable) expect(argPositionProblems(sink.callable), sink.name).toEqual([]);
      if (sink.callableInstance) expect(argPositionProblems(sink.callableInstance), sink.name).toEqual([]);
    }
    for (const sdk of thirdPartySdks) {
      for (const [key, positions] of Object.entries(sdk.methods)) expect(argPositionProblems(positions), `${sdk.vendor}.${key}`).toEqual([]);
      if (sdk.callable) expect(argPositionProblems(sdk.callable), sdk.vendor).toEqual([]);
    }
    for (const store of storageSinks) {
      for (const [key, positions] of Object.entries(store.methods)) expect(argPositionProblems(positions), `${store.name}.${key}`).toEqual([]);
      if (store.callable) expect(argPositionProblems(store.callable), store.name).toEqual([]);
    }
    for (const client of httpClients) {
      for (const [key, shape] of Object.entries(client.methods)) expect(httpShapeProblems(shape), `${client.name}.${key}`).toEqual([]);
      if (client.callable) expect(httpShapeProblems(client.callable), client.name).toEqual([]);
    }
  });

  it('gives every log sink, HTTP client and store a way to be reached', () => {
    for (const entry of [...logSinks, ...httpClients, ...storageSinks]) {
      const ways = [entry.modules, entry.globals, entry.receiverNames, entry.typeNames].reduce((n, list) => n + (list?.length ?? 0), 0);
      expect(ways, entry.name).toBeGreaterThan(0);
      expect(receiverProblems(entry), entry.name).toEqual([]);
    }
  });
});

describe('log sinks', () => {
  it('has the loggers the rule promises', () => {
    const names = logSinks.map((sink) => sink.name);
    for (const name of ['console', 'pino', 'winston', 'bunyan', 'log4js', 'loglevel', 'consola', 'tslog', 'debug', 'npmlog', 'NestJS Logger', 'fastify']) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('reads console.assert from its second argument on', () => {
    const console = logSinks.find((sink) => sink.name === 'console')!;
    const positions = console.methods.assert;
    expect(positions).not.toBe('all');
    expect(positions === 'all' ? undefined : positions?.[0]).toBe(1);
    expect(positions).not.toContain(0);
  });

  it('reaches process.stdout/stderr, debug instances, NestJS and fastify loggers', () => {
    const byName = new Map(logSinks.map((sink) => [sink.name, sink]));
    expect(logSinks.some((sink) => sink.globals?.includes('process') && sink.methods['stdout.write'] && sink.methods['stderr.write'])).toBe(true);
    expect(byName.get('debug')!.callableInstance).toBeDefined();
    expect(byName.get('NestJS Logger')!.typeNames).toEqual(expect.arrayContaining(['Logger', 'LoggerService', 'ConsoleLogger']));
    expect(Object.keys(byName.get('NestJS Logger')!.methods)).toEqual(expect.arrayContaining(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']));
    expect(byName.get('fastify')!.receiverNames).toEqual(expect.arrayContaining(['req.log', 'request.log', 'reply.log']));
    expect(byName.get('logger (by name)')!.receiverNames).toEqual(expect.arrayContaining(['logger', 'log']));
  });
});

describe('storage sinks', () => {
  it('has the stores the rule promises', () => {
    const names = storageSinks.map((store) => store.name);
    for (const name of [
      'localStorage',
      'sessionStorage',
      'document.cookie',
      'fs',
      'Prisma',
      'TypeORM',
      'Mongoose',
      'Sequelize',
      'Knex',
      'Drizzle',
      'Redis',
      'IndexedDB',
      'idb-keyval',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('keeps browser stores at medium and databases at high', () => {
    for (const store of storageSinks) {
      if (store.store === 'database') expect(store.minimumSensitivity, store.name).toBe('high');
      else expect(store.minimumSensitivity, store.name).toBe('medium');
    }
  });

  it('recognises assignments to web storage and document.cookie', () => {
    const byName = new Map(storageSinks.map((store) => [store.name, store]));
    expect(byName.get('localStorage')!.assignments).toEqual(['*']);
    expect(byName.get('sessionStorage')!.assignments).toEqual(['*']);
    expect(byName.get('document.cookie')!.globals).toEqual(['document']);
    expect(byName.get('document.cookie')!.assignments).toEqual(['cookie']);
  });

  it('marks raw SQL clients as writes only for INSERT/UPDATE text', () => {
    const raw = storageSinks.filter((store) => store.sqlWriteOnly);
    expect(raw.map((store) => store.name)).toEqual(expect.arrayContaining(['pg', 'mysql2']));
    for (const store of raw) expect(store.store, store.name).toBe('database');
  });

  it('does not count TypeORM create() (it builds an entity in memory) as a write', () => {
    const typeorm = storageSinks.find((store) => store.name === 'TypeORM')!;
    expect(typeorm.methods.create).toBeUndefined();
    expect(Object.keys(typeorm.methods)).toEqual(expect.arrayContaining(['save', 'insert', 'update', 'upsert']));
  });
});

describe('HTTP clients', () => {
  it('has fetch, axios, got, ky and sendBeacon', () => {
    const names = httpClients.map((client) => client.name);
    expect(names).toEqual(expect.arrayContaining(['fetch', 'node-fetch', 'undici', 'axios', 'got', 'ky', 'superagent', 'jQuery', 'navigator.sendBeacon']));
    const fetch = httpClients.find((client) => client.name === 'fetch')!;
    expect(fetch.globals).toEqual(['fetch']);
    expect(fetch.callable).toEqual({ url: 0, data: [{ arg: 1, props: ['body', 'headers'] }] });
  });

  it('does not use a too-generic receiver name', () => {
    for (const client of httpClients) expect(client.receiverNames ?? [], client.name).not.toContain('client');
  });
});

describe('sanitizers', () => {
  const phrase = /^[a-z0-9]+( [a-z0-9]+)*$/;

  it('lists lowercase words and phrases', () => {
    for (const list of [sanitizers.redactors, sanitizers.hashers, sanitizers.encryptors, sanitizers.passwordHashers]) {
      for (const word of list) expect(word).toMatch(phrase);
    }
  });

  it('covers the names the design promises', () => {
    expect(sanitizers.redactors).toEqual(expect.arrayContaining(['redact', 'mask', 'anonymize', 'pseudonymize', 'obfuscate', 'scrub']));
    expect(sanitizers.hashers).toEqual(expect.arrayContaining(['hash', 'sha256', 'md5', 'hmac', 'digest']));
    expect(sanitizers.encryptors).toEqual(expect.arrayContaining(['encrypt', 'cipher', 'create cipheriv']));
    expect(sanitizers.passwordHashers).toEqual(expect.arrayContaining(['bcrypt', 'argon2', 'scrypt', 'pbkdf2', 'hash password']));
    expect(sanitizers.modules).toMatchObject({ bcrypt: 'password-hash', bcryptjs: 'password-hash', argon2: 'password-hash' });
    expect(sanitizers.modules['crypto-js']).toBeUndefined();
  });
});

describe('consent', () => {
  it('lists consent words as lowercase word sequences', () => {
    for (const word of consentCatalogue.words) expect(word).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    expect(consentCatalogue.words).toEqual(expect.arrayContaining(['consent', 'opt in', 'tracking allowed', 'cookie consent']));
  });

  it('does not take a feature flag or an opt-out for consent', () => {
    for (const word of ['analytics enabled', 'enabled', 'opt out', 'opted out']) expect(consentCatalogue.words).not.toContain(word);
  });

  it('knows the CMP reads, callbacks, events and opt-out signals', () => {
    expect(consentCatalogue.cmpReads).toEqual(
      expect.arrayContaining(['Cookiebot.consent.statistics', 'Cookiebot.consent.marketing', 'OnetrustActiveGroups', 'Osano.cm.analytics', 'Didomi.getUserConsentStatusForPurpose']),
    );
    expect(consentCatalogue.callbackApis).toEqual(expect.arrayContaining(['onConsent', '__tcfapi', 'OneTrust.OnConsentChanged']));
    expect(consentCatalogue.consentEvents).toEqual(expect.arrayContaining(['CookiebotOnAccept', 'consent.onetrust']));
    expect(consentCatalogue.optOutReads).toEqual(expect.arrayContaining(['navigator.globalPrivacyControl', 'navigator.doNotTrack']));
    const reads = new Set([...consentCatalogue.cmpReads, ...consentCatalogue.callbackApis]);
    for (const optOut of consentCatalogue.optOutReads ?? []) expect(reads.has(optOut), optOut).toBe(false);
    for (const path of [...consentCatalogue.cmpReads, ...consentCatalogue.callbackApis, ...(consentCatalogue.optOutReads ?? [])]) {
      expect(path).toMatch(METHOD_KEY);
    }
  });
});

describe('docs/catalogue.md', () => {
  it('names every vendor', () => {
    for (const sdk of thirdPartySdks) expect(docs.includes(sdk.vendor), sdk.vendor).toBe(true);
  });

  it('names every logger, HTTP client and store', () => {
    for (const entry of [...logSinks, ...httpClients, ...storageSinks]) expect(docs.includes(entry.name), entry.name).toBe(true);
  });

  it('names every sanitizer word and consent API', () => {
    const all = [
      ...sanitizers.redactors,
      ...sanitizers.hashers,
      ...sanitizers.encryptors,
      ...sanitizers.passwordHashers,
      ...consentCatalogue.words,
      ...consentCatalogue.cmpReads,
      ...consentCatalogue.callbackApis,
      ...consentCatalogue.consentEvents,
      ...(consentCatalogue.optOutReads ?? []),
      ...(consentCatalogue.declaredCallbacks ?? []),
    ];
    for (const name of all) expect(docs.includes(`\`${name}\``), name).toBe(true);
  });
});
