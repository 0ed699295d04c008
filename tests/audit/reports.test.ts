import fs from 'node:fs';
import path from 'node:path';
// The OASIS schema is draft-04, which Ajv 8 reads through ajv-draft-04 (a CommonJS class on `.default`).
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { escapeMarkdownCell } from '../../src/audit/report/escape.js';
import { formatters, formatNames } from '../../src/audit/report/index.js';
import { formatJson } from '../../src/audit/report/json.js';
import { formatMarkdown } from '../../src/audit/report/markdown.js';
import { formatSarif } from '../../src/audit/report/sarif.js';
import { formatText } from '../../src/audit/report/text.js';
import { reportContext, repoRoot, syntheticAnalysis, syntheticFiles, syntheticFlow, syntheticResult } from './helpers.js';

const sarifSchema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;

describe('text report', () => {
  const text = formatText(syntheticResult(), reportContext);

  it('groups findings by file, one line each, then counts and the data-flow summary', () => {
    const lines = text.split('\n');
    const signup = lines.indexOf('src/signup.ts');
    expect(lines.indexOf('src/checkout.ts')).toBeLessThan(signup);
    expect(lines[signup + 1]).toMatch(/^ {2}3:5 +error +Email address \(contact\.email\) from `user\.email` \(line 3\) reaches the log sink `console\.log`\. .* {2}privacy\/no-pii-in-logs$/);
    expect(text).toContain('↳ src/analytics.ts:8  passed to `track()`');
    expect(text).toContain('✖ 5 problems (4 errors, 1 warning)');
    expect(text).toMatch(/Personal data and where it goes\n {2}contact\.email \(Email address\)\n {4}→ logs +console\.log {2}1 violation, 1 redacted/);
    expect(text).toMatch(/→ third parties PostHog {2}1 violation, 1 consented/);
    expect(text).toContain('src/broken.ts:2  syntax  does not parse');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('uses colours only when asked, and --quiet leaves out the summary', () => {
    expect(formatText(syntheticResult(), { ...reportContext, color: true })).toMatch(/\u001b\[31merror/);
    const quiet = formatText(syntheticResult(), { ...reportContext, quiet: true });
    expect(quiet).toContain('✖ 5 problems');
    expect(quiet).not.toContain('Personal data and where it goes');
  });

  it('says how many findings were accepted', () => {
    const all = syntheticResult();
    const baselined = syntheticResult({ baseline: new Set(all.findings.slice(0, 2).map((f) => f.fingerprint)) });
    expect(formatText(baselined, reportContext)).toContain('2 baselined (accepted, not listed)');
  });
});

describe('json report', () => {
  it('has version 1 and a stable key order, whatever built the result', () => {
    const result = syntheticResult();
    const json = formatJson(result);
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'findings', 'flows', 'inventory', 'summary', 'diagnostics']);
    const finding = (parsed.findings as Record<string, unknown>[])[0]!;
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'categories', 'source', 'sink', 'trace', 'fingerprint']);
    // Shuffle the keys of every object: the output must not change.
    const shuffle = (value: unknown): unknown => Array.isArray(value)
      ? value.map(shuffle)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffle(v)]))
        : value;
    expect(formatJson(shuffle(result) as typeof result)).toBe(json);
  });
});

describe('sarif report', () => {
  const sarif = JSON.parse(formatSarif(syntheticResult(), reportContext)) as Log;

  it('validates against the SARIF 2.1.0 JSON schema (OASIS)', () => {
    const ajv = new AjvDraft04.default({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(sarifSchema);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has every field GitHub code scanning requires, non-empty', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('privacy-audit');
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['privacy/no-pii-in-logs', 'privacy/no-pii-to-third-parties', 'privacy/no-unencrypted-pii-storage']);
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.helpUri).toBe(`https://github.com/eslint-plugin-privacy/eslint-plugin-privacy/blob/main/docs/rules/${rule.id.slice('privacy/'.length)}.md`);
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
    }
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///project/');
    expect(run.results).toHaveLength(5);
    for (const result of run.results!) {
      expect(result.message.text).toBeTruthy();
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      const location = result.locations![0]!.physicalLocation!;
      expect(location.artifactLocation!.uri).toMatch(/^src\//);
      expect(location.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(location.region).toEqual({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
      expect(result.partialFingerprints?.['privacy/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(result.partialFingerprints).not.toHaveProperty('primaryLocationLineHash');
      expect(result.codeFlows![0]!.threadFlows[0]!.locations.length).toBeGreaterThan(0);
    }
  });

  it('maps the trace to a code flow and leaves out suppressed and baselined flows', () => {
    const result = sarif.runs[0]!.results!.find((r) => r.locations![0]!.physicalLocation!.region!.startLine === 6)!;
    expect(result.codeFlows![0]!.threadFlows[0]!.locations.map((l) => `${l.location!.physicalLocation!.artifactLocation!.uri}:${l.location!.physicalLocation!.region!.startLine}`))
      .toEqual(['src/signup.ts:6', 'src/analytics.ts:8', 'src/analytics.ts:8']);
    const all = syntheticResult();
    const withBaseline = syntheticResult({ baseline: new Set([all.findings[0]!.fingerprint]) });
    expect((JSON.parse(formatSarif(withBaseline, reportContext)) as Log).runs[0]!.results).toHaveLength(4);
  });

  it('percent-encodes file names in URIs', () => {
    const result = syntheticResult({
      files: [syntheticAnalysis('src/my file#1.ts', [syntheticFlow({ file: 'src/my file#1.ts', line: 1, kind: 'log', source: 'user.email', target: 'console.log' })])],
    });
    const log = JSON.parse(formatSarif(result, reportContext)) as Log;
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('src/my%20file%231.ts');
  });
});

describe('markdown report', () => {
  it('has the counts, findings, inventory and a Records-of-Processing table', () => {
    const md = formatMarkdown(syntheticResult(), reportContext);
    expect(md).toContain('| New findings | 5 |');
    expect(md).toMatch(/\| error \| src\/signup\.ts:3 \| privacy\/no-pii-in-logs \| Email address \(contact\.email\) from \\`user\.email\\` /);
    expect(md).toContain('## Inventory');
    expect(md).toContain('| PostHog | analytics | contact.email | partly-guarded | src/signup.ts:6 (violation)<br>src/signup.ts:8 (consented) |');
    expect(md).toContain('| Browser storage | financial.card-number | partly-encrypted |');
    expect(md).toContain('## Records of processing (GDPR Art. 30)');
    expect(md).toMatch(/\| Email address \(contact\.email\) \| PostHog \(analytics, consent: partly-guarded\); Stripe \(payments, consent: not-required\); collect\.tracker\.example\.org \(unknown, consent: not-guarded\) \| — \| console\.log \|/);
  });

  it('escapes pipes, backticks and HTML in cells', () => {
    expect(escapeMarkdownCell('a | b `c` <script>')).toBe('a \\| b \\`c\\` &lt;script&gt;');
    const result = syntheticResult({
      files: [syntheticAnalysis('src/a.ts', [syntheticFlow({ file: 'src/a.ts', line: 1, kind: 'log', source: 'x || user.email', target: 'console.log' })])],
    });
    const md = formatMarkdown(result, reportContext);
    const row = md.split('\n').find((line) => line.startsWith('| error |'))!;
    expect(row).toContain('x \\|\\| user.email');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });
});

describe('every format', () => {
  it('is deterministic: the same output twice, and whatever the order of files', () => {
    const files = syntheticFiles();
    for (const name of formatNames) {
      const once = formatters[name](syntheticResult({ files }), reportContext);
      const twice = formatters[name](syntheticResult({ files: [...files].reverse() }), reportContext);
      expect(twice, name).toBe(once);
    }
  });

  it('never prints a string literal the engine let through', () => {
    const secret = 'jane.roe@leak.example';
    const result = syntheticResult({
      files: [syntheticAnalysis('src/a.ts', [syntheticFlow({ file: 'src/a.ts', line: 1, kind: 'log', source: `send(user, '${secret}')`, target: `log("${secret}")` })])],
    });
    for (const name of formatNames) expect(formatters[name](result, reportContext), name).not.toContain(secret);
  });
});
