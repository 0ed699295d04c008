#!/usr/bin/env node
// Compares two builds of the plugin on the generated project: the time ESLint spends in the
// plugin's rules, each run in a fresh process (a cold start, as in a real lint run), the two
// builds alternated so that the machine's drift falls on both alike. For speed work: copy `dist`
// aside before a change (inside the repository, so that it finds `node_modules`), build, then
// compare the two.
//
//   cp -r dist bench/.generated/dist-before && <change> && npm run build
//   node bench/compare-builds.mjs --a bench/.generated/dist-before --b dist [--typed] [--runs 8] [--lines 50000]
//
// Prints the median (and range) of the rules' time, the whole lint and GC for each build, and
// B/A of the medians. Differences under about 5 % are within the noise of a shared machine;
// more runs narrow it.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LINES, ensureProject } from './generate.mjs';
import { BENCH, ROOT, measure, median, printTable } from './lib.mjs';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: 'dist' },
    typed: { type: 'boolean', default: false },
    runs: { type: 'string', default: '8' },
    lines: { type: 'string', default: String(DEFAULT_LINES) },
  },
});
if (!values.a) {
  console.error('usage: compare-builds.mjs --a <dist dir> [--b <dist dir>] [--typed] [--runs 8] [--lines 50000]');
  process.exit(2);
}

const project = ensureProject(Number(values.lines));
const builds = { A: path.resolve(ROOT, values.a), B: path.resolve(ROOT, values.b) };
const samples = { A: [], B: [] };
const runs = Number(values.runs);
for (let round = 1; round <= runs; round++) {
  for (const name of round % 2 ? ['A', 'B'] : ['B', 'A']) {
    const args = ['--dir', project, '--plugin', path.join(builds[name], 'src', 'index.js'), ...(values.typed ? ['--typed'] : [])];
    const result = await measure(path.join(BENCH, 'rule-time-child.mjs'), args);
    if (result.exitCode !== 0) {
      console.error(`build ${name} failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
      process.exit(1);
    }
    const sample = JSON.parse(result.stdout.trim().split('\n').at(-1));
    samples[name].push(sample);
    process.stderr.write(`  round ${round}/${runs} ${name}: rules ${sample.ruleMs} ms, lint ${sample.totalMs} ms, GC ${sample.gcMs} ms, ${sample.findings} findings\n`);
  }
}

const stat = (name, key) => {
  const list = samples[name].map((s) => s[key]);
  return { median: median(list), min: Math.min(...list), max: Math.max(...list) };
};
const cell = ({ median: m, min, max }) => `${Math.round(m)} ms (${min}–${max})`;
console.log(`\n${values.typed ? 'typed' : 'untyped'} ESLint, ${runs} runs per build; A = ${path.relative(ROOT, builds.A) || '.'}, B = ${path.relative(ROOT, builds.B) || '.'}\n`);
printTable(
  ['', 'rules', 'whole lint', 'GC', 'findings'],
  ['A', 'B'].map((name) => [name, cell(stat(name, 'ruleMs')), cell(stat(name, 'totalMs')), cell(stat(name, 'gcMs')), String(samples[name][0].findings)]),
);
const ratioOf = (key) => (stat('B', key).median / stat('A', key).median).toFixed(3);
console.log(`\nB/A: rules ${ratioOf('ruleMs')}, whole lint ${ratioOf('totalMs')}`);
if (samples.A[0].findings !== samples.B[0].findings) console.log('note: the two builds find a different number of problems');
