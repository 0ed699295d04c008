import rule from '../../rules/no-unencrypted-pii-storage.js';
import { strictAssertions, typedTester, untypedTester } from '../rule-tester.js';

/**
 * An imported TypeORM entity whose `@BeforeInsert` hook hashes the password: untyped the hook is
 * not seen and the write is reported; typed it clears the write (the documented exception to
 * "type information only adds findings").
 */
const registerWithHashingEntity = `
import type { Repository } from 'typeorm';
import { AccountEntity } from './lib/account-entity.js';
export async function register(accounts: Repository<AccountEntity>, input: { email: string; password: string }) {
  const account = new AccountEntity();
  account.email = input.email;
  account.password = input.password;
  await accounts.save(account);
}
`;

/** Category labels as the messages render them: `label (id)`. */
const cat = {
  email: 'Email address (contact.email)',
  phone: 'Phone number (contact.phone)',
  address: 'Postal address (contact.postal-address)',
  city: 'City of residence (contact.city)',
  fullName: 'Full name (identity.full-name)',
  dateOfBirth: 'Date of birth (identity.date-of-birth)',
  ssn: 'Social Security number (gov.ssn)',
  passport: 'Passport number (gov.passport-number)',
  taxId: 'Tax identification number (gov.tax-id)',
  cardNumber: 'Payment card number (financial.card-number)',
  iban: 'IBAN (financial.iban)',
  creditScore: 'Credit score (financial.credit-score)',
  ip: 'IP address (online.ip-address)',
  password: 'Password (credentials.password)',
  securityAnswer: 'Security question answer (credentials.security-answer)',
  diagnosis: 'Diagnosis (special.diagnosis)',
  ethnicity: 'Racial or ethnic origin (special.ethnicity)',
  nickname: 'Nickname or preferred name (identity.nickname)',
};

untypedTester().run('no-unencrypted-pii-storage', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'an entity instance saved through a column whose transformer encrypts it (the data model decides)',
      code: `
import { Column, Entity, Repository } from 'typeorm';
import { encryptionTransformer } from './crypto';
@Entity()
export class ApplicantEntity {
  @Column() name: string;
  @Column({ transformer: encryptionTransformer }) ssn: string;
}
export async function apply(applicants: Repository<ApplicantEntity>, input: { name: string; ssn: string }) {
  const applicant = new ApplicantEntity();
  applicant.name = input.name;
  applicant.ssn = input.ssn;
  await applicants.save(applicant);
}
`,
    },
    {
      name: 'a Mongoose schema whose pre(\'save\') hook hashes the password: new Model(doc).save() and Model.create(doc)',
      code: `
import mongoose from 'mongoose';
import bcrypt from 'bcryptjs';
const userSchema = new mongoose.Schema({ email: String, password: String });
userSchema.pre('save', async function (next) {
  if (this.isModified('password')) this.password = await bcrypt.hash(this.password, 8);
  next();
});
const User = mongoose.model('User', userSchema);
export async function register(email: string, password: string) {
  const user = new User({ email, password });
  await user.save();
  await User.create({ email, password });
}
`,
    },
    {
      name: 'regression (real code): a TypeORM entity whose @BeforeInsert hook hashes the password',
      code: `
import { BeforeInsert, Column, Entity, Repository } from 'typeorm';
import * as argon2 from 'argon2';
@Entity()
export class UserEntity {
  @Column() email: string;
  @Column() password: string;
  @BeforeInsert()
  async hashPassword() {
    this.password = await argon2.hash(this.password);
  }
}
export class UsersService {
  constructor(private readonly users: Repository<UserEntity>) {}
  async register(input: { email: string; password: string }) {
    const user = new UserEntity();
    user.email = input.email;
    user.password = input.password;
    return this.users.save(user);
  }
}
`,
    },
    { name: 'an entity whose sensitive column has an encrypting transformer', code: "import { Entity, Column } from 'typeorm';\n@Entity()\nexport class Patient {\n  @Column({ transformer: encryptionTransformer }) ssn: string;\n  @Column() email: string;\n}" },

    { name: 'regression: a class that extends an unknown base is not a store', code: 'class Foo extends Bar {}\nFoo.create({ iban: form.iban });' },
    { name: 'regression: the key names an ssn, but the value is encrypt()ed', code: 'await prisma.user.create({ data: { iban: encrypt(value) } });' },
    { name: 'regression: a variable named ssn initialised by encrypt()', code: 'const ssn = encrypt(raw);\nawait prisma.user.create({ data: { ssn } });' },
    { name: 'regression: a field of a KMS encrypt() result stays encrypted', code: 'const { CiphertextBlob } = await kms.encrypt({ KeyId, Plaintext: body.ssn });\nawait prisma.user.create({ data: { ssn: CiphertextBlob } });' },
    { name: 'regression: a SQL template that only reads', code: 'await prisma.$queryRaw`SELECT * FROM users WHERE ssn = ${input.ssn}`;' },
    { name: 'regression (real code): a named hash import from a password-hashing module', code: "import { hash } from '@node-rs/bcrypt';\nconst hashedPassword = await hash(input.password, 10);\nawait prisma.user.create({ data: { email: input.email, password: hashedPassword } });" },
    { name: 'regression (real code): a database password written to .env is the service\'s credential, not a person\'s', code: "import fs from 'node:fs';\nfs.appendFileSync('.env', `POSTGRES_PASSWORD=${answers.postgresPassword}\\n`);" },
    { name: 'regression (real code): a key named password whose value is named as a database\'s credential', code: "import fs from 'node:fs';\nfs.writeFileSync('.env.json', JSON.stringify({ password: postgresPassword }));" },
    { name: 'regression (real code): a postgres:// connection string holds the service\'s credentials', code: "import fs from 'node:fs';\nconst dbUrl = `postgres://${credentials.user}:${credentials.password}@${credentials.host}/${dbName}`;\nfs.appendFileSync(destination, `DATABASE_URL=${dbUrl}\\n`);" },
    { name: 'regression (real code): a password parameter reassigned with its bcrypt hash before the write', code: "const { hash } = require('bcryptjs');\nexport async function createUser(email: string, password: string) {\n  password = await hash(password, 12);\n  await prisma.user.create({ data: { email, password } });\n}" },
    { name: 'regression (real code): the password field of a parameter typed as the stored model (a repository writing User) is strict-only', code: "export async function saveUser(user: User) {\n  await prisma.user.create({ data: { email: user.email, password: user.password } });\n}" },
    { name: 'regression (real code): a connection string built up with += from a postgres:// literal', code: "import fs from 'node:fs';\nexport function connectionString({ user, password, host }: { user: string; password: string; host: string }) {\n  let url = `postgres://`;\n  url += `${user}:${password}@${host}`;\n  return url;\n}\nfs.appendFileSync('.env', `DATABASE_URL=${connectionString(creds)}\\n`);" },
    {
      name: 'regression (real code): a password hashed into a constant first, then stored under the key password',
      code: `
const bcrypt = require('bcryptjs');
const mongoose = require('mongoose');
const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const hashedPassword = bcrypt.hashSync('password1', bcrypt.genSaltSync(8));
const insertUsers = async (users) => {
  await User.insertMany(users.map((user) => ({ ...user, password: hashedPassword })));
};
`,
    },
    { name: 'regression (real code): a seed\'s password computed from a literal only is a constant, not a person\'s', code: "import { hashSync } from '@acme/lib/auth/hash';\nawait prisma.user.create({ data: { email: seedEmail, password: hashSync('password') } });" },
    { name: 'regression (real code): a project hashSync() wrapper that returns a bcrypt hash', code: "import { hashSync as bcryptHashSync } from 'bcryptjs';\nexport const hashSync = (password: string) => bcryptHashSync(password, 12);\nawait prisma.user.create({ data: { email: input.email, password: hashSync(input.password) } });" },

    // Encryption and password hashing
    { name: 'encrypt() before localStorage', code: "localStorage.setItem('email', encrypt(user.email));" },
    { name: 'seal() before localStorage', code: "localStorage.setItem('email', seal(user.email));" },
    { name: 'encrypt() of an ssn into Prisma', code: 'await prisma.user.create({ data: { ssn: encrypt(body.ssn) } });' },
    {
      name: 'reassignment through encrypt() kills the flow',
      code: `
let email = user.email;
email = encrypt(email);
localStorage.setItem('email', email);
`,
    },
    {
      name: 'KMS encrypt result stored whole',
      code: `
const sealed = await kms.encrypt({ KeyId: keyId, Plaintext: body.ssn });
await prisma.user.create({ data: { ssn: sealed } });
`,
    },
    {
      name: 'createCipheriv update/final into Prisma',
      code: `
import { createCipheriv } from 'node:crypto';
const cipher = createCipheriv('aes-256-gcm', key, iv);
const enc = Buffer.concat([cipher.update(body.ssn, 'utf8'), cipher.final()]);
await prisma.user.create({ data: { ssn: enc } });
`,
    },
    {
      name: 'regression (real code): an encrypting helper whose name is misspelt and which returns an already encrypted value as it is',
      code: `
import crypto from 'node:crypto';
export async function generateEncrpytedPassword(password: string): Promise<string> {
  if (!password) return '';
  const parts = password.split(':');
  if (parts.length === 2 && parts[0].length === 32) return password;
  const cipher = crypto.createCipheriv('aes-256-ctr', key, iv);
  let encryptedText = cipher.update(password, 'utf8', 'hex');
  encryptedText += cipher.final('hex');
  return iv.toString('hex') + ':' + encryptedText;
}
export async function createLink(password: string) {
  const hashedPassword = password && password.length > 0 ? await generateEncrpytedPassword(password) : null;
  await prisma.link.create({ data: { password: hashedPassword } });
}
`,
    },
    {
      name: 'regression (real code): a project\'s own in-memory Cache type is no cache server',
      code: `
interface Cache<T> { get(key: string): T | undefined; set(key: string, value: T): void }
class InMemoryCache<T> implements Cache<T> {
  #entries = new Map<string, T>();
  get(key: string) { return this.#entries.get(key); }
  set(key: string, value: T) { this.#entries.set(key, value); }
}
export class PreferencesCache {
  #cache: Cache<{ email: string }> = new InMemoryCache();
  remember(key: string, subscriber: { email: string }) {
    this.#cache.set(key, { email: subscriber.email });
  }
}
`,
    },
    {
      name: 'AWS SDK v3 reads and deletes are no storage, whatever their key holds (GetItemCommand, DeleteCommand, GetObjectCommand)',
      code: `
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
const dynamo = new DynamoDBClient({});
await dynamo.send(new GetItemCommand({ TableName: 'people', Key: { email: { S: user.email } } }));
await dynamo.send(new DeleteCommand({ TableName: 'people', Key: { ssn: user.ssn } }));
await s3.send(new GetObjectCommand({ Bucket: 'exports', Key: \`\${user.email}.json\` }));
`,
    },
    {
      name: 'regression (real code): a project hash() helper that derives the key with a promisified scrypt',
      code: `
import crypto from 'crypto';
import { promisify } from 'util';
import mongoose from 'mongoose';
const scrypt = promisify(crypto.scrypt);
const UserModel = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String }));
export async function hash(password: string): Promise<string> {
  const salt = crypto.randomBytes(16).toString('hex');
  const derivedKey = await (scrypt(password, salt, 64) as Promise<Buffer>);
  return salt + ':' + derivedKey.toString('hex');
}
export async function createUser(email: string, password: string) {
  const passwordHash = await hash(password);
  await UserModel.create({ email, passwordHash });
}
`,
    },
    {
      name: 'createCipheriv hex output into a file',
      code: `
import crypto from 'node:crypto';
import fs from 'node:fs';
const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
const enc = cipher.update(body.ssn, 'utf8', 'hex') + cipher.final('hex');
fs.writeFileSync('ssn.txt', enc);
`,
    },
    {
      name: 'bcrypt.hash inline for a password',
      code: 'await prisma.user.create({ data: { password: await bcrypt.hash(password, 10) } });',
    },
    {
      name: 'bcrypt.hash through a variable',
      code: `
import bcrypt from 'bcrypt';
const hashed = await bcrypt.hash(body.password, 12);
await prisma.user.create({ data: { password: hashed } });
`,
    },
    {
      name: 'argon2.hash for a password',
      code: `
import argon2 from 'argon2';
await prisma.user.create({ data: { password: await argon2.hash(body.password) } });
`,
    },
    {
      name: 'argon2 hash into Mongoose',
      code: `
import argon2 from 'argon2';
const hash = await argon2.hash(body.password);
await User.create({ password: hash });
`,
    },
    {
      name: 'hashPassword() is a password hash',
      code: 'await prisma.user.create({ data: { password: hashPassword(body.password) } });',
    },
    {
      name: 'bcryptjs hashSync for a PIN',
      code: `
import bcrypt from 'bcryptjs';
localStorage.setItem('pin', bcrypt.hashSync(form.pin, 10));
`,
    },
    { name: 'a masked card number', code: "localStorage.setItem('card', maskCardNumber(payment.cardNumber));" },
    { name: 'a hashed email is not a secret: a plain hash is enough', code: "localStorage.setItem('e', sha256(user.email));" },
    { name: 'a hashed email as a Redis value', code: "await redis.set('k', sha256(user.email));" },
    {
      name: "regression (real code): an app integration's installation id (GitHub App, Vercel) is not a device's (growthbook)",
      code: "res.cookie('sso', `vercel:${installationId}`, { httpOnly: true }); localStorage.setItem('installation', String(installationId));",
    },
    // Generated secrets: random and high-entropy (recovery codes) or short-lived (one-time codes).
    // A cryptographic hash is the usual way to keep them; a slow hash is for what a person chose.
    {
      name: 'recovery codes stored as SHA-256 digests',
      code: `
import { createHash } from 'node:crypto';
for (const code of recoveryCodes) {
  const hashedCode = createHash('sha512').update(code).digest('hex');
  await prisma.mfaBackupCode.create({ data: { userId, code: hashedCode } });
}
`,
    },
    { name: 'a one-time code stored as a SHA-256 digest', code: "await prisma.user.update({ where: { id }, data: { lastTotpCode: sha256(totpCode) } });" },
    { name: 'a masked email', code: "localStorage.setItem('e', maskEmail(user.email));" },
    {
      name: 'an encrypted JSON file',
      code: `
import fs from 'node:fs';
fs.writeFileSync('users.enc', encrypt(JSON.stringify({ email: user.email })));
`,
    },
    // Sensitivity thresholds
    {
      name: 'an email in the users table is ordinary (high-sensitivity only by default)',
      code: 'await prisma.user.create({ data: { email: input.email } });',
    },
    {
      name: 'email into Drizzle is ordinary by default',
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
await db.insert(users).values({ email: body.email });
`,
    },
    {
      name: 'email into Mongoose is ordinary by default',
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', schema);
await User.create({ email: body.email });
`,
    },
    { name: 'user.city is low sensitivity: reported only in strict mode', code: "localStorage.setItem('city', user.city);" },
    { name: 'req.ip is low sensitivity: reported only in strict mode', code: "localStorage.setItem('ip', req.ip);" },
    {
      name: 'name, phone and email into Knex are ordinary by default',
      code: "await knex('users').insert({ email: body.email, phone: body.phone });",
    },
    {
      name: 'name, phone and email into Prisma are ordinary by default',
      code: 'await prisma.user.create({ data: { name: dto.name, phone: dto.phone, user_email: dto.email } });',
    },
    // Reads are not writes
    { name: 'localStorage.getItem', code: "const email = localStorage.getItem('email');" },
    { name: 'localStorage.removeItem', code: "localStorage.removeItem('email');" },
    { name: 'reading document.cookie', code: 'const jar = document.cookie;' },
    {
      name: 'fs.readFileSync',
      code: `
import fs from 'node:fs';
const email = fs.readFileSync('email.txt', 'utf8');
`,
    },
    // Raw SQL
    {
      name: 'SELECT with personal data in its parameters is not storage',
      code: `
import { Pool } from 'pg';
const pool = new Pool();
await pool.query('SELECT * FROM users WHERE ssn = $1', [body.ssn]);
`,
    },
    { name: 'SELECT on a pool by name', code: "await pool.query('SELECT * FROM users WHERE ssn = $1', [body.ssn]);" },
    { name: 'DELETE is not storage', code: "await pool.query('DELETE FROM users WHERE ssn = $1', [body.ssn]);" },
    { name: 'SQL text the analysis cannot read', code: 'await db.query(sql, [body.ssn]);' },
    { name: 'a Redis key is not a stored value', code: 'await redis.set(`user:${user.email}`, 1);' },
    // False friends
    { name: 'userId is an opaque id', code: "localStorage.setItem('userId', user.id);" },
    { name: 'a UI preference', code: "localStorage.setItem('theme', settings.theme);" },
    { name: 'emailVerified is a flag', code: "localStorage.setItem('emailVerified', String(user.emailVerified));" },
    { name: 'a string literal email is not user data', code: "localStorage.setItem('x', 'alice@example.com');" },
    { name: 'data.name is not said of a person', code: "localStorage.setItem('name', data.name);" },
    {
      name: 'last four digits and brand of a card',
      code: "sessionStorage.setItem('card', JSON.stringify({ last4: card.last4, brand: card.brand }));",
    },
    { name: 'a session token is not personal data', code: "localStorage.setItem('token', session.token);" },
    { name: 'emailCount is a count', code: "localStorage.setItem('count', String(emailCount));" },
    { name: 'emailTemplateId is configuration', code: "localStorage.setItem('tpl', emailTemplateId);" },
    { name: 'smtpHost is configuration', code: "localStorage.setItem('host', smtpHost);" },
    { name: 'file.name is not a person name', code: "localStorage.setItem('file', file.name);" },
    { name: 'product.name is not a person name', code: "localStorage.setItem('product', product.name);" },
    { name: 'supportEmail is the organisation address', code: "localStorage.setItem('support', supportEmail);" },
    {
      name: 'storing a password hash is the point',
      code: 'await prisma.user.update({ where: { id }, data: { passwordHash: user.passwordHash } });',
    },
    { name: 'a field named as ciphertext', code: 'await prisma.user.create({ data: { ssnEncrypted: body.ssnEncrypted } });' },
    { name: 'a session id cookie', code: "res.cookie('sid', session.id, { httpOnly: true });" },
    {
      name: 'a consent cookie with a literal value',
      code: `
import Cookies from 'js-cookie';
Cookies.set('consent', 'yes');
`,
    },
    { name: 'a whole user object without type information', code: "localStorage.setItem('u', JSON.stringify(user));" },
    {
      name: 'a whole User without type information (the typed suite reports it)',
      code: `
import type { User } from './lib/types.js';
declare const user: User;
localStorage.setItem('u', JSON.stringify(user));
`,
    },
    {
      name: 'a wrapper called with a preference only',
      code: `
function persist(key, value) {
  localStorage.setItem(key, JSON.stringify(value));
}
persist('prefs', { theme: 'dark' });
`,
    },
    { name: 'logging is not storage', code: 'console.log(user.email);' },
    // Settings
    {
      name: 'settings.encryptors adds an encryptor',
      code: `
function vaultWrap(value) {
  return value;
}
localStorage.setItem('e', vaultWrap(user.email));
`,
      settings: { privacy: { encryptors: ['vaultWrap'] } },
    },
    {
      name: 'settings.notPersonalData excludes a name',
      code: "localStorage.setItem('n', user.nickname);",
      settings: { privacy: { notPersonalData: ['nickname'] } },
    },
    // File kinds
    { name: 'encrypted in a .js file', code: "localStorage.setItem('email', encrypt(user.email));", filename: 'file.js' },
    {
      name: 'a JSX handler storing an id',
      code: `
export function Remember({ user }) {
  return <button onClick={() => localStorage.setItem('id', user.id)}>Remember me</button>;
}
`,
      filename: 'react.tsx',
    },
  ],
  invalid: [
    {
      name: 'untyped: an imported entity whose @BeforeInsert hook is not seen, so the write is reported',
      code: registerWithHashingEntity,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: `${cat.email}, ${cat.password}`, source: 'input.email', sourceLine: 6, store: 'the database', sink: 'accounts.save', via: '' },
          line: 8, column: 23, endLine: 8, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a Mongoose pre(\'save\') hook that does not hash leaves the password in clear',
      code: `
import mongoose from 'mongoose';
import bcrypt from 'bcryptjs';
const userSchema = new mongoose.Schema({ email: String, password: String });
userSchema.pre('save', async function (next) {
  if (this.isModified('password')) this.email = this.email.toLowerCase();
  next();
});
const User = mongoose.model('User', userSchema);
export async function register(email: string, password: string) {
  const user = new User({ email, password });
  await user.save();
  await User.create({ email, password });
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: `${cat.email}, ${cat.password}`, source: 'email', sourceLine: 11, store: 'the database', sink: 'user.save', via: '' },
          line: 11, column: 25, endLine: 11, endColumn: 44,
          suggestions: [],
        },
        {
          messageId: 'secretStoredInClear',
          data: { category: cat.password, source: 'password', sourceLine: 13, store: 'the database', sink: 'User.create', via: '' },
          line: 13, column: 30, endLine: 13, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a Mongoose pre(\'save\') hook does not run on updateOne: the password is in clear',
      code: `
import mongoose from 'mongoose';
import bcrypt from 'bcryptjs';
const userSchema = new mongoose.Schema({ email: String, password: String });
userSchema.pre('save', async function () {
  this.password = await bcrypt.hash(this.password, 8);
});
const User = mongoose.model('User', userSchema);
export async function reset(id: string, password: string) {
  await User.updateOne({ _id: id }, { password });
}
`,
      errors: [
        {
          messageId: 'secretStoredInClear',
          data: { category: cat.password, source: 'password', sourceLine: 10, store: 'the database', sink: 'User.updateOne', via: '' },
          line: 10, column: 39, endLine: 10, endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression (real code): an entity hook that does not hash leaves the password in clear',
      code: `
import { BeforeInsert, Column, Entity, Repository } from 'typeorm';
import * as argon2 from 'argon2';
@Entity()
export class UserEntity {
  @Column() email: string;
  @Column() password: string;
  @BeforeInsert()
  async hashPassword() {
    this.email = this.email.toLowerCase();
  }
}
export class UsersService {
  constructor(private readonly users: Repository<UserEntity>) {}
  async register(input: { email: string; password: string }) {
    const user = new UserEntity();
    user.email = input.email;
    user.password = input.password;
    return this.users.save(user);
  }
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: `${cat.email}, ${cat.password}`, source: 'input.email', sourceLine: 17, store: 'the database', sink: 'this.users.save', via: '' },
          line: 19, column: 28, endLine: 19, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression (real code): the password field of a parameter typed as an input DTO is still reported',
      code: "export async function register(input: CreateUserDto) {\n  await prisma.user.create({ data: { email: input.email, password: input.password } });\n}",
      errors: [
        {
          messageId: 'secretStoredInClear',
          data: { category: cat.password, source: 'input.password', sourceLine: 2, store: 'the database', sink: 'prisma.user.create', via: '' },
          line: 2, column: 68, endLine: 2, endColumn: 82,
          suggestions: [],
        },
      ],
    },
    // Data models: sensitive fields declared in clear
    {
      name: 'a TypeORM entity declares an ssn column in clear',
      code: `
import { Entity, Column } from 'typeorm';
@Entity()
export class Patient {
  @Column() ssn: string;
  @Column() email: string;
  @Column({ transformer: encryptionTransformer }) diagnosis: string;
}
`,
      errors: [
        {
          messageId: 'piiFieldInClear',
          data: { category: cat.ssn, source: 'ssn', sourceLine: 5, store: 'the database', sink: 'TypeORM entity Patient', via: '' },
          line: 5, column: 13, endLine: 5, endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: 'strict: an email column of an entity is reported too',
      options: [{ strict: true }],
      code: `
import { Entity, Column } from 'typeorm';
@Entity()
export class Patient {
  @Column() email: string;
}
`,
      errors: [
        {
          messageId: 'piiFieldInClear',
          data: { category: cat.email, source: 'email', sourceLine: 5, store: 'the database', sink: 'TypeORM entity Patient', via: '' },
          line: 5, column: 13, endLine: 5, endColumn: 18,
          suggestions: [],
        },
      ],
    },

    // Regressions (found by review of the engine)
    {
      name: 'regression: a Sequelize model declared as a class that extends Model',
      code: `
import { Model } from 'sequelize';
class Account extends Model {}
await Account.create({ iban: form.iban });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.iban, source: 'form.iban', sourceLine: 4, store: 'the database', sink: 'Account.create', via: '' },
          line: 4, column: 30, endLine: 4, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression: a stored-model parameter is strict-only for databases, not for a file',
      code: `
import fs from 'node:fs';
interface Profile { password: string }
export function save(profile: Profile) {
  fs.writeFileSync('profile.txt', profile.password);
}
`,
      errors: [
        {
          messageId: 'secretStoredInClear',
          data: { category: cat.password, source: 'profile.password', sourceLine: 5, store: 'a file', sink: 'fs.writeFileSync', via: '' },
          line: 5, column: 35, endLine: 5, endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression: pg query with a { text, values } config that inserts',
      code: `
import { Pool } from 'pg';
const pool = new Pool();
await pool.query({ text: 'INSERT INTO users (ssn) VALUES ($1)', values: [body.ssn] });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 4, store: 'the database', sink: 'pool.query', via: '' },
          line: 4, column: 74, endLine: 4, endColumn: 82,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression: a SQL template that inserts through Prisma $executeRaw',
      code: `
await prisma.$executeRaw\`INSERT INTO users (ssn) VALUES (\${input.ssn})\`;
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'input.ssn', sourceLine: 2, store: 'the database', sink: 'prisma.$executeRaw', via: '' },
          line: 2, column: 60, endLine: 2, endColumn: 69,
          suggestions: [],
        },
      ],
    },

    // Browser storage and cookies
    {
      name: 'localStorage.setItem',
      code: "localStorage.setItem('email', user.email);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 31, endLine: 1, endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sessionStorage.setItem',
      code: "sessionStorage.setItem('phone', user.phone);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 1, store: 'browser storage', sink: 'sessionStorage.setItem', via: '' },
          line: 1, column: 33, endLine: 1, endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      name: 'localStorage property assignment',
      code: 'localStorage.email = user.email;',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.email', via: '' },
          line: 1, column: 22, endLine: 1, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'localStorage element assignment',
      code: "localStorage['ssn'] = applicant.ssn;",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'applicant.ssn', sourceLine: 1, store: 'browser storage', sink: "localStorage['…']", via: '' },
          line: 1, column: 23, endLine: 1, endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      name: 'window.localStorage',
      code: "window.localStorage.setItem('dob', user.dateOfBirth);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.dateOfBirth, source: 'user.dateOfBirth', sourceLine: 1, store: 'browser storage', sink: 'window.localStorage.setItem', via: '' },
          line: 1, column: 36, endLine: 1, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      name: 'document.cookie with a template literal',
      code: 'document.cookie = `email=${user.email}`;',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'a cookie', sink: 'document.cookie', via: '' },
          line: 1, column: 28, endLine: 1, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'document.cookie with concatenation and encodeURIComponent',
      code: "document.cookie = 'email=' + encodeURIComponent(user.email) + '; path=/';",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'a cookie', sink: 'document.cookie', via: '' },
          line: 1, column: 49, endLine: 1, endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      name: 'js-cookie',
      code: `
import Cookies from 'js-cookie';
Cookies.set('email', user.email, { expires: 7 });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'a cookie', sink: 'Cookies.set', via: '' },
          line: 3, column: 22, endLine: 3, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Express res.cookie',
      code: `
app.post('/login', (req, res) => {
  res.cookie('email', req.body.email, { httpOnly: true });
});
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'req.body.email', sourceLine: 3, store: 'a cookie', sink: 'res.cookie', via: '' },
          line: 3, column: 23, endLine: 3, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: "regression (probe): Express's res typed with express's Response is still matched by its name",
      code: `
import type { Request, Response } from 'express';
export function login(req: Request, res: Response) {
  res.cookie('email', req.body.email, { httpOnly: true });
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'req.body.email', sourceLine: 4, store: 'a cookie', sink: 'res.cookie', via: '' },
          line: 4, column: 23, endLine: 4, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'MikroORM: em.create and an EntityRepository insert',
      code: `
import { MikroORM, EntityRepository } from '@mikro-orm/postgresql';
export async function save(orm: MikroORM, users: EntityRepository<User>, input: { ssn: string }) {
  orm.em.create(User, { ssn: input.ssn });
  await users.insert({ ssn: input.ssn });
}
`,
      errors: [
        { messageId: 'piiStoredInClear', data: { category: cat.ssn, source: 'input.ssn', sourceLine: 4, store: 'the database', sink: 'orm.em.create', via: '' }, line: 4, column: 30, endLine: 4, endColumn: 39, suggestions: [] },
        { messageId: 'piiStoredInClear', data: { category: cat.ssn, source: 'input.ssn', sourceLine: 5, store: 'the database', sink: 'users.insert', via: '' }, line: 5, column: 29, endLine: 5, endColumn: 38, suggestions: [] },
      ],
    },
    {
      name: 'Elasticsearch: a document indexed (8.x document, 7.x body) is stored',
      code: `
import { Client } from '@elastic/elasticsearch';
const client = new Client({ node: 'http://localhost:9200' });
await client.index({ index: 'people', document: { ssn: person.ssn } });
await client.update({ index: 'people', id: person.id, doc: { ssn: person.ssn } });
`,
      errors: [
        { messageId: 'piiStoredInClear', data: { category: cat.ssn, source: 'person.ssn', sourceLine: 4, store: 'the database', sink: 'client.index', via: '' }, line: 4, column: 56, endLine: 4, endColumn: 66, suggestions: [] },
        { messageId: 'piiStoredInClear', data: { category: cat.ssn, source: 'person.ssn', sourceLine: 5, store: 'the database', sink: 'client.update', via: '' }, line: 5, column: 67, endLine: 5, endColumn: 77, suggestions: [] },
      ],
    },
    {
      name: 'Next.js cookies().set(name, value)',
      code: `
import { cookies } from 'next/headers';
cookies().set('phone', user.phone);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 3, store: 'a cookie', sink: 'cookies().set', via: '' },
          line: 3, column: 24, endLine: 3, endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Next.js (await cookies()).set in a server action',
      code: `
import { cookies } from 'next/headers';
export async function action(form) {
  (await cookies()).set('phone', form.phone);
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'form.phone', sourceLine: 4, store: 'a cookie', sink: '(await cookies()).set', via: '' },
          line: 4, column: 34, endLine: 4, endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Next.js cookies().set({ name, value })',
      code: `
import { cookies } from 'next/headers';
cookies().set({ name: 'email', value: user.email, httpOnly: true });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'a cookie', sink: 'cookies().set', via: '' },
          line: 3, column: 39, endLine: 3, endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: 'AWS SDK v3 write commands sent to a client (DynamoDB PutItemCommand, lib-dynamodb PutCommand through a variable, S3 PutObjectCommand)',
      code: `
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const dynamo = new DynamoDBClient({});
const documents = DynamoDBDocumentClient.from(dynamo);
const s3 = new S3Client({});
export async function save(input) {
  await dynamo.send(new PutItemCommand({ TableName: 'people', Item: { ssn: { S: input.ssn } } }));
  const command = new PutCommand({ TableName: 'people', Item: { id: input.id, ssn: input.ssn } });
  await documents.send(command);
  await s3.send(new PutObjectCommand({ Bucket: 'exports', Key: 'p.json', Body: JSON.stringify({ ssn: input.ssn }) }));
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'input.ssn', sourceLine: 9, store: 'the database', sink: 'dynamo.send', via: '' },
          line: 9, column: 81, endLine: 9, endColumn: 90,
          suggestions: [],
        },
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'input.ssn', sourceLine: 10, store: 'the database', sink: 'documents.send', via: '' },
          line: 10, column: 63, endLine: 10, endColumn: 95,
          suggestions: [],
        },
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'input.ssn', sourceLine: 12, store: 'a file', sink: 's3.send', via: '' },
          line: 12, column: 102, endLine: 12, endColumn: 111,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the transaction client Prisma hands to its callback writes like the client',
      code: `
import { PrismaClient } from '@prisma/client';
const db = new PrismaClient();
await db.$transaction(async (tx) => {
  await tx.patient.create({ data: { ssn: input.ssn } });
});
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'input.ssn', sourceLine: 5, store: 'the database', sink: 'tx.patient.create', via: '' },
          line: 5, column: 42, endLine: 5, endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression: what a logged framework hands to its route (fastify\'s reply) is still matched by its name',
      code: `
import Fastify from 'fastify';
const fastify = Fastify({ logger: true });
fastify.get('/', async (request, reply) => {
  reply.setCookie('email', user.email);
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, store: 'a cookie', sink: 'reply.setCookie', via: '' },
          line: 5, column: 28, endLine: 5, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'idb-keyval set',
      code: `
import { set } from 'idb-keyval';
await set('profile-email', user.email);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'IndexedDB', sink: 'set', via: '' },
          line: 3, column: 28, endLine: 3, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'IndexedDB objectStore().put',
      code: `
const tx = db.transaction('users', 'readwrite');
tx.objectStore('users').put({ id: user.id, email: user.email });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'IndexedDB', sink: "tx.objectStore('…').put", via: '' },
          line: 3, column: 51, endLine: 3, endColumn: 61,
          suggestions: [],
        },
      ],
    },
    {
      name: 'IndexedDB store by IDBObjectStore annotation',
      code: `
function save(store: IDBObjectStore) {
  store.put({ phone: user.phone });
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 3, store: 'IndexedDB', sink: 'store.put', via: '' },
          line: 3, column: 22, endLine: 3, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'localforage.setItem',
      code: `
import localforage from 'localforage';
await localforage.setItem('user', { email: user.email });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'IndexedDB', sink: 'localforage.setItem', via: '' },
          line: 3, column: 44, endLine: 3, endColumn: 54,
          suggestions: [],
        },
      ],
    },
    // Files
    {
      name: 'fs.writeFileSync',
      code: `
import fs from 'node:fs';
fs.writeFileSync('out.txt', user.email);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'a file', sink: 'fs.writeFileSync', via: '' },
          line: 3, column: 29, endLine: 3, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'fs/promises writeFile of JSON',
      code: `
import { writeFile } from 'node:fs/promises';
await writeFile('out.json', JSON.stringify({ email: user.email }));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'a file', sink: 'writeFile', via: '' },
          line: 3, column: 53, endLine: 3, endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'fs.appendFileSync of a CSV line',
      code: `
import fs from 'fs';
fs.appendFileSync('users.csv', \`\${user.id},\${user.email}\\n\`);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'a file', sink: 'fs.appendFileSync', via: '' },
          line: 3, column: 46, endLine: 3, endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'fs.promises.writeFile',
      code: `
import fs from 'fs';
await fs.promises.writeFile('u.txt', user.phone);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 3, store: 'a file', sink: 'fs.promises.writeFile', via: '' },
          line: 3, column: 38, endLine: 3, endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createWriteStream() kept in a variable',
      code: `
import fs from 'fs';
const out = fs.createWriteStream('users.csv');
out.write(user.email);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, store: 'a file', sink: 'out.write', via: '' },
          line: 4, column: 11, endLine: 4, endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createWriteStream().write chained',
      code: `
import fs from 'fs';
fs.createWriteStream('users.csv').write(\`\${user.ssn}\\n\`);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'user.ssn', sourceLine: 3, store: 'a file', sink: "fs.createWriteStream('…').write", via: '' },
          line: 3, column: 44, endLine: 3, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    // Databases
    {
      name: 'Prisma create with an email in strict mode',
      code: 'await prisma.user.create({ data: { email: input.email } });',
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'input.email', sourceLine: 1, store: 'the database', sink: 'prisma.user.create', via: '' },
          line: 1, column: 43, endLine: 1, endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Prisma create: the ssn, not the email',
      code: 'await prisma.user.create({ data: { email, ssn: input.ssn } });',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'input.ssn', sourceLine: 1, store: 'the database', sink: 'prisma.user.create', via: '' },
          line: 1, column: 48, endLine: 1, endColumn: 57,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Prisma update of a card number',
      code: 'await prisma.user.update({ where: { id }, data: { cardNumber: body.cardNumber } });',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.cardNumber, source: 'body.cardNumber', sourceLine: 1, store: 'the database', sink: 'prisma.user.update', via: '' },
          line: 1, column: 63, endLine: 1, endColumn: 78,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Prisma upsert of a password in clear',
      code: 'await prisma.user.upsert({ where: { id }, create: { password: body.password }, update: {} });',
      errors: [
        {
          messageId: 'secretStoredInClear',
          data: { category: cat.password, source: 'body.password', sourceLine: 1, store: 'the database', sink: 'prisma.user.upsert', via: '' },
          line: 1, column: 63, endLine: 1, endColumn: 76,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Prisma create of a diagnosis',
      code: 'await prisma.patient.create({ data: { diagnosis: form.diagnosis } });',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.diagnosis, source: 'form.diagnosis', sourceLine: 1, store: 'the database', sink: 'prisma.patient.create', via: '' },
          line: 1, column: 50, endLine: 1, endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Prisma in strict mode reports only personal fields',
      code: 'await prisma.user.create({ data: { email: dto.email, emailVerified: true, name: dto.name } });',
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'dto.email', sourceLine: 1, store: 'the database', sink: 'prisma.user.create', via: '' },
          line: 1, column: 43, endLine: 1, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      name: 'TypeORM Repository<User> constructor parameter',
      code: `
import { Repository } from 'typeorm';
export class UsersService {
  constructor(private readonly userRepository: Repository<User>) {}
  async register(dto) {
    await this.userRepository.save({ email: dto.email, ssn: dto.ssn });
  }
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'dto.ssn', sourceLine: 6, store: 'the database', sink: 'this.userRepository.save', via: '' },
          line: 6, column: 61, endLine: 6, endColumn: 68,
          suggestions: [],
        },
      ],
    },
    {
      name: 'TypeORM @InjectRepository parameter',
      code: `
export class UsersService {
  constructor(@InjectRepository(User) private userRepository: Repository<User>) {}
  async register(dto) {
    await this.userRepository.save({ passportNumber: dto.passportNumber });
  }
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.passport, source: 'dto.passportNumber', sourceLine: 5, store: 'the database', sink: 'this.userRepository.save', via: '' },
          line: 5, column: 54, endLine: 5, endColumn: 72,
          suggestions: [],
        },
      ],
    },
    {
      name: 'TypeORM repository update',
      code: `
export class PaymentsService {
  constructor(private readonly userRepository: Repository<User>) {}
  async update(id, body) {
    await this.userRepository.update(id, { cardNumber: body.cardNumber });
  }
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.cardNumber, source: 'body.cardNumber', sourceLine: 5, store: 'the database', sink: 'this.userRepository.update', via: '' },
          line: 5, column: 56, endLine: 5, endColumn: 71,
          suggestions: [],
        },
      ],
    },
    {
      name: 'TypeORM DataSource getRepository().save',
      code: `
import { DataSource } from 'typeorm';
const ds = new DataSource(opts);
await ds.getRepository(User).save({ ssn: body.ssn });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 4, store: 'the database', sink: 'ds.getRepository(User).save', via: '' },
          line: 4, column: 42, endLine: 4, endColumn: 50,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Mongoose Model.create',
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', schema);
await User.create({ email: body.email, taxId: body.taxId });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.taxId, source: 'body.taxId', sourceLine: 4, store: 'the database', sink: 'User.create', via: '' },
          line: 4, column: 47, endLine: 4, endColumn: 57,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Mongoose new Model(doc).save()',
      code: `
import mongoose from 'mongoose';
const Patient = mongoose.model('Patient', schema);
await new Patient({ diagnosis: body.diagnosis }).save();
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.diagnosis, source: 'body.diagnosis', sourceLine: 4, store: 'the database', sink: 'new Patient({ diagnosis: body.diagnosis }).save', via: '' },
          line: 4, column: 32, endLine: 4, endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Mongoose document saved later: reported at the document',
      code: `
import mongoose from 'mongoose';
const Patient = mongoose.model('Patient', schema);
const doc = new Patient({ diagnosis: body.diagnosis });
await doc.save();
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.diagnosis, source: 'body.diagnosis', sourceLine: 4, store: 'the database', sink: 'doc.save', via: '' },
          line: 4, column: 25, endLine: 4, endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Mongoose updateOne with $set',
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', schema);
await User.updateOne({ _id: id }, { $set: { ssn: body.ssn } });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 4, store: 'the database', sink: 'User.updateOne', via: '' },
          line: 4, column: 50, endLine: 4, endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Mongoose Model.create in strict mode reports the email',
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', schema);
await User.create({ email: body.email });
`,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'body.email', sourceLine: 4, store: 'the database', sink: 'User.create', via: '' },
          line: 4, column: 28, endLine: 4, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Sequelize define().create',
      code: `
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const Account = sequelize.define('Account', { iban: DataTypes.STRING });
await Account.create({ iban: form.iban });
`,
      errors: [
        {
          // The model declares the column in clear: reported on its declaration too.
          messageId: 'piiFieldInClear',
          data: { category: cat.iban, source: 'iban', sourceLine: 4, store: 'the database', sink: 'Sequelize model Account', via: '' },
          line: 4, column: 47, endLine: 4, endColumn: 51,
          suggestions: [],
        },
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.iban, source: 'form.iban', sourceLine: 5, store: 'the database', sink: 'Account.create', via: '' },
          line: 5, column: 30, endLine: 5, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Knex insert',
      code: `
import knex from 'knex';
const db = knex({ client: 'pg' });
await db('users').insert({ ssn: form.ssn });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'form.ssn', sourceLine: 4, store: 'the database', sink: "db('…').insert", via: '' },
          line: 4, column: 33, endLine: 4, endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Knex update',
      code: `
import knex from 'knex';
const db = knex(config);
await db('users').where({ id }).update({ iban: body.iban });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.iban, source: 'body.iban', sourceLine: 4, store: 'the database', sink: "db('…').where({ id }).update", via: '' },
          line: 4, column: 48, endLine: 4, endColumn: 57,
          suggestions: [],
        },
      ],
    },
    {
      name: 'knex by name',
      code: "await knex('users').insert({ passportNumber: body.passportNumber });",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.passport, source: 'body.passportNumber', sourceLine: 1, store: 'the database', sink: "knex('…').insert", via: '' },
          line: 1, column: 46, endLine: 1, endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Drizzle insert().values()',
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
await db.insert(users).values({ cardNumber: body.cardNumber });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.cardNumber, source: 'body.cardNumber', sourceLine: 4, store: 'the database', sink: 'db.insert(users).values', via: '' },
          line: 4, column: 45, endLine: 4, endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Drizzle update().set()',
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
await db.update(users).set({ ssn: body.ssn }).where(eq(users.id, id));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 4, store: 'the database', sink: 'db.update(users).set', via: '' },
          line: 4, column: 35, endLine: 4, endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression (real code): a Drizzle chain written over several lines is named on one line in the message',
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
await db
  .update(users)
  .set({ ssn: body.ssn })
  .where(eq(users.id, id));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 6, store: 'the database', sink: 'db.update(users).set', via: '' },
          line: 6, column: 15, endLine: 6, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Drizzle email in strict mode',
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
await db.insert(users).values({ email: body.email });
`,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'body.email', sourceLine: 4, store: 'the database', sink: 'db.insert(users).values', via: '' },
          line: 4, column: 40, endLine: 4, endColumn: 50,
          suggestions: [],
        },
      ],
    },
    {
      name: 'pg INSERT with parameters',
      code: `
import { Pool } from 'pg';
const pool = new Pool();
await pool.query('INSERT INTO users (ssn) VALUES ($1)', [body.ssn]);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 4, store: 'the database', sink: 'pool.query', via: '' },
          line: 4, column: 58, endLine: 4, endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      name: 'UPDATE on a pool by name',
      code: "await pool.query('UPDATE users SET ssn = $1 WHERE id = $2', [body.ssn, id]);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 1, store: 'the database', sink: 'pool.query', via: '' },
          line: 1, column: 62, endLine: 1, endColumn: 70,
          suggestions: [],
        },
      ],
    },
    {
      name: 'INSERT in a template literal on db by name',
      code: 'await db.query(`INSERT INTO users (ssn) VALUES ($1)`, [body.ssn]);',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'body.ssn', sourceLine: 1, store: 'the database', sink: 'db.query', via: '' },
          line: 1, column: 56, endLine: 1, endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      name: 'mysql2 execute INSERT',
      code: `
import mysql from 'mysql2/promise';
const conn = await mysql.createConnection(url);
await conn.execute('INSERT INTO cards (number) VALUES (?)', [body.cardNumber]);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.cardNumber, source: 'body.cardNumber', sourceLine: 4, store: 'the database', sink: 'conn.execute', via: '' },
          line: 4, column: 62, endLine: 4, endColumn: 77,
          suggestions: [],
        },
      ],
    },
    // Caches
    {
      name: 'ioredis set of serialised JSON',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
await redis.set(\`session:\${id}\`, JSON.stringify({ email: user.email }));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, store: 'a cache', sink: 'redis.set', via: '' },
          line: 4, column: 58, endLine: 4, endColumn: 68,
          suggestions: [],
        },
      ],
    },
    {
      name: 'redis by name',
      code: "await redis.set('k', user.phone);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 1, store: 'a cache', sink: 'redis.set', via: '' },
          line: 1, column: 22, endLine: 1, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'node-redis hSet',
      code: `
import { createClient } from 'redis';
const client = createClient();
await client.hSet(\`user:\${id}\`, { phone: user.phone });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 4, store: 'a cache', sink: 'client.hSet', via: '' },
          line: 4, column: 42, endLine: 4, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      name: 'cache-manager: a Cache injected into a NestJS service',
      code: `
import { Inject, Injectable } from '@nestjs/common';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import type { Cache } from 'cache-manager';
@Injectable()
export class ProfileCache {
  constructor(@Inject(CACHE_MANAGER) private readonly store: Cache) {}
  async remember(user) {
    await this.store.set(\`u:\${user.id}\`, user.email);
  }
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 9, store: 'a cache', sink: 'this.store.set', via: '' },
          line: 9, column: 42, endLine: 9, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      name: 'this.redis in a NestJS service',
      code: `
import { Injectable } from '@nestjs/common';
@Injectable()
export class CacheService {
  constructor(private readonly redis: Redis) {}
  async remember(user) {
    await this.redis.set(\`u:\${user.id}\`, user.email);
  }
}
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 7, store: 'a cache', sink: 'this.redis.set', via: '' },
          line: 7, column: 42, endLine: 7, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    // Secrets need a password hash
    {
      name: 'sha256(password) is not enough for a credential',
      code: 'await prisma.user.create({ data: { password: sha256(body.password) } });',
      errors: [
        {
          messageId: 'secretStoredWithFastHash',
          data: { category: cat.password, source: 'body.password', sourceLine: 1, store: 'the database', sink: 'prisma.user.create', via: '' },
          line: 1, column: 53, endLine: 1, endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a security answer, chosen by a person, still needs a password hash',
      code: 'await prisma.user.update({ where: { id }, data: { securityAnswer: sha256(body.securityAnswer) } });',
      errors: [
        {
          messageId: 'secretStoredWithFastHash',
          data: { category: cat.securityAnswer, source: 'body.securityAnswer', sourceLine: 1, store: 'the database', sink: 'prisma.user.update', via: '' },
          line: 1, column: 74, endLine: 1, endColumn: 93,
          suggestions: [],
        },
      ],
    },
    {
      name: 'md5(password) is not enough for a credential',
      code: 'await prisma.user.create({ data: { password: md5(body.password) } });',
      errors: [
        {
          messageId: 'secretStoredWithFastHash',
          data: { category: cat.password, source: 'body.password', sourceLine: 1, store: 'the database', sink: 'prisma.user.create', via: '' },
          line: 1, column: 50, endLine: 1, endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sha256(password) in localStorage',
      code: "localStorage.setItem('pw', sha256(form.password));",
      errors: [
        {
          messageId: 'secretStoredWithFastHash',
          data: { category: cat.password, source: 'form.password', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 35, endLine: 1, endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sha256(password) into Mongoose',
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', schema);
await User.create({ password: sha256(body.password) });
`,
      errors: [
        {
          messageId: 'secretStoredWithFastHash',
          data: { category: cat.password, source: 'body.password', sourceLine: 4, store: 'the database', sink: 'User.create', via: '' },
          line: 4, column: 38, endLine: 4, endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a password in clear in localStorage',
      code: "localStorage.setItem('p', form.password);",
      errors: [
        {
          messageId: 'secretStoredInClear',
          data: { category: cat.password, source: 'form.password', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 27, endLine: 1, endColumn: 40,
          suggestions: [],
        },
      ],
    },
    // Categories and subjects
    {
      name: 'user.name is said of a person',
      code: "localStorage.setItem('name', user.name);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.fullName, source: 'user.name', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 30, endLine: 1, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a credit score',
      code: "sessionStorage.setItem('creditScore', String(report.creditScore));",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.creditScore, source: 'report.creditScore', sourceLine: 1, store: 'browser storage', sink: 'sessionStorage.setItem', via: '' },
          line: 1, column: 46, endLine: 1, endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      name: 'ethnicity is a special category',
      code: "localStorage.setItem('ethnicity', form.ethnicity);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ethnicity, source: 'form.ethnicity', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 35, endLine: 1, endColumn: 49,
          suggestions: [],
        },
      ],
    },
    // Flows
    {
      name: 'destructuring',
      code: `
const { email } = user;
localStorage.setItem('e', email);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'email', sourceLine: 3, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 3, column: 27, endLine: 3, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nested renamed destructuring',
      code: `
const { contact: { phone: mobile } } = user;
localStorage.setItem('m', mobile);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'mobile', sourceLine: 3, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 3, column: 27, endLine: 3, endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: 'object spread serialised',
      code: `
const profile = { ...prefs, email: user.email };
localStorage.setItem('profile', JSON.stringify(profile));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 3, column: 33, endLine: 3, endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an array of two emails is two findings',
      code: "localStorage.setItem('emails', JSON.stringify([user.email, other.email]));",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 48, endLine: 1, endColumn: 58,
          suggestions: [],
        },
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'other.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 60, endLine: 1, endColumn: 71,
          suggestions: [],
        },
      ],
    },
    {
      name: 'string methods',
      code: "localStorage.setItem('email', user.email.trim().toLowerCase());",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 31, endLine: 1, endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a field of an awaited result',
      code: `
const data = await fetchProfile();
localStorage.setItem('dob', data.dateOfBirth);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.dateOfBirth, source: 'data.dateOfBirth', sourceLine: 3, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 3, column: 29, endLine: 3, endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'promise .then callback',
      code: "fetchProfile().then((p) => localStorage.setItem('dob', p.dateOfBirth));",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.dateOfBirth, source: 'p.dateOfBirth', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 56, endLine: 1, endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nullish coalescing',
      code: "localStorage.setItem('e', user.email ?? '');",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 27, endLine: 1, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'conditional expression',
      code: "localStorage.setItem('e', remember ? user.email : '');",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 38, endLine: 1, endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an identity function in the file passes the data through',
      code: `
function wrap(value) {
  return value;
}
localStorage.setItem('e', wrap(user.email));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 5, column: 32, endLine: 5, endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a wrapper in the file: reported at the caller with via',
      code: `
function persist(key, value) {
  localStorage.setItem(key, JSON.stringify(value));
}
persist('profile', { email: user.email });
persist('prefs', { theme: 'dark' });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, store: 'browser storage', sink: 'localStorage.setItem', via: ' via `persist()`' },
          line: 5, column: 29, endLine: 5, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a parameter named ssn: reported inside the function',
      code: `
function rememberSsn(ssn) {
  sessionStorage.setItem('ssn', ssn);
}
rememberSsn(form.ssn);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'ssn', sourceLine: 3, store: 'browser storage', sink: 'sessionStorage.setItem', via: '' },
          line: 3, column: 33, endLine: 3, endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a helper that returns a phone number',
      code: `
function getPhone(u) {
  return u.phone;
}
localStorage.setItem('p', getPhone(user));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'u.phone', sourceLine: 3, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 5, column: 27, endLine: 5, endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the storage rule reports only the storage flow',
      code: "console.log(user.email); localStorage.setItem('e', user.email);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 52, endLine: 1, endColumn: 62,
          suggestions: [],
        },
      ],
    },
    // Strict
    {
      name: 'user.city in strict mode',
      code: "localStorage.setItem('city', user.city);",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.city, source: 'user.city', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 30, endLine: 1, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'req.ip in strict mode',
      code: "localStorage.setItem('ip', req.ip);",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ip, source: 'req.ip', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 28, endLine: 1, endColumn: 34,
          suggestions: [],
        },
      ],
    },
    // Settings and suggestions
    {
      name: 'no redaction suggestion for storage, even when redact is imported',
      code: `
import { redact } from './redact.js';
localStorage.setItem('e', user.email);
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 3, column: 27, endLine: 3, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'no redaction suggestion for storage with settings.redactFunction',
      code: "localStorage.setItem('e', user.email);",
      settings: { privacy: { redactFunction: 'redact' } },
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 27, endLine: 1, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'settings.personalData adds a name',
      code: "localStorage.setItem('m', contact.msisdnx);",
      settings: { privacy: { personalData: { msisdnx: 'contact.phone' } } },
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'contact.msisdnx', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 27, endLine: 1, endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nickname is personal data without notPersonalData',
      code: "localStorage.setItem('n', user.nickname);",
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.nickname, source: 'user.nickname', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 27, endLine: 1, endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an identity function is not an encryptor without settings',
      code: `
function vaultWrap(value) {
  return value;
}
localStorage.setItem('e', vaultWrap(user.email));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 5, column: 37, endLine: 5, endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      name: 'invalid settings: encryptors must be a list',
      code: "localStorage.setItem('e', user.email);",
      settings: { privacy: { encryptors: 'vaultWrap' } },
      errors: [
        {
          messageId: 'invalidSettings',
          data: { problem: 'settings.privacy.encryptors must be an array of strings, got a string' },
          line: 1, column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: 'invalid settings: a category that is not an object',
      code: "localStorage.setItem('e', user.email);",
      settings: { privacy: { categories: ['loyalty'] } },
      errors: [
        {
          messageId: 'invalidSettings',
          data: { problem: 'settings.privacy.categories[0] must be an object, got a string' },
          line: 1, column: 1,
          suggestions: [],
        },
      ],
    },
    // File kinds
    {
      name: '.js file',
      code: "localStorage.setItem('email', user.email);",
      filename: 'file.js',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 1, column: 31, endLine: 1, endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: '.mjs file',
      code: `
import { appendFile } from 'node:fs/promises';
await appendFile('log.txt', user.phone);
`,
      filename: 'file.mjs',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 3, store: 'a file', sink: 'appendFile', via: '' },
          line: 3, column: 29, endLine: 3, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: '.cjs file with require',
      code: `
const fs = require('fs');
fs.writeFileSync('out.txt', user.email);
`,
      filename: 'file.cjs',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'a file', sink: 'fs.writeFileSync', via: '' },
          line: 3, column: 29, endLine: 3, endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: '.tsx component with an event handler',
      code: `
export function Remember({ user }: { user: { email: string } }) {
  return <button onClick={() => localStorage.setItem('email', user.email)}>Remember me</button>;
}
`,
      filename: 'react.tsx',
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 3, column: 63, endLine: 3, endColumn: 73,
          suggestions: [],
        },
      ],
    },
  ],

});

typedTester().run('no-unencrypted-pii-storage (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'regression (real code): a write helper whose parameter type declares a password stores what its callers give',
      code: `
declare const prisma: { user: { create(args: { data: unknown }): Promise<{ id: string }> } };
export async function createUser(data: { name: string; email: string; password?: string }) {
  return prisma.user.create({ data });
}
`,
    },
    {
      name: 'typed: the caller of a write helper hashes the password it passes',
      code: `
import { createUser } from './lib/user-writes.js';
declare function hashPassword(password: string): Promise<string>;
export async function join(input: { name: string; email: string; password: string }) {
  await createUser({ name: input.name, email: input.email, password: await hashPassword(input.password) });
}
`,
    },
    {
      name: 'regression (real code): what an encrypting function returns is encrypted, whatever its declared type names',
      code: `
interface CredentialsDto { apiKey?: string; user?: string; password?: string }
declare const integrationRepository: { update(query: unknown, data: unknown): Promise<void> };
export function encryptCredentials(credentials: CredentialsDto): CredentialsDto {
  const encrypted: CredentialsDto = {};
  for (const key in credentials) encrypted[key] = encryptSecret(credentials[key]);
  return encrypted;
}
export async function saveCredentials(id: string, command: { credentials: any }) {
  const update: { credentials?: CredentialsDto } = {};
  update.credentials = encryptCredentials(command.credentials);
  await integrationRepository.update({ _id: id }, { $set: update });
  await integrationRepository.update({ _id: id }, { credentials: encryptCredentials(command.credentials) });
}
`,
    },
    {
      name: 'typed: cross-file wrapper called with a preference only',
      code: `
import { cacheProfile } from './lib/storage-helpers.js';
cacheProfile('prefs', { theme: 'dark' });
`,
    },
    {
      name: 'typed: cross-file helper that encrypts before it returns',
      code: `
import { sealValue } from './lib/storage-helpers.js';
import type { User } from './lib/types.js';
declare const user: User;
localStorage.setItem('e', sealValue(user.email));
`,
    },
    {
      name: 'typed: a non-personal field of a type that also holds an email',
      code: `
import type { ApiResponse } from './lib/types.js';
declare const resp: ApiResponse;
localStorage.setItem('err', resp.error);
`,
    },
    {
      name: 'typed: a field marked @notPii',
      code: `
import type { Patient } from './lib/types.js';
declare const patient: Patient;
sessionStorage.setItem('p', patient.alias);
`,
    },
    {
      name: 'regression (real code): a record a repository made or read is saved back in its stored form (password column)',
      code: `
import type { Repository } from 'typeorm';
import type { Account } from './lib/types.js';
export class AccountsRepository {
  constructor(private readonly accounts: Repository<Account>) {}
  async touch(id: string) {
    const entity = await this.accounts.findOneBy({ id });
    await this.accounts.save(this.accounts.create({ ...entity }));
  }
}
`,
    },
    {
      name: 'regression (real code): a new entity whose declared relation holds a password (Note.account) is saved in its stored form',
      code: `
import type { Repository } from 'typeorm';
import type { Account } from './lib/types.js';
class Note {
  body = '';
  account?: Account;
}
export async function addNote(notes: Repository<Note>, body: string) {
  const note = new Note();
  note.body = body;
  await notes.save(note);
}
`,
    },
    {
      // The documented exception to "type information only adds findings": untyped, the imported
      // entity's hook is not seen and this write is reported (see the untyped case about the same entity).
      name: 'typed: an imported entity whose @BeforeInsert hook hashes the password clears the write',
      code: registerWithHashingEntity,
    },
    {
      name: 'typed: a whole User into Prisma holds only ordinary data (email, name, address)',
      code: `
import type { User } from './lib/types.js';
declare const user: User;
await prisma.user.create({ data: user });
`,
    },
  ],
  invalid: [
    {
      name: 'typed: the caller of a write helper that passes a password as it came is reported',
      code: `
import { createUser } from './lib/user-writes.js';
export async function join(input: { name: string; email: string; password: string }) {
  await createUser({ name: input.name, email: input.email, password: input.password });
}
`,
      errors: [{ messageId: 'secretStoredInClear', data: { category: cat.password, source: 'input.password', sourceLine: 4, store: 'the database', sink: 'prisma.user.create', via: ' via `createUser()`' }, line: 4, column: 70, endLine: 4, endColumn: 84, suggestions: [] }],
    },
    {
      name: 'typed: a whole User serialised into localStorage',
      code: `
import type { User } from './lib/types.js';
declare const user: User;
localStorage.setItem('u', JSON.stringify(user));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'user', sourceLine: 4, store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 4, column: 42, endLine: 4, endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: cross-file wrapper reported at the caller, with the wrapped sink and via',
      code: `
import { cacheProfile } from './lib/storage-helpers.js';
import type { User } from './lib/types.js';
declare const user: User;
cacheProfile('profile', { email: user.email });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, store: 'browser storage', sink: 'localStorage.setItem', via: ' via `cacheProfile()`' },
          line: 5, column: 34, endLine: 5, endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: cross-file helper that returns a government id',
      code: `
import { ssnOf } from './lib/storage-helpers.js';
declare const applicant: { ssn: string };
localStorage.setItem('s', ssnOf(applicant));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.ssn, source: 'applicant.ssn', sourceLine: '15 of lib/storage-helpers.ts', store: 'browser storage', sink: 'localStorage.setItem', via: '' },
          line: 4, column: 27, endLine: 4, endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a whole Patient carries the diagnosis into sessionStorage',
      code: `
import type { Patient } from './lib/types.js';
declare const patient: Patient;
sessionStorage.setItem('p', JSON.stringify(patient));
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.diagnosis, source: 'patient', sourceLine: 4, store: 'browser storage', sink: 'sessionStorage.setItem', via: '' },
          line: 4, column: 44, endLine: 4, endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a whole Patient into Prisma: the diagnosis is high sensitivity',
      code: `
import type { Patient } from './lib/types.js';
declare const patient: Patient;
await prisma.patient.create({ data: patient });
`,
      errors: [
        {
          messageId: 'piiStoredInClear',
          data: { category: cat.diagnosis, source: 'patient', sourceLine: 4, store: 'the database', sink: 'prisma.patient.create', via: '' },
          line: 4, column: 37, endLine: 4, endColumn: 44,
          suggestions: [],
        },
      ],
    },
  ],
});
