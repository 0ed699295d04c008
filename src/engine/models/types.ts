import type { CategoryRef } from '../findings.js';

/** The ORM (or plain TypeScript type) a store record was read from. */
export type StoreOrm = 'prisma' | 'typeorm' | 'mikro-orm' | 'mongoose' | 'sequelize' | 'drizzle' | 'typescript';

/**
 * How a stored field is protected at rest:
 * - `encrypted`: a transformer, plugin, setter, hook, marker or project convention encrypts it;
 * - `password-hash`: a password hash (bcrypt, argon2, scrypt, PBKDF2) is stored instead of it;
 * - `none`: it is stored as written.
 */
export type StoreProtection = 'encrypted' | 'password-hash' | 'none';

/** One personal field of a model: a column, a document path, a property of a stored record type. */
export interface StoreField {
  /** The field as the code names it; nested paths are dotted: `address.street`. */
  readonly name: string;
  /** Where the field is declared in `StoreRecord.file` (its name), 1-based, end column exclusive. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** 0-based offsets in the file, for reporting. */
  readonly start: number;
  readonly end: number;
  /** The database column name, when the model maps it (`@map("ssn_col")`, `@Column({ name })`). */
  readonly dbName?: string;
  /** The personal-data categories the field holds (never empty). */
  readonly categories: readonly CategoryRef[];
  /** Why the categories were recognised: the words of the name, or a `@pii` marker. */
  readonly reason: string;
  readonly protection: StoreProtection;
  /** Why the field is protected or not, for the inventory: `transformer: encryptionTransformer`. */
  readonly evidence: string;
}

/** A model, entity, schema, table or stored record type, with its personal fields. */
export interface StoreRecord {
  /** The file the model is declared in, as the engine saw it (absolute for source files). */
  readonly file: string;
  /** The line of the model's name. */
  readonly line: number;
  readonly orm: StoreOrm;
  /** The model's name in code: `User`, `users` (a Drizzle table variable), `UserEntity`. */
  readonly model: string;
  /** The table or collection, when declared (`@@map`, `@Entity('users')`, `pgTable('users')`). */
  readonly table?: string;
  /** The personal fields only; a model without any has an empty list. */
  readonly fields: readonly StoreField[];
}

export interface StoreDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}
