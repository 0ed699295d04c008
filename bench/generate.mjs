#!/usr/bin/env node
// Generates a deterministic TypeScript project of about N lines for the benchmarks:
// domain modules (types, Prisma-style repository, service, HTTP controller, helpers) on top of a
// small shared library (pino logger wrapper, PostHog analytics wrapper with a consent check,
// field encryption, validation). Most code is clean; a few percent of the sink calls leak
// personal data, and every leak is listed in manifest.json.
//
//   node bench/generate.mjs [--lines 50000] [--seed 1] [--leak-rate 0.1] [--out DIR] [--force]
//
// Output: bench/.generated/<lines>/ (gitignored) with a tsconfig.json that type-checks cleanly.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** Bump when the generated code changes, so stale projects are regenerated. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_LINES = 50_000;
export const DEFAULT_SEED = 1;
/** Chance that a sink call that could leak does: about 2–3% of all sink calls end up leaking. */
export const DEFAULT_LEAK_RATE = 0.1;

export function generatedDir(lines) {
  return path.join(import.meta.dirname, '.generated', String(lines));
}

/** The project for `lines`, generated unless an up-to-date copy exists. Returns its directory. */
export function ensureProject(lines, { seed = DEFAULT_SEED, leakRate = DEFAULT_LEAK_RATE, log = console.error } = {}) {
  const outDir = generatedDir(lines);
  const manifest = readManifest(outDir);
  if (manifest && manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === seed && manifest.leakRate === leakRate) {
    return outDir;
  }
  log(`generating a ${lines.toLocaleString('en')}-line project in ${path.relative(process.cwd(), outDir)} …`);
  const result = generateProject({ lines, seed, leakRate, outDir });
  log(`  ${result.files} files, ${result.lines.toLocaleString('en')} lines, ${result.leaks.length} deliberate leaks`);
  return outDir;
}

function readManifest(outDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed gives byte-identical output on every machine.

function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample(items, count) {
      const pool = [...items];
      const out = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of the generated domain.

const PERSON_ENTITIES = ['Customer', 'Patient', 'Employee', 'Member', 'Guest', 'Applicant', 'Tenant', 'Driver', 'Student', 'Subscriber', 'Contact', 'Lead', 'Volunteer', 'Donor', 'Passenger'];
const THING_ENTITIES = ['Product', 'Invoice', 'Shipment', 'Warehouse', 'Coupon', 'Category', 'Ticket', 'Report', 'Campaign', 'Job', 'Route', 'Asset', 'Contract', 'Budget', 'Release', 'Vehicle'];
const STATUS_SETS = [
  ['draft', 'active', 'archived'],
  ['pending', 'active', 'suspended', 'closed'],
  ['new', 'in_progress', 'done', 'cancelled'],
  ['open', 'resolved', 'rejected'],
  ['scheduled', 'running', 'completed', 'failed'],
];
const REGIONS = ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south'];

/** Personal fields, with the helper that makes them safe to store when they are sensitive. */
const CONTACT_FIELDS = [
  { name: 'phoneNumber', type: 'string', sample: "'+1 555 0100'" },
  { name: 'dateOfBirth', type: 'string', sample: "'1990-01-01'" },
  { name: 'postalCode', type: 'string', sample: "'10115'" },
  { name: 'streetAddress', type: 'string', sample: "'1 Example Street'" },
  { name: 'homeCity', type: 'string', sample: "'Springfield'" },
];
const SENSITIVE_FIELDS = [
  { name: 'iban', type: 'string' },
  { name: 'taxId', type: 'string' },
  { name: 'passportNumber', type: 'string' },
  { name: 'bankAccountNumber', type: 'string' },
];
const PLAIN_FIELDS = [
  { name: 'score', type: 'number', parse: 'optionalNumber', check: (v) => `${v}.score < 0` , problem: 'score must not be negative' },
  { name: 'priority', type: 'number', parse: 'optionalNumber', check: (v) => `${v}.priority > 5`, problem: 'priority must be at most 5' },
  { name: 'region', type: 'string', parse: 'requireString', check: (v) => `!REGIONS.includes(${v}.region)`, problem: 'unknown region' },
  { name: 'isActive', type: 'boolean', parse: 'optionalBoolean' },
  { name: 'tags', type: 'string[]', parse: 'stringList', check: (v) => `${v}.tags.length > 20`, problem: 'too many tags' },
  { name: 'version', type: 'number', parse: 'optionalNumber' },
  { name: 'quantity', type: 'number', parse: 'optionalNumber', check: (v) => `!Number.isInteger(${v}.quantity)`, problem: 'quantity must be an integer' },
  { name: 'priceCents', type: 'number', parse: 'optionalNumber', check: (v) => `${v}.priceCents < 0`, problem: 'price must not be negative' },
  { name: 'title', type: 'string', parse: 'requireString', check: (v) => `${v}.title.length > 200`, problem: 'title is too long' },
  { name: 'sku', type: 'string', parse: 'requireString', check: (v) => `!/^[A-Z0-9-]+$/.test(${v}.sku)`, problem: 'sku has invalid characters' },
];

const lowerFirst = (text) => text[0].toLowerCase() + text.slice(1);
const constCase = (text) => text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function makeEntity(random, index, earlier) {
  const personal = random.chance(0.5);
  const name = `${random.pick(personal ? PERSON_ENTITIES : THING_ENTITIES)}${index}`;
  const fields = [];
  let sensitive;
  if (personal) {
    fields.push({ name: 'email', type: 'string', parse: 'requireString', personal: 'contact', check: (v) => `!${v}.email.includes('@')`, problem: 'email is invalid' });
    fields.push({ name: 'fullName', type: 'string', parse: 'requireString', personal: 'contact' });
    for (const field of random.sample(CONTACT_FIELDS, random.int(1, 3))) fields.push({ ...field, parse: 'requireString', personal: 'contact' });
    if (random.chance(0.5)) {
      sensitive = random.pick(SENSITIVE_FIELDS);
      fields.push({ ...sensitive, parse: 'requireString', personal: 'sensitive' });
    }
  } else {
    fields.push({ name: 'ownerId', type: 'string', parse: 'requireString' });
  }
  for (const field of random.sample(PLAIN_FIELDS, random.int(2, 5))) fields.push(field);
  return {
    name,
    slug: lowerFirst(name),
    personal,
    sensitive,
    fields,
    statuses: random.pick(STATUS_SETS),
    // A dependency on an earlier module's helpers: imports across files, no cycles.
    dependency: earlier.length > 0 && random.chance(0.6) ? random.pick(earlier) : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// The generator proper.

export function generateProject({ lines = DEFAULT_LINES, seed = DEFAULT_SEED, leakRate = DEFAULT_LEAK_RATE, outDir = generatedDir(lines) } = {}) {
  const random = createRandom(seed);
  const files = new Map(); // relative path → lines[]
  const leaks = [];
  let total = 0;

  const emit = (relativePath, fileLines) => {
    files.set(relativePath, fileLines);
    total += fileLines.length;
  };
  /**
   * Picks the leaking variant of a sink call with probability `leakRate`, and records it.
   * `needs`: 'syntax' when the file alone shows the leak (a `logger.debug` receiver), 'types' when
   * it takes a TypeChecker (a whole typed object, a wrapper or client imported from src/lib).
   */
  const maybeLeak = (file, lineIndex, rule, note, needs, statementIndex = lineIndex) => {
    if (!random.chance(leakRate)) return false;
    // `line` holds the personal value; `statementLine` is where its statement starts (a
    // multi-line call may be reported at either).
    leaks.push({ file, line: lineIndex + 1, statementLine: statementIndex + 1, rule: `privacy/${rule}`, note, needs });
    return true;
  };

  for (const [relativePath, text] of Object.entries(libraryFiles())) emit(relativePath, text.split('\n'));

  const entities = [];
  for (let index = 1; total < lines - 40; index++) {
    const entity = makeEntity(random, index, entities);
    entities.push(entity);
    const dir = `src/modules/${entity.slug}`;
    emit(`${dir}/${entity.slug}.types.ts`, typesFile(entity));
    emit(`${dir}/${entity.slug}.helpers.ts`, helpersFile(entity, random));
    emit(`${dir}/${entity.slug}.repository.ts`, repositoryFile(entity, (i, rule, note, from) => maybeLeak(`${dir}/${entity.slug}.repository.ts`, i, rule, note, 'types', from)));
    emit(`${dir}/${entity.slug}.service.ts`, serviceFile(entity, random, (i, rule, note, needs) => maybeLeak(`${dir}/${entity.slug}.service.ts`, i, rule, note, needs)));
    emit(`${dir}/${entity.slug}.controller.ts`, controllerFile(entity, (i, rule, note) => maybeLeak(`${dir}/${entity.slug}.controller.ts`, i, rule, note, 'syntax')));
  }
  emit('src/routes.ts', routesFile(entities));

  fs.rmSync(outDir, { recursive: true, force: true });
  for (const [relativePath, fileLines] of files) {
    const target = path.join(outDir, relativePath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, fileLines.join('\n') + '\n');
  }
  fs.writeFileSync(path.join(outDir, 'tsconfig.json'), JSON.stringify(tsconfig(), null, 2) + '\n');
  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    leakRate,
    requestedLines: lines,
    lines: total,
    files: files.size,
    modules: entities.length,
    leaks,
  };
  // Written last: its presence marks a complete project.
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

function tsconfig() {
  return {
    compilerOptions: {
      target: 'es2022',
      lib: ['es2022'],
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    },
    include: ['src'],
  };
}

/** Builds a file line by line; `next()` is the 0-based index the next line will get. */
function createWriter() {
  const out = [];
  return {
    out,
    line: (...texts) => out.push(...texts),
    next: () => out.length,
  };
}

function typesFile(entity) {
  const { name, fields, statuses } = entity;
  const w = createWriter();
  if (entity.dependency) w.line(`import type { ${entity.dependency.name}Summary } from '../${entity.dependency.slug}/${entity.dependency.slug}.types';`, '');
  w.line(`export type ${name}Status = ${statuses.map((s) => `'${s}'`).join(' | ')};`, '');
  w.line(`export const ${constCase(entity.slug)}_STATUSES: readonly ${name}Status[] = [${statuses.map((s) => `'${s}'`).join(', ')}];`, '');
  w.line(`export interface ${name} {`, '  id: string;');
  for (const field of fields) w.line(`  ${field.name}: ${field.type};`);
  w.line(`  status: ${name}Status;`, '  createdAt: string;', '  updatedAt: string;');
  if (entity.dependency) w.line(`  related?: ${entity.dependency.name}Summary[];`);
  w.line('}', '');
  w.line(`export type New${name} = Omit<${name}, 'id' | 'createdAt' | 'updatedAt'${entity.dependency ? " | 'related'" : ''}>;`, '');
  const patchOmit = entity.sensitive ? `Omit<New${name}, '${entity.sensitive.name}'>` : `New${name}`;
  w.line(`/** Changes allowed through the generic update${entity.sensitive ? `; ${entity.sensitive.name} has its own encrypted path` : ''}. */`);
  w.line(`export type ${name}Patch = Partial<${patchOmit}>;`, '');
  w.line(`export interface ${name}Filter {`, `  status?: ${name}Status;`, '  createdAfter?: string;', '  limit?: number;', '  offset?: number;', '}', '');
  const numeric = fields.filter((f) => f.type === 'number').map((f) => f.name);
  w.line(`export interface ${name}Summary {`, '  id: string;', `  status: ${name}Status;`, '  ageInDays: number;');
  for (const field of numeric) w.line(`  ${field}: number;`);
  w.line('}');
  return w.out;
}

function helpersFile(entity, random) {
  const { name, slug, fields } = entity;
  const w = createWriter();
  const parsers = [...new Set(fields.map((f) => f.parse))];
  w.line(`import { ${['daysBetween', ...parsers].sort().join(', ')} } from '../../lib/validation';`);
  if (entity.personal) w.line(`import { maskEmail } from '../../lib/masking';`);
  if (entity.dependency) w.line(`import { describe${entity.dependency.name} } from '../${entity.dependency.slug}/${entity.dependency.slug}.helpers';`);
  w.line(`import { ${constCase(slug)}_STATUSES } from './${slug}.types';`);
  w.line(`import type { ${name}, ${name}Filter, ${name}Status, ${name}Summary, New${name} } from './${slug}.types';`, '');
  if (fields.some((f) => f.name === 'region')) w.line(`const REGIONS = [${REGIONS.map((r) => `'${r}'`).join(', ')}];`, '');

  w.line(`export function parse${name}Input(body: unknown): New${name} {`, '  const record = (body ?? {}) as Record<string, unknown>;', '  return {');
  for (const field of fields) w.line(`    ${field.name}: ${field.parse}(record, '${field.name}'),`);
  w.line(`    status: parse${name}Status(record['status']),`, '  };', '}', '');

  w.line(`export function parse${name}Status(value: unknown): ${name}Status {`);
  w.line(`  const found = ${constCase(slug)}_STATUSES.find((status) => status === value);`);
  w.line(`  return found ?? ${constCase(slug)}_STATUSES[0]!;`, '}', '');

  w.line(`export function parse${name}Filter(query: Record<string, string | undefined>): ${name}Filter {`);
  w.line('  const limit = Number(query.limit ?? 50);', '  const offset = Number(query.offset ?? 0);', '  return {');
  w.line(`    status: query.status ? parse${name}Status(query.status) : undefined,`, '    createdAfter: query.createdAfter,');
  w.line('    limit: Number.isFinite(limit) ? Math.min(Math.max(limit, 1), 200) : 50,', '    offset: Number.isFinite(offset) ? Math.max(offset, 0) : 0,', '  };', '}', '');

  w.line(`export function validateNew${name}(input: New${name}): string[] {`, '  const problems: string[] = [];');
  for (const field of fields.filter((f) => f.check)) w.line(`  if (${field.check('input')}) problems.push('${field.problem}');`);
  w.line('  return problems;', '}', '');

  const numeric = fields.filter((f) => f.type === 'number').map((f) => f.name);
  w.line(`export function summarize${name}(entity: ${name}, now = new Date()): ${name}Summary {`);
  w.line('  return {', '    id: entity.id,', '    status: entity.status,', '    ageInDays: daysBetween(entity.createdAt, now),');
  for (const field of numeric) w.line(`    ${field}: entity.${field},`);
  w.line('  };', '}', '');

  w.line(`export function describe${name}(entity: Pick<${name}, 'id' | 'status'>): string {`);
  w.line(`  return \`${name} \${entity.id} (\${entity.status})\`;`, '}', '');

  if (entity.personal) {
    w.line(`/** What support staff may see. */`);
    w.line(`export function ${slug}ForSupport(entity: ${name}): { id: string; contact: string; status: ${name}Status } {`);
    w.line('  return { id: entity.id, contact: maskEmail(entity.email), status: entity.status };', '}', '');
  }
  if (entity.dependency) {
    w.line(`export function describeRelated(entity: ${name}): string[] {`);
    w.line(`  return (entity.related ?? []).map((related) => describe${entity.dependency.name}(related));`, '}', '');
  }

  // A varying set of ordinary helpers, so modules differ in size and shape.
  const extras = [
    () => {
      w.line(`export function group${name}ByStatus(items: readonly ${name}[]): Map<${name}Status, ${name}[]> {`);
      w.line(`  const groups = new Map<${name}Status, ${name}[]>();`, '  for (const item of items) {');
      w.line('    const group = groups.get(item.status);', '    if (group) group.push(item);', '    else groups.set(item.status, [item]);', '  }', '  return groups;', '}', '');
    },
    () => {
      w.line(`export function sort${name}ByNewest(items: readonly ${name}[]): ${name}[] {`);
      w.line('  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));', '}', '');
    },
    () => {
      w.line(`export function dedupe${name}(items: readonly ${name}[]): ${name}[] {`);
      w.line(`  const seen = new Set<string>();`, `  const unique: ${name}[] = [];`, '  for (const item of items) {');
      w.line('    if (seen.has(item.id)) continue;', '    seen.add(item.id);', '    unique.push(item);', '  }', '  return unique;', '}', '');
    },
    () => {
      const limit = random.int(30, 365);
      w.line(`export function isStale${name}(entity: ${name}, now = new Date()): boolean {`);
      w.line(`  return entity.status !== '${entity.statuses.at(-1)}' && daysBetween(entity.updatedAt, now) > ${limit};`, '}', '');
    },
    () => {
      w.line(`export function page${name}<T>(items: readonly T[], offset: number, limit: number): { items: T[]; total: number; hasMore: boolean } {`);
      w.line('  const pageItems = items.slice(offset, offset + limit);', '  return { items: pageItems, total: items.length, hasMore: offset + limit < items.length };', '}', '');
    },
    () => {
      const weights = numeric.length > 0 ? numeric : ['ageInDays'];
      w.line(`export function rank${name}(summaries: readonly ${name}Summary[]): ${name}Summary[] {`);
      w.line(`  const weight = (summary: ${name}Summary): number =>`);
      w.line(`    ${weights.map((f, i) => `summary.${f} * ${i + 1}`).join(' + ')};`);
      w.line('  return [...summaries].sort((a, b) => weight(b) - weight(a));', '}', '');
    },
    () => {
      w.line(`export function chunk${name}<T>(items: readonly T[], size: number): T[][] {`, '  const chunks: T[][] = [];');
      w.line('  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));', '  return chunks;', '}', '');
    },
    () => {
      w.line(`export function count${name}ByStatus(items: readonly ${name}[]): Record<${name}Status, number> {`);
      w.line(`  const counts = Object.fromEntries(${constCase(slug)}_STATUSES.map((status) => [status, 0])) as Record<${name}Status, number>;`);
      w.line('  for (const item of items) counts[item.status] += 1;', '  return counts;', '}', '');
    },
  ];
  for (const extra of random.sample(extras, random.int(3, extras.length))) extra();
  w.line(`export function matches${name}Filter(entity: ${name}, filter: ${name}Filter): boolean {`);
  w.line('  if (filter.status && entity.status !== filter.status) return false;');
  w.line('  if (filter.createdAfter && entity.createdAt < filter.createdAfter) return false;', '  return true;', '}');
  return w.out;
}

function repositoryFile(entity, leak) {
  const { name, slug, fields, sensitive } = entity;
  const w = createWriter();
  w.line(`import { prisma } from '../../lib/db';`);
  if (sensitive) w.line(`import { encrypt } from '../../lib/crypto';`);
  w.line(`import type { ${name}, ${name}Filter, ${name}Patch, ${name}Status, New${name} } from './${slug}.types';`, '');
  w.line(`export class ${name}Repository {`);
  w.line(`  async findById(id: string): Promise<${name} | null> {`);
  w.line(`    const row = await prisma.${slug}.findUnique({ where: { id } });`, `    return row ? (row as ${name}) : null;`, '  }', '');
  w.line(`  async list(filter: ${name}Filter = {}): Promise<${name}[]> {`, `    const rows = await prisma.${slug}.findMany({`);
  w.line('      where: { status: filter.status, createdAt: filter.createdAfter ? { gte: filter.createdAfter } : undefined },');
  w.line('      orderBy: { createdAt: \'desc\' },', '      skip: filter.offset ?? 0,', '      take: filter.limit ?? 50,', '    });', `    return rows as ${name}[];`, '  }', '');
  w.line(`  async create(input: New${name}): Promise<${name}> {`, '    const now = new Date().toISOString();');
  const createAt = w.next();
  w.line(`    const row = await prisma.${slug}.create({`, '      data: {');
  for (const field of fields) {
    if (field.personal === 'sensitive') {
      const at = w.next();
      const clear = leak(at, 'no-unencrypted-pii-storage', `${field.name} stored in clear`, createAt);
      w.line(clear ? `        ${field.name}: input.${field.name},` : `        ${field.name}: encrypt(input.${field.name}),`);
    } else {
      w.line(`        ${field.name}: input.${field.name},`);
    }
  }
  w.line('        status: input.status,', '        createdAt: now,', '        updatedAt: now,', '      },', '    });', `    return row as ${name};`, '  }', '');
  w.line(`  async update(id: string, patch: ${name}Patch): Promise<${name}> {`);
  w.line(`    const row = await prisma.${slug}.update({ where: { id }, data: { ...patch, updatedAt: new Date().toISOString() } });`);
  w.line(`    return row as ${name};`, '  }', '');
  if (sensitive) {
    w.line(`  async update${sensitive.name[0].toUpperCase()}${sensitive.name.slice(1)}(id: string, value: string): Promise<void> {`);
    const clear = leak(w.next(), 'no-unencrypted-pii-storage', `${sensitive.name} updated in clear`);
    w.line(`    await prisma.${slug}.update({ where: { id }, data: { ${sensitive.name}: ${clear ? 'value' : 'encrypt(value)'}, updatedAt: new Date().toISOString() } });`, '  }', '');
  }
  w.line(`  async countByStatus(status: ${name}Status): Promise<number> {`, `    return prisma.${slug}.count({ where: { status } });`, '  }', '');
  w.line(`  async remove(id: string): Promise<void> {`, `    await prisma.${slug}.delete({ where: { id } });`, '  }', '}');
  return w.out;
}

function serviceFile(entity, random, leak) {
  const { name, slug, personal } = entity;
  const w = createWriter();
  const helperNames = [`summarize${name}`, `validateNew${name}`, `describe${name}`];
  w.line(`import { hasConsent, identify, track } from '../../lib/analytics';`);
  w.line(`import { NotFoundError, ValidationError } from '../../lib/errors';`);
  w.line(`import { createLogger } from '../../lib/logger';`);
  w.line(`import { ${helperNames.sort().join(', ')} } from './${slug}.helpers';`);
  w.line(`import { ${name}Repository } from './${slug}.repository';`);
  w.line(`import { ${constCase(slug)}_STATUSES } from './${slug}.types';`);
  w.line(`import type { ${name}, ${name}Filter, ${name}Patch, ${name}Status, ${name}Summary, New${name} } from './${slug}.types';`, '');
  w.line(`export class ${name}Service {`, `  private readonly logger = createLogger('${slug}');`, '');
  w.line(`  constructor(private readonly repository = new ${name}Repository()) {}`, '');

  w.line(`  async get(id: string, actorId: string): Promise<${name}> {`, '    const entity = await this.repository.findById(id);', '    if (!entity) {');
  w.line(`      this.logger.warn('${slug} not found', { id, actorId });`, `      throw new NotFoundError('${slug}', id);`, '    }');
  {
    const at = w.next();
    const typedLeak = personal && leak(at, 'no-pii-in-logs', `whole ${name} logged`, 'types');
    w.line(typedLeak ? `    this.logger.debug('${slug} loaded', { entity });` : `    this.logger.debug('${slug} loaded', { id: entity.id, status: entity.status });`);
  }
  w.line('    return entity;', '  }', '');

  w.line(`  async create(input: New${name}, actorId: string): Promise<${name}> {`, `    const problems = validateNew${name}(input);`, '    if (problems.length > 0) {');
  {
    const at = w.next();
    const leaky = personal && leak(at, 'no-pii-in-logs', 'email logged on validation failure', 'syntax');
    w.line(leaky ? `      this.logger.info('${slug} rejected', { actorId, email: input.email, problems });` : `      this.logger.info('${slug} rejected', { actorId, problems: problems.length });`);
  }
  w.line('      throw new ValidationError(problems);', '    }', '    const created = await this.repository.create(input);');
  w.line(`    this.logger.info('${slug} created', { id: created.id, actorId });`);
  {
    const at = w.next();
    const leaky = personal && leak(at, 'no-pii-to-third-parties', 'email sent to analytics through the track() wrapper without consent', 'types');
    w.line(leaky ? `    track(actorId, '${slug}_created', { id: created.id, email: created.email });` : `    track(actorId, '${slug}_created', { id: created.id, status: created.status });`);
  }
  w.line('    return created;', '  }', '');

  w.line(`  async update(id: string, patch: ${name}Patch, actorId: string): Promise<${name}> {`, '    await this.get(id, actorId);');
  w.line('    const updated = await this.repository.update(id, patch);');
  w.line(`    this.logger.info('${slug} updated', { id, actorId, fields: Object.keys(patch) });`);
  w.line(`    track(actorId, '${slug}_updated', { id, fieldCount: Object.keys(patch).length });`, '    return updated;', '  }', '');

  w.line(`  async list(filter: ${name}Filter, actorId: string): Promise<${name}Summary[]> {`);
  w.line('    const rows = await this.repository.list(filter);', `    const summaries = rows.map((row) => summarize${name}(row));`);
  w.line(`    this.logger.debug('${slug} listed', { actorId, count: summaries.length, status: filter.status ?? 'any' });`, '    return summaries;', '  }', '');

  w.line(`  async statistics(actorId: string): Promise<Record<${name}Status, number>> {`, `    const counts = {} as Record<${name}Status, number>;`);
  w.line(`    for (const status of ${constCase(slug)}_STATUSES) counts[status] = await this.repository.countByStatus(status);`);
  w.line('    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);');
  w.line(`    this.logger.debug('${slug} statistics', { actorId, total });`, '    return counts;', '  }', '');

  w.line(`  async remove(id: string, actorId: string): Promise<void> {`, '    const entity = await this.get(id, actorId);', '    await this.repository.remove(id);');
  w.line(`    this.logger.info('${slug} removed', { id, actorId, was: describe${name}(entity) });`, `    track(actorId, '${slug}_removed', { id });`, '  }');

  if (personal) {
    w.line('', `  /** Lets the analytics tool join events to this person, with the person's consent. */`);
    w.line(`  identifyForAnalytics(entity: ${name}, actorId: string): void {`);
    const at = w.next() + 1;
    const unguarded = leak(at, 'no-pii-to-third-parties', 'identify() wrapper without a consent check', 'types');
    if (!unguarded) w.line(`    if (!hasConsent(entity.id, 'analytics')) return;`);
    else w.line(`    if (!actorId) return;`);
    w.line(`    identify(entity.id, { email: entity.email, name: entity.fullName });`, '  }');
  }
  // Some services carry an extra batch operation.
  if (random.chance(0.5)) {
    w.line('', `  async bulkSetStatus(ids: readonly string[], status: ${name}Status, actorId: string): Promise<number> {`, '    let changed = 0;');
    w.line('    for (const id of ids) {', '      const entity = await this.repository.findById(id);', '      if (!entity || entity.status === status) continue;');
    w.line(`      await this.repository.update(id, { status } as ${name}Patch);`, '      changed += 1;', '    }');
    w.line(`    this.logger.info('${slug} bulk status', { actorId, requested: ids.length, changed, status });`, '    return changed;', '  }');
  }
  w.line('}');
  return w.out;
}

function controllerFile(entity, leak) {
  const { name, slug, personal } = entity;
  const w = createWriter();
  w.line(`import { Router } from '../../lib/http';`, `import { createLogger } from '../../lib/logger';`);
  w.line(`import { parse${name}Filter, parse${name}Input } from './${slug}.helpers';`, `import { ${name}Service } from './${slug}.service';`);
  w.line(`import type { ${name}Patch } from './${slug}.types';`, '');
  w.line(`const logger = createLogger('${slug}.http');`, `const service = new ${name}Service();`, '');
  w.line(`export const ${slug}Router = new Router('/${slug}s');`, '');
  w.line(`${slug}Router.get('/', async (req, res) => {`, `  const filter = parse${name}Filter(req.query);`);
  w.line('  const items = await service.list(filter, req.actorId);', '  res.json({ items, count: items.length });', '});', '');
  w.line(`${slug}Router.get('/:id', async (req, res) => {`, `  const entity = await service.get(req.params.id ?? '', req.actorId);`, '  res.json(entity);', '});', '');
  w.line(`${slug}Router.post('/', async (req, res) => {`, `  const input = parse${name}Input(req.body);`);
  {
    const at = w.next();
    const leaky = personal && leak(at, 'no-pii-in-logs', 'request email logged');
    w.line(leaky ? `  logger.debug('create ${slug}', { actorId: req.actorId, email: input.email });` : `  logger.debug('create ${slug}', { actorId: req.actorId });`);
  }
  w.line('  const created = await service.create(input, req.actorId);', '  res.status(201).json(created);', '});', '');
  w.line(`${slug}Router.patch('/:id', async (req, res) => {`, `  const patch = (req.body ?? {}) as ${name}Patch;`);
  w.line(`  const updated = await service.update(req.params.id ?? '', patch, req.actorId);`, '  res.json(updated);', '});', '');
  w.line(`${slug}Router.delete('/:id', async (req, res) => {`, `  await service.remove(req.params.id ?? '', req.actorId);`);
  w.line(`  logger.info('deleted ${slug}', { id: req.params.id, actorId: req.actorId });`, '  res.status(204).json(null);', '});', '');
  w.line(`${slug}Router.get('/statistics', async (req, res) => {`, '  res.json(await service.statistics(req.actorId));', '});');
  return w.out;
}

function routesFile(entities) {
  const w = createWriter();
  for (const entity of entities) w.line(`import { ${entity.slug}Router } from './modules/${entity.slug}/${entity.slug}.controller';`);
  w.line(`import type { Router } from './lib/http';`, '');
  w.line('export const routers: readonly Router[] = [');
  for (const entity of entities) w.line(`  ${entity.slug}Router,`);
  w.line('];');
  return w.out;
}

/** The shared library every module builds on; written by hand, identical in every project. */
function libraryFiles() {
  return {
    'src/vendor.d.ts': `// Type shims for the SDKs the generated code imports (they are not installed).
declare module 'pino' {
  export interface PinoLogger {
    child(bindings: Record<string, unknown>): PinoLogger;
    debug(obj: object, msg?: string): void;
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  }
  export default function pino(options?: { level?: string; redact?: string[] }): PinoLogger;
}

declare module 'posthog-node' {
  export class PostHog {
    constructor(apiKey: string, options?: { host?: string });
    capture(message: { distinctId: string; event: string; properties?: Record<string, unknown> }): void;
    identify(message: { distinctId: string; properties?: Record<string, unknown> }): void;
  }
}

declare module '@prisma/client' {
  export interface ModelDelegate {
    findUnique(args: { where: Record<string, unknown> }): Promise<unknown>;
    findMany(args?: Record<string, unknown>): Promise<unknown[]>;
    create(args: { data: Record<string, unknown> }): Promise<unknown>;
    update(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
    delete(args: { where: Record<string, unknown> }): Promise<unknown>;
    count(args?: { where?: Record<string, unknown> }): Promise<number>;
  }
  export class PrismaClient {
    [model: string]: ModelDelegate;
  }
}`,
    'src/lib/logger.ts': `import pino from 'pino';

const root = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] });

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createLogger(component: string): Logger {
  const child = root.child({ component });
  return {
    debug: (message, fields = {}) => child.debug(fields, message),
    info: (message, fields = {}) => child.info(fields, message),
    warn: (message, fields = {}) => child.warn(fields, message),
    error: (message, fields = {}) => child.error(fields, message),
  };
}`,
    'src/lib/analytics.ts': `import { PostHog } from 'posthog-node';

const client = new PostHog(process.env.POSTHOG_KEY ?? 'phc_example', { host: 'https://eu.i.posthog.com' });
const consents = new Map<string, Set<string>>();

export type ConsentPurpose = 'analytics' | 'marketing';

export function recordConsent(subjectId: string, purposes: readonly ConsentPurpose[]): void {
  consents.set(subjectId, new Set(purposes));
}

export function hasConsent(subjectId: string, purpose: ConsentPurpose): boolean {
  return consents.get(subjectId)?.has(purpose) ?? false;
}

/** Product analytics event. Callers pass ids and counts, never personal data. */
export function track(distinctId: string, event: string, properties: Record<string, unknown> = {}): void {
  client.capture({ distinctId, event, properties });
}

/** Joins a person's traits to their events; callers check consent first. */
export function identify(distinctId: string, traits: Record<string, unknown>): void {
  client.identify({ distinctId, properties: traits });
}`,
    'src/lib/db.ts': `import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient();`,
    'src/lib/crypto.ts': `import { createCipheriv, createHash, randomBytes } from 'node:crypto';

const key = Buffer.from(process.env.FIELD_KEY ?? '', 'base64');

export function encrypt(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join('.');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}`,
    'src/lib/masking.ts': `export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? '***' : \`\${email[0]}***\${email.slice(at)}\`;
}`,
    'src/lib/errors.ts': `export class NotFoundError extends Error {
  constructor(readonly kind: string, readonly id: string) {
    super(\`\${kind} \${id} not found\`);
  }
}

export class ValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(\`invalid input: \${problems.join('; ')}\`);
  }
}`,
    'src/lib/validation.ts': `export function requireString(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new TypeError(\`\${key} must be a string\`);
  return value.trim();
}

export function optionalNumber(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function optionalBoolean(record: Record<string, unknown>, key: string): boolean {
  return record[key] === true;
}

export function stringList(record: Record<string, unknown>, key: string): string[] {
  const value = record[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function daysBetween(fromIso: string, to: Date): number {
  return Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000);
}`,
    'src/lib/http.ts': `export interface Request {
  params: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: unknown;
  actorId: string;
}

export interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

export type Handler = (req: Request, res: Response) => Promise<void>;

/** A tiny router: enough structure for controllers to look like real ones. */
export class Router {
  readonly routes: { method: string; path: string; handler: Handler }[] = [];

  constructor(readonly prefix: string) {}

  get(path: string, handler: Handler): this {
    return this.add('GET', path, handler);
  }
  post(path: string, handler: Handler): this {
    return this.add('POST', path, handler);
  }
  patch(path: string, handler: Handler): this {
    return this.add('PATCH', path, handler);
  }
  delete(path: string, handler: Handler): this {
    return this.add('DELETE', path, handler);
  }

  private add(method: string, path: string, handler: Handler): this {
    this.routes.push({ method, path: this.prefix + path, handler });
    return this;
  }
}`,
  };
}

// ---------------------------------------------------------------------------------------------

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: String(DEFAULT_LINES) },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'leak-rate': { type: 'string', default: String(DEFAULT_LEAK_RATE) },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const lines = Number(values.lines);
  const seed = Number(values.seed);
  const leakRate = Number(values['leak-rate']);
  if (!Number.isInteger(lines) || lines < 1000) throw new Error('--lines must be an integer ≥ 1000');
  if (values.out || values.force) {
    const outDir = path.resolve(values.out ?? generatedDir(lines));
    const manifest = generateProject({ lines, seed, leakRate, outDir });
    console.log(`${outDir}: ${manifest.files} files, ${manifest.lines} lines, ${manifest.leaks.length} deliberate leaks`);
  } else {
    console.log(ensureProject(lines, { seed, leakRate, log: console.log }));
  }
}
