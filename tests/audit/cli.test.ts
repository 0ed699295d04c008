import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/audit/cli.js';
import { helpText } from '../../src/audit/cli-options.js';
import { captureIo, fixture, repoRoot, tempDir } from './helpers.js';

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

async function run(argv: string[], cwd = fixture('cross-file')) {
  const io = captureIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** One line on stderr, no stack trace. */
function expectOneLineError(err: string, pattern: RegExp): void {
  const lines = err.trimEnd().split('\n');
  expect(lines[0]).toMatch(pattern);
  expect(err).not.toMatch(/\n\s+at /);
  expect(lines.length).toBeLessThanOrEqual(2); // the message, and for usage errors a pointer to --help
}

describe('privacy-audit CLI', () => {
  it('prints help and the version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toBe(helpText());
    for (const flag of ['--project', '--config', '--format', '--output', '--baseline', '--update-baseline', '--fail-on', '--strict', '--quiet', '--version', '--help', '--debug']) {
      expect(help.out).toContain(flag);
    }
    expect(await run(['-v'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('exits 2 with one line for usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /^privacy-audit: Unknown option '--bogus'\.$/],
      [['--format', 'xml'], /^privacy-audit: --format must be one of text, json, sarif, markdown, html; got xml$/],
      [['--fail-on', 'sometimes'], /^privacy-audit: --fail-on must be one of error, warning, never; got sometimes$/],
      [['a', 'b'], /^privacy-audit: expected at most one path, got 2: a b$/],
      [['--project'], /^privacy-audit: Option '-p, --project <value>' argument missing$/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expectOneLineError(err, message);
    }
  });

  it('exits 2 with one line for a missing path, a broken tsconfig, a missing config or baseline', async () => {
    const cases: [string[], string, RegExp][] = [
      [['does-not-exist'], fixture('cross-file'), /^privacy-audit: path not found: does-not-exist$/],
      [[], fixture('broken-tsconfig'), /^privacy-audit: cannot read tsconfig\.json: Property assignment expected\. \(line 3, column 20\)$/],
      [['--project', 'missing.json'], fixture('cross-file'), /^privacy-audit: tsconfig not found: missing\.json$/],
      [['--config', 'missing.json'], fixture('cross-file'), /^privacy-audit: config file not found: missing\.json$/],
      [['--baseline', 'missing.json'], fixture('cross-file'), /^privacy-audit: baseline file not found: missing\.json \(create it with --update-baseline\)$/],
    ];
    for (const [argv, cwd, message] of cases) {
      const { code, out, err } = await run(argv, cwd);
      expect(code, `${argv.join(' ')} in ${cwd}`).toBe(2);
      expect(out).toBe('');
      expectOneLineError(err, message);
    }
  });

  it('exits 2 naming the key for an invalid privacy.config.json, and for one that is not JSON', async () => {
    const dir = tempDir('bad-config');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(dir, 'privacy.config.json'), JSON.stringify({ firstPartyHost: ['api.example.com'] }));
    let result = await run([], dir);
    expect(result.code).toBe(2);
    expectOneLineError(result.err, /^privacy-audit: invalid settings in privacy\.config\.json: .*firstPartyHost/);

    fs.writeFileSync(path.join(dir, 'privacy.config.json'), '{ "firstPartyHosts": [ }');
    result = await run([], dir);
    expect(result.code).toBe(2);
    expectOneLineError(result.err, /^privacy-audit: cannot parse privacy\.config\.json: /);
  });

  it('exits 2 with a clear message when an ESLint config cannot be loaded', async () => {
    const dir = tempDir('bad-eslint-config');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(dir, 'eslint.config.js'), "throw new Error('boom from config');\n");
    const { code, err } = await run([], dir);
    expect(code).toBe(2);
    expectOneLineError(err, /^privacy-audit: cannot load eslint\.config\.js to read settings\.privacy: boom from config \(use --config privacy\.config\.json instead\)$/);
  });

  it('goes on with default settings when the ESLint config imports a package not installed yet (CI before npm ci)', async () => {
    const dir = tempDir('eslint-config-before-install');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'console.log(user.email);\n');
    fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), "import plugin from 'some-plugin-not-installed';\nexport default [plugin];\n");
    const { code, out } = await run([], dir);
    expect(code).toBe(1);
    expect(out).toContain('settings.privacy in eslint.config.mjs is not read');
    expect(out).toContain('privacy/no-pii-in-logs');
  });

  it('goes on with default settings when a CommonJS ESLint config requires a package not installed yet', async () => {
    const dir = tempDir('eslint-cjs-config-before-install');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'console.log(user.email);\n');
    fs.writeFileSync(path.join(dir, 'eslint.config.cjs'), "const plugin = require('some-plugin-not-installed');\nmodule.exports = [plugin];\n");
    const { code, out, err } = await run([], dir);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('settings.privacy in eslint.config.cjs is not read');
    expect(out).toContain('privacy/no-pii-in-logs');
  });

  it('reads settings.privacy from an ESLint flat config and from --config', async () => {
    const dir = tempDir('eslint-settings');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), 'export default [{ settings: { privacy: { firstPartyHosts: 42 } } }];\n');
    const fromEslint = await run([], dir);
    expect(fromEslint.code).toBe(2);
    expectOneLineError(fromEslint.err, /^privacy-audit: invalid settings in eslint\.config\.mjs: .*firstPartyHosts/);

    fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify({ $schema: './schema.json', firstPartyHosts: ['api.example.com'] }));
    const fromFlag = await run(['--config', 'good.json'], dir);
    expect(fromFlag.err).toBe('');
    expect(fromFlag.code).toBe(0);
  });

  it('writes the report to --output and one summary line to stdout, and nothing else', async () => {
    const dir = tempDir('output');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'export const greeting = "hello";\n');
    const { code, out, err } = await run(['--format', 'json', '--output', 'reports/audit.json'], dir);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^privacy-audit: 0 findings \(0 errors, 0 warnings, 0 baselined, 0 suppressed\) in 1 file; json report written to reports\/audit\.json\n$/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'reports/audit.json'), 'utf8')) as { version: number };
    expect(report.version).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['app.ts', 'reports']);
  });

  it('prints the text report with no colour when stdout is not a terminal', async () => {
    const dir = tempDir('clean');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'export const greeting = "hello";\n');
    const { code, out } = await run([], dir);
    expect(code).toBe(0);
    expect(out).toContain('✔ No privacy findings');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('reports an internal error in one line, with the stack only under --debug', async () => {
    const dir = tempDir('internal');
    fs.writeFileSync(path.join(dir, 'app.ts'), 'export const a = 1;\n');
    const failing = captureIo(dir);
    // A stdout that throws stands in for any unexpected failure after the audit.
    const io = { ...failing, stdout: { write: () => { throw new Error('disk on fire'); }, isTTY: false } as unknown as typeof failing.stdout };
    expect(await main([], io)).toBe(2);
    expect(failing.err()).toBe('privacy-audit: internal error: disk on fire (rerun with --debug for the stack trace)\n');

    const debugging = captureIo(dir);
    expect(await main(['--debug'], { ...debugging, stdout: io.stdout })).toBe(2);
    expect(debugging.err()).toMatch(/^privacy-audit: internal error: disk on fire\nError: disk on fire\n\s+at /);
  });
});
