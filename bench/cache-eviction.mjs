#!/usr/bin/env node
// Why the plugin's analysis is slower inside ESLint than on its own, reproduced without ESLint.
//
// Inside ESLint, typed rules take about 1.8× the time the same analysis of the same Program takes
// in a loop, on both sizes of the generated project. Garbage collection during the rules is a
// small part of the gap (`bench/rule-time-child.mjs` and `--trace-gc`). Between two files, ESLint
// parses, converts the AST, analyses scopes and traverses, touching many megabytes. That evicts
// the CPU caches, and the analysis, which reads the file's TypeScript AST, other files' declarations
// and its own memo tables, is bound by memory access.
//
// This script analyses every file of the generated project's Program, as the typed rules do,
// four ways:
// - alone;
// - after re-parsing the file with TypeScript (CPU work that touches little memory);
// - after touching `--evict` MB of memory (default 64);
// - after ESLint itself lints the file (typescript-eslint's parser, no rules): the real thing.
// Four rounds each; the analysis time of the last two is printed. On this project's machine
// (Node 20): alone 0.43–0.63 s, after parsing 0.53–0.58 s, after eviction 0.91–1.40 s, after
// ESLint 0.67–0.77 s. (Linting a one-line file instead costs 0.53 s: ESLint's code alone evicts
// some of ours; linting the same 60-line file four times costs 0.70 s, as much as a new file.)
//
//   node bench/cache-eviction.mjs [--lines 50000] [--evict 64]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { DEFAULT_LINES, ensureProject } from './generate.mjs';
import { ROOT } from './lib.mjs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: String(DEFAULT_LINES) },
    evict: { type: 'string', default: '64' },
  },
});
const ts = createRequire(import.meta.url)('typescript');
const dist = (module) => import(pathToFileURL(path.join(ROOT, 'dist', 'src', module)).href);
const { analyzeFile } = await dist('engine/analyze-file.js');
const { createProjectCache } = await dist('engine/host.js');
const { resolveSettings } = await dist('settings/resolve.js');

const project = ensureProject(Number(values.lines));
const parsed = ts.getParsedCommandLineOfConfigFile(path.join(project, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
const program = ts.createProgram(parsed.fileNames, parsed.options, ts.createCompilerHost(parsed.options, true));
const files = program.getSourceFiles().filter((file) => !file.isDeclarationFile && !file.fileName.includes('/node_modules/'));
const settings = resolveSettings(undefined);
const memory = new Float64Array((Number(values.evict) * 2 ** 20) / 8);
const linter = new Linter();
const eslintConfig = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }];

const between = {
  alone: () => {},
  'after parsing': (file) => ts.createSourceFile(file.fileName, file.text, ts.ScriptTarget.Latest, true),
  [`after touching ${values.evict} MB`]: () => {
    for (let i = 0; i < memory.length; i += 8) memory[i] += 1; // one write per 64-byte cache line
  },
  'after ESLint lints it': (file) => linter.verify(file.text, eslintConfig, { filename: file.fileName }),
};

console.log(`${files.length} files; analysis time per round (ms), rounds 3 and 4 (warm):`);
for (const [label, work] of Object.entries(between)) {
  const times = [];
  for (let round = 0; round < 4; round++) {
    const cache = createProjectCache(); // a fresh analysis each round, as a new lint run
    let analysing = 0;
    for (const file of files) {
      work(file);
      const started = performance.now();
      analyzeFile({ ts, program, cache }, file, settings, { auditorData: false });
      analysing += performance.now() - started;
    }
    times.push(Math.round(analysing));
  }
  console.log(`  ${label.padEnd(24)} ${times.slice(2).join(', ')}`);
}
