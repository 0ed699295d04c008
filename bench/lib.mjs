// Shared by run.mjs and scale.mjs: run one measurement in a fresh child process, and print tables.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BENCH = import.meta.dirname;
export const PLUGIN_ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');
export const AUDIT_CLI = path.join(ROOT, 'dist', 'src', 'audit', 'cli.js');
export const TSC = path.join(ROOT, 'node_modules', 'typescript', 'lib', 'tsc.js');

/**
 * Runs `node --expose-gc <script> …args` in a new process, through measure-child.mjs so that
 * the child reports its own peak RSS. Wall time is measured here, from spawn to exit, so every
 * tool pays the same process start-up.
 */
export async function measure(script, args, { cwd = ROOT } = {}) {
  const report = path.join(os.tmpdir(), `privacy-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const started = performance.now();
  const { code, stdout, stderr } = await run(process.execPath, ['--expose-gc', path.join(BENCH, 'measure-child.mjs'), report, script, ...args], cwd);
  const wallMs = performance.now() - started;
  let usage = {};
  try {
    usage = JSON.parse(fs.readFileSync(report, 'utf8'));
    fs.rmSync(report);
  } catch {
    // The child died before its exit hook ran (killed, or crashed hard): no memory figure.
  }
  return { wallMs, exitCode: code, maxRssKb: usage.maxRssKb, userMs: usage.userMs, stdout, stderr };
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const seconds = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
export const megabytes = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MB`);
export const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);

/** Prints rows (arrays of strings) as an aligned text table with a header. */
export function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const format = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(format(row));
}

/** Last lines of a child's stderr, for a failure note. */
export function tail(text, lines = 5) {
  return text.trim().split('\n').slice(-lines).join('\n');
}
