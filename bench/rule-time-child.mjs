// One ESLint run over a generated project with a given build of the plugin, in its own process
// (started by compare-builds.mjs). Prints one JSON line: the time spent in the plugin's rules
// (their `Program` listeners, where the shared analysis runs), the whole lint, and GC.
//
//   node --expose-gc bench/rule-time-child.mjs --dir <project> --plugin <dist/src/index.js> [--typed]

import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    plugin: { type: 'string' },
    typed: { type: 'boolean', default: false },
  },
});
if (!values.dir || !values.plugin) {
  console.error('usage: rule-time-child.mjs --dir <project> --plugin <dist/src/index.js> [--typed]');
  process.exit(2);
}

const dir = path.resolve(values.dir);
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

const privacy = (await import(pathToFileURL(path.resolve(values.plugin)).href)).default;
let ruleMs = 0;
// Each rule's listeners, timed: the first rule of a file runs the analysis, the others read it.
const timedRules = Object.fromEntries(Object.entries(privacy.rules).map(([id, rule]) => [id, {
  ...rule,
  create(context) {
    const listeners = rule.create(context);
    return Object.fromEntries(Object.entries(listeners).map(([selector, listener]) => [selector, (...args) => {
      const started = performance.now();
      try {
        return listener(...args);
      } finally {
        ruleMs += performance.now() - started;
      }
    }]));
  },
}]));

const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  cache: false,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions: values.typed ? { projectService: true, tsconfigRootDir: dir } : {} } },
    { files: ['**/*.ts'], plugins: { privacy: { ...privacy, rules: timedRules } }, rules: privacy.configs.recommended.rules },
  ],
});
const started = performance.now();
const results = await eslint.lintFiles(['src/**/*.ts']);
const totalMs = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, 50)); // the last GC entries
const findings = results.reduce((sum, result) => sum + result.messages.filter((m) => m.ruleId).length, 0);
console.log(JSON.stringify({ ruleMs: Math.round(ruleMs), totalMs: Math.round(totalMs), gcMs: Math.round(gcMs), findings }));
