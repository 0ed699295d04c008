#!/usr/bin/env node
// Robustness: both front ends over every .ts/.tsx/.js/.mjs/.cjs file (declaration files too) of
// this package's node_modules and of the given folders (real projects), and the privacy-audit CLI
// over each given folder. Nothing may crash, hang or leave an unhandled rejection: a file that
// cannot be analysed must become one diagnostic and the run must go on.
//
//   npm run build && node bench/robustness.mjs [folder…] [--timeout 60] [--jobs N] [--no-node-modules] [--no-cli] [--json FILE]
//
// Per file, in a worker thread:
//   - ESLint (untyped) with `configs.recommended`: typescript-eslint's parser for .ts/.tsx/.mts/.cts,
//     ESLint's default parser (espree) for .js/.jsx/.mjs/.cjs, so that both ways into the engine run
//     (the parser's SourceFile, and the engine parsing the text itself). A parse error is one fatal
//     message (fine); an exception out of `verify` is a crash; an engine fault the plugin turned into
//     its one warning is counted as `engine-warning`.
//   - the engine as the auditor runs it: the file parsed by ts-morph's TypeScript, `analyzeFile` with
//     a Program-like host (so the typed paths — import resolution, declared types — run too).
// The main thread times every file; a file still running after --timeout seconds is a hang: the worker
// is terminated and replaced, and the run goes on.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist', 'src');
const sourcePattern = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

if (isMainThread) await main();
else await worker();

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      timeout: { type: 'string', default: '60' },
      jobs: { type: 'string', default: String(Math.max(1, os.availableParallelism?.() ?? os.cpus().length)) },
      'no-node-modules': { type: 'boolean', default: false },
      'no-cli': { type: 'boolean', default: false },
      'cli-timeout': { type: 'string', default: '900' },
      json: { type: 'string' },
    },
  });
  if (!fs.existsSync(path.join(DIST, 'index.js'))) {
    console.error('dist/ does not exist: run `npm run build` first');
    process.exit(2);
  }
  const timeoutMs = Number(values.timeout) * 1000;
  const jobs = Math.max(1, Number(values.jobs));
  const unhandled = [];
  process.on('unhandledRejection', (reason) => unhandled.push(`main: ${String(reason)}`));

  const roots = [...(values['no-node-modules'] ? [] : [path.join(ROOT, 'node_modules')]), ...positionals.map((p) => path.resolve(p))];
  const files = [];
  for (const root of roots) collect(root, root.endsWith(`${path.sep}node_modules`), files);
  files.sort();
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  console.log(`robustness: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) under ${roots.map((r) => path.relative(process.cwd(), r) || '.').join(', ')}; ${jobs} worker(s), ${timeoutMs / 1000} s per file`);

  const started = performance.now();
  const results = await runPool(files, jobs, timeoutMs, unhandled);
  const wallMs = performance.now() - started;

  const count = (predicate) => results.filter(predicate).length;
  const summary = {
    files: files.length,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    wallSeconds: Number((wallMs / 1000).toFixed(1)),
    eslint: {
      crashes: count((r) => r.eslint?.crash),
      parseErrors: count((r) => r.eslint?.fatal),
      engineWarnings: count((r) => r.eslint?.engineWarning),
      findings: results.reduce((sum, r) => sum + (r.eslint?.findings ?? 0), 0),
    },
    engine: {
      crashes: count((r) => r.engine?.crash),
      syntaxErrors: count((r) => r.engine?.syntaxErrors > 0),
      flows: results.reduce((sum, r) => sum + (r.engine?.flows ?? 0), 0),
    },
    hangs: count((r) => r.hang),
    unhandledRejections: unhandled.length,
    slowest: [...results].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0)).slice(0, 10).map((r) => ({ file: show(r.file), ms: Math.round(r.ms ?? 0), bytes: r.bytes })),
    problems: results.filter((r) => r.hang || r.eslint?.crash || r.engine?.crash).map((r) => ({
      file: show(r.file),
      hang: r.hang || undefined,
      eslint: r.eslint?.crash,
      engine: r.engine?.crash,
    })),
    unhandled,
  };

  // The auditor, end to end, on every given folder (its walker skips node_modules by design).
  summary.cli = [];
  if (!values['no-cli']) {
    for (const folder of positionals) {
      summary.cli.push(await runCli(path.resolve(folder), Number(values['cli-timeout']) * 1000));
    }
  }

  printSummary(summary);
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
  const failed = summary.eslint.crashes + summary.engine.crashes + summary.hangs + summary.unhandledRejections +
    summary.cli.filter((c) => c.crashed || c.timedOut).length;
  process.exit(failed > 0 ? 1 : 0);
}

function show(file) {
  return path.relative(process.cwd(), file);
}

function collect(dir, inNodeModules, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '.git' || (!inNodeModules && entry.name === 'node_modules')) continue;
      collect(full, inNodeModules, out);
    } else if (entry.isFile() && sourcePattern.test(entry.name)) {
      out.push(full);
    }
  }
}

function runPool(files, jobs, timeoutMs, unhandled) {
  return new Promise((resolve) => {
    const results = [];
    let next = 0;
    let running = 0;
    let lastReport = performance.now();
    const startWorker = () => {
      const w = new Worker(new URL(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 4096 } });
      const state = { worker: w, file: undefined, timer: undefined, started: 0, dead: false };
      w.on('message', (message) => {
        if (message.type === 'ready') {
          feed(state); // the clock starts once the worker has loaded ESLint, the plugin and ts-morph
          return;
        }
        if (message.type === 'unhandled') {
          unhandled.push(`${show(state.file ?? '?')}: ${message.reason}`);
          return;
        }
        clearTimeout(state.timer);
        results.push({ ...message.result, ms: performance.now() - state.started });
        state.file = undefined;
        running--;
        feed(state);
      });
      w.on('error', (error) => {
        // The worker died (out of memory, a native fault): that file crashed both front ends.
        clearTimeout(state.timer);
        if (state.dead) return;
        state.dead = true;
        if (state.file) {
          results.push({ file: state.file, bytes: 0, eslint: { crash: `worker died: ${error.message}` }, engine: { crash: `worker died: ${error.message}` } });
          running--;
        }
        startWorker();
      });
      return state;
    };
    const feed = (state) => {
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        process.stderr.write(`  ${results.length}/${files.length} files\n`);
      }
      if (next >= files.length) {
        if (!state.dead) {
          state.dead = true;
          state.worker.terminate();
        }
        if (running === 0 && results.length === files.length) resolve(results);
        return;
      }
      const file = files[next++];
      state.file = file;
      state.started = performance.now();
      running++;
      state.timer = setTimeout(() => {
        // A hang: record it, kill the worker, go on with a fresh one.
        state.dead = true;
        results.push({ file, bytes: fs.statSync(file).size, hang: true });
        running--;
        state.worker.terminate();
        startWorker();
      }, timeoutMs);
      state.worker.postMessage({ file });
    };
    if (files.length === 0) resolve(results);
    for (let i = 0; i < Math.min(jobs, files.length); i++) startWorker();
  });
}

function runCli(folder, timeoutMs) {
  return new Promise((resolve) => {
    const out = path.join(os.tmpdir(), `privacy-robustness-${process.pid}-${path.basename(folder)}.json`);
    const config = path.join(os.tmpdir(), `privacy-robustness-${process.pid}-empty.json`);
    // Settings from a file of our own: the project's ESLint config needs its (not installed) plugins.
    fs.writeFileSync(config, '{}\n');
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(DIST, 'audit', 'cli.js'), folder, '--config', config, '--format', 'json', '--output', out, '--fail-on', 'never'], {
      cwd: path.dirname(folder), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.resume();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const row = { folder: show(folder), exitCode: code, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), timedOut, crashed: !timedOut && code !== 0 };
      try {
        const report = JSON.parse(fs.readFileSync(out, 'utf8'));
        Object.assign(row, {
          files: report.summary.files,
          findings: report.summary.findings,
          diagnostics: report.diagnostics.reduce((byKind, d) => ({ ...byKind, [d.kind]: (byKind[d.kind] ?? 0) + 1 }), {}),
        });
        fs.rmSync(out);
      } catch {
        row.error = stderr.trim().split('\n').slice(-3).join(' | ');
      }
      resolve(row);
    });
  });
}

function printSummary(s) {
  console.log(`\n${s.files} files, ${s.megabytes} MB, ${s.wallSeconds} s`);
  console.log(`ESLint:  ${s.eslint.crashes} crashes, ${s.eslint.parseErrors} files with a parse error (one fatal message each), ${s.eslint.engineWarnings} engine warnings, ${s.eslint.findings} findings`);
  console.log(`engine:  ${s.engine.crashes} crashes, ${s.engine.syntaxErrors} files with syntax errors (analysed as far as they parse), ${s.engine.flows} flows`);
  console.log(`hangs:   ${s.hangs}; unhandled rejections: ${s.unhandledRejections}`);
  console.log('slowest files:');
  for (const row of s.slowest) console.log(`  ${String(row.ms).padStart(7)} ms  ${(row.bytes / 1024).toFixed(0).padStart(6)} KiB  ${row.file}`);
  for (const p of s.problems) console.log(`PROBLEM ${p.file}: ${p.hang ? 'hang' : ''} ${p.eslint ?? ''} ${p.engine ?? ''}`);
  for (const row of s.cli) {
    console.log(`privacy-audit ${row.folder}: exit ${row.exitCode}${row.timedOut ? ' (timed out)' : ''}, ${row.seconds} s, ${row.files ?? '?'} files, ${row.findings ?? '?'} findings, diagnostics ${JSON.stringify(row.diagnostics ?? {})}${row.error ? `; ${row.error}` : ''}`);
  }
}

async function worker() {
  const { Linter } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const plugin = (await import(path.join(DIST, 'index.js'))).default;
  const { ts: morphTs } = await import('ts-morph');
  const { analyzeFile } = await import(path.join(DIST, 'engine', 'analyze-file.js'));
  const { createProjectCache } = await import(path.join(DIST, 'engine', 'host.js'));
  const { resolveSettings } = await import(path.join(DIST, 'settings', 'resolve.js'));

  // cwd '/': every file is inside the base path; `!**/node_modules/` lifts ESLint's default ignore.
  // Without both, ESLint would answer "No matching configuration" and lint nothing.
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const unignore = { ignores: ['!**/node_modules/'] };
  const noInline = { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } };
  const tsConfig = [unignore, { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, ...noInline }, plugin.configs.recommended];
  const jsConfig = (sourceType) => [unignore, { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures: { jsx: true } } }, ...noInline }, plugin.configs.recommended];
  const settings = resolveSettings(undefined);
  let engineWarning;
  process.on('warning', (warning) => { engineWarning = warning.message; });
  process.on('unhandledRejection', (reason) => parentPort.postMessage({ type: 'unhandled', reason: String(reason) }));

  parentPort.postMessage({ type: 'ready' });
  parentPort.on('message', async ({ file }) => {
    const text = fs.readFileSync(file, 'utf8');
    const result = { file, bytes: Buffer.byteLength(text) };
    const isTs = /\.(ts|tsx|mts|cts)$/.test(file);

    engineWarning = undefined;
    try {
      const config = isTs ? tsConfig : jsConfig(file.endsWith('.cjs') ? 'commonjs' : 'module');
      const messages = linter.verify(text, config, { filename: file });
      const notLinted = messages.find((m) => !m.fatal && m.ruleId === null && /No matching configuration|ignored/i.test(m.message));
      result.eslint = notLinted ? { crash: `not linted: ${notLinted.message}` } : {
        fatal: messages.some((m) => m.fatal),
        findings: messages.filter((m) => m.ruleId?.startsWith('privacy/')).length,
      };
    } catch (error) {
      result.eslint = { crash: firstLine(error) };
    }
    await new Promise((resolve) => setImmediate(resolve)); // process.emitWarning is delivered on a later tick
    if (engineWarning) result.eslint.engineWarning = engineWarning;

    try {
      const kind = /\.tsx$/.test(file) ? morphTs.ScriptKind.TSX : /\.(ts|mts|cts)$/.test(file) ? morphTs.ScriptKind.TS : morphTs.ScriptKind.JSX;
      const sourceFile = morphTs.createSourceFile(file, text, morphTs.ScriptTarget.Latest, true, kind);
      // A Program-like host holding just this file: the typed paths run, imports stay unresolved.
      const program = { getSourceFile: (name) => (name === file ? sourceFile : undefined), getCompilerOptions: () => ({}) };
      const analysis = analyzeFile({ ts: morphTs, program, cache: createProjectCache() }, sourceFile, settings);
      result.engine = { flows: analysis.flows.length, syntaxErrors: sourceFile.parseDiagnostics?.length ?? 0 };
    } catch (error) {
      result.engine = { crash: firstLine(error) };
    }
    parentPort.postMessage({ type: 'result', result });
  });
}

function firstLine(error) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n', 1)[0].slice(0, 300);
}
