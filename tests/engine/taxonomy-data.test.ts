import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { piiTypes } from '../../src/engine/taxonomy/data.js';
import { renderTaxonomyDoc } from '../../src/engine/taxonomy/render-doc.js';
import type { CategoryGroup } from '../../src/engine/taxonomy/types.js';

const prefixOf: Readonly<Record<CategoryGroup, string>> = {
  identity: 'identity',
  contact: 'contact',
  'government-id': 'gov',
  financial: 'financial',
  online: 'online',
  location: 'location',
  credentials: 'credentials',
  special: 'special',
  children: 'children',
};

/** Other modules, settings and messages refer to these ids. */
const requiredIds = [
  'contact.email',
  'contact.phone',
  'contact.postal-address',
  'identity.full-name',
  'identity.first-name',
  'identity.last-name',
  'identity.date-of-birth',
  'gov.ssn',
  'gov.passport-number',
  'gov.national-id',
  'gov.tax-id',
  'gov.drivers-license',
  'financial.card-number',
  'financial.cvv',
  'financial.iban',
  'financial.bank-account',
  'online.ip-address',
  'online.device-id',
  'location.precise',
  'credentials.password',
  'credentials.security-answer',
  'special.health',
  'special.biometric',
  'special.genetic',
  'special.religion',
  'special.ethnicity',
  'special.political-opinion',
  'special.sexual-orientation',
  'special.trade-union',
];

/** Words whose usual meaning in code is not personal data: never in `names`. */
const falseFriends = [
  'name', 'address', 'number', 'id', 'key', 'token', 'code', 'state', 'country code', 'location',
  'position', 'agent', 'host', 'origin', 'subject', 'title', 'type', 'status', 'age', 'session', 'hash',
];

/** Personal only about a person (`user.pin`, not `pinned`; `customer.passport`, not passport.js). */
const subjectOnlyWords = [
  'pin', 'passport', 'race', 'sin', 'pan', 'mail', 'zip', 'city', 'country', 'signature', 'fingerprint',
  'mnemonic', 'handle', 'login', 'photo', 'image', 'picture', 'gender', 'sex', 'pwd', 'tel', 'cell',
  'mobile', 'fax', 'genome', 'lat', 'lng', 'school', 'ssid', 'health', 'condition',
];

const allPhrases = piiTypes.flatMap((type) =>
  [...type.names, ...(type.subjectNames ?? [])].map((phrase) => ({ id: type.id, phrase })),
);

describe('personal-data taxonomy', () => {
  it('has at least 120 types', () => {
    expect(piiTypes.length).toBeGreaterThanOrEqual(120);
  });

  it('gives every type a unique id whose prefix matches its group', () => {
    const ids = piiTypes.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const type of piiTypes) {
      expect(type.id).toMatch(/^(identity|contact|gov|financial|online|location|credentials|special|children)\.[a-z0-9-]+$/);
      expect(type.id.split('.')[0], type.id).toBe(prefixOf[type.group]);
    }
  });

  it('defines every id that other code relies on', () => {
    const ids = new Set(piiTypes.map((type) => type.id));
    expect(requiredIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('writes phrases as lowercase words separated by single spaces', () => {
    const malformed = allPhrases.filter(({ phrase }) => !/^[a-z0-9]+( [a-z0-9]+)*$/.test(phrase));
    expect(malformed).toEqual([]);
  });

  it('gives each phrase to one type only, joined spellings included', () => {
    // The matcher ignores spaces ("birth date" matches `birthdate`), so compare joined forms.
    const owners = new Map<string, string[]>();
    for (const { id, phrase } of allPhrases) {
      const joined = phrase.replaceAll(' ', '');
      owners.set(joined, [...(owners.get(joined) ?? []), `${id}: ${phrase}`]);
    }
    const shared = [...owners.values()].filter((list) => list.length > 1);
    expect(shared).toEqual([]);
  });

  it('keeps false friends and subject-only words out of names', () => {
    const banned = new Set([...falseFriends, ...subjectOnlyWords]);
    const offenders = piiTypes.flatMap((type) =>
      type.names.filter((phrase) => banned.has(phrase)).map((phrase) => `${type.id}: ${phrase}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has at least five types in every group', () => {
    for (const group of Object.keys(prefixOf) as CategoryGroup[]) {
      expect(piiTypes.filter((type) => type.group === group).length, group).toBeGreaterThanOrEqual(5);
    }
  });

  it('marks credentials secret and high, and only credentials secret', () => {
    for (const type of piiTypes) {
      const isCredential = type.group === 'credentials';
      expect(type.secret === true, type.id).toBe(isCredential);
      if (isCredential) expect(type.sensitivity, type.id).toBe('high');
    }
  });

  it('marks the special categories special and high', () => {
    for (const type of piiTypes.filter((t) => t.group === 'special' || t.special)) {
      expect(type.special, type.id).toBe(true);
      expect(type.sensitivity, type.id).toBe('high');
    }
  });

  it('describes every type in one sentence', () => {
    for (const type of piiTypes) {
      expect(type.label.trim(), type.id).not.toBe('');
      expect(type.description, type.id).toMatch(/^[A-Z"'].*\.$/);
    }
  });

  it('matches docs/taxonomy.md', () => {
    const doc = readFileSync(new URL('../../docs/taxonomy.md', import.meta.url), 'utf8');
    expect(doc === renderTaxonomyDoc(piiTypes), 'docs/taxonomy.md is stale: run `npm run docs:taxonomy`').toBe(true);
  });
});
