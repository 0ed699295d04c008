import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditWithRunAudit, keysOf, lintWithEslint, markedKeys, markersOf, parityFixture, type AuditRun, type EslintRun, type NormalisedFinding,
} from './helpers.js';

// DESIGN.md, "One engine, two front ends": the ESLint front end (typed, projectService) and the
// auditor report the same findings wherever neither needs more than the other has. Each fixture
// under tests/fixtures/parity/ is linted and audited as a whole project; the findings are compared
// as a user sees them: rule, file, exact range and the full message.

const parityFixtures = ['single-file', 'cross-file', 'suppressions', 'settings', 'settings-eslint-config', 'plain-js', 'edge-cases'] as const;

/**
 * What ESLint reports besides the privacy rules. The suppressions fixture names a rule that has
 * nothing to report on the next line, on purpose: ESLint says so (the auditor has no such report).
 */
const expectedOtherEslintMessages: Readonly<Record<string, readonly string[]>> = {
  suppressions: [
    "src/support.ts:12:3 (no rule) Unused eslint-disable directive (no problems were reported from 'privacy/no-pii-to-third-parties').",
    "src/support.ts:17:3 (no rule) Unused eslint-disable directive (no problems were reported from 'privacy/no-pii-to-third-parties').",
  ],
  'edge-cases': [
    // Two rules in one directive, one of them with nothing to suppress on the next line.
    "src/directives.ts:26:3 (no rule) Unused eslint-disable directive (no problems were reported from 'privacy/no-pii-in-logs').",
    // `--` needs whitespace on both sides to start a reason; otherwise it is part of the rule name.
    "src/directives.ts:30:3 privacy/no-pii-in-logs--no space before the dashes so this is part of the rule name Definition for rule 'privacy/no-pii-in-logs--no space before the dashes so this is part of the rule name' was not found.",
  ],
};

/** A suppressed finding's location; the auditor words a suppressed flow as safe, ESLint keeps the violation's message. */
const located = ({ message: _message, ...rest }: NormalisedFinding) => rest;

describe.each(parityFixtures)('parity on %s', (name) => {
  const root = parityFixture(name);
  let eslint: EslintRun;
  let audit: AuditRun;
  beforeAll(async () => {
    eslint = await lintWithEslint(root);
    audit = await auditWithRunAudit(root);
  });

  it('both analyse the same source files', () => {
    expect(eslint.files.filter((file) => !file.endsWith('.d.ts')).length).toBe(audit.result.summary.files);
  });

  it('ESLint and privacy-audit report the same findings: rule, file, range and message', () => {
    expect(eslint.findings).toEqual(audit.findings);
  });

  it('the findings are exactly the lines marked LEAK', () => {
    const markers = markersOf(root);
    expect(markedKeys(markers, 'LEAK').length).toBeGreaterThan(0);
    expect(keysOf(audit.findings)).toEqual(markedKeys(markers, 'LEAK'));
    expect(keysOf(eslint.findings)).toEqual(markedKeys(markers, 'LEAK'));
  });

  it('both suppress the same findings, exactly the lines marked SUPPRESSED', () => {
    expect(eslint.suppressed.map(located)).toEqual(audit.suppressed.map(located));
    expect(keysOf(audit.suppressed)).toEqual(markedKeys(markersOf(root), 'SUPPRESSED'));
  });

  it('with the strict config and --strict, both report the same findings too', async () => {
    const [eslintStrict, auditStrict] = [await lintWithEslint(root, 'strict'), await auditWithRunAudit(root, { strict: true })];
    expect(eslintStrict.findings).toEqual(auditStrict.findings);
    for (const finding of eslint.findings) expect(eslintStrict.findings).toContainEqual(finding);
  });

  it('has no parse errors, unexpected unused disable directives or diagnostics in either front end', () => {
    expect(eslint.other).toEqual(expectedOtherEslintMessages[name] ?? []);
    expect(audit.result.diagnostics).toEqual([]);
  });
});

describe('cross-file flows', () => {
  const root = parityFixture('cross-file');

  it('the auditor traces each cross-file finding through the other file', async () => {
    const { result } = await auditWithRunAudit(root);
    const hopsOf = (file: string, line: number) => {
      const finding = result.findings.find((f) => f.file === file && f.line === line);
      expect(finding, `${file}:${line}`).toBeDefined();
      return finding!.trace.map((hop) => hop.file);
    };
    expect(hopsOf('src/signup.ts', 13)).toContain('src/logger.ts'); // recordEvent() wraps pino
    expect(hopsOf('src/signup.ts', 16)).toContain('src/analytics.ts'); // track() sends to PostHog
    expect(hopsOf('src/signup.ts', 23)).toContain('src/use-analytics.ts'); // the hook's capture()
    expect(hopsOf('src/profile.tsx', 8)).toContain('src/use-analytics.ts'); // destructured from the hook
    // Not findings of their own: the sinks inside the wrappers.
    expect(result.findings.filter((f) => f.file !== 'src/signup.ts' && f.file !== 'src/profile.tsx')).toEqual([]);
  });

  it('ESLint needs type information for them; untyped it reports a subset, with the same messages and ranges', async () => {
    const typed = await lintWithEslint(root);
    const untyped = await lintWithEslint(root, 'recommended', { typed: false });
    for (const finding of untyped.findings) expect(typed.findings).toContainEqual(finding);
    // Untyped, only the obvious logger receiver in the file itself is seen.
    expect(keysOf(untyped.findings)).toEqual(['src/signup.ts:8 privacy/no-pii-in-logs']);
    expect(keysOf(typed.findings).filter((key) => !keysOf(untyped.findings).includes(key))).toEqual([
      'src/profile.tsx:8 privacy/no-pii-to-third-parties', // the hook, destructured
      'src/signup.ts:11 privacy/no-pii-in-logs', // a typed User, logged whole
      'src/signup.ts:13 privacy/no-pii-in-logs', // recordEvent() wraps pino
      'src/signup.ts:16 privacy/no-pii-to-third-parties', // track() sends to PostHog
      'src/signup.ts:23 privacy/no-pii-to-third-parties', // the hook's capture()
      'src/signup.ts:31 privacy/no-pii-in-logs', // a typed User, logged whole
    ]);
  });
});

describe('settings: privacy.config.json for the auditor is settings.privacy for ESLint', () => {
  it('the settings change what is reported (so both front ends really read them)', async () => {
    const root = parityFixture('settings');
    const withSettings = await lintWithEslint(root);
    const withoutSettings = await lintWithEslint(root, 'recommended', { settings: false });
    const added = keysOf(withoutSettings.findings).filter((key) => !keysOf(withSettings.findings).includes(key));
    const removed = keysOf(withSettings.findings).filter((key) => !keysOf(withoutSettings.findings).includes(key));
    expect(added).toEqual([
      'src/account.ts:15 privacy/no-pii-to-third-parties', // firstPartyHosts
      'src/account.ts:16 privacy/no-pii-to-third-parties', // firstPartyHosts, a wildcard
      'src/account.ts:21 privacy/no-pii-in-logs', // notPersonalData
      'src/account.ts:23 privacy/no-pii-in-logs', // redactors
      'src/account.ts:36 privacy/no-pii-to-third-parties', // consentChecks
    ]);
    expect(removed).toEqual([
      'src/account.ts:22 privacy/no-pii-in-logs', // personalData
      'src/account.ts:24 privacy/no-pii-in-logs', // loggers
      'src/account.ts:28 privacy/no-pii-to-third-parties', // thirdParties
    ]);
  });
});

// Where the two front ends legitimately differ (DESIGN.md, "Flows" and "The auditor's contract").
// The `differences` fixture is kept out of the parity fixtures; each difference is asserted here.
describe('documented differences between the front ends', () => {
  const root = parityFixture('differences');
  let eslint: EslintRun;
  let audit: AuditRun;
  beforeAll(async () => {
    eslint = await lintWithEslint(root);
    audit = await auditWithRunAudit(root);
  });

  it('consent checked by a caller in another file: a finding for ESLint, consented for the auditor', () => {
    const at = { file: 'src/analytics.ts', line: 13, ruleId: 'privacy/no-pii-to-third-parties' };
    expect(eslint.findings).toEqual([expect.objectContaining(at)]);
    expect(audit.findings).toEqual([]);
    const flows = audit.result.flows.filter((f) => f.file === at.file && f.line === at.line);
    expect(flows.map((f) => [f.ruleId, f.status, f.column, f.endColumn])).toEqual([[at.ruleId, 'consented', eslint.findings[0]!.column, eslint.findings[0]!.endColumn]]);
  });

  it('heuristic flows: neither reports them by default; ESLint strict and --strict report the same ones', async () => {
    const heuristic = (findings: readonly NormalisedFinding[]) => findings.filter((f) => f.file === 'src/heuristics.ts');
    expect(heuristic(eslint.findings)).toEqual([]);
    expect(heuristic(audit.findings)).toEqual([]);

    const eslintStrict = await lintWithEslint(root, 'strict');
    const auditStrict = await auditWithRunAudit(root, { strict: true });
    const strictMarkers = markersOf(root).filter((m) => m.kind === 'STRICT').map((m) => m.key).sort();
    expect(strictMarkers.length).toBe(3);
    expect(keysOf(heuristic(auditStrict.findings))).toEqual(strictMarkers);
    expect(heuristic(eslintStrict.findings)).toEqual(heuristic(auditStrict.findings));
    // The auditor reports them as warnings; ESLint at the severity the config gives (strict: error).
    const heuristicFindings = auditStrict.result.findings.filter((f) => f.file === 'src/heuristics.ts');
    expect(heuristicFindings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });
});
