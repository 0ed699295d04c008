import fs from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { ts as morphTs } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { analyzeFile } from '../src/engine/analyze-file.js';
import { createProjectCache, type EngineHost } from '../src/engine/host.js';
import { resolveSettings } from '../src/settings/resolve.js';

// The bounded version of bench/robustness.mjs (which runs every file of node_modules and of real
// projects, with a hang detector): a few hundred files of this package's own node_modules, chosen
// deterministically (every n-th of the sorted list, up to 256 KiB each), through both front ends.
// Minified bundles, declaration files, CommonJS, ESM, JSX, odd syntax: nothing may throw, and the
// plugin may not fall back to its "could not analyse" warning.

const root = path.resolve(import.meta.dirname, '..', 'node_modules');
const wanted = 400;
const maxBytes = 256 * 1024;

function sample(): string[] {
  const all: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.cache' && entry.name !== '.vite') visit(full);
      } else if (entry.isFile() && /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(entry.name) && fs.statSync(full).size <= maxBytes) {
        all.push(full);
      }
    }
  };
  visit(root);
  all.sort();
  const stride = Math.max(1, Math.floor(all.length / wanted));
  return all.filter((_, i) => i % stride === 0).slice(0, wanted);
}

const files = sample();
const isTs = (file: string) => /\.(ts|tsx|mts|cts)$/.test(file);

describe('robustness on node_modules (bounded)', () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  beforeAll(() => process.on('warning', onWarning));
  afterAll(() => process.off('warning', onWarning));

  it('samples a few hundred files of every kind', () => {
    expect(files.length).toBeGreaterThanOrEqual(200);
    for (const extension of ['.d.ts', '.js', '.cjs', '.mjs']) expect(files.some((f) => f.endsWith(extension)), extension).toBe(true);
  });

  it('ESLint (untyped, recommended) lints every file without throwing', async () => {
    // cwd '/' and `!**/node_modules/`: ESLint would otherwise ignore these files (and say so).
    const linter = new Linter({ configType: 'flat', cwd: '/' });
    const unignore = { ignores: ['!**/node_modules/'] };
    const common = { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' as const } };
    const tsConfig = [
      unignore,
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, ...common },
      plugin.configs.recommended,
    ] as unknown as Linter.Config[];
    const jsConfig = (sourceType: 'module' | 'commonjs') => [
      unignore,
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures: { jsx: true } } }, ...common },
      plugin.configs.recommended,
    ] as unknown as Linter.Config[];
    const failures: string[] = [];
    let linted = 0;
    for (const file of files) {
      const config = isTs(file) ? tsConfig : jsConfig(file.endsWith('.cjs') ? 'commonjs' : 'module');
      try {
        const messages = linter.verify(fs.readFileSync(file, 'utf8'), config, { filename: file });
        // "No matching configuration" / "ignored" would mean that nothing ran: not a pass.
        const notLinted = messages.find((m) => !m.fatal && m.ruleId === null && /No matching configuration|ignored/i.test(m.message));
        if (notLinted) failures.push(`${path.relative(root, file)}: not linted: ${notLinted.message}`);
        else linted++;
      } catch (error) {
        failures.push(`${path.relative(root, file)}: ${(error as Error).message.split('\n', 1)[0]}`);
      }
    }
    await new Promise((resolve) => setImmediate(resolve)); // process warnings arrive on a later tick
    expect(failures).toEqual([]);
    expect(linted).toBe(files.length);
    expect(warnings.filter((w) => w.includes('eslint-plugin-privacy'))).toEqual([]);
  });

  it('the engine analyses every file as the auditor parses it (ts-morph) without throwing', () => {
    const settings = resolveSettings(undefined);
    const failures: string[] = [];
    let flows = 0;
    for (const file of files) {
      const kind = file.endsWith('.tsx') ? morphTs.ScriptKind.TSX : isTs(file) ? morphTs.ScriptKind.TS : morphTs.ScriptKind.JSX;
      const sourceFile = morphTs.createSourceFile(file, fs.readFileSync(file, 'utf8'), morphTs.ScriptTarget.Latest, true, kind);
      // A Program-like host with just this file: the typed paths (imports, declared types) run too.
      const program = { getSourceFile: (name: string) => (name === file ? sourceFile : undefined), getCompilerOptions: () => ({}) };
      const host: EngineHost = { ts: morphTs as unknown as EngineHost['ts'], program: program as unknown as EngineHost['program'], cache: createProjectCache() };
      try {
        flows += analyzeFile(host, sourceFile as unknown as Parameters<typeof analyzeFile>[1], settings).flows.length;
      } catch (error) {
        failures.push(`${path.relative(root, file)}: ${(error as Error).message.split('\n', 1)[0]}`);
      }
    }
    expect(failures).toEqual([]);
    expect(flows).toBeGreaterThanOrEqual(0);
  });
});
