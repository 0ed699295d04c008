import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleResult } from '../../src/audit/assemble.js';
import { main } from '../../src/audit/cli.js';
import { formatHtml } from '../../src/audit/report/html.js';
import { formatJson } from '../../src/audit/report/json.js';
import { formatMarkdown } from '../../src/audit/report/markdown.js';
import { formatSarif } from '../../src/audit/report/sarif.js';
import { formatText } from '../../src/audit/report/text.js';
import type { AuditResult, InventoryStore } from '../../src/audit/result.js';
import { runAudit } from '../../src/audit/run-audit.js';
import { modelStoreNames, StoreLinker } from '../../src/audit/stores.js';
import {
  captureIo, categories, copyFixture, findingKeys, fixture, leakKeys, markersOf, repoRoot, reportContext, syntheticFlow,
  syntheticModels, syntheticRoot, syntheticStore,
} from './helpers.js';

// Data models in the auditor (issue 4): every model is a store of the inventory with its personal
// fields, their protection and evidence; writes link to it; .prisma files are read by the auditor.

const audits = new Map<string, Promise<AuditResult>>();
function audit(name: string): Promise<AuditResult> {
  let result = audits.get(name);
  if (!result) audits.set(name, (result = runAudit({ cwd: fixture(name) })));
  return result;
}

const storeNamed = (result: AuditResult, name: string): InventoryStore => {
  const store = result.inventory.stores.find((s) => s.name === name);
  if (!store) throw new Error(`no store ${name} in ${result.inventory.stores.map((s) => s.name).join(', ')}`);
  return store;
};
const protections = (store: InventoryStore): Record<string, string> =>
  Object.fromEntries((store.fields ?? []).map((f) => [f.name, f.protection]));

describe('data models of each ORM in the inventory', () => {
  it('lists every model with its ORM, table, place and personal fields, and reports exactly the marked fields and writes', async () => {
    const result = await audit('models-orms');
    expect(findingKeys(result)).toEqual(leakKeys(markersOf(fixture('models-orms'))));
    expect(result.diagnostics).toEqual([]);
    const models = result.inventory.stores.filter((s) => s.model !== undefined)
      .map((s) => [s.orm, s.model, s.table ?? null, `${s.file}:${s.line}`]);
    expect(models).toEqual([
      ['sequelize', 'Account', 'accounts', 'src/sequelize/account.model.ts:7'],
      ['typescript', 'ApplicantRecord', null, 'src/records/applicant.ts:2'],
      ['mongoose', 'Customer', 'customers', 'src/mongoose/customer.model.ts:4'],
      ['typeorm', 'Employee', 'employees', 'src/typeorm/employee.entity.ts:9'],
      ['mikro-orm', 'Patient', 'patients', 'src/mikro-orm/patient.entity.ts:6'],
      ['drizzle', 'members', 'members', 'src/drizzle/schema.ts:3'],
    ]);
  });

  it('gives each field its categories, protection (encrypted, password-hash, none) and evidence', async () => {
    const result = await audit('models-orms');
    expect(protections(storeNamed(result, 'Employee'))).toEqual({ email: 'none', ssn: 'none', iban: 'encrypted', cardNumber: 'encrypted', password: 'password-hash' });
    expect(protections(storeNamed(result, 'Patient'))).toEqual({ diagnosis: 'encrypted', religion: 'none' });
    expect(protections(storeNamed(result, 'Customer'))).toEqual({ email: 'none', cardNumber: 'none', iban: 'encrypted' });
    expect(protections(storeNamed(result, 'Account'))).toEqual({ taxId: 'encrypted', bankAccountNumber: 'none' });
    expect(protections(storeNamed(result, 'members'))).toEqual({ passportNumber: 'none', phone: 'none' });
    expect(protections(storeNamed(result, 'ApplicantRecord'))).toEqual({ nationalId: 'encrypted', healthCondition: 'none' });

    const employee = storeNamed(result, 'Employee');
    expect(employee.fields!.find((f) => f.name === 'ssn')).toEqual({
      name: 'ssn', column: 'social_security_number', categories: ['gov.ssn'], protection: 'none',
      evidence: { file: 'src/typeorm/employee.entity.ts', line: 17, text: expect.stringContaining('no encryption found') },
    });
    expect(employee.fields!.find((f) => f.name === 'iban')!.evidence).toEqual({ file: 'src/typeorm/employee.entity.ts', line: 20, text: 'transformer: encryptionTransformer' });
    expect(employee.fields!.find((f) => f.name === 'password')!.evidence.text).toMatch(/BeforeInsert.*bcrypt\.hash/);
    expect(employee.encryption).toBe('partly-encrypted');
    expect(storeNamed(result, 'members').encryption).toBe('clear');

    // Every personal field is a declaration of its category, also those below the reporting threshold.
    const phone = result.inventory.categories.find((c) => c.id === 'contact.phone')!;
    expect(phone.declaredAt).toContainEqual({ file: 'src/drizzle/schema.ts', line: 6, owner: 'members', field: 'phone' });
    expect(result.flows.some((f) => f.source.text === 'phone')).toBe(false); // heuristic: only with --strict
  });

  it('links writes to their model by name: a repository variable, Model.create, db.insert(table)', async () => {
    const result = await audit('models-orms');
    const modelOf = (file: string, line: number) => result.flows.filter((f) => f.file === file && f.line === line).map((f) => f.sink.model);
    expect(modelOf('src/typeorm/employee.service.ts', 9)).toEqual(['Employee']);
    expect(modelOf('src/typeorm/employee.service.ts', 10)).toEqual(['Employee']);
    expect(modelOf('src/mongoose/customer.service.ts', 4)).toEqual(['Customer']);
    expect(modelOf('src/drizzle/members.ts', 5)).toEqual(['members']);
    // Declarations point at their own model.
    expect(modelOf('src/typeorm/employee.entity.ts', 17)).toEqual(['Employee']);
    // The model's evidence lists its writes; the data-flow summary names the model, not "Database".
    expect(storeNamed(result, 'Employee').evidence.map((e) => `${e.file}:${e.line} ${e.status}`)).toEqual([
      'src/typeorm/employee.entity.ts:17 violation',
      'src/typeorm/employee.entity.ts:20 encrypted',
      'src/typeorm/employee.entity.ts:24 encrypted',
      'src/typeorm/employee.service.ts:9 violation',
      'src/typeorm/employee.service.ts:10 encrypted',
    ]);
    expect(result.inventory.stores.some((s) => s.name === 'Database')).toBe(false);
  });

  it('writes inventory.stores[] in JSON with the existing keys first, then the model keys, in a fixed order', async () => {
    const result = await audit('models-orms');
    const parsed = JSON.parse(formatJson(result)) as { inventory: Record<string, unknown>; flows: { sink: Record<string, unknown> }[] };
    expect(Object.keys(parsed.inventory)).toEqual(['categories', 'recipients', 'stores', 'logSinks']);
    const stores = parsed.inventory.stores as Record<string, unknown>[];
    const employee = stores.find((s) => s.name === 'Employee')!;
    expect(Object.keys(employee)).toEqual(['name', 'categories', 'encryption', 'evidence', 'orm', 'model', 'table', 'file', 'line', 'fields']);
    expect(Object.keys((employee.fields as Record<string, unknown>[])[1]!)).toEqual(['name', 'column', 'categories', 'protection', 'evidence']);
    expect(Object.keys(stores.find((s) => s.name === 'ApplicantRecord')!)).toEqual(['name', 'categories', 'encryption', 'evidence', 'orm', 'model', 'file', 'line', 'fields']);
    const write = parsed.flows.find((f) => f.sink.target === 'this.employeeRepository.save')!;
    expect(Object.keys(write.sink)).toEqual(['kind', 'target', 'store', 'model', 'file', 'line']);
    // Whatever built the result, the same JSON.
    const shuffle = (value: unknown): unknown => Array.isArray(value)
      ? value.map(shuffle)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffle(v)])) : value;
    expect(formatJson(shuffle(result) as AuditResult)).toBe(formatJson(result));
  });

  it('never prints a literal the evidence of a field quotes (a transformer with a hard-coded key), in any format', async () => {
    const result = await audit('models-orms');
    const card = storeNamed(result, 'Employee').fields!.find((f) => f.name === 'cardNumber')!;
    expect(card.evidence.text).toBe("transformer: new EncryptionTransformer({ key: '…' })");
    const context = { ...reportContext, cwd: fixture('models-orms') };
    for (const report of [formatJson(result), formatText(result, context), formatMarkdown(result, context), formatHtml(result, context), formatSarif(result, context)]) {
      expect(report).not.toContain('fx-k01');
    }
  });
});

describe('Prisma schemas in the auditor', () => {
  it('reads a multi-file prisma/schema folder together: enums and composite types of other files are understood', async () => {
    const result = await audit('models-prisma');
    const user = storeNamed(result, 'User');
    expect(user).toMatchObject({ orm: 'prisma', model: 'User', table: 'users', file: 'prisma/schema/user.prisma', line: 2 });
    // `role Role` is an enum of types.prisma; `home HomeAddress` its composite type, read as nested paths.
    expect(protections(user)).toEqual({ email: 'none', 'home.street': 'none', 'home.postcode': 'none', ssn: 'encrypted', taxId: 'none' });
    expect(user.fields!.find((f) => f.name === 'ssn')!.evidence).toEqual({ file: 'prisma/schema/user.prisma', line: 8, text: '`/// @encrypted` (prisma-field-encryption)' });
    expect(protections(storeNamed(result, 'PaymentCard'))).toEqual({ cardNumber: 'encrypted', cvv: 'none' });
  });

  it('reports the unprotected sensitive fields of .prisma files, and links prisma.<model> writes to the models', async () => {
    const result = await audit('models-prisma');
    expect(findingKeys(result)).toEqual(leakKeys(markersOf(fixture('models-prisma'))));
    const write = result.flows.filter((f) => f.file === 'src/users.ts').map((f) => [f.line, f.sink.target, f.sink.model, f.status]);
    expect(write).toEqual([
      [7, 'prisma.user.create', 'User', 'violation'],
      [8, 'prisma.user.create', 'User', 'encrypted'],
      [13, 'tx.paymentCard.create', 'PaymentCard', 'violation'],
    ]);
    const sarif = JSON.parse(formatSarif(result, { ...reportContext, cwd: fixture('models-prisma') })) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('prisma/schema/user.prisma');
  });

  it('reports a broken .prisma file as a syntax diagnostic and still reads the rest of it', async () => {
    const result = await audit('models-prisma');
    expect(result.diagnostics).toEqual([
      { kind: 'syntax', file: 'legacy/broken.prisma', line: 3, message: expect.stringContaining('never closed') },
    ]);
    expect(protections(storeNamed(result, 'Survivor'))).toEqual({ diagnosis: 'none' });
    expect(storeNamed(result, 'Survivor').file).toBe('legacy/broken.prisma');
    expect(result.summary.files).toBe(6); // src/users.ts, src/crypto.ts (not the .d.ts) and the four .prisma files
  });

  it('does not read eslint-disable comments in .prisma files as suppressions; the baseline applies to them', async () => {
    const root = copyFixture('models-prisma');
    const first = await runAudit({ cwd: root });
    const taxId = first.flows.find((f) => f.file === 'prisma/schema/user.prisma' && f.source.text === 'taxId')!;
    expect(taxId.status).toBe('violation');
    expect(first.summary.suppressed).toBe(0);

    const baselined = await runAudit({ cwd: root, baseline: 'privacy-baseline.json', updateBaseline: true });
    expect(baselined.flows.find((f) => f.fingerprint === taxId.fingerprint)!.status).toBe('baselined');
    // A line inserted above the field leaves its fingerprint as it was.
    const file = path.join(root, 'prisma/schema/user.prisma');
    fs.writeFileSync(file, `// a new comment\n${fs.readFileSync(file, 'utf8')}`);
    const again = await runAudit({ cwd: root, baseline: 'privacy-baseline.json' });
    expect(again.findings.filter((f) => f.file.endsWith('.prisma'))).toEqual([]);
    expect(again.flows.find((f) => f.fingerprint === taxId.fingerprint)).toMatchObject({ status: 'baselined', line: taxId.line + 1 });
  });

  it('audits a folder of .prisma files without source files, and one .prisma file of a multi-file schema', async () => {
    const folder = await runAudit({ cwd: fixture('models-prisma'), path: 'prisma/schema' });
    expect(folder.inventory.stores.map((s) => s.name)).toEqual(['PaymentCard', 'User']);
    const one = await runAudit({ cwd: fixture('models-prisma'), path: 'prisma/schema/user.prisma' });
    expect(one.summary.files).toBe(1);
    // Read with the rest of its schema: HomeAddress (types.prisma) is still a composite type.
    expect(protections(storeNamed(one, 'User'))).toMatchObject({ 'home.street': 'none' });
  });
});

describe('the Stores section of every format', () => {
  it('text: each model with its fields, categories, protection, evidence and writes', async () => {
    const text = formatText(await audit('models-prisma'), reportContext);
    const section = text.slice(text.indexOf('Stores (data models and their personal fields)'));
    expect(section).toContain('User (Prisma model, table users)  prisma/schema/user.prisma:2');
    expect(section).toMatch(/ {4}ssn +gov\.ssn +encrypted +prisma\/schema\/user\.prisma:8 +`\/\/\/ @encrypted` \(prisma-field-encryption\)/);
    expect(section).toMatch(/ {4}taxId \(column tax_id\) +gov\.tax-id +none +prisma\/schema\/user\.prisma:10/);
    expect(section).toContain('← written by prisma.user.create  src/users.ts:7  gov.ssn: violation');
    expect(formatText(await audit('models-prisma'), { ...reportContext, quiet: true })).not.toContain('Stores (data models');
  });

  it('markdown and html: a field table per model, and the Art. 30 storage column filled from the stores', async () => {
    const result = await audit('models-prisma');
    const md = formatMarkdown(result, reportContext);
    expect(md).toContain('#### User (Prisma model, table users)');
    expect(md).toContain('| ssn | gov.ssn | encrypted | prisma/schema/user.prisma:8: \\`/// @encrypted\\` (prisma-field-encryption) |');
    expect(md).toContain('| cvv | financial.cvv | none |');
    expect(md).toContain('Written by: prisma.user.create at src/users.ts:7 (violation)<br>prisma.user.create at src/users.ts:8 (encrypted)');
    const art30 = (id: string) => md.split('\n').find((line) => line.includes(`(${id}) |`) && line.split('|').length === 7)!;
    expect(art30('gov.ssn')).toContain('| User: ssn (encrypted) |');
    expect(art30('gov.tax-id')).toContain('| User: taxId (clear) |');
    expect(art30('financial.card-number')).toContain('| PaymentCard: cardNumber (encrypted) |');
    // A field below the reporting threshold has no flow, but the column and the evidence still show it.
    expect(art30('contact.email')).toMatch(/\| User: email \(clear\) \| — \| prisma\/schema\/user\.prisma:4 \(none\) \|$/);

    const html = formatHtml(result, reportContext);
    expect(html).toContain('<div class="model" data-model="User"><h3>User (Prisma model, table users) · prisma/schema/user.prisma:2 · sensitive data in clear</h3>');
    expect(html).toContain('<h3>PaymentCard (Prisma model) · prisma/schema/user.prisma:16 · sensitive data in clear</h3>');
    expect(html).toContain('<td>User: ssn (encrypted)</td>');
  });

  it('json: declarations, writes and the model stores agree (one store reference per flow)', async () => {
    const result = await audit('models-prisma');
    const names = new Set(result.inventory.stores.map((s) => s.name));
    for (const flow of result.flows) if (flow.sink.model !== undefined) expect(names.has(flow.sink.model)).toBe(true);
    expect(result.flows.filter((f) => f.file.endsWith('.prisma')).every((f) => f.sink.model !== undefined)).toBe(true);
  });
});

describe('linking writes to models (best effort, by name)', () => {
  const record = (file: string, model: string, orm: Parameters<typeof syntheticStore>[0]['orm'] = 'typeorm') =>
    syntheticStore({ file, line: 1, model, orm, fields: [{ name: 'ssn', line: 2, category: categories.ssn! }] });
  const typeormUser = record('packages/api/src/user.entity.ts', 'UserEntity');
  const prismaUser = record('prisma/schema.prisma', 'User', 'prisma');
  const prismaCard = record('prisma/schema.prisma', 'PaymentCard', 'prisma');
  const mongooseCustomer = record('src/customer.model.ts', 'Customer', 'mongoose');
  const drizzleUsers = record('src/schema.ts', 'users', 'drizzle');
  const linker = new StoreLinker([typeormUser, prismaUser, prismaCard, mongooseCustomer, drizzleUsers]);
  const from = path.posix.join(syntheticRoot, 'src/service.ts');

  it('follows Prisma delegates, repositories, model variables, entity arguments and table variables', () => {
    expect(linker.writeTarget('prisma.user.create', from)).toBe(prismaUser);
    expect(linker.writeTarget('this.prisma.paymentCard.upsert', from)).toBe(prismaCard);
    expect(linker.writeTarget('this.userRepository.save', from)).toBe(typeormUser);
    expect(linker.writeTarget('usersRepo.insert', from)).toBe(typeormUser);
    expect(linker.writeTarget('this.dataSource.getRepository(UserEntity).save', from)).toBe(typeormUser);
    expect(linker.writeTarget('this.customerModel.create', from)).toBe(mongooseCustomer);
    expect(linker.writeTarget('Customer.create', from)).toBe(mongooseCustomer);
    expect(linker.writeTarget('db.insert(users).values', from)).toBe(drizzleUsers);
  });

  it('leaves writes that do not name a model unlinked', () => {
    expect(linker.writeTarget('manager.save', from)).toBeUndefined();
    expect(linker.writeTarget('repository.save', from)).toBeUndefined();
    expect(linker.writeTarget('prisma.$executeRaw', from)).toBeUndefined();
    expect(linker.writeTarget('User.create', from)).toBeUndefined(); // `User` is a Prisma model: its client has no `User.create`
    expect(linker.writeTarget('prisma.order.create', from)).toBeUndefined();
  });

  it('picks the model nearest the write when two share a name, and names both stores apart', () => {
    const web = record('packages/web/src/user.entity.ts', 'UserEntity');
    const both = new StoreLinker([typeormUser, web]);
    expect(both.writeTarget('this.userRepository.save', path.posix.join(syntheticRoot, 'packages/web/src/users.ts'))).toBe(web);
    expect(both.writeTarget('this.userRepository.save', path.posix.join(syntheticRoot, 'packages/api/src/users.ts'))).toBe(typeormUser);
    const names = modelStoreNames([typeormUser, web, prismaUser, record('src/db.ts', 'Database', 'drizzle')], (f) => path.posix.relative(syntheticRoot, f), new Set(['Database']));
    expect([...names.values()]).toEqual([
      'UserEntity (packages/api/src/user.entity.ts)', 'UserEntity (packages/web/src/user.entity.ts)', 'User', 'Database (src/db.ts)',
    ]);
  });

  it('keeps one store per model in the result, and flows to it point at its name', () => {
    const result = assembleResult({
      cwd: syntheticRoot, toolVersion: '0', diagnostics: [], strict: false,
      files: [
        syntheticModels('prisma/schema.prisma', [prismaUser]),
        { analysis: { file: from, flows: [syntheticFlow({ file: 'src/service.ts', line: 3, kind: 'storage', source: 'input.ssn', target: 'prisma.user.create', categories: [categories.ssn!], sink: { store: 'database' } })], declarations: [], diagnostics: [], calls: [], stores: [] }, text: '' },
      ],
    });
    expect(result.inventory.stores.map((s) => [s.name, s.evidence.length, s.encryption])).toEqual([['User', 2, 'clear']]);
    expect(result.flows.map((f) => f.sink.model)).toEqual(['User', 'User']);
  });
});

describe('privacy-audit examples/shop', () => {
  it('shows a Stores section with the shop\'s Prisma models', async () => {
    expect(fs.existsSync(path.join(repoRoot, 'dist/src/index.js')), 'examples/shop/eslint.config.js imports the built plugin: run npm run build').toBe(true);
    const io = captureIo(repoRoot, { CI: 'true' });
    const code = await main(['examples/shop'], io);
    expect(code).toBe(1);
    const out = io.out();
    const section = out.slice(out.indexOf('Stores (data models and their personal fields)'));
    expect(section).toContain('User (Prisma model, table users)  examples/shop/prisma/schema.prisma:');
    expect(section).toContain('PaymentCard (Prisma model, table payment_cards)');
    expect(section).toMatch(/cvc +financial\.cvv +none/);
    expect(section).toMatch(/cardNumber +financial\.card-number +encrypted/);
    expect(section).toContain('← written by prisma.paymentCard.create');
    expect(out).toMatch(/examples\/shop\/prisma\/schema\.prisma\n {2}\d+:\d+ +error +The field `cvc` of the Prisma model PaymentCard/);
  });
});
