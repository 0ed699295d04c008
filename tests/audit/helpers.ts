import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assembleResult, type AnalysedFile } from '../../src/audit/assemble.js';
import type { CliIo } from '../../src/audit/cli.js';
import type { AuditResult } from '../../src/audit/result.js';
import type { ReportContext } from '../../src/audit/report/context.js';
import type { CategoryRef, FileAnalysis, Flow, RuleName, SinkKind, SinkRef } from '../../src/engine/findings.js';
import { ruleForSink } from '../../src/engine/findings.js';
import type { StoreField, StoreOrm, StoreProtection, StoreRecord } from '../../src/engine/models/types.js';
import { storeFlows } from '../../src/engine/store-flows.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/projects');
export const fixture = (name: string): string => path.join(fixturesDir, name);

/** An in-memory stdout/stderr for `main(argv, io)`. */
export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true), isTTY: false } as unknown as CliIo['stdout'],
    stderr: { write: (chunk: string) => ((err += chunk), true), isTTY: false } as unknown as CliIo['stderr'],
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `privacy-audit-${prefix}-`));
}

/** Copies a fixture project to a temporary folder (for tests that add or edit files). */
export function copyFixture(name: string): string {
  const target = tempDir(name);
  fs.cpSync(fixture(name), target, { recursive: true });
  return target;
}

export interface Marker {
  readonly file: string;
  readonly line: number;
  readonly kind: 'LEAK' | 'OK';
  readonly ruleId?: string;
}

/** `// LEAK: privacy/<rule>` and `// OK: <why>` markers of a fixture project (see its README), in source and `.prisma` files. */
export function markersOf(projectDir: string): Marker[] {
  const markers: Marker[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') visit(full);
      } else if ((/\.[cm]?[jt]sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) || entry.name.endsWith('.prisma')) {
        fs.readFileSync(full, 'utf8').split('\n').forEach((text, index) => {
          const leak = /\/\/ LEAK: (privacy\/[\w-]+)/.exec(text);
          const ok = /\/\/ OK: /.test(text);
          const file = path.relative(projectDir, full).split(path.sep).join('/');
          if (leak) markers.push({ file, line: index + 1, kind: 'LEAK', ruleId: leak[1] });
          else if (ok) markers.push({ file, line: index + 1, kind: 'OK' });
        });
      }
    }
  };
  visit(projectDir);
  return markers;
}

/** `file:line rule` of each finding, for comparing against markers. */
export function findingKeys(result: AuditResult): string[] {
  return [...new Set(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`))].sort();
}

export function leakKeys(markers: readonly Marker[]): string[] {
  return markers.filter((m) => m.kind === 'LEAK').map((m) => `${m.file}:${m.line} ${m.ruleId}`).sort();
}

// ---- A synthetic engine output, so formats, baseline and assembly are tested without the engine.

export const categories: Readonly<Record<string, CategoryRef>> = {
  email: { id: 'contact.email', label: 'Email address', group: 'contact', sensitivity: 'medium' },
  phone: { id: 'contact.phone', label: 'Phone number', group: 'contact', sensitivity: 'medium' },
  card: { id: 'financial.card-number', label: 'Payment card number', group: 'financial', sensitivity: 'high' },
  password: { id: 'credentials.password', label: 'Password', group: 'credentials', sensitivity: 'high' },
  ssn: { id: 'gov.ssn', label: 'Social Security number', group: 'government-id', sensitivity: 'high' },
};

export const syntheticRoot = '/project';

export interface FlowSpec {
  readonly file: string;
  readonly line: number;
  readonly kind: SinkKind;
  readonly source: string;
  readonly target: string;
  readonly status?: Flow['status'];
  readonly categories?: readonly CategoryRef[];
  readonly sink?: Partial<SinkRef>;
  readonly heuristic?: boolean;
  readonly pendingCallers?: string;
  readonly column?: number;
  readonly via?: { readonly file: string; readonly line: number; readonly note: string };
}

/** A Flow as the engine would report it; offsets are derived from the line (100 characters a line). */
export function syntheticFlow(spec: FlowSpec): Flow {
  const file = path.posix.join(syntheticRoot, spec.file);
  const column = spec.column ?? 5;
  const start = (spec.line - 1) * 100 + column - 1;
  const rule: RuleName = ruleForSink[spec.kind];
  const sinkFile = spec.via ? path.posix.join(syntheticRoot, spec.via.file) : file;
  const sinkLine = spec.via ? spec.via.line : spec.line;
  return {
    rule,
    kind: spec.kind,
    status: spec.status ?? 'violation',
    categories: spec.categories ?? [categories.email!],
    source: { text: spec.source, file, line: spec.line },
    sink: { kind: spec.kind, target: spec.target, file: sinkFile, line: sinkLine, ...spec.sink },
    file,
    span: { start, end: start + spec.source.length, line: spec.line, column, endLine: spec.line, endColumn: column + spec.source.length },
    trace: [
      { file, line: spec.line, note: `\`${spec.source}\` holds personal data` },
      ...(spec.via ? [{ file: path.posix.join(syntheticRoot, spec.via.file), line: spec.via.line, note: spec.via.note }] : []),
      { file: sinkFile, line: sinkLine, note: `reaches \`${spec.target}\`` },
    ],
    heuristic: spec.heuristic ?? false,
    reason: 'synthetic',
    ...(spec.pendingCallers ? { pendingCallers: spec.pendingCallers } : {}),
  };
}

export function syntheticAnalysis(file: string, flows: readonly Flow[], extra: Partial<FileAnalysis> = {}, text = ''): AnalysedFile {
  return {
    analysis: { file: path.posix.join(syntheticRoot, file), flows, declarations: [], diagnostics: [], calls: [], stores: [], ...extra } as FileAnalysis,
    text,
  };
}

/** A small shop: every sink kind, every status, a cross-file hop, a declaration and a diagnostic. */
export function syntheticFiles(): AnalysedFile[] {
  return [
    syntheticAnalysis('src/signup.ts', [
      syntheticFlow({ file: 'src/signup.ts', line: 3, kind: 'log', source: 'user.email', target: 'console.log' }),
      syntheticFlow({ file: 'src/signup.ts', line: 4, kind: 'log', source: 'user.email', target: 'console.log', status: 'redacted' }),
      syntheticFlow({
        file: 'src/signup.ts', line: 6, kind: 'third-party', source: 'user.email', target: 'posthog.capture',
        sink: { vendor: 'PostHog', purpose: 'analytics' }, via: { file: 'src/analytics.ts', line: 8, note: 'passed to `track()`' },
      }),
      syntheticFlow({
        file: 'src/signup.ts', line: 8, kind: 'third-party', source: 'user.email', target: 'posthog.capture', status: 'consented',
        sink: { vendor: 'PostHog', purpose: 'analytics' },
      }),
      syntheticFlow({ file: 'src/signup.ts', line: 10, kind: 'log', source: 'user.phoneNumber', target: 'logger.info', categories: [categories.phone!], heuristic: true }),
    ], {
      declarations: [{ file: '/project/src/user.ts', line: 2, owner: 'User', field: 'email', categories: [categories.email!] }],
    }),
    syntheticAnalysis('src/checkout.ts', [
      syntheticFlow({ file: 'src/checkout.ts', line: 12, kind: 'storage', source: 'card.cardNumber', target: 'sessionStorage.setItem', categories: [categories.card!], sink: { store: 'browser-storage' } }),
      syntheticFlow({ file: 'src/checkout.ts', line: 14, kind: 'storage', source: 'card.cardNumber', target: 'sessionStorage.setItem', categories: [categories.card!], sink: { store: 'browser-storage' }, status: 'encrypted' }),
      syntheticFlow({ file: 'src/checkout.ts', line: 20, kind: 'third-party', source: 'user.email', target: 'stripe.customers.create', sink: { vendor: 'Stripe', purpose: 'payments' }, status: 'permitted' }),
      syntheticFlow({ file: 'src/checkout.ts', line: 22, kind: 'third-party', source: 'user.email', target: 'fetch', sink: { host: 'collect.tracker.example.org', purpose: 'unknown' } }),
    ], {
      diagnostics: [{ file: '/project/src/checkout.ts', line: 1, message: 'synthetic engine note' }],
    }),
  ];
}

export function syntheticResult(options: { strict?: boolean; baseline?: ReadonlySet<string>; files?: AnalysedFile[] } = {}): AuditResult {
  return assembleResult({
    cwd: syntheticRoot,
    toolVersion: '0.0.0-test',
    files: options.files ?? syntheticFiles(),
    diagnostics: [{ kind: 'syntax', file: 'src/broken.ts', line: 2, message: "does not parse: ')' expected." }],
    strict: options.strict ?? true,
    baseline: options.baseline,
  });
}

export const reportContext: ReportContext = {
  cwd: syntheticRoot,
  color: false,
  repositoryUrl: 'https://github.com/eslint-plugin-privacy/eslint-plugin-privacy',
};

export interface StoreSpec {
  readonly file: string;
  readonly line: number;
  readonly model: string;
  readonly orm?: StoreOrm;
  readonly table?: string;
  readonly fields: readonly { readonly name: string; readonly line: number; readonly category: CategoryRef; readonly protection?: StoreProtection; readonly dbName?: string }[];
}

/** A store record as the model readers would return it (100 characters a line, as `syntheticFlow`). */
export function syntheticStore(spec: StoreSpec): StoreRecord {
  const file = path.posix.join(syntheticRoot, spec.file);
  const fields = spec.fields.map((f): StoreField => {
    const start = (f.line - 1) * 100 + 2;
    return {
      name: f.name, line: f.line, column: 3, endLine: f.line, endColumn: 3 + f.name.length, start, end: start + f.name.length,
      ...(f.dbName !== undefined ? { dbName: f.dbName } : {}),
      categories: [f.category], reason: 'synthetic', protection: f.protection ?? 'none',
      evidence: f.protection === 'encrypted' ? '`/// @encrypted` (prisma-field-encryption)' : f.protection === 'password-hash' ? 'hashed with bcrypt.hash' : 'no encryption found',
    };
  });
  return { file, line: spec.line, orm: spec.orm ?? 'prisma', model: spec.model, ...(spec.table !== undefined ? { table: spec.table } : {}), fields };
}

/** The analysis of a schema file: its records, and their fields as the engine's storage flows (without the heuristic ones unless `strict`). */
export function syntheticModels(file: string, records: readonly StoreRecord[], strict = false): AnalysedFile {
  const flows = storeFlows(records).filter((flow) => strict || !flow.heuristic);
  return { ...syntheticAnalysis(file, flows, { stores: records }), directives: !file.endsWith('.prisma') };
}
