import fs from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { ts as morphTs } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { assembleResult, type AnalysedFile } from '../../src/audit/assemble.js';
import { loadProjects } from '../../src/audit/load-project.js';
import { formatNames, formatters } from '../../src/audit/report/index.js';
import type { AuditResult } from '../../src/audit/result.js';
import { runAudit } from '../../src/audit/run-audit.js';
import { analyzeFile } from '../../src/engine/analyze-file.js';
import { createProjectCache, type EngineHost } from '../../src/engine/host.js';
import { resolveSettings } from '../../src/settings/resolve.js';
import { fixture, reportContext, tempDir } from './helpers.js';

// Determinism and privacy of the report, end to end (issue 5): the same input gives byte-identical
// JSON and SARIF, run twice and whatever order the files are analysed in; no report and no ESLint
// message carries the value of a string literal of the audited code.

const settings = resolveSettings(undefined);

/**
 * The auditor's loop (run-audit.ts) with the order of the files under our control: one host per
 * Program, a fresh cache each time, so that nothing memoised by one order can serve the other.
 */
function auditInOrder(cwd: string, order: 'forward' | 'reversed'): AuditResult {
  const loaded = loadProjects({ cwd });
  const programs = order === 'forward' ? loaded.programs : [...loaded.programs].reverse();
  const files: AnalysedFile[] = [];
  for (const loadedProgram of programs) {
    const host: EngineHost = { ts: morphTs as unknown as EngineHost['ts'], program: loadedProgram.program as unknown as EngineHost['program'], cache: createProjectCache() };
    const sourceFiles = order === 'forward' ? loadedProgram.files : [...loadedProgram.files].reverse();
    for (const sourceFile of sourceFiles) {
      files.push({ analysis: analyzeFile(host, sourceFile as unknown as Parameters<typeof analyzeFile>[1], settings), text: sourceFile.text });
    }
  }
  const ordered = order === 'forward' ? files : [...files].reverse();
  return assembleResult({ cwd, toolVersion: '0.0.0-test', files: ordered, diagnostics: [], strict: false, baseline: undefined });
}

const reportsOf = (result: AuditResult, cwd: string) => ({
  json: formatters.json(result, { ...reportContext, cwd }),
  sarif: formatters.sarif(result, { ...reportContext, cwd }),
});

/** Distinctive literals in every place a literal can stand next to personal data. */
const literals = {
  logMessage: 'zq-log-message-5521',
  supportAddress: 'zq-support-7391@literal-fixture.example',
  token: 'zq-token-8842',
  path: 'zq-collect-5150',
  bodyNote: 'zq-note-1177',
  storageKey: 'zq-storage-key-3310',
  template: 'zq-template-9902',
  table: 'zq_customers_4471',
  cookie: 'zq-cookie-2208',
  hardCodedPerson: 'zq-person-6650@literal-fixture.example',
  analyticsEvent: 'zq-event-4019',
};

function literalProject(): string {
  const root = tempDir('distinct-literals');
  fs.mkdirSync(path.join(root, 'src'));
  fs.writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', target: 'es2022' }, include: ['src'] }));
  fs.writeFileSync(path.join(root, 'src', 'leaks.ts'), `import posthog from 'posthog-js';
import pino from 'pino';
import { Pool } from 'pg';

const logger = pino();
const pool = new Pool();
const SUPPORT = '${literals.supportAddress}';
interface Customer { id: string; email: string; phone: string; fullName: string }

export async function signup(user: Customer, res: { cookie(name: string, value: string): void }) {
  console.log('${literals.logMessage}', user.email, SUPPORT);
  logger.info(\`${literals.template} \${user.phone}\`);
  await fetch('https://tracker.literal-fixture.example/${literals.path}?token=${literals.token}', {
    method: 'POST',
    body: JSON.stringify({ email: user.email, note: '${literals.bodyNote}' }),
  });
  localStorage.setItem('${literals.storageKey}', user.email);
  res.cookie('${literals.cookie}', user.fullName);
  posthog.capture('${literals.analyticsEvent}', { email: user.email, plan: 'zq-plan-literal' });
  await pool.query('INSERT INTO ${literals.table} (email, card_number) VALUES ($1, $2)', [user.email, cardNumberOf(user)]);
  const contact = '${literals.hardCodedPerson}';
  console.warn(contact, user.email);
}

declare function cardNumberOf(user: Customer): string;
`);
  return root;
}

describe('determinism of the report', () => {
  it('gives byte-identical JSON and SARIF on two runs of the auditor', async () => {
    for (const name of ['cross-file', 'monorepo', 'suppressions']) {
      const cwd = fixture(name);
      const first = reportsOf(await runAudit({ cwd }), cwd);
      const second = reportsOf(await runAudit({ cwd }), cwd);
      expect(second.json, name).toBe(first.json);
      expect(second.sarif, name).toBe(first.sarif);
    }
  });

  it('gives byte-identical JSON and SARIF whatever the order in which files are analysed', () => {
    for (const cwd of [fixture('cross-file'), fixture('monorepo'), fixture('models-orms'), literalProject()]) {
      const forward = auditInOrder(cwd, 'forward');
      const reversed = auditInOrder(cwd, 'reversed');
      expect(forward.flows.length, cwd).toBeGreaterThan(0);
      const a = reportsOf(forward, cwd);
      const b = reportsOf(reversed, cwd);
      expect(b.json, cwd).toBe(a.json);
      expect(b.sarif, cwd).toBe(a.sarif);
    }
  });
});

describe('privacy of the report', () => {
  it('no report format carries the value of a string literal of the audited code', async () => {
    const cwd = literalProject();
    const result = await runAudit({ cwd });
    // The fixture does leak: the test is only worth something if the findings are there.
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(['privacy/no-pii-in-logs', 'privacy/no-pii-to-third-parties', 'privacy/no-unencrypted-pii-storage']));
    for (const name of formatNames) {
      const report = formatters[name](result, { ...reportContext, cwd });
      for (const [what, value] of Object.entries(literals)) expect(report.includes(value), `${name} report shows the ${what} literal`).toBe(false);
      expect(report, name).not.toContain('zq-plan-literal');
    }
  });

  it('no ESLint message or suggestion carries the value of a string literal of the linted code', () => {
    const cwd = literalProject();
    const file = path.join(cwd, 'src', 'leaks.ts');
    const linter = new Linter({ configType: 'flat', cwd });
    const config = [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      plugin.configs.recommended,
      { settings: { privacy: { redactFunction: 'redact' } } },
    ] as unknown as Linter.Config[];
    const messages = linter.verify(fs.readFileSync(file, 'utf8'), config, { filename: file });
    expect(messages.filter((m) => m.ruleId?.startsWith('privacy/')).length).toBeGreaterThan(4);
    for (const message of messages) {
      const texts = [message.message, ...(message.suggestions ?? []).map((s) => s.desc)];
      for (const text of texts) {
        for (const [what, value] of Object.entries(literals)) expect(text.includes(value), `message shows the ${what} literal: ${text}`).toBe(false);
      }
    }
  });
});
