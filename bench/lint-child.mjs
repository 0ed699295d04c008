// One ESLint run over a generated project, in its own process (started by run.mjs through
// measure-child.mjs). Prints a JSON summary on stdout.
//
//   node bench/lint-child.mjs --dir <project> --mode parser|privacy|typed|typed-privacy|parser-core|typed-core

import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const MODES = ['parser', 'privacy', 'typed', 'typed-privacy', 'parser-core', 'typed-core'];

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    mode: { type: 'string', default: 'parser' },
    pattern: { type: 'string', default: 'src/**/*.ts' },
  },
});
if (!values.dir || !MODES.includes(values.mode)) {
  console.error(`usage: lint-child.mjs --dir <project> --mode ${MODES.join('|')}`);
  process.exit(2);
}

const dir = path.resolve(values.dir);
const typed = values.mode.startsWith('typed');
const withPrivacy = values.mode.endsWith('privacy');

// (a)/(c): parser only. ESLint still parses every file (and, typed, builds the Program) with no
// rules enabled, so these are the baselines the plugin's cost is measured against.
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : {},
    },
  },
];
// (a1)/(c1): one trivial core rule, to show what enabling any rule costs ESLint.
if (values.mode.endsWith('-core')) config.push({ files: ['**/*.ts'], rules: { 'no-debugger': 'error' } });
if (withPrivacy) {
  const pluginUrl = pathToFileURL(path.join(import.meta.dirname, '..', 'dist', 'src', 'index.js')).href;
  const privacy = (await import(pluginUrl)).default;
  config.push({ ...privacy.configs.recommended, files: ['**/*.ts'] });
}

const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false });
const started = performance.now();
const results = await eslint.lintFiles([values.pattern]);
const lintMs = performance.now() - started;

const findings = [];
let fatal = 0;
const fatalSamples = [];
for (const result of results) {
  for (const message of result.messages) {
    if (message.fatal) {
      fatal += 1;
      if (fatalSamples.length < 3) fatalSamples.push(`${path.relative(dir, result.filePath)}:${message.line} ${message.message}`);
    } else if (message.ruleId) {
      findings.push({ file: path.relative(dir, result.filePath).split(path.sep).join('/'), line: message.line, ruleId: message.ruleId });
    }
  }
}

console.log(JSON.stringify({ mode: values.mode, files: results.length, lintMs: Math.round(lintMs), fatal, fatalSamples, findings }));
