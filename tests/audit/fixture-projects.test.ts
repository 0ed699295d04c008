import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/audit/cli.js';
import { formatNames, formatters } from '../../src/audit/report/index.js';
import { runAudit } from '../../src/audit/run-audit.js';
import type { AuditResult } from '../../src/audit/result.js';
import { captureIo, copyFixture, findingKeys, fixture, leakKeys, markersOf, repoRoot } from './helpers.js';

// End to end through the engine: each fixture marks its leaks (`// LEAK: privacy/<rule>`) and
// clean counterparts (`// OK: …`). Every LEAK line gets a finding of that rule, no other line does.

const audits = new Map<string, Promise<AuditResult>>();
function audit(name: string): Promise<AuditResult> {
  let result = audits.get(name);
  if (!result) audits.set(name, (result = runAudit({ cwd: fixture(name) })));
  return result;
}

function expectMarkersMatch(name: string, result: AuditResult, root = fixture(name)): void {
  expect(findingKeys(result)).toEqual(leakKeys(markersOf(root)));
}

describe('auditing the fixture projects', () => {
  it('finds every marked leak of the bundled example (examples/shop) and nothing on its clean counterparts', async () => {
    const root = path.join(repoRoot, 'examples', 'shop');
    expect(fs.existsSync(path.join(repoRoot, 'dist/src/index.js')), 'examples/shop/eslint.config.js imports the built plugin: run npm run build').toBe(true);
    const result = await runAudit({ cwd: root });
    expectMarkersMatch('shop', result, root);
  });

  it('reports the bundled example\'s low-sensitivity leaks (// LEAK (strict): …) with --strict', async () => {
    const root = path.join(repoRoot, 'examples', 'shop');
    const strictLeaks: string[] = [];
    for (const file of ['src/server/app.ts', 'src/server/orders-service.ts']) {
      fs.readFileSync(path.join(root, file), 'utf8').split('\n').forEach((text, index) => {
        const rule = /\/\/ LEAK \(strict\): (privacy\/[\w-]+)/.exec(text)?.[1];
        if (rule) strictLeaks.push(`${file}:${index + 1} ${rule}`);
      });
    }
    expect(strictLeaks).toHaveLength(2);
    const result = await runAudit({ cwd: root, strict: true });
    const warnings = new Set(result.findings.filter((f) => f.severity === 'warning').map((f) => `${f.file}:${f.line} ${f.ruleId}`));
    for (const leak of strictLeaks) expect(warnings).toContain(leak);
  });

  it('finds cross-file leaks (a pino wrapper, a PostHog hook, consent in callers) and nothing on their clean counterparts', async () => {
    const result = await audit('cross-file');
    expectMarkersMatch('cross-file', result);
    expect(result.diagnostics).toEqual([]);
  });

  it('traces a wrapper call to the sink inside the wrapper', async () => {
    const result = await audit('cross-file');
    const viaAudit = result.findings.find((f) => f.file === 'src/signup.ts' && f.line === 11)!;
    expect(viaAudit.ruleId).toBe('privacy/no-pii-in-logs');
    expect(viaAudit.trace.map((h) => h.file)).toContain('src/logger.ts');
    const viaHook = result.findings.find((f) => f.file === 'src/signup.ts' && f.line === 15)!;
    expect(viaHook.sink).toMatchObject({ kind: 'third-party', vendor: 'PostHog' });
    expect(viaHook.trace.some((h) => h.file === 'src/analytics.ts' && h.line === 8)).toBe(true);
    // Not a finding of its own: the pino call inside the wrapper, the posthog call inside the hook.
    expect(result.findings.some((f) => f.file === 'src/logger.ts' || (f.file === 'src/analytics.ts' && f.line === 8))).toBe(false);
  });

  it('settles consent given by callers in other files', async () => {
    const result = await audit('cross-file');
    const status = (file: string, line: number) => result.flows.filter((f) => f.file === file && f.line === line).map((f) => f.status);
    expect(status('src/analytics.ts', 16)).toEqual(['consented']); // only caller (app.ts) checks consent
    expect(status('src/analytics.ts', 22)).toEqual(['violation']); // landing.ts does not
    expect(status('src/signup.ts', 17)).toEqual(['consented']);
    expect(status('src/signup.ts', 9)).toEqual(['redacted']);
  });

  it('lists the data-flow inventory with evidence', async () => {
    const { inventory } = await audit('cross-file');
    expect(inventory.categories.find((c) => c.id === 'contact.email')?.declaredAt).toEqual([{ file: 'src/user.ts', line: 3, owner: 'User', field: 'email' }]);
    expect(inventory.recipients.map((r) => [r.name, r.consent])).toEqual([['PostHog', 'partly-guarded']]);
    expect(inventory.logSinks.length).toBeGreaterThan(0);
  });

  it('audits a monorepo: both packages, the stray script, not build output or dependencies', async () => {
    const root = copyFixture('monorepo');
    fs.mkdirSync(path.join(root, 'packages/api/dist'), { recursive: true });
    fs.writeFileSync(path.join(root, 'packages/api/dist/users.js'), 'export const f = (customer) => console.log(customer.email);\n');
    fs.mkdirSync(path.join(root, 'node_modules/leaky'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules/leaky/index.js'), 'export const f = (user) => console.log(user.email);\n');
    const result = await runAudit({ cwd: root });
    expectMarkersMatch('monorepo', result, root);
    expect(result.diagnostics.map((d) => `${d.kind} ${d.file}`)).toEqual(['project packages/web/tsconfig.json']);
  });

  it('follows a sibling workspace package by its package.json name: the bcrypt wrapper it exports protects the password', async () => {
    // A checkout before `npm install`: no node_modules links, only the packages' names.
    const result = await audit('workspace-link');
    expect(result.findings).toEqual([]);
    expect(result.flows.map((f) => `${f.file}:${f.line} ${f.status}`)).toEqual(['packages/app/src/seed.ts:7 encrypted']);
  });

  it('follows a workspace package through its node_modules link too', async () => {
    const root = copyFixture('workspace-link');
    // Renamed, so that only the link (as npm, yarn and pnpm make it) can lead to the package.
    fs.writeFileSync(path.join(root, 'packages/auth/package.json'), JSON.stringify({ name: '@acme/auth-renamed', version: '1.0.0' }));
    const unlinked = await runAudit({ cwd: root });
    expect(unlinked.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['packages/app/src/seed.ts:7 privacy/no-unencrypted-pii-storage']);
    fs.mkdirSync(path.join(root, 'node_modules/@acme'), { recursive: true });
    fs.symlinkSync(path.join('..', '..', 'packages', 'auth'), path.join(root, 'node_modules/@acme/auth'), 'dir');
    const linked = await runAudit({ cwd: root });
    expect(linked.findings).toEqual([]);
  });

  it('audits a JS-only project, a folder without tsconfig, a .well-known dot-folder and CommonJS modules across files', async () => {
    for (const name of ['js-only', 'no-tsconfig', 'well-known', 'commonjs']) expectMarkersMatch(name, await audit(name));
  });

  it('reports a file that does not parse as a diagnostic and analyses the rest', async () => {
    const result = await audit('syntax-error');
    expect(result.diagnostics).toEqual([expect.objectContaining({ kind: 'syntax', file: 'src/broken.ts', line: 1 })]);
    expectMarkersMatch('syntax-error', result);
  });

  it('honours eslint-disable comments', async () => {
    const result = await audit('suppressions');
    expect(result.flows.filter((f) => f.status === 'suppressed').map((f) => f.line)).toEqual([9, 10, 12]);
    expectMarkersMatch('suppressions', result);
  });

  it('never prints the value of a hard-coded email, in any format', async () => {
    const result = await audit('hard-coded-email');
    expect(result.findings.length).toBeGreaterThan(0);
    const literal = 'jane.roe.fixture@secret-mailbox.example';
    expect(fs.readFileSync(path.join(fixture('hard-coded-email'), 'src/contact.ts'), 'utf8')).toContain(literal);
    for (const name of formatNames) {
      const report = formatters[name](result, { cwd: fixture('hard-coded-email'), color: false, repositoryUrl: 'https://github.com/x/y' });
      expect(report, name).not.toContain(literal);
      expect(report, name).not.toContain('secret-mailbox');
    }
  });

  it('gives identical output twice', async () => {
    const first = await runAudit({ cwd: fixture('cross-file') });
    const second = await runAudit({ cwd: fixture('cross-file') });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('exits 1 on findings and 0 with --fail-on never; the baseline accepts them until a new leak is added', async () => {
    const root = copyFixture('cross-file');
    let io = captureIo(root);
    expect(await main(['--format', 'json'], io)).toBe(1);
    expect(await main(['--fail-on', 'never', '-q'], captureIo(root))).toBe(0);

    io = captureIo(root);
    expect(await main(['--update-baseline', '--baseline', 'privacy-baseline.json'], io)).toBe(0);
    expect(io.err()).toMatch(/^privacy-audit: baseline written to privacy-baseline\.json \(4 findings accepted\)\n$/);

    // Lines inserted above every finding, and one new leak.
    const signup = path.join(root, 'src/signup.ts');
    const text = fs.readFileSync(signup, 'utf8').replace('export function onSignedUp', '// a comment\n// another\n\nexport function onSignedUp');
    fs.writeFileSync(signup, text.replace("  audit('signup', { userId: user.id }); // OK: an opaque id", "  audit('signup', { userId: user.id }); // OK: an opaque id\n  console.log(user.phoneNumber);"));
    io = captureIo(root);
    expect(await main(['--baseline', 'privacy-baseline.json', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as AuditResult;
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/signup.ts:16']);
    expect(report.summary.baselined).toBe(4);
  });
});
