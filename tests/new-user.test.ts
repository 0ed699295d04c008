import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The README's "Use with ESLint" section, tried as a new user would: its config files, copied
// verbatim into a new TypeScript project, linted by the `eslint` command. The package is the
// built one (`dist/`, as `npm install` builds it), resolved by its name as from node_modules.

const repoRoot = path.resolve(import.meta.dirname, '..');
const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

interface ReadmeConfig {
  /** The file name the README gives it: `eslint.config.js`, `.mjs` or `.cjs`. */
  readonly fileName: string;
  readonly code: string;
}

/** The `js` code blocks of "## Use with ESLint" that a line naming `eslint.config.*` introduces. */
function readmeConfigs(): ReadmeConfig[] {
  const start = readme.indexOf('## Use with ESLint');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const configs: ReadmeConfig[] = [];
  for (const match of section.matchAll(/^`(eslint\.config\.[cm]?js)`[^\n]*\n+```js\n([\s\S]*?)```/gm)) {
    configs.push({ fileName: match[1]!, code: match[2]! });
  }
  return configs;
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A new project: package.json as `npm init -y` writes it (npm 11 says `"type": "commonjs"`), a
 * tsconfig, the README's config, and node_modules holding eslint, typescript, typescript-eslint and
 * this package (links into the repository, as `npm i -D` would install them).
 */
function newProject(config: ReadmeConfig, packageType: 'module' | 'commonjs'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-new-user-'));
  temporary.push(dir);
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('package.json', JSON.stringify({ name: 'new-user-project', version: '1.0.0', type: packageType, private: true }, null, 2));
  write('tsconfig.json', JSON.stringify({
    compilerOptions: { target: 'es2022', module: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['es2022', 'dom'] },
    include: ['src'],
  }, null, 2));
  write(config.fileName, config.code);
  write('src/user.ts', 'export interface User {\n  id: string;\n  email: string;\n  fullName: string;\n}\n');
  write('src/log.ts', [
    'export function note(message: string, data: Record<string, unknown>): void {',
    '  console.log(message, JSON.stringify(data));',
    '}',
    '',
  ].join('\n'));
  write('src/index.ts', [
    "import { note } from './log.js';",
    "import type { User } from './user.js';",
    '',
    'export function onSignup(user: User): void {',
    '  console.log(user.email);',
    "  console.info('loaded', user);",
    "  note('signup', { email: user.email });",
    "  note('signup', { id: user.id });",
    '}',
    '',
  ].join('\n'));
  fs.mkdirSync(path.join(dir, 'node_modules/@typescript-eslint'), { recursive: true });
  const link = (name: string, target: string): void => fs.symlinkSync(target, path.join(dir, 'node_modules', name), 'dir');
  for (const name of ['eslint', 'typescript', 'typescript-eslint']) link(name, path.join(repoRoot, 'node_modules', name));
  for (const name of fs.readdirSync(path.join(repoRoot, 'node_modules/@typescript-eslint'))) {
    link(`@typescript-eslint/${name}`, path.join(repoRoot, 'node_modules/@typescript-eslint', name));
  }
  link('eslint-plugin-privacy', repoRoot);
  return dir;
}

interface LintedMessage {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string | null;
  readonly message: string;
}

/**
 * `npx eslint src --format json` in the project. Only `src`: with the README's typed set-up,
 * `eslint .` also parses the config file through the project service, which fails when the
 * tsconfig does not include it (see the report on the README).
 */
function eslintIn(dir: string): { status: number | null; messages: LintedMessage[]; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(dir, 'node_modules/eslint/bin/eslint.js'), 'src', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const results = run.stdout ? (JSON.parse(run.stdout) as { filePath: string; messages: { line: number; ruleId: string | null; message: string }[] }[]) : [];
  const messages = results.flatMap((result) => result.messages.map((m) => ({
    file: path.relative(dir, result.filePath).split(path.sep).join('/'), line: m.line, ruleId: m.ruleId, message: m.message,
  })));
  return { status: run.status, messages, stderr: run.stderr };
}

const summary = (messages: readonly LintedMessage[]): string[] => messages.map((m) => `${m.file}:${m.line} ${m.ruleId ?? '(none)'}`).sort();

describe("the README's ESLint set-up in a new TypeScript project", () => {
  const configs = readmeConfigs();
  const esm = configs.find((config) => /\bexport default\b/.test(config.code));
  const cjs = configs.find((config) => /\bmodule\.exports\b/.test(config.code));

  it('the README shows an ESM and a CommonJS config file', () => {
    expect(configs.map((config) => config.fileName)).toHaveLength(2);
    expect(esm).toBeDefined();
    expect(cjs?.fileName).toBe('eslint.config.cjs');
    expect(fs.existsSync(path.join(repoRoot, 'dist/src/index.js')), 'dist/ is missing: run npm run build').toBe(true);
  });

  it('the ESM config, with typed linting, reports the direct, the typed and the cross-file leak', () => {
    // An `eslint.config.js` written with `import` needs `"type": "module"` (npm 11's `npm init -y`
    // writes "commonjs", and Node then fails on the `import`); `.mjs` works either way.
    const dir = newProject(esm!, esm!.fileName.endsWith('.js') ? 'module' : 'commonjs');
    const { status, messages, stderr } = eslintIn(dir);
    expect(stderr).toBe('');
    expect(summary(messages)).toEqual([
      'src/index.ts:5 privacy/no-pii-in-logs', // console.log(user.email)
      'src/index.ts:6 privacy/no-pii-in-logs', // a typed User, logged whole
      'src/index.ts:7 privacy/no-pii-in-logs', // note() in another file logs its argument
    ]);
    expect(messages[0]!.message).toBe(
      'Email address (contact.email) from `user.email` (line 5) reaches the log sink `console.log`. Redact, mask or hash it before logging.',
    );
    expect(status).toBe(1);
  }, 60_000);

  it('the CommonJS config (require of the ESM package) reports the leak it sees without type information', () => {
    const dir = newProject(cjs!, 'commonjs');
    const { status, messages, stderr } = eslintIn(dir);
    expect(stderr).toBe('');
    expect(summary(messages)).toEqual(['src/index.ts:5 privacy/no-pii-in-logs']);
    expect(status).toBe(1);
  }, 60_000);
});
