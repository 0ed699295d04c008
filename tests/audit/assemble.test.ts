import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleResult } from '../../src/audit/assemble.js';
import { baselineOf, readBaseline, writeBaseline } from '../../src/audit/baseline.js';
import { exitCodeFor } from '../../src/audit/exit-code.js';
import { fingerprintAll } from '../../src/audit/fingerprint.js';
import { categories, syntheticAnalysis, syntheticFiles, syntheticFlow, syntheticResult, tempDir } from './helpers.js';

describe('assembleResult', () => {
  it('builds the DESIGN.md shape: findings are the violations, flows keep every status', () => {
    const result = syntheticResult();
    expect(Object.keys(result)).toEqual(['version', 'tool', 'findings', 'flows', 'inventory', 'summary', 'diagnostics']);
    expect(result.version).toBe(1);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      'src/checkout.ts:12 privacy/no-unencrypted-pii-storage error',
      'src/checkout.ts:22 privacy/no-pii-to-third-parties error',
      'src/signup.ts:3 privacy/no-pii-in-logs error',
      'src/signup.ts:6 privacy/no-pii-to-third-parties error',
      'src/signup.ts:10 privacy/no-pii-in-logs warning',
    ]);
    const finding = result.findings.find((f) => f.line === 6)!;
    expect(finding).toMatchObject({
      file: 'src/signup.ts', column: 5, endLine: 6, endColumn: 15, categories: ['contact.email'],
      source: { text: 'user.email', file: 'src/signup.ts', line: 6 },
      sink: { kind: 'third-party', target: 'posthog.capture', vendor: 'PostHog', purpose: 'analytics', file: 'src/analytics.ts', line: 8 },
    });
    expect(finding.trace.map((h) => `${h.file}:${h.line}`)).toEqual(['src/signup.ts:6', 'src/analytics.ts:8', 'src/analytics.ts:8']);
    expect(finding.message).toContain('`user.email`');
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(result.flows.map((f) => f.status).sort()).toEqual(['consented', 'encrypted', 'permitted', 'redacted', 'violation', 'violation', 'violation', 'violation', 'violation']);
    expect(result.summary).toMatchObject({ files: 2, findings: 5, errors: 4, warnings: 1, flows: 9, baselined: 0, suppressed: 0, diagnostics: 2 });
    expect(result.summary.byRule).toEqual({ 'privacy/no-pii-in-logs': 2, 'privacy/no-pii-to-third-parties': 2, 'privacy/no-unencrypted-pii-storage': 1 });
  });

  it('drops heuristic flows unless strict, and reports them as warnings when strict', () => {
    expect(syntheticResult({ strict: false }).findings.some((f) => f.severity === 'warning')).toBe(false);
    expect(syntheticResult({ strict: true }).findings.filter((f) => f.severity === 'warning')).toHaveLength(1);
    expect(exitCodeFor(syntheticResult({ strict: false, files: [syntheticFiles()[0]!].map((f) => ({ ...f, analysis: { ...f.analysis, flows: f.analysis.flows.filter((x) => x.heuristic) } })) }))).toBe(0);
  });

  it('maps findings to exit codes by --fail-on', () => {
    const result = syntheticResult();
    expect(exitCodeFor(result, 'error')).toBe(1);
    expect(exitCodeFor(result, 'never')).toBe(0);
    const onlyWarnings = syntheticResult({
      files: [syntheticAnalysis('a.ts', [syntheticFlow({ file: 'a.ts', line: 1, kind: 'log', source: 'ip', target: 'console.log', heuristic: true })])],
    });
    expect(exitCodeFor(onlyWarnings, 'error')).toBe(0);
    expect(exitCodeFor(onlyWarnings, 'warning')).toBe(1);
  });

  it('is the same whatever order the files and flows come in', () => {
    const files = syntheticFiles();
    const reversed = [...files].reverse().map((f) => ({ ...f, analysis: { ...f.analysis, flows: [...f.analysis.flows].reverse() } }));
    expect(JSON.stringify(syntheticResult({ files: reversed }))).toBe(JSON.stringify(syntheticResult({ files })));
  });

  it('settles consent that depends on callers in other files', () => {
    const pending = (key: string) => syntheticFlow({
      file: 'src/analytics.ts', line: 5, kind: 'third-party', source: 'user.email', target: 'posthog.identify',
      sink: { vendor: 'PostHog', purpose: 'analytics' }, pendingCallers: key,
    });
    const callee = '/project/src/analytics.ts#120';
    const caller = (guarded: boolean, line: number) => ({ callee, guarded, file: '/project/src/app.ts', line });
    const assemble = (calls: ReturnType<typeof caller>[]) => assembleResult({
      cwd: '/project', toolVersion: 't', diagnostics: [], strict: false,
      files: [syntheticAnalysis('src/analytics.ts', [pending(callee)]), syntheticAnalysis('src/app.ts', [], { calls })],
    }).flows[0]!.status;
    expect(assemble([caller(true, 3), caller(true, 9)])).toBe('consented');
    expect(assemble([caller(true, 3), caller(false, 9)])).toBe('violation');
    expect(assemble([])).toBe('violation');
  });

  it('applies eslint-disable comments from the file text', () => {
    const text = ['const x = 1;', '// eslint-disable-next-line privacy/no-pii-in-logs -- reviewed', 'console.log(user.email);'].join('\n');
    const result = assembleResult({
      cwd: '/project', toolVersion: 't', diagnostics: [], strict: false,
      files: [syntheticAnalysis('a.ts', [
        syntheticFlow({ file: 'a.ts', line: 3, kind: 'log', source: 'user.email', target: 'console.log' }),
        syntheticFlow({ file: 'a.ts', line: 3, kind: 'third-party', source: 'user.email', target: 'fetch', sink: { host: 'x.example.org' } }),
      ], {}, text)],
    });
    expect(result.flows.map((f) => `${f.ruleId} ${f.status}`)).toEqual(['privacy/no-pii-in-logs suppressed', 'privacy/no-pii-to-third-parties violation']);
    expect(result.summary.suppressed).toBe(1);
  });
});

describe('fingerprints and the baseline', () => {
  it('ignore line numbers but tell identical leaks in one file apart', () => {
    const key = { ruleId: 'privacy/no-pii-in-logs', file: 'src/a.ts', sinkTarget: 'console.log', sourceText: 'user.email', categories: ['contact.email'] };
    const [first, second, other] = fingerprintAll([key, key, { ...key, file: 'src/b.ts' }]);
    expect(first).not.toBe(second);
    expect(other).not.toBe(first);
    expect(fingerprintAll([key])[0]).toBe(first);
    expect(fingerprintAll([{ ...key, categories: ['contact.email'] }])[0]).toBe(first);
  });

  it('round-trips: a baselined finding stays baselined when lines are inserted above it; a new one fails', () => {
    const dir = tempDir('baseline');
    const file = path.join(dir, 'privacy-baseline.json');
    const flowsAt = (offset: number) => [
      syntheticFlow({ file: 'src/a.ts', line: 3 + offset, kind: 'log', source: 'user.email', target: 'console.log' }),
      syntheticFlow({ file: 'src/a.ts', line: 9 + offset, kind: 'log', source: 'user.email', target: 'console.log' }),
      syntheticFlow({ file: 'src/b.ts', line: 4, kind: 'storage', source: 'card.cardNumber', target: 'localStorage.setItem', categories: [categories.card!] }),
    ];
    const before = syntheticResult({ files: [syntheticAnalysis('src/a.ts', flowsAt(0).slice(0, 2)), syntheticAnalysis('src/b.ts', flowsAt(0).slice(2))] });
    expect(before.summary.findings).toBe(3);
    writeBaseline(file, baselineOf(before.flows));
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; findings: { fingerprint: string }[] };
    expect(saved.version).toBe(1);
    expect(saved.findings).toHaveLength(3);

    // Ten lines inserted at the top of a.ts, and a new leak in b.ts.
    const shifted = flowsAt(10);
    const newLeak = syntheticFlow({ file: 'src/b.ts', line: 7, kind: 'log', source: 'user.phoneNumber', target: 'console.log', categories: [categories.phone!] });
    const after = syntheticResult({
      files: [syntheticAnalysis('src/a.ts', shifted.slice(0, 2)), syntheticAnalysis('src/b.ts', [shifted[2]!, newLeak])],
      baseline: readBaseline(file, 'privacy-baseline.json', false),
    });
    expect(after.summary.baselined).toBe(3);
    expect(after.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/b.ts:7']);
    expect(after.flows.filter((f) => f.status === 'baselined').map((f) => f.line)).toEqual([13, 19, 4]);
    expect(exitCodeFor(after)).toBe(1);
  });

  it('rejects a file that is not a baseline', () => {
    const dir = tempDir('baseline-bad');
    const file = path.join(dir, 'b.json');
    fs.writeFileSync(file, '{"findings": 3}');
    expect(() => readBaseline(file, 'b.json', false)).toThrow(/^b\.json is not a privacy-audit baseline/);
    fs.writeFileSync(file, 'nope');
    expect(() => readBaseline(file, 'b.json', false)).toThrow(/^cannot parse baseline b\.json: /);
    expect(readBaseline(path.join(dir, 'missing.json'), 'missing.json', true).size).toBe(0);
  });
});

describe('inventory', () => {
  it('lists categories with declarations, recipients with consent, stores with encryption, log sinks, all with evidence', () => {
    const { inventory } = syntheticResult();
    expect(inventory.categories.map((c) => c.id)).toEqual(['contact.email', 'contact.phone', 'financial.card-number']);
    expect(inventory.categories[0]!.declaredAt).toEqual([{ file: 'src/user.ts', line: 2, owner: 'User', field: 'email' }]);
    expect(inventory.recipients.map((r) => [r.name, r.purpose, r.consent])).toEqual([
      ['PostHog', 'analytics', 'partly-guarded'],
      ['Stripe', 'payments', 'not-required'],
      ['collect.tracker.example.org', 'unknown', 'not-guarded'],
    ]);
    expect(inventory.recipients[0]!.evidence.map((e) => `${e.file}:${e.line} ${e.status}`)).toEqual(['src/signup.ts:6 violation', 'src/signup.ts:8 consented']);
    expect(inventory.stores).toEqual([expect.objectContaining({ name: 'Browser storage', categories: ['financial.card-number'], encryption: 'partly-encrypted' })]);
    expect(inventory.logSinks.map((l) => [l.name, l.categories])).toEqual([['console.log', ['contact.email']], ['logger.info', ['contact.phone']]]);
  });
});
