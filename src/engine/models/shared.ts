import type { ResolvedSettings } from '../../settings/resolve.js';
import { isPersonSubjectName } from '../classify-name.js';
import type { Span } from '../findings.js';
import { categoryRef } from '../taxonomy/taxonomy.js';
import type { PiiType } from '../taxonomy/types.js';
import { nonPersonQualifiers, personSubjects } from '../vocabulary.js';
import { joinPhrase, splitWords } from '../words.js';
import type { StoreField, StoreProtection } from './types.js';

/** `settings.privacy.encryptedFieldPrefixes` when the project sets none. */
export const defaultEncryptedFieldPrefixes: readonly string[] = ['encrypted', 'enc', 'cipher'];

/** A `@pii` / `@notPii` marker on a field (JSDoc in TypeScript, `///` in Prisma). */
export interface PiiMarker {
  readonly notPii?: boolean;
  /** `@pii <category-id>`; an empty string when the tag names no category. */
  readonly pii?: string;
}

/** A field's category and why; `convention` when the name itself says the value is ciphertext. */
export interface ClassifiedField {
  readonly type: PiiType;
  readonly reason: string;
  /** The name prefix/suffix word that says the field is encrypted (`encryptedFieldPrefixes`). */
  readonly convention?: string;
}

export interface ClassifyOptions {
  /** The model is about a person (`User`, `patients`): `name` is a full name there. */
  readonly personSubject: boolean;
  /** The database column name, tried when the field name says nothing (`@map`, `@Column({ name })`). */
  readonly dbName?: string;
  readonly marker?: PiiMarker;
  /** The category of the enclosing object (`name: { first, last }` holds a full name). */
  readonly inherited?: ClassifiedField;
}

const notPiiTag = /^(notPii|nonPersonal|notPersonal)$/i;
export function isNotPiiTag(tag: string): boolean {
  return notPiiTag.test(tag);
}

/**
 * The word lists that decide a field's category and its protection, built once per settings:
 * the taxonomy through `settings.names`, the sanitizer catalogue's encryptors and password
 * hashers, and the project's model conventions.
 */
export class ModelVocabulary {
  private readonly prefixes: ReadonlySet<string>;
  private readonly encryptors: readonly string[];
  private readonly passwordHashers: ReadonlySet<string>;
  private readonly hashers: ReadonlySet<string>;
  private readonly decorators: ReadonlySet<string>;
  private readonly columnTypes: ReadonlySet<string>;

  constructor(readonly settings: ResolvedSettings) {
    const raw = settings.raw;
    this.prefixes = new Set((raw.encryptedFieldPrefixes ?? defaultEncryptedFieldPrefixes).map(joinPhrase));
    this.encryptors = settings.sanitizers.encryptors.map(joinPhrase);
    this.passwordHashers = new Set(settings.sanitizers.passwordHashers.map(joinPhrase));
    this.hashers = new Set(settings.sanitizers.hashers.map(joinPhrase));
    this.decorators = new Set((raw.encryptionDecorators ?? []).map((name) => name.replace(/^@/, '').toLowerCase()));
    this.columnTypes = new Set((raw.encryptedColumnTypes ?? []).map((type) => type.toLowerCase()));
  }

  /** The field's category, trying a `@pii` marker, the ciphertext naming convention, the name, the column name. */
  classify(name: string, options: ClassifyOptions): ClassifiedField | undefined {
    const { marker } = options;
    if (marker?.notPii) return undefined;
    if (marker?.pii !== undefined) {
      const type = (marker.pii && this.settings.taxonomy.get(marker.pii)) || this.settings.taxonomy.get('identity.full-name');
      if (type) return { type, reason: marker.pii ? `marked \`@pii ${marker.pii}\`` : 'marked `@pii`' };
    }
    return this.byName(name, options.personSubject) ??
      (options.dbName && options.dbName !== name ? this.byName(options.dbName, options.personSubject) : undefined) ??
      options.inherited;
  }

  private byName(name: string, personSubject: boolean): ClassifiedField | undefined {
    const words = splitWords(name);
    if (words.length > 1) {
      // `encryptedSsn`, `enc_iban`, `ssnCipher`: the rest of the name is the data, stored as ciphertext.
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const rest = this.prefixes.has(first) ? words.slice(1) : this.prefixes.has(last) ? words.slice(0, -1) : undefined;
      if (rest) {
        const inner = this.classifyInModel(rest.join('_'), personSubject);
        if (inner) return { type: inner.type, reason: inner.reason, convention: this.prefixes.has(first) ? first : last };
      }
    }
    const found = this.classifyInModel(name, personSubject);
    return found ? { type: found.type, reason: found.reason } : undefined;
  }

  /**
   * A field of a person's model is said of that person (`User.name`), unless the name says whose
   * it is: `productName`, `supportEmail` on a `User` are not the user's (`billingEmail` is).
   */
  private classifyInModel(name: string, personSubject: boolean) {
    const plain = this.settings.names.classify(name, { personSubject: false });
    if (plain || !personSubject) return plain;
    const found = this.settings.names.classify(name, { personSubject: true });
    if (!found) return undefined;
    const words = splitWords(name);
    const matched = found.matched.split(' ').length;
    const owner = words.slice(0, Math.max(0, words.length - matched));
    return owner.some((word) => nonPersonQualifiers.has(word) && !personSubjects.has(word)) ? undefined : found;
  }

  /**
   * The word of a name that says encryption: an encryptor of the sanitizer catalogue
   * (`encrypt`, `cipher`, `seal`), also as the start of a word (`encryption`, `EncryptedColumn`,
   * `ciphertext`), or `decrypt`/`decipher` (a value decrypted on read is stored encrypted).
   */
  encryptionWord(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const words = splitWords(name);
    for (let start = 0; start < words.length; start++) {
      const word = words[start]!;
      if (/^(decrypt|decipher|unseal)/.test(word)) return word;
      for (const entry of this.encryptors) {
        if (word === entry || (entry.length >= 4 && word.startsWith(entry))) return word;
        // Phrases of several words (`create cipheriv`, `crypto box`).
        for (let end = start + 2; end <= Math.min(words.length, start + 3); end++) {
          if (words.slice(start, end).join('') === entry) return words.slice(start, end).join(' ');
        }
      }
    }
    return undefined;
  }

  /** The word(s) of a name that say password hashing: `bcrypt`, `argon2`, `hashPassword`. */
  passwordHashWord(name: string | undefined): string | undefined {
    return name ? windowIn(splitWords(name), this.passwordHashers) : undefined;
  }

  /** The word(s) of a name that say plain hashing (`sha256`, `hmac`): not encryption. */
  hashWord(name: string | undefined): string | undefined {
    return name ? windowIn(splitWords(name), this.hashers) : undefined;
  }

  /** Whether a decorator (or Prisma `///` marker) name is one of the project's `encryptionDecorators`. */
  isEncryptionDecorator(name: string): boolean {
    return this.decorators.has(name.replace(/^@/, '').toLowerCase());
  }

  /** Whether a column type is one of the project's `encryptedColumnTypes` (case-insensitive). */
  isEncryptedColumnType(type: string | undefined): boolean {
    return type !== undefined && this.columnTypes.has(type.toLowerCase());
  }
}

function windowIn(words: readonly string[], phrases: ReadonlySet<string>): string | undefined {
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + 3); end++) {
      if (phrases.has(words.slice(start, end).join(''))) return words.slice(start, end).join(' ');
    }
  }
  return undefined;
}

/** The protection a field was found to have, and why. */
export interface FieldProtection {
  readonly protection: StoreProtection;
  readonly evidence: string;
}

export const inClear = (why = 'no encryption found: no transformer, plugin, hook, marker or naming convention'): FieldProtection =>
  ({ protection: 'none', evidence: why });

const secretInClear = 'no password hash or encryption in the model (a hash applied in service code before the write is not visible here)';

export function buildField(
  name: string,
  span: Span,
  classified: ClassifiedField,
  protection: FieldProtection,
  dbName?: string,
): StoreField {
  const byConvention = classified.convention !== undefined && protection.protection === 'none'
    ? { protection: 'encrypted' as const, evidence: `name says ciphertext: "${classified.convention}" (encryptedFieldPrefixes)` }
    : protection.protection === 'none' && classified.type.secret && protection.evidence === inClear().evidence
      ? { protection: 'none' as const, evidence: secretInClear }
      : protection;
  return {
    name,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    start: span.start,
    end: span.end,
    ...(dbName !== undefined && dbName !== name ? { dbName } : {}),
    categories: [categoryRef(classified.type)],
    reason: classified.reason,
    protection: byConvention.protection,
    evidence: byConvention.evidence,
  };
}

/** `userSchema` → `User`, `users_table` → `UsersTable`: a model name from a variable name. */
export function modelNameFrom(variable: string): string {
  const base = variable.replace(/_?(schema|Schema|SCHEMA)$/, '') || variable;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

const modelSuffix = /(Entity|Model|Document|Doc|Schema|Record|Row|Table|Attributes|Attrs|Collection)$/;

/** Whether a model speaks of a person: `User`, `PatientEntity`, `IUserDocument`, `customers`. */
export function isPersonModel(model: string): boolean {
  const base = model.replace(/^I(?=[A-Z])/, '').replace(modelSuffix, '') || model;
  return isPersonSubjectName(base) || isPersonSubjectName(model);
}
