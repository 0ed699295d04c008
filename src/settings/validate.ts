import type { PrivacySettings } from './types.js';

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

const purposes = [
  'analytics', 'advertising', 'marketing', 'crm', 'session-replay', 'enrichment', 'support', 'monitoring',
  'error-tracking', 'payments', 'transactional-messaging', 'authentication', 'hosting', 'ai', 'unknown',
] as const;
const groups = ['identity', 'contact', 'government-id', 'financial', 'online', 'location', 'credentials', 'special', 'children'] as const;
const sensitivities = ['low', 'medium', 'high'] as const;

type Check = (value: unknown, at: string) => void;

const stringList: Check = (value, at) => {
  if (!Array.isArray(value)) throw new SettingsError(`${at} must be an array of strings, got ${describe(value)}`);
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.length === 0) throw new SettingsError(`${at}[${i}] must be a non-empty string, got ${describe(item)}`);
  });
};

const oneOf = (allowed: readonly string[]): Check => (value, at) => {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new SettingsError(`${at} must be one of ${allowed.join(', ')}; got ${describe(value)}`);
  }
};

const nonEmptyString: Check = (value, at) => {
  if (typeof value !== 'string' || value.length === 0) throw new SettingsError(`${at} must be a non-empty string, got ${describe(value)}`);
};

function objectOf(shape: Record<string, { check: Check; required?: boolean }>): Check {
  return (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new SettingsError(`${at} must be an object, got ${describe(value)}`);
    }
    for (const key of Object.keys(value)) {
      if (!(key in shape)) {
        throw new SettingsError(`${at}.${key} is not a known setting; known: ${Object.keys(shape).join(', ')}`);
      }
    }
    for (const [key, { check, required }] of Object.entries(shape)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) {
        if (required) throw new SettingsError(`${at}.${key} is required`);
        continue;
      }
      check(item, `${at}.${key}`);
    }
  };
}

const listOf = (check: Check): Check => (value, at) => {
  if (!Array.isArray(value)) throw new SettingsError(`${at} must be an array, got ${describe(value)}`);
  value.forEach((item, i) => check(item, `${at}[${i}]`));
};

const categoryIdMap: Check = (value, at) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SettingsError(`${at} must be an object mapping names to category ids, got ${describe(value)}`);
  }
  for (const [key, id] of Object.entries(value)) nonEmptyString(id, `${at}.${key}`);
};

/** The schema of `settings.privacy`, one place for both front ends. */
export const checkSettings: Check = objectOf({
  firstPartyHosts: { check: stringList },
  redactors: { check: stringList },
  hashers: { check: stringList },
  encryptors: { check: stringList },
  passwordHashers: { check: stringList },
  consentChecks: { check: stringList },
  consentCallbacks: { check: stringList },
  loggers: { check: stringList },
  personalData: { check: categoryIdMap },
  notPersonalData: { check: stringList },
  categories: {
    check: listOf(objectOf({
      id: { check: nonEmptyString, required: true },
      label: { check: nonEmptyString, required: true },
      group: { check: oneOf(groups), required: true },
      sensitivity: { check: oneOf(sensitivities), required: true },
      names: { check: stringList, required: true },
    })),
  },
  thirdParties: {
    check: listOf(objectOf({
      vendor: { check: nonEmptyString, required: true },
      purpose: { check: oneOf(purposes), required: true },
      modules: { check: stringList },
      globals: { check: stringList },
      receiverNames: { check: stringList },
      methods: { check: stringList, required: true },
    })),
  },
  redactFunction: { check: nonEmptyString },
  encryptedFieldPrefixes: { check: stringList },
  encryptionDecorators: { check: stringList },
  encryptedColumnTypes: { check: stringList },
});

export function validateSettings(raw: unknown, at = 'settings.privacy'): PrivacySettings {
  if (raw === undefined || raw === null) return {};
  checkSettings(raw, at);
  return raw as PrivacySettings;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
