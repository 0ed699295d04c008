#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pc from 'picocolors';
import { helpText, parseCliArgs, type CliOptions } from './cli-options.js';
import { firstLine, isAuditInputError } from './errors.js';
import { exitCodeFor } from './exit-code.js';
import { packageInfo } from '../package-info.js';
import { createProgressBar, progressWanted } from './progress.js';
import { formatters } from './report/index.js';
import { plural } from './report/data-flow.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });

/**
 * `privacy-audit [path] [options]`: parse argv, run the audit, write the report, return the exit
 * code (0 clean, 1 findings at or above --fail-on, 2 usage/config/project or internal error).
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`privacy-audit: ${firstLine(error)}\nRun privacy-audit --help for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(helpText());
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }

  const progress = !options.quiet && progressWanted(io.stderr, io.env) ? createProgressBar(io.stderr) : undefined;
  try {
    // Loaded here, not at the top, so that --help and --version do not load the analysis engine.
    const { runAudit } = await import('./run-audit.js');
    const result = await runAudit({
      path: options.path,
      project: options.project,
      config: options.config,
      cwd: io.cwd,
      failOn: options.failOn,
      baseline: options.baseline,
      updateBaseline: options.updateBaseline,
      strict: options.strict,
      onProgress: progress ? (p) => progress.update(p) : undefined,
    });
    progress?.finish();

    const toFile = options.output !== undefined;
    const color = !toFile && options.format === 'text' && io.stdout.isTTY === true && pc.isColorSupported;
    const report = formatters[options.format](result, {
      cwd: path.resolve(io.cwd),
      color,
      repositoryUrl: packageInfo().repositoryUrl,
      quiet: options.quiet,
    });
    if (toFile) {
      const target = path.resolve(io.cwd, options.output!);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, report);
      const { summary } = result;
      if (!options.quiet) {
        io.stdout.write(`privacy-audit: ${plural(summary.findings, 'finding')} (${summary.errors} errors, ${summary.warnings} warnings, ${summary.baselined} baselined, ${summary.suppressed} suppressed) in ${plural(summary.files, 'file')}; ${options.format} report written to ${options.output}\n`);
      }
    } else {
      io.stdout.write(report);
    }
    if (options.updateBaseline && !options.quiet) {
      io.stderr.write(`privacy-audit: baseline written to ${options.baseline ?? 'privacy-baseline.json'} (${plural(result.summary.baselined, 'finding')} accepted)\n`);
    }
    return exitCodeFor(result, options.failOn);
  } catch (error) {
    progress?.finish();
    if (isAuditInputError(error)) {
      io.stderr.write(`privacy-audit: ${firstLine(error)}\n`);
      return 2;
    }
    io.stderr.write(`privacy-audit: internal error: ${firstLine(error)}${options.debug ? '' : ' (rerun with --debug for the stack trace)'}\n`);
    if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

/** True when this module is the program node started (also through npm's bin symlink). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `privacy-audit | head`: the reader left; stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // exitCode, not exit(): a large report piped to another program must be flushed first.
  process.exitCode = await main(process.argv.slice(2));
}
