#!/usr/bin/env node
// The benchmark behind `npm run bench`: on one generated project (50,000 lines unless told
// otherwise), in one run, each measurement in a fresh process:
//
//   (a) ESLint, @typescript-eslint/parser without type information, no rules
//   (b) (a) + privacy.configs.recommended
//   (c) ESLint typed linting (projectService), no rules
//   (d) (c) + privacy.configs.recommended
//   (a1), (c1) as (a), (c) with one core rule (no-debugger): references, no target
//   (e) tsc --noEmit -p <project>/tsconfig.json
//   (f) privacy-audit <project> --format json --output /dev/null --fail-on never
//
// Reports the median wall time and peak RSS of each, then the ratios against the targets:
// b/a ≤ 1.25, d/c ≤ 1.15, f/e ≤ 1.5 (time) and ≤ 1.5 (peak memory).
//
//   node --expose-gc bench/run.mjs [--lines 50000] [--runs 3] [--only a,b,e] [--json results.json]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LINES, ensureProject } from './generate.mjs';
import { AUDIT_CLI, BENCH, PLUGIN_ENTRY, ROOT, TSC, measure, median, megabytes, printTable, ratio, seconds, tail } from './lib.mjs';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: String(DEFAULT_LINES) },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    json: { type: 'string' },
  },
});
const lines = Number(values.lines);
const runs = Number(values.runs);
const project = ensureProject(lines);
const manifest = JSON.parse(fs.readFileSync(path.join(project, 'manifest.json'), 'utf8'));
const lintChild = path.join(BENCH, 'lint-child.mjs');

const MEASUREMENTS = [
  { id: 'a', label: 'ESLint parser only (untyped)', script: lintChild, args: ['--dir', project, '--mode', 'parser'] },
  { id: 'b', label: 'ESLint untyped + privacy', script: lintChild, args: ['--dir', project, '--mode', 'privacy'], needs: PLUGIN_ENTRY },
  { id: 'c', label: 'ESLint typed (projectService), no rules', script: lintChild, args: ['--dir', project, '--mode', 'typed'] },
  { id: 'd', label: 'ESLint typed + privacy', script: lintChild, args: ['--dir', project, '--mode', 'typed-privacy'], needs: PLUGIN_ENTRY },
  // Reference points, no target: ESLint with one trivial core rule. Enabling any rule at all costs
  // ESLint 10–15 % over no rules (measured with `no-debugger` and with a rule that returns no
  // listeners), so (b)/(d) over these is the plugin's own share. The cost is garbage collection:
  // each rule context has the file's context as its prototype, which keeps the file's AST alive
  // into the old generation (see context-retention.mjs).
  { id: 'a1', label: 'ESLint untyped, one core rule (no-debugger)', script: lintChild, args: ['--dir', project, '--mode', 'parser-core'] },
  { id: 'c1', label: 'ESLint typed, one core rule (no-debugger)', script: lintChild, args: ['--dir', project, '--mode', 'typed-core'] },
  { id: 'e', label: 'tsc --noEmit', script: TSC, args: ['--noEmit', '-p', path.join(project, 'tsconfig.json')] },
  { id: 'f', label: 'privacy-audit (json)', script: AUDIT_CLI, args: [project, '--format', 'json', '--output', os.devNull, '--fail-on', 'never'], needs: AUDIT_CLI },
];
const selected = values.only ? MEASUREMENTS.filter((m) => values.only.split(',').includes(m.id)) : MEASUREMENTS;

console.log(`privacy benchmark: ${manifest.lines.toLocaleString('en')} lines in ${manifest.files} files (${path.relative(ROOT, project)}), ${manifest.leaks.length} deliberate leaks`);
console.log(`node ${process.version}, ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; median of ${runs} runs, each in a fresh process\n`);

const samples = new Map(selected.map((m) => [m.id, []]));
const problems = new Map();
// Round-robin, so that a slow spell of the machine spreads over all measurements alike.
for (let round = 1; round <= runs; round++) {
  for (const m of selected) {
    if (problems.has(m.id)) continue;
    if (m.needs && !fs.existsSync(m.needs)) {
      problems.set(m.id, `skipped: ${path.relative(ROOT, m.needs)} does not exist (build first)`);
      continue;
    }
    process.stderr.write(`  run ${round}/${runs}  (${m.id}) ${m.label} … `);
    const result = await measure(m.script, m.args);
    process.stderr.write(`${seconds(result.wallMs)}, ${megabytes(result.maxRssKb)}\n`);
    const expectedExit = m.id === 'e' ? [0, 1, 2] : [0]; // tsc exits non-zero on type errors: still a timing
    if (!expectedExit.includes(result.exitCode)) {
      problems.set(m.id, `failed with exit code ${result.exitCode}: ${tail(result.stderr || result.stdout)}`);
      continue;
    }
    if (m.id === 'e' && result.exitCode !== 0) problems.set('e-note', `tsc reported type errors: ${tail(result.stdout, 3)}`);
    samples.get(m.id).push(result);
  }
}

const summary = {};
for (const m of selected) {
  const results = samples.get(m.id);
  summary[m.id] = {
    wallMs: median(results.map((r) => r.wallMs)),
    minMs: Math.min(...results.map((r) => r.wallMs)),
    maxMs: Math.max(...results.map((r) => r.wallMs)),
    maxRssKb: median(results.map((r) => r.maxRssKb)),
    detail: results.length > 0 ? describe(m, results.at(-1)) : problems.get(m.id) ?? 'no result',
  };
}

console.log('');
printTable(
  ['', 'measurement', 'wall (median)', 'range', 'peak RSS', 'notes'],
  selected.map((m) => {
    const s = summary[m.id];
    const range = s.wallMs === undefined ? '' : `${seconds(s.minMs)} – ${seconds(s.maxMs)}`;
    return [`(${m.id})`, m.label, seconds(s.wallMs), range, megabytes(s.maxRssKb), s.detail];
  }),
);

const checks = [
  { name: 'b/a  untyped: privacy over parser only, time', value: ratio(summary.b?.wallMs, summary.a?.wallMs), target: 1.25 },
  { name: 'd/c  typed: privacy over typed no-rules, time', value: ratio(summary.d?.wallMs, summary.c?.wallMs), target: 1.15 },
  { name: 'a1/a untyped: any one rule over no rules (reference)', value: ratio(summary.a1?.wallMs, summary.a?.wallMs) },
  { name: 'b/a1 untyped: privacy over one core rule (reference)', value: ratio(summary.b?.wallMs, summary.a1?.wallMs) },
  { name: 'c1/c typed: any one rule over no rules (reference)', value: ratio(summary.c1?.wallMs, summary.c?.wallMs) },
  { name: 'd/c1 typed: privacy over one core rule (reference)', value: ratio(summary.d?.wallMs, summary.c1?.wallMs) },
  { name: 'f/e  auditor over tsc --noEmit, time', value: ratio(summary.f?.wallMs, summary.e?.wallMs), target: 1.5 },
  { name: 'f/e  auditor over tsc --noEmit, peak memory', value: ratio(summary.f?.maxRssKb, summary.e?.maxRssKb), target: 1.5 },
];
console.log('');
printTable(
  ['ratio', 'measured', 'target', ''],
  checks.map((c) => [
    c.name,
    c.value === undefined ? 'n/a' : c.value.toFixed(2),
    c.target === undefined ? '–' : `≤ ${c.target.toFixed(2)}`,
    c.value === undefined || c.target === undefined ? '' : c.value <= c.target ? 'ok' : 'OVER',
  ],
  ),
);
if (problems.has('e-note')) console.log(`\nnote: ${problems.get('e-note')}`);

if (values.json) {
  fs.writeFileSync(values.json, JSON.stringify({ lines: manifest.lines, files: manifest.files, runs, node: process.version, summary, ratios: checks }, null, 2) + '\n');
}

/** A short note per measurement: findings and how they line up with the generator's leaks. */
function describe(m, result) {
  if (!m.script.endsWith('lint-child.mjs')) return `exit ${result.exitCode}`;
  let output;
  try {
    output = JSON.parse(result.stdout.trim().split('\n').at(-1));
  } catch {
    return 'no summary from the child';
  }
  const parts = [`${output.files} files`];
  if (output.fatal > 0) parts.push(`${output.fatal} parse errors (${output.fatalSamples[0]})`);
  if (m.id === 'b' || m.id === 'd') {
    // A finding matches a leak of the same rule in the same file between the start of the
    // leaking statement and the line that holds the personal value.
    const matches = (finding, leak) =>
      finding.file === leak.file && finding.ruleId === leak.rule && finding.line >= leak.statementLine && finding.line <= leak.line;
    const expected = manifest.leaks.filter((leak) => m.id === 'd' || leak.needs === 'syntax');
    const hit = expected.filter((leak) => output.findings.some((finding) => matches(finding, leak))).length;
    const extra = output.findings.filter((finding) => !manifest.leaks.some((leak) => matches(finding, leak))).length;
    parts.push(`${output.findings.length} findings; leaks found ${hit}/${expected.length}; others ${extra}`);
  }
  return parts.join(', ');
}
