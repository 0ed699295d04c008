import {
  consentCatalogue,
  httpClients,
  logSinks,
  sanitizers,
  storageSinks,
  thirdPartySdks,
} from '../engine/catalogue/index.js';
import type {
  ConsentCatalogue,
  HttpClient,
  LogSink,
  MethodTable,
  SanitizerCatalogue,
  StorageSink,
  ThirdPartySdk,
} from '../engine/catalogue/types.js';
import { createNameClassifier, type NameClassifier } from '../engine/classify-name.js';
import { piiTypes } from '../engine/taxonomy/data.js';
import { Taxonomy } from '../engine/taxonomy/taxonomy.js';
import type { PiiType } from '../engine/taxonomy/types.js';
import type { PrivacySettings } from './types.js';
import { SettingsError, validateSettings } from './validate.js';

export { SettingsError };

/** Settings merged with the built-in catalogues, ready for the engine. Build once per config. */
export interface ResolvedSettings {
  readonly raw: PrivacySettings;
  readonly taxonomy: Taxonomy;
  readonly names: NameClassifier;
  readonly logSinks: readonly LogSink[];
  readonly thirdParties: readonly ThirdPartySdk[];
  readonly httpClients: readonly HttpClient[];
  readonly storageSinks: readonly StorageSink[];
  readonly sanitizers: SanitizerCatalogue;
  readonly consent: ConsentCatalogue & { readonly extraChecks: readonly string[]; readonly extraCallbacks: readonly string[] };
  readonly firstPartyHosts: readonly string[];
  readonly redactFunction: string | undefined;
}

const cache = new WeakMap<object, ResolvedSettings>();
let defaults: ResolvedSettings | undefined;

/** Validates `settings.privacy` / privacy.config.json; throws SettingsError naming the bad key. */
export function resolveSettings(raw: unknown, at?: string): ResolvedSettings {
  if (raw === undefined || raw === null) return (defaults ??= build({}));
  if (typeof raw === 'object') {
    const cached = cache.get(raw);
    if (cached) return cached;
  }
  const resolved = build(validateSettings(raw, at));
  if (typeof raw === 'object') cache.set(raw, resolved);
  return resolved;
}

function build(settings: PrivacySettings): ResolvedSettings {
  const extraTypes: PiiType[] = (settings.categories ?? []).map((category) => ({
    ...category,
    description: `Project-defined: ${category.label}.`,
  }));
  const taxonomy = new Taxonomy([...extraTypes, ...piiTypes], settings.personalData);
  for (const [name, id] of Object.entries(settings.personalData ?? {})) {
    if (!taxonomy.get(id)) {
      throw new SettingsError(`settings.privacy.personalData.${name} names an unknown category "${id}"`);
    }
  }
  const loggerNames = settings.loggers ?? [];
  const extraLoggers: LogSink[] = loggerNames.length
    ? [{ name: 'configured logger', receiverNames: loggerNames, methods: logLevelMethods, callable: 'all' }]
    : [];
  const extraThirdParties: ThirdPartySdk[] = (settings.thirdParties ?? []).map((entry) => ({
    vendor: entry.vendor,
    purpose: entry.purpose,
    modules: entry.modules ?? [],
    globals: entry.globals ?? [],
    receiverNames: entry.receiverNames ?? [],
    methods: Object.fromEntries(entry.methods.map((method) => [method, 'all'])) as MethodTable,
  }));
  return {
    raw: settings,
    taxonomy,
    names: createNameClassifier(taxonomy, settings.notPersonalData),
    logSinks: [...logSinks, ...extraLoggers],
    thirdParties: [...extraThirdParties, ...thirdPartySdks],
    httpClients,
    storageSinks,
    sanitizers: {
      ...sanitizers,
      redactors: [...sanitizers.redactors, ...(settings.redactors ?? [])],
      hashers: [...sanitizers.hashers, ...(settings.hashers ?? [])],
      encryptors: [...sanitizers.encryptors, ...(settings.encryptors ?? [])],
      passwordHashers: [...sanitizers.passwordHashers, ...(settings.passwordHashers ?? [])],
    },
    consent: {
      ...consentCatalogue,
      extraChecks: settings.consentChecks ?? [],
      extraCallbacks: settings.consentCallbacks ?? [],
    },
    firstPartyHosts: settings.firstPartyHosts ?? [],
    redactFunction: settings.redactFunction,
  };
}

const logLevelMethods: MethodTable = Object.fromEntries(
  ['log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'notice', 'critical', 'audit'].map((m) => [m, 'all']),
);
