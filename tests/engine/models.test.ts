import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ts as morphTs } from 'ts-morph';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { EngineContext } from '../../src/engine/context.js';
import type { TsApi } from '../../src/engine/host.js';
import { readModels, readPrismaSchema, readPrismaSchemas, type StoreField, type StoreRecord } from '../../src/engine/models/index.js';
import { ModuleResolver, type ProgramFiles } from '../../src/engine/modules.js';
import { ScopeResolver } from '../../src/engine/scope.js';
import { resolveSettings, SettingsError } from '../../src/settings/resolve.js';
import type { PrivacySettings } from '../../src/settings/types.js';

const root = resolve('tests/fixtures/models');
const fixture = (rel: string) => join(root, rel);
const textOf = (rel: string) => readFileSync(fixture(rel), 'utf8');

function contextFor(settings: PrivacySettings = {}, program?: ProgramFiles, api: TsApi = ts): EngineContext {
  return { ts: api, modules: program ? new ModuleResolver(api, program) : undefined, settings: resolveSettings(settings), scopes: new ScopeResolver(api) };
}

function parse(fileName: string, text: string, api: typeof ts = ts): ts.SourceFile {
  const kind = fileName.endsWith('.js') ? api.ScriptKind.JS : api.ScriptKind.TS;
  return api.createSourceFile(fileName, text, api.ScriptTarget.Latest, true, kind);
}

function read(rel: string, settings: PrivacySettings = {}): StoreRecord[] {
  return readModels(contextFor(settings), parse(fixture(rel), textOf(rel)));
}

function readSource(text: string, settings: PrivacySettings = {}, fileName = '/virtual/model.ts'): StoreRecord[] {
  return readModels(contextFor(settings), parse(fileName, text));
}

function model(records: readonly StoreRecord[], name: string): StoreRecord {
  const found = records.find((record) => record.model === name);
  if (!found) throw new Error(`no model ${name} in ${records.map((r) => r.model).join(', ')}`);
  return found;
}

function field(record: StoreRecord, name: string): StoreField {
  const found = record.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${record.model}: ${record.fields.map((f) => f.name).join(', ')}`);
  return found;
}

/** `name → category protection` for compact assertions. */
function summary(record: StoreRecord): Record<string, string> {
  return Object.fromEntries(record.fields.map((f) => [f.name, `${f.categories.map((c) => c.id).join('+')} ${f.protection}`]));
}

/** The 1-based line of the first line of a fixture matching `pattern`. */
function lineMatching(rel: string, pattern: RegExp): number {
  const index = textOf(rel).split('\n').findIndex((text) => pattern.test(text));
  if (index < 0) throw new Error(`${pattern} not in ${rel}`);
  return index + 1;
}

describe('TypeORM', () => {
  const rel = 'typeorm/user.entity.ts';
  const records = read(rel);
  const user = model(records, 'User');

  it('reads @Entity classes with their table, and only them (an embedded class is part of its entity)', () => {
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['typeorm', 'User', 'users']]);
    expect(user.line).toBe(lineMatching(rel, /^export class User/));
    expect(user.file).toBe(fixture(rel));
  });

  it('classifies every personal column and sets its protection', () => {
    expect(summary(user)).toEqual({
      'address.street': 'contact.street none',
      'address.city': 'contact.city none',
      'address.postcode': 'contact.postcode encrypted',
      email: 'contact.email none',
      ssn: 'gov.ssn none',
      cardNumber: 'financial.card-number encrypted',
      iban: 'financial.iban encrypted',
      dateOfBirth: 'identity.date-of-birth none',
      password: 'credentials.password password-hash',
      encryptedTaxId: 'gov.tax-id encrypted',
      diagnosis: 'special.diagnosis none',
    });
  });

  it('says why: transformer, hook, naming convention, column name', () => {
    expect(field(user, 'cardNumber').evidence).toBe('transformer: encryptionTransformer');
    expect(field(user, 'iban').evidence).toMatch(/^transformer: new EncryptionTransformer\(/);
    expect(field(user, 'password').evidence).toBe('@BeforeInsert() hashPassword() hashes it with bcrypt.hash');
    expect(field(user, 'encryptedTaxId').evidence).toContain('"encrypted" (encryptedFieldPrefixes)');
    expect(field(user, 'ssn').dbName).toBe('social_security_number');
    expect(field(user, 'ssn').reason).toContain('gov.ssn');
  });

  it('a transformer that does not encrypt, and `select: false`, are not protection', () => {
    expect(field(user, 'dateOfBirth').protection).toBe('none');
  });

  it('leaves out hashes, @notPii fields, undecorated properties and non-person names', () => {
    const names = user.fields.map((f) => f.name);
    for (const name of ['passwordHash', 'nickname', 'passportNumber', 'productName', 'id']) expect(names).not.toContain(name);
  });

  it('reports each field on its name, with line, columns and offsets', () => {
    const ssn = field(user, 'ssn');
    const line = lineMatching(rel, /^\s+ssn!: string/);
    expect(ssn).toMatchObject({ line, column: 3, endLine: line, endColumn: 6 });
    expect(textOf(rel).slice(ssn.start, ssn.end)).toBe('ssn');
    expect(field(user, 'address.postcode').line).toBe(lineMatching(rel, /^\s+postcode!: string/));
  });

  it('reads an embedded class of another file when there is a Program, reported on the embedding property', () => {
    const files = ['typeorm/patient.entity.ts', 'typeorm/home-address.ts'].map(fixture);
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      experimentalDecorators: true, noEmit: true, skipLibCheck: true,
    });
    program.getTypeChecker(); // binds the files: sets the parent pointers, as ESLint's parser and ts-morph do
    const sourceFile = program.getSourceFile(files[0]!)!;
    const typed = model(readModels(contextFor({}, program), sourceFile), 'Patient');
    expect(typed.table).toBe('patients');
    expect(summary(typed)).toEqual({ fullName: 'identity.full-name none', 'home.street': 'contact.street none', 'home.postcode': 'contact.postcode none' });
    const home = lineMatching('typeorm/patient.entity.ts', /^\s+home!: HomeAddress/);
    expect(field(typed, 'home.street').line).toBe(home);
    expect(sourceFile.text.slice(field(typed, 'home.street').start, field(typed, 'home.street').end)).toBe('home');

    // Without a Program the other file is not read; the entity itself still is.
    expect(summary(model(read('typeorm/patient.entity.ts'), 'Patient'))).toEqual({ fullName: 'identity.full-name none' });
  });

  it('honours `encrypt` column options (typeorm-encrypted), decorators that say encryption, and project conventions', () => {
    const source = `
      import { Column, Entity } from 'typeorm';
      import { Vault } from './vault';
      import { EncryptedColumn } from 'typeorm-encrypted-column';
      @Entity()
      export class Customer {
        @Column({ encrypt: { key: 'k', algorithm: 'aes-256-cbc', ivLength: 16 } }) ssn: string;
        @EncryptedColumn() @Column() iban: string;
        @Vault() @Column() cardNumber: string;
        @Column({ type: 'bytea' }) diagnosis: Buffer;
        @Column() sealedPassportNumber: string;
        @Column() encTaxId: string;
      }`;
    const plain = model(readSource(source), 'Customer');
    expect(summary(plain)).toEqual({
      ssn: 'gov.ssn encrypted',
      iban: 'financial.iban encrypted',
      cardNumber: 'financial.card-number none',
      diagnosis: 'special.diagnosis none',
      sealedPassportNumber: 'gov.passport-number none',
      encTaxId: 'gov.tax-id encrypted',
    });
    expect(field(plain, 'ssn').evidence).toBe('column option `encrypt`');
    expect(field(plain, 'iban').evidence).toBe('decorator @EncryptedColumn');

    const configured = model(readSource(source, {
      encryptionDecorators: ['Vault'], encryptedColumnTypes: ['bytea'], encryptedFieldPrefixes: ['sealed'],
    }), 'Customer');
    expect(summary(configured)).toEqual({
      ssn: 'gov.ssn encrypted',
      iban: 'financial.iban encrypted',
      cardNumber: 'financial.card-number encrypted',
      diagnosis: 'special.diagnosis encrypted',
      sealedPassportNumber: 'gov.passport-number encrypted',
      // The project's prefixes replace the defaults: `enc` no longer says ciphertext.
      encTaxId: 'gov.tax-id none',
    });
    expect(field(configured, 'cardNumber').evidence).toBe('decorator @Vault (encryptionDecorators)');
    expect(field(configured, 'diagnosis').evidence).toBe('column type bytea (encryptedColumnTypes)');
  });

  it('finds a transformer whose name says nothing by what it calls', () => {
    const records = readSource(`
      import { Column, Entity } from 'typeorm';
      import { kms } from './kms';
      const t = { to: (v: string) => kms.encrypt(v), from: (v: string) => v };
      const h = { to: (v: string) => createHash('sha256').update(v).digest('hex'), from: (v: string) => v };
      @Entity() export class Person { @Column({ transformer: t }) ssn: string; @Column({ transformer: [h] }) iban: string; }`);
    expect(summary(model(records, 'Person'))).toEqual({ ssn: 'gov.ssn encrypted', iban: 'financial.iban none' });
  });
});

describe('MikroORM', () => {
  const rel = 'mikro-orm/patient.entity.ts';
  const patient = model(read(rel), 'Patient');

  it('reads @Entity, @Property and @Embedded (the @Embeddable is not a model of its own)', () => {
    expect(read(rel).map((r) => [r.orm, r.model, r.table])).toEqual([['mikro-orm', 'Patient', 'patients']]);
    expect(summary(patient)).toEqual({
      'address.street': 'contact.street none',
      'address.city': 'contact.city none',
      ssn: 'gov.ssn none',
      diagnosis: 'special.diagnosis encrypted',
      iban: 'financial.iban none',
      dateOfBirth: 'identity.date-of-birth none',
      password: 'credentials.password password-hash',
      medicalHistory: 'special.health none',
    });
  });

  it('custom types, hooks, hidden properties and configured column types', () => {
    expect(field(patient, 'diagnosis').evidence).toBe('type: EncryptedType');
    expect(field(patient, 'password').evidence).toBe('@BeforeCreate() hash() hashes it with argon2.hash');
    expect(field(patient, 'iban').evidence).toContain('`hidden: true`');
    expect(field(patient, 'dateOfBirth').dbName).toBe('dob');
    const configured = model(read(rel, { encryptedColumnTypes: ['bytea'] }), 'Patient');
    expect(field(configured, 'medicalHistory').protection).toBe('encrypted');
  });
});

describe('Mongoose', () => {
  it('reads a schema with nested paths, sub-schemas, plugins, CSFLE and a pre-save hash', () => {
    const rel = 'mongoose/user.model.ts';
    const records = read(rel);
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['mongoose', 'User', 'people']]);
    const user = records[0]!;
    expect(user.line).toBe(lineMatching(rel, /^const userSchema/));
    expect(summary(user)).toEqual({
      email: 'contact.email none',
      'name.first': 'identity.full-name none',
      'name.last': 'identity.full-name none',
      ssn: 'gov.ssn none',
      cardNumber: 'financial.card-number none',
      iban: 'financial.iban encrypted',
      password: 'credentials.password password-hash',
      diagnosis: 'special.diagnosis encrypted',
      'addresses.street': 'contact.street none',
      'addresses.city': 'contact.city none',
      'addresses.postcode': 'contact.postcode none',
      'billing.taxId': 'gov.tax-id encrypted',
      nickname: 'identity.nickname none',
    });
    expect(field(user, 'iban').evidence).toBe('plugin mongoose-field-encryption (fields)');
    expect(field(user, 'billing.taxId').evidence).toBe('plugin mongoose-field-encryption (fields)');
    expect(field(user, 'cardNumber').evidence).toBe('`select: false` only leaves it out of query results; it is stored in clear');
    expect(field(user, 'diagnosis').evidence).toBe("CSFLE: the path has an `encrypt` option (encryptionType: 'csfle')");
    expect(field(user, 'password').evidence).toBe("pre('save') hook hashes it with bcrypt.hash");
    // A sub-schema's paths are reported where the sub-schema declares them.
    expect(field(user, 'addresses.street').line).toBe(lineMatching(rel, /^\s+street: String/));
  });

  it('mongoose-encryption encrypts every path but the excluded ones; callback-style bcrypt hashes', () => {
    const patient = model(read('mongoose/patient.js'), 'Patient');
    expect(summary(patient)).toEqual({
      fullName: 'identity.full-name none',
      dateOfBirth: 'identity.date-of-birth encrypted',
      medicalHistory: 'special.health encrypted',
      password: 'credentials.password password-hash',
      phone: 'contact.phone encrypted',
    });
    expect(field(patient, 'dateOfBirth').evidence).toBe('plugin mongoose-encryption (every path not in excludeFromEncryption)');
  });

  it('NestJS @Schema classes: @Prop, setters, nested classes, hooks on SchemaFactory.createForClass', () => {
    const records = read('mongoose/nest-customer.schema.ts');
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['mongoose', 'Customer', 'customers']]);
    expect(summary(records[0]!)).toEqual({
      'address.street': 'contact.street none',
      email: 'contact.email none',
      passportNumber: 'gov.passport-number none',
      cardNumber: 'financial.card-number encrypted',
      password: 'credentials.password password-hash',
    });
    expect(field(records[0]!, 'cardNumber').evidence).toBe('setter encrypts it (encrypt)');
  });

  it('typegoose: @prop, @pre and @plugin class decorators, @modelOptions collection', () => {
    const records = read('mongoose/typegoose-member.ts');
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['mongoose', 'Member', 'members']]);
    expect(summary(records[0]!)).toEqual({
      email: 'contact.email none',
      nationalId: 'gov.national-id encrypted',
      religion: 'special.religion none',
      password: 'credentials.password password-hash',
    });
  });

  it('a CSFLE schemaMap in the same file encrypts the paths it names; an interface of the same model is not read twice', () => {
    const records = readSource(`
      import mongoose, { Schema } from 'mongoose';
      export interface UserDocument extends mongoose.Document { ssn: string; iban: string }
      const userSchema = new Schema({ ssn: String, iban: String, address: { street: String } });
      export const User = mongoose.model('User', userSchema);
      await mongoose.connect(uri, { autoEncryption: { keyVaultNamespace: 'enc.keys', kmsProviders,
        schemaMap: { 'app.users': { bsonType: 'object', properties: {
          ssn: { encrypt: { bsonType: 'string', algorithm: 'AEAD_AES_256_CBC_HMAC_SHA_512-Deterministic' } },
          address: { bsonType: 'object', properties: { street: { encrypt: { bsonType: 'string' } } } },
        } } } } });`);
    expect(records.map((r) => r.model)).toEqual(['User']);
    expect(summary(records[0]!)).toEqual({ ssn: 'gov.ssn encrypted', iban: 'financial.iban none', 'address.street': 'contact.street encrypted' });
    expect(field(records[0]!, 'ssn').evidence).toBe("CSFLE schemaMap for 'app.users'");
  });

  it('setters and mongoose-bcrypt', () => {
    const records = readSource(`
      const mongoose = require('mongoose');
      const s = new mongoose.Schema({
        ssn: { type: String, set: encryptValue, get: decryptValue },
        password: { type: String, bcrypt: true },
        secretAnswer: { type: String },
      });
      s.plugin(require('mongoose-bcrypt'), { fields: ['secretAnswer'] });`, {}, '/virtual/account.js');
    expect(records.map((r) => r.model)).toEqual(['S']);
    expect(summary(records[0]!)).toMatchObject({ ssn: 'gov.ssn encrypted', password: 'credentials.password password-hash' });
    expect(field(records[0]!, 'password').evidence).toBe('mongoose-bcrypt: `bcrypt: true`');
  });
});

describe('hooks and constructors', () => {
  it('mongoose.Schema without `new`; a plain hash in a hook is not a password hash', () => {
    const records = readSource(`
      const mongoose = require('mongoose');
      const crypto = require('crypto');
      const userSchema = mongoose.Schema({ email: String, password: String, ssn: String });
      userSchema.pre('save', function () { this.password = crypto.createHash('sha256').update(this.password).digest('hex'); });
      module.exports = mongoose.model('User', userSchema);`, {}, '/virtual/user.js');
    expect(records.map((r) => r.model)).toEqual(['User']);
    expect(field(records[0]!, 'password')).toMatchObject({
      protection: 'none',
      evidence: "pre('save') hook hashes it with crypto.createHash().update().digest: a plain hash, neither encryption nor a password hash",
    });
  });

  it('what an entity constructor stores counts like a hook', () => {
    const records = readSource(`
      import { Entity, Property } from '@mikro-orm/decorators/legacy';
      import bcrypt from 'bcrypt';
      @Entity() export class Member {
        @Property() password: string;
        @Property() iban: string;
        constructor(password: string, iban: string) {
          this.password = bcrypt.hashSync(password, 10);
          this.iban = iban;
        }
      }`);
    expect(summary(model(records, 'Member'))).toEqual({ password: 'credentials.password password-hash', iban: 'financial.iban none' });
    expect(field(model(records, 'Member'), 'password').evidence).toBe('the constructor hashes it with bcrypt.hashSync');
  });
});

describe('regression (real code): the related record of a tree or graph table', () => {
  // medusa's index_relation: `child_name` next to a `child` relation to a data node is that
  // node's name, not a child's.
  it('a kin word that the model relates to a non-person record names that record', () => {
    const records = readSource(`
      import { Entity, ManyToOne, Property, Ref } from '@mikro-orm/core';
      import { IndexData } from './index-data';
      @Entity() export class IndexRelation {
        @Property() parent_name?: string;
        @Property() child_name?: string;
        @Property() childFirstName?: string;
        @ManyToOne({ entity: () => IndexData }) parent?: Ref<IndexData>;
        @ManyToOne({ entity: () => IndexData }) child?: Ref<IndexData>;
      }`);
    expect(summary(model(records, 'IndexRelation'))).toEqual({});
  });

  it('a child who is a person, or a child the model does not relate to, is still one', () => {
    const records = readSource(`
      import { Column, Entity, ManyToOne } from 'typeorm';
      import { Kid } from './kid';
      @Entity() export class Enrolment {
        @Column() child_name?: string;
        @ManyToOne(() => Kid) child?: Kid;
      }
      @Entity() export class Booking {
        @Column() child_name?: string;
        @Column() child_id?: string;
      }`);
    expect(summary(model(records, 'Enrolment'))).toEqual({ child_name: 'children.child-name none' });
    expect(summary(model(records, 'Booking'))).toEqual({ child_name: 'children.child-name none' });
  });
});

describe('Sequelize', () => {
  it('Model.init: setters, getters, field names, VIRTUAL, hooks in options', () => {
    const records = read('sequelize/user.ts');
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['sequelize', 'User', 'users']]);
    const user = records[0]!;
    expect(summary(user)).toEqual({
      email: 'contact.email none',
      ssn: 'gov.ssn encrypted',
      iban: 'financial.iban encrypted',
      cardNumber: 'financial.card-number none',
      dateOfBirth: 'identity.date-of-birth none',
      password: 'credentials.password password-hash',
      religion: 'special.religion none',
    });
    expect(field(user, 'ssn').evidence).toBe('setter encrypts it (encrypt)');
    expect(field(user, 'iban').evidence).toBe('getter decrypts it (decrypt): stored encrypted');
    expect(field(user, 'password').evidence).toBe('beforeCreate hook hashes it with bcrypt.hash');
    expect(field(user, 'dateOfBirth').dbName).toBe('date_of_birth');
    expect(field(model(read('sequelize/user.ts', { encryptedColumnTypes: ['BLOB'] }), 'User'), 'religion').protection).toBe('encrypted');
  });

  it('sequelize.define: an encryption helper as the type, addHook', () => {
    const records = read('sequelize/patient.js');
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['sequelize', 'Patient', 'patients']]);
    expect(summary(records[0]!)).toEqual({
      fullName: 'identity.full-name none',
      diagnosis: 'special.diagnosis none',
      bloodType: 'special.blood-type encrypted',
      password: 'credentials.password password-hash',
    });
    expect(field(records[0]!, 'password').evidence).toBe('beforeSave hook hashes it with argon2.hash');
  });

  it('sequelize-typescript: @Table, @Column with and without options, static @BeforeCreate hooks', () => {
    const records = read('sequelize/account.model.ts');
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([['sequelize', 'Account', 'accounts']]);
    expect(summary(records[0]!)).toEqual({
      email: 'contact.email none',
      accountNumber: 'financial.bank-account none',
      routingNumber: 'financial.routing-number encrypted',
      taxId: 'gov.tax-id none',
      password: 'credentials.password password-hash',
    });
    expect(field(records[0]!, 'taxId').dbName).toBe('tax_id');
  });

  it('an `init` call that is not a model is ignored', () => {
    expect(readSource(`import { Model } from 'sequelize'; analytics.init({ email: 'x' });`)).toEqual([]);
  });
});

describe('Drizzle', () => {
  const rel = 'drizzle/schema.ts';
  it('reads pgTable, mysqlTable and sqliteTable (also the callback form)', () => {
    const records = read(rel);
    expect(records.map((r) => [r.orm, r.model, r.table])).toEqual([
      ['drizzle', 'users', 'users'], ['drizzle', 'payments', 'payments'], ['drizzle', 'patients', 'patients'],
    ]);
    expect(summary(model(records, 'users'))).toEqual({
      email: 'contact.email none',
      ssn: 'gov.ssn none',
      cardNumber: 'financial.card-number encrypted',
      iban: 'financial.iban encrypted',
      diagnosis: 'special.diagnosis none',
      dateOfBirth: 'identity.date-of-birth none',
    });
    expect(summary(model(records, 'payments'))).toEqual({ cvv: 'financial.cvv none' });
    expect(summary(model(records, 'patients'))).toEqual({ medicalHistory: 'special.health none' });
    expect(field(model(records, 'users'), 'cardNumber').evidence).toBe('customType secureText: toDriver encrypts (encrypt)');
    expect(field(model(records, 'users'), 'dateOfBirth').dbName).toBe('dob');
    expect(model(records, 'users').line).toBe(lineMatching(rel, /^export const users/));
  });

  it('configured column types', () => {
    const users = model(read(rel, { encryptedColumnTypes: ['bytea'] }), 'users');
    expect(field(users, 'diagnosis')).toMatchObject({ protection: 'encrypted', evidence: 'column type bytea (encryptedColumnTypes)' });
  });

  it('schema tables and table creators', () => {
    const records = readSource(`
      import { pgSchema, pgTableCreator, text } from 'drizzle-orm/pg-core';
      const app = pgSchema('app');
      const createTable = pgTableCreator((name) => 'shop_' + name);
      export const customers = app.table('customers', { passportNumber: text('passport_number') });
      export const cards = createTable('cards', { cardNumber: text('card_number') });`);
    expect(records.map((r) => [r.model, r.table, Object.keys(summary(r)).join()])).toEqual([
      ['customers', 'customers', 'passportNumber'], ['cards', 'cards', 'cardNumber'],
    ]);
  });
});

describe('TypeScript record types', () => {
  it('reads *Record / *Row types and @store types, not view models or other types', () => {
    const records = read('typescript/records.ts');
    expect(records.map((r) => [r.orm, r.model])).toEqual([['typescript', 'UserRecord'], ['typescript', 'PatientRow'], ['typescript', 'Applicant']]);
    expect(summary(model(records, 'UserRecord'))).toEqual({
      email: 'contact.email none',
      ssn: 'gov.ssn none',
      iban: 'financial.iban encrypted',
      cardNumber: 'financial.card-number encrypted',
      'address.street': 'contact.street none',
      'address.city': 'contact.city none',
    });
    expect(summary(model(records, 'PatientRow'))).toEqual({ diagnosis: 'special.diagnosis none', encDateOfBirth: 'identity.date-of-birth encrypted' });
    expect(summary(model(records, 'Applicant'))).toEqual({ passportNumber: 'gov.passport-number none', expectedPay: 'financial.salary none' });
    expect(field(model(records, 'Applicant'), 'expectedPay').reason).toBe('marked `@pii financial.salary`');
    expect(field(model(records, 'UserRecord'), 'cardNumber').evidence).toBe('type Encrypted');
  });
});

describe('readModels', () => {
  it('returns nothing, cheaply, for files without an ORM import or a record type', () => {
    expect(readSource(`import { Column } from './decorators'; export class User { @Column() ssn: string }`)).toEqual([]);
    expect(readSource(`export interface UserProfile { ssn: string }`)).toEqual([]);
  });

  it('needs the decorators to come from the ORM', () => {
    expect(readSource(`import 'typeorm'; import { Entity, Column } from './mine'; @Entity() class User { @Column() ssn: string }`)).toEqual([]);
  });

  it('works with the TypeScript bundled in ts-morph (the auditor)', () => {
    const rel = 'typeorm/user.entity.ts';
    const sourceFile = parse(fixture(rel), textOf(rel), morphTs as unknown as typeof ts);
    const records = readModels(contextFor({}, undefined, morphTs as unknown as TsApi), sourceFile);
    expect(records.map(summary)).toEqual(read(rel).map(summary));
  });

  it('every reported span is the field name (or, across files, the embedding property) in the record file', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
    let count = 0;
    for (const file of walk(root).filter((f) => /\.(ts|js)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const record of readModels(contextFor(), parse(file, text))) {
        for (const f of record.fields) {
          expect(text.slice(f.start, f.end), `${file} ${f.name}`).toBe(f.name.split('.').pop());
          expect(f.categories.length).toBeGreaterThan(0);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });
});

describe('Prisma', () => {
  const settings = resolveSettings({});
  const rel = 'prisma/schema.prisma';

  it('reads models, @@map, @map, `///` markers; skips relations, views, enums, datasource and generator', () => {
    const { stores, diagnostics } = readPrismaSchema(textOf(rel), fixture(rel), settings);
    expect(diagnostics).toEqual([]);
    expect(stores.map((s) => [s.orm, s.model, s.table])).toEqual([['prisma', 'User', 'users'], ['prisma', 'Post', undefined], ['prisma', 'Profile', undefined]]);
    const user = model(stores, 'User');
    expect(user.line).toBe(lineMatching(rel, /^model User/));
    expect(summary(user)).toEqual({
      email: 'contact.email none',
      ssn: 'gov.ssn encrypted',
      cardNumber: 'financial.card-number encrypted',
      iban: 'financial.iban none',
      password: 'credentials.password none',
      dateOfBirth: 'identity.date-of-birth none',
      taxId: 'gov.tax-id none',
      expectedPay: 'financial.salary none',
      encryptedDiagnosis: 'special.diagnosis encrypted',
      gender: 'identity.gender none',
    });
    expect(field(user, 'ssn').evidence).toBe('`/// @encrypted` (prisma-field-encryption)');
    expect(field(user, 'cardNumber')).toMatchObject({ protection: 'encrypted', dbName: 'card_number' });
    expect(field(user, 'dateOfBirth').dbName).toBe('dob');
    expect(field(user, 'password').evidence).toContain('service code');
    const iban = field(user, 'iban');
    const line = lineMatching(rel, /^\s+iban\s/);
    expect(iban).toMatchObject({ line, column: 3, endLine: line, endColumn: 7 });
    expect(textOf(rel).slice(iban.start, iban.end)).toBe('iban');
    expect(summary(model(stores, 'Profile'))).toEqual({ religion: 'special.religion none' });
  });

  it('reads a multi-file schema together: enums, composite types and relations of other files', () => {
    const files = ['user.prisma', 'types.prisma', 'order.prisma'].map((name) => {
      const file = fixture(`prisma/multi/schema/${name}`);
      return { file, text: readFileSync(file, 'utf8') };
    });
    const { stores, diagnostics } = readPrismaSchemas(files, settings);
    expect(diagnostics).toEqual([]);
    expect(stores.map((s) => [s.model, s.table, s.file.split('/').pop()])).toEqual([['Customer', 'customers', 'user.prisma'], ['Order', undefined, 'order.prisma']]);
    const customer = model(stores, 'Customer');
    expect(summary(customer)).toEqual({
      email: 'contact.email none',
      'address.street': 'contact.street none',
      'address.postcode': 'contact.postcode none',
      'address.country': 'contact.country encrypted',
      ethnicity: 'special.ethnicity none',
    });
    // A composite type of another file is reported on the field that embeds it.
    expect(files[0]!.text.slice(field(customer, 'address.street').start, field(customer, 'address.street').end)).toBe('address');
    expect(summary(model(stores, 'Order'))).toEqual({ cardNumber: 'financial.card-number none' });
    expect(summary(model(readPrismaSchemas(files, resolveSettings({ encryptedColumnTypes: ['bytea'] })).stores, 'Order')))
      .toEqual({ cardNumber: 'financial.card-number encrypted' });

    // One file alone: an unknown single type is taken for an enum or a type, an unknown list for a relation.
    const alone = readPrismaSchema(files[0]!.text, files[0]!.file, settings).stores[0]!;
    expect(summary(alone)).toEqual({ email: 'contact.email none', address: 'contact.postal-address none', ethnicity: 'special.ethnicity none' });
  });

  it('a broken file: clear diagnostics, the rest still read', () => {
    const broken = 'prisma/broken.prisma';
    const { stores, diagnostics } = readPrismaSchema(textOf(broken), fixture(broken), settings);
    expect(stores.map((s) => [s.model, Object.keys(summary(s)).join()])).toEqual([
      ['Broken', 'ssn'], ['Patient', 'diagnosis'], ['Payment', 'iban,cvv'], ['Account', 'accountNumber'],
    ]);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'model Broken: field `ssn`: @default: `(` is never closed'],
      [6, 'model Patient has no closing `}`; read up to the next block'],
      [9, 'model Patient: @map: `(` is never closed'],
      [14, 'model Payment: field `cvv`: unexpected string; rest of the line skipped'],
      [17, 'unexpected `garbage` outside a block; skipped up to the next block'],
    ]);
    expect(diagnostics.every((d) => d.file === fixture(broken))).toBe(true);
  });

  it('grammar corners: CRLF, multi-line arguments, strings with braces and slashes, Unsupported, a field named model', () => {
    const text = [
      'model Person {',
      '  id      Int     @id',
      '  model   String  @default("a } b // c")',
      '  phone   String  // "@encrypted" here is a plain comment',
      '  location Unsupported("geometry(Point, 4326)")?',
      '  passportNumber String @db.Text /// @Sealed',
      '  @@index([',
      '    phone,',
      '    model',
      '  ])',
      '}',
      'type Legacy = String @db.Text',
      'model Last {',
      '  iban String',
    ].join('\r\n');
    const { stores, diagnostics } = readPrismaSchema(text, '/virtual/schema.prisma', resolveSettings({ encryptionDecorators: ['Sealed'] }));
    expect(stores.map((s) => s.model)).toEqual(['Person', 'Last']);
    expect(summary(stores[0]!)).toEqual({ phone: 'contact.phone none', location: 'location.precise none', passportNumber: 'gov.passport-number encrypted' });
    expect(field(stores[0]!, 'passportNumber').evidence).toBe('`/// @Sealed` (encryptionDecorators)');
    expect(field(stores[0]!, 'phone')).toMatchObject({ line: 4, column: 3, endColumn: 8 });
    expect(summary(stores[1]!)).toEqual({ iban: 'financial.iban none' });
    expect(diagnostics).toEqual([{ file: '/virtual/schema.prisma', line: 13, message: 'model Last has no closing `}`; read up to the end of the file' }]);
  });

  it('an unclosed string and a block keyword without a name are diagnostics too', () => {
    const { stores, diagnostics } = readPrismaSchema('model A {\n  ssn String @default("x)\n}\nmodel {\n}\nmodel B {\n  iban String\n}\n', '/v.prisma', settings);
    expect(stores.map((s) => [s.model, Object.keys(summary(s)).join()])).toEqual([['A', 'ssn'], ['B', 'iban']]);
    expect(diagnostics.map((d) => d.line)).toEqual([2, 2, 4]);
    expect(diagnostics[2]!.message).toBe('`model` needs a name and `{` on the same line; skipped up to the next block');
  });
});

describe('settings', () => {
  it('validates the model convention keys', () => {
    expect(() => resolveSettings({ encryptedFieldPrefixes: 'enc' })).toThrow(SettingsError);
    expect(() => resolveSettings({ encryptionDecorators: [''] })).toThrow(/settings\.privacy\.encryptionDecorators\[0\]/);
    expect(() => resolveSettings({ encryptedColumnTypes: [1] })).toThrow(/encryptedColumnTypes\[0\] must be a non-empty string/);
    expect(() => resolveSettings({ encryptedFieldPrefixes: ['sealed'], encryptionDecorators: ['Vault'], encryptedColumnTypes: ['bytea'] })).not.toThrow();
  });
});
