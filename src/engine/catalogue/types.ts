import type { Sensitivity } from '../taxonomy/types.js';

/**
 * Which arguments of a call carry user data: positions, or `'all'`.
 * A position may name a property of an options object: `{ arg: 1, props: ['body'] }`.
 */
export type ArgPositions = 'all' | readonly (number | { readonly arg: number; readonly props: readonly string[] })[];

/**
 * How a catalogue entry is reached in code. A receiver is recognised when it is rooted at
 * one of `modules` (import/require, default, named or namespace, or anything a call on it
 * returns: `pino()`, `winston.createLogger()`, `new PostHog()`), at one of `globals`
 * (`console`, `window.analytics`), or (heuristically) at a variable or property whose name is
 * one of `receiverNames` and whose origin the engine cannot resolve.
 */
export interface ReceiverMatch {
  /** npm module specifiers; a trailing `/*` matches subpaths (`drizzle-orm/*`). */
  readonly modules?: readonly string[];
  /** Browser/Node globals, also reached through `window.`, `globalThis.`, `self.`. */
  readonly globals?: readonly string[];
  /** Names of unresolved receivers that are obviously this kind (`logger`, `this.logger`). */
  readonly receiverNames?: readonly string[];
  /** Type names that mark a receiver (from a type annotation or the TypeChecker): `Logger`, `Repository`. */
  readonly typeNames?: readonly string[];
}

/**
 * Methods, keyed by their path below the receiver: `track`, `people.set`, `*.create`
 * (`*` is any one property, e.g. a Prisma model delegate).
 */
export type MethodTable = Readonly<Record<string, ArgPositions>>;

export type LogSinkId = string;

export interface LogSink extends ReceiverMatch {
  /** Display name: `pino`, `console`, `NestJS Logger`. */
  readonly name: string;
  readonly methods: MethodTable;
  /** The root itself logs when called (`debug('app')` returns a function that logs). */
  readonly callable?: ArgPositions;
  /**
   * The root is a factory whose *result* logs when called (`const log = debug('ns'); log(x)`).
   */
  readonly callableInstance?: ArgPositions;
}

/** Why a third party receives data; the law treats them differently (DESIGN.md). */
export type Purpose =
  | 'analytics'
  | 'advertising'
  | 'marketing'
  | 'crm'
  | 'session-replay'
  | 'enrichment'
  | 'support'
  | 'monitoring'
  | 'error-tracking'
  | 'payments'
  | 'transactional-messaging'
  | 'authentication'
  | 'hosting'
  /** AI model providers (OpenAI, Anthropic…): processors answering the user's request under contract. */
  | 'ai'
  | 'unknown';

export interface ThirdPartySdk extends ReceiverMatch {
  readonly vendor: string;
  readonly purpose: Purpose;
  readonly methods: MethodTable;
  /** The root is called directly: `gtag('event', …)`, `fbq('track', …)`, `Intercom('update', …)`. */
  readonly callable?: ArgPositions;
  /** Named exports that are called like the root: `import { FullStory } from '@fullstory/browser'`. */
  readonly callableExports?: readonly string[];
  /**
   * Globals (and their properties) that configure the SDK when assigned, with the value as data:
   * `window.intercomSettings = { email }`, `Tawk_API.visitor = { name, email }`.
   */
  readonly assignments?: readonly string[];
  /** Documentation of the SDK whose types the methods were checked against. */
  readonly reference?: string;
}

export interface HttpClient extends ReceiverMatch {
  readonly name: string;
  /**
   * Method → where the URL and the data are. `url` is an argument position or a property of
   * an options object; `data` are the positions that carry a payload (body, json, params, headers).
   */
  readonly methods: Readonly<Record<string, HttpCallShape>>;
  /** The root itself is called: `fetch(url, init)`, `axios(config)`, `got(url, options)`. */
  readonly callable?: HttpCallShape;
}

export interface HttpCallShape {
  readonly url: number | { readonly arg: number; readonly props: readonly string[] };
  readonly data: ArgPositions;
  /**
   * The URL is not an argument of this call but of the call that produced its receiver:
   * `url` then names an argument of the first call of the chain (superagent:
   * `request.post(url).send(data)`, `.query(params)`). When that call cannot be found, the host
   * is unknown.
   */
  readonly urlFromChain?: boolean;
}

export type StoreKind = 'browser-storage' | 'cookie' | 'indexeddb' | 'file' | 'database' | 'cache';

export interface StorageSink extends ReceiverMatch {
  readonly name: string;
  readonly store: StoreKind;
  readonly methods: MethodTable;
  readonly callable?: ArgPositions;
  /**
   * Lowest sensitivity reported by the recommended config. A users table holding an email is
   * ordinary (`high`: only government ids, financial, credentials, Art. 9); an email in
   * `localStorage` is not (`medium`).
   */
  readonly minimumSensitivity: Sensitivity;
  /** Property assignments that write: `document.cookie = …`, `localStorage.token = …`. */
  readonly assignments?: readonly string[];
  /**
   * Raw SQL clients (`pg`, `mysql2`): a matched call writes only when its first argument is SQL
   * text that starts with `INSERT`, `UPDATE`, `REPLACE`, `UPSERT` or `MERGE`; a `SELECT` or
   * `DELETE` with personal data in its parameters is not storage.
   */
  readonly sqlWriteOnly?: boolean;
  /**
   * The AWS SDK v3 command pattern, `client.send(new PutItemCommand(input))`: write commands by
   * class name (imported from the entry's modules), and where their input holds the data. Reads
   * and deletes are not listed, so they are no storage.
   */
  readonly commands?: Readonly<Record<string, ArgPositions>>;
}

/** Functions that make a value safe for some sinks. Matched on the called name's words. */
export interface SanitizerCatalogue {
  /** Redaction/masking/pseudonymisation: safe for logs and third parties. Lowercase words or camelCase names. */
  readonly redactors: readonly string[];
  /** Hashing (sha256, hmac, createHash): safe for logs and third parties. */
  readonly hashers: readonly string[];
  /** Encryption: safe everywhere. */
  readonly encryptors: readonly string[];
  /** Password hashing: safe everywhere for credentials. */
  readonly passwordHashers: readonly string[];
  /** Modules whose calls sanitise (`bcrypt`, `argon2`) → kind. */
  readonly modules: Readonly<Record<string, 'redact' | 'hash' | 'encrypt' | 'password-hash'>>;
}

export interface ConsentCatalogue {
  /**
   * Word sequences that mark an identifier, property or called name as a consent check
   * (`hasConsent`, `consent.analytics`, `isTrackingAllowed`), lowercase, space-separated.
   */
  readonly words: readonly string[];
  /** Member paths of consent-management platform APIs read in conditions: `Cookiebot.consent.statistics`. */
  readonly cmpReads: readonly string[];
  /** Called names that take a callback run only after consent: `onConsent`, `__tcfapi`, `OneTrust.OnConsentChanged`. */
  readonly callbackApis: readonly string[];
  /** DOM events dispatched by CMPs after consent: `CookiebotOnAccept`, `consent.onetrust`. */
  readonly consentEvents: readonly string[];
  /**
   * Opt-out signals: member paths whose truthy value means the user has *refused* tracking
   * (`navigator.globalPrivacyControl`, `navigator.doNotTrack`, `mixpanel.has_opted_out_tracking`).
   * They are the opposite of `cmpReads`: a call inside `if (navigator.globalPrivacyControl)` is
   * made *against* the user's choice, and a call guarded only by `!navigator.globalPrivacyControl`
   * honours an opt-out (what CCPA/CPRA asks) but has no opt-in consent (what GDPR asks), so it
   * is not consented. Their words (`opted out`) must never count as a consent check.
   */
  readonly optOutReads?: readonly string[];
  /**
   * SDK options that make the SDK itself wait for an opt-in: after
   * `posthog.init(key, { opt_out_capturing_by_default: true })` it sends nothing until the consent
   * banner calls `posthog.opt_in_capturing()`, so that vendor's calls in the file are consent-aware.
   */
  readonly optInByDefault?: readonly { readonly vendor: string; readonly option: string }[];
  /**
   * Global functions a CMP calls once the user has accepted, which the page declares or assigns:
   * `function CookiebotCallback_OnAccept() { … }`, `window.CookiebotCallback_OnAccept = () => …`.
   */
  readonly declaredCallbacks?: readonly string[];
}
