#!/usr/bin/env node
// How the auditor grows with project size: runs privacy-audit (and tsc --noEmit for reference)
// on generated projects of several sizes and prints time and peak memory per size, with the
// growth from the smallest to the largest size; a growth ratio of 1.00 means linear in lines.
//
//   node --expose-gc bench/scale.mjs [--sizes 50000,200000,500000] [--runs 1] [--no-tsc]

import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureProject } from './generate.mjs';
import { AUDIT_CLI, ROOT, TSC, measure, median, megabytes, printTable, ratio, seconds, tail } from './lib.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50000,200000,500000' },
    runs: { type: 'string', default: '1' },
    'no-tsc': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (!fs.existsSync(AUDIT_CLI)) {
  console.error(`${path.relative(ROOT, AUDIT_CLI)} does not exist: run \`npm run build\` first`);
  process.exit(2);
}

async function timed(script, args) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await measure(script, args);
    if (result.exitCode !== 0 && script === AUDIT_CLI) throw new Error(`privacy-audit failed (${result.exitCode}): ${tail(result.stderr)}`);
    results.push(result);
  }
  return { wallMs: median(results.map((r) => r.wallMs)), maxRssKb: median(results.map((r) => r.maxRssKb)) };
}

console.log(`privacy-audit scaling; node ${process.version}, ${os.cpus().length} CPUs; median of ${runs} run(s) per size\n`);
const rows = [];
for (const lines of sizes) {
  const project = ensureProject(lines);
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'manifest.json'), 'utf8'));
  process.stderr.write(`  ${lines.toLocaleString('en')} lines: privacy-audit … `);
  const audit = await timed(AUDIT_CLI, [project, '--format', 'json', '--output', os.devNull, '--fail-on', 'never']);
  process.stderr.write(`${seconds(audit.wallMs)}, ${megabytes(audit.maxRssKb)}`);
  let tsc;
  if (!values['no-tsc']) {
    process.stderr.write('; tsc … ');
    tsc = await timed(TSC, ['--noEmit', '-p', path.join(project, 'tsconfig.json')]);
    process.stderr.write(`${seconds(tsc.wallMs)}, ${megabytes(tsc.maxRssKb)}`);
  }
  process.stderr.write('\n');
  rows.push({ lines: manifest.lines, files: manifest.files, audit, tsc });
}

const base = rows[0];
const last = rows.at(-1);
const times = (value, reference) => (value === undefined || reference === undefined ? 'n/a' : `×${(value / reference).toFixed(2)}`);
const fixed = (value) => (value === undefined ? 'n/a' : value.toFixed(2));
console.log('');
printTable(
  ['lines', 'files', 'lines ×', 'audit time', 'time ×', 'audit RSS', 'RSS ×', 'tsc time', 'tsc RSS', 'audit/tsc time', 'audit/tsc RSS'],
  rows.map((row) => [
    row.lines.toLocaleString('en'),
    row.files,
    times(row.lines, base.lines),
    seconds(row.audit.wallMs),
    times(row.audit.wallMs, base.audit.wallMs),
    megabytes(row.audit.maxRssKb),
    times(row.audit.maxRssKb, base.audit.maxRssKb),
    seconds(row.tsc?.wallMs),
    megabytes(row.tsc?.maxRssKb),
    fixed(ratio(row.audit.wallMs, row.tsc?.wallMs)),
    fixed(ratio(row.audit.maxRssKb, row.tsc?.maxRssKb)),
  ]),
);
if (rows.length > 1) {
  // Growth ratio: how much faster than the line count time and memory grow (1.00 = linear).
  const lineGrowth = last.lines / base.lines;
  console.log(
    `\ngrowth ${base.lines.toLocaleString('en')} → ${last.lines.toLocaleString('en')} lines (×${lineGrowth.toFixed(2)}): ` +
      `time ×${fixed(last.audit.wallMs / base.audit.wallMs)} (growth ratio ${fixed(last.audit.wallMs / base.audit.wallMs / lineGrowth)}), ` +
      `peak RSS ×${fixed(last.audit.maxRssKb / base.audit.maxRssKb)} (growth ratio ${fixed(last.audit.maxRssKb / base.audit.maxRssKb / lineGrowth)}); 1.00 = linear`,
  );
}
