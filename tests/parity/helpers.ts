import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { runAudit } from '../../src/audit/run-audit.js';
import type { AuditFlow, AuditResult } from '../../src/audit/result.js';
import plugin from '../../src/index.js';

export const parityRoot = path.resolve(import.meta.dirname, '../fixtures/parity');
export const parityFixture = (name: string): string => path.join(parityRoot, name);

/** What both front ends must agree on: a finding, as a user sees it. */
export interface NormalisedFinding {
  readonly ruleId: string;
  /** POSIX, relative to the fixture project. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

const posix = (root: string, file: string): string => path.relative(root, file).split(path.sep).join('/');

export function compareFindings(a: NormalisedFinding, b: NormalisedFinding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.endLine - b.endLine
    || a.endColumn - b.endColumn || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

const sorted = (findings: NormalisedFinding[]): NormalisedFinding[] => findings.sort(compareFindings);

/** `settings.privacy` for ESLint: the fixture's privacy.config.json, the object the auditor reads. */
export function privacySettingsOf(root: string): unknown {
  const file = path.join(root, 'privacy.config.json');
  if (!fs.existsSync(file)) return undefined;
  const { $schema: _schema, ...settings } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  return settings;
}

export interface EslintRun {
  /** Reported problems of the privacy rules. */
  readonly findings: NormalisedFinding[];
  /** Problems ESLint suppressed with a disable directive (privacy rules only). */
  readonly suppressed: NormalisedFinding[];
  /** Every other message: parse errors, unused disable directives, other rules. Should be empty. */
  readonly other: string[];
  /** The files ESLint linted, relative to the fixture. */
  readonly files: string[];
}

const privacyRuleIds = new Set(Object.keys(plugin.rules).map((id) => `privacy/${id}`));

export type ConfigName = 'recommended' | 'strict';

const runs = new Map<string, Promise<unknown>>();
/** Each run once per test file: several tests look at the same run. */
function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  let result = runs.get(key) as Promise<T> | undefined;
  if (!result) runs.set(key, (result = run()));
  return result;
}

/**
 * The ESLint front end as a user runs it: the ESLint Node API, typescript-eslint's parser with
 * the project service rooted at the fixture, the plugin's config, and the fixture's settings.
 */
export function lintWithEslint(root: string, config: ConfigName = 'recommended', options: { settings?: boolean; typed?: boolean } = {}): Promise<EslintRun> {
  return once(JSON.stringify(['eslint', root, config, options]), () => lintOnce(root, config, options));
}

async function lintOnce(root: string, config: ConfigName, options: { settings?: boolean; typed?: boolean }): Promise<EslintRun> {
  const settings = options.settings === false ? undefined : privacySettingsOf(root);
  // A fixture with its own eslint.config.js brings its settings in it, as a user's project does.
  const configFile = path.join(root, 'eslint.config.js');
  const overrideConfig = [
    {
      files: ['**/*.{ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser, parserOptions: options.typed === false ? {} : { projectService: true, tsconfigRootDir: root } },
    },
    plugin.configs[config],
    ...(settings !== undefined ? [{ settings: { privacy: settings } }] : []),
  ] as unknown as Linter.Config[]; // the plugin's types come from @typescript-eslint/utils (STYLE.md §7)
  const eslint = new ESLint({ cwd: root, overrideConfigFile: fs.existsSync(configFile) ? configFile : true, overrideConfig });
  const results = await eslint.lintFiles(['.']);
  const findings: NormalisedFinding[] = [];
  const suppressed: NormalisedFinding[] = [];
  const other: string[] = [];
  for (const result of results) {
    const file = posix(root, result.filePath);
    const normalise = (m: Linter.LintMessage): NormalisedFinding => ({
      ruleId: m.ruleId ?? '', file, line: m.line, column: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column, message: m.message,
    });
    for (const m of result.messages) {
      if (m.ruleId !== null && privacyRuleIds.has(m.ruleId)) findings.push(normalise(m));
      else other.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
    }
    for (const m of result.suppressedMessages) if (m.ruleId !== null && privacyRuleIds.has(m.ruleId)) suppressed.push(normalise(m));
  }
  return { findings: sorted(findings), suppressed: sorted(suppressed), other, files: results.map((r) => posix(root, r.filePath)).sort() };
}

export interface AuditRun {
  readonly result: AuditResult;
  readonly findings: NormalisedFinding[];
  /** Flows with status `suppressed`. */
  readonly suppressed: NormalisedFinding[];
}

const normaliseAudit = (f: Pick<AuditFlow, 'ruleId' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message'>): NormalisedFinding => ({
  ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message,
});

/** The auditor in-process, with default options (`strict` only when asked). */
export function auditWithRunAudit(root: string, options: { strict?: boolean } = {}): Promise<AuditRun> {
  return once(JSON.stringify(['audit', root, options]), () => auditOnce(root, options));
}

async function auditOnce(root: string, options: { strict?: boolean }): Promise<AuditRun> {
  const result = await runAudit({ cwd: root, ...options });
  return {
    result,
    findings: sorted(result.findings.map(normaliseAudit)),
    suppressed: sorted(result.flows.filter((f) => f.status === 'suppressed').map(normaliseAudit)),
  };
}

export interface Marker {
  readonly key: string;
  readonly kind: 'LEAK' | 'OK' | 'SUPPRESSED' | 'STRICT';
}

/**
 * `// LEAK: privacy/<rule>`, `// SUPPRESSED: privacy/<rule>` and `// OK: …` markers of a fixture,
 * as `file:line rule` keys (see tests/fixtures/parity/README.md).
 */
export function markersOf(root: string): Marker[] {
  const markers: Marker[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        fs.readFileSync(full, 'utf8').split('\n').forEach((text, index) => {
          const file = posix(root, full);
          const marked = [...text.matchAll(/(?:\/\/|--|\/\*|,) (LEAK|SUPPRESSED|STRICT): (privacy\/[\w-]+)/g)];
          for (const [, kind, ruleId] of marked) markers.push({ key: `${file}:${index + 1} ${ruleId}`, kind: kind as Marker['kind'] });
          if (marked.length > 0) return;
          if (/\/\/ OK: /.test(text)) markers.push({ key: `${file}:${index + 1}`, kind: 'OK' });
        });
      }
    }
  };
  visit(root);
  return markers;
}

export const keysOf = (findings: readonly NormalisedFinding[]): string[] =>
  [...new Set(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`))].sort();

export const markedKeys = (markers: readonly Marker[], kind: Marker['kind']): string[] =>
  markers.filter((m) => m.kind === kind).map((m) => m.key).sort();
