import type { Purpose } from '../engine/catalogue/types.js';
import type { CategoryGroup, Sensitivity } from '../engine/taxonomy/types.js';

/**
 * `settings.privacy` in an ESLint config, and the content of `privacy.config.json` for the
 * auditor: one schema for both front ends. Every list *adds* to the built-in catalogues.
 */
export interface PrivacySettings {
  /** Hosts the project owns (first party): `api.example.com`, `*.example.com`. */
  readonly firstPartyHosts?: readonly string[];
  /** Extra function names that redact, mask or pseudonymise (safe for logs and third parties). */
  readonly redactors?: readonly string[];
  /** Extra hashing function names (safe for logs and third parties). */
  readonly hashers?: readonly string[];
  /** Extra encryption function names (safe for every sink). */
  readonly encryptors?: readonly string[];
  /** Extra password-hashing function names (safe for storing credentials). */
  readonly passwordHashers?: readonly string[];
  /** Extra names of functions, variables or properties that are consent checks. */
  readonly consentChecks?: readonly string[];
  /** Extra names of functions that run their callback only after consent. */
  readonly consentCallbacks?: readonly string[];
  /** Extra receiver names that are loggers (`audit`, `this.tracer`). */
  readonly loggers?: readonly string[];
  /** Extra names that are personal data, mapped to a category id: `{ "msisdn": "contact.phone" }`. */
  readonly personalData?: Readonly<Record<string, string>>;
  /** Names that are never personal data in this project (`nickname`, `accountName`). */
  readonly notPersonalData?: readonly string[];
  /** New categories, added to the taxonomy. */
  readonly categories?: readonly {
    readonly id: string;
    readonly label: string;
    readonly group: CategoryGroup;
    readonly sensitivity: Sensitivity;
    readonly names: readonly string[];
  }[];
  /** Extra third-party SDKs or in-house clients of a third party. */
  readonly thirdParties?: readonly {
    readonly vendor: string;
    readonly purpose: Purpose;
    readonly modules?: readonly string[];
    readonly globals?: readonly string[];
    readonly receiverNames?: readonly string[];
    readonly methods: readonly string[];
  }[];
  /** The function offered by suggestions to redact a value before logging or sending (default `redact`). */
  readonly redactFunction?: string;
  /**
   * Words that, leading or ending a model field's name, say the field holds ciphertext:
   * `encryptedSsn`, `enc_iban`, `ssnCipher` (default `encrypted`, `enc`, `cipher`; replaces the default).
   */
  readonly encryptedFieldPrefixes?: readonly string[];
  /** Names of the project's decorators (or Prisma `///` markers) that encrypt a field: `Encrypted`, `Sealed`. */
  readonly encryptionDecorators?: readonly string[];
  /** Column types that only ever hold ciphertext in this project: `bytea`, `encrypted_text`. */
  readonly encryptedColumnTypes?: readonly string[];
}
