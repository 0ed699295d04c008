import fs from 'node:fs';
import path from 'node:path';
import type { ts } from 'ts-morph';
import { ts as morphTs } from 'ts-morph';
import { analyzeFile } from '../engine/analyze-file.js';
import { createProjectCache, type EngineHost } from '../engine/host.js';
import { walkProject } from './walk.js';
import { workspacePackagesOf } from './workspaces.js';
import { assembleResult, type AnalysedFile } from './assemble.js';
import { baselineOf, defaultBaselineFile, readBaseline, writeBaseline } from './baseline.js';
import { ConfigError, UsageError, firstLine } from './errors.js';
import { failOnValues, type FailOn } from './exit-code.js';
import { loadProjects } from './load-project.js';
import { loadSettings } from './load-settings.js';
import { analysePrismaSchemas, findPrismaSchemas } from './prisma-files.js';
import { packageInfo } from '../package-info.js';
import { relativePosix } from './paths.js';
import type { AuditDiagnostic, AuditResult } from './result.js';

export { exitCodeFor, failOnValues, type FailOn } from './exit-code.js';

export interface AuditProgress {
  readonly phase: 'loading' | 'analysing';
  readonly done: number;
  readonly total: number;
  /** The file about to be analysed, relative to the cwd. */
  readonly file?: string;
}

export interface AuditOptions {
  /** File or directory to audit, relative to `cwd`; the cwd when absent (with `project`: the project's files). */
  readonly path?: string;
  /** `--project`: a tsconfig, or a folder holding one. */
  readonly project?: string;
  /** `--config`: privacy.config.json, or an ESLint flat config whose `settings.privacy` to use. */
  readonly config?: string;
  readonly cwd: string;
  /** Only validated here; the exit code is `exitCodeFor(result, failOn)`. */
  readonly failOn?: FailOn;
  /** `--baseline`: accepted fingerprints. */
  readonly baseline?: string;
  /** `--update-baseline`: write the baseline (to `baseline`, or privacy-baseline.json) with every current finding. */
  readonly updateBaseline?: boolean;
  /** Also report heuristic flows, as warnings. */
  readonly strict?: boolean;
  readonly onProgress?: (progress: AuditProgress) => void;
}

/**
 * The whole audit: load the project, load settings, run the engine on every file with the
 * project's TypeChecker, and assemble the result. Writes nothing except the baseline on
 * `updateBaseline`. Throws UsageError / ProjectError / ConfigError for bad input (exit 2).
 */
export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  if (options.failOn !== undefined && !failOnValues.includes(options.failOn)) {
    throw new UsageError(`--fail-on must be one of ${failOnValues.join(', ')}; got ${String(options.failOn)}`);
  }
  const cwd = path.resolve(options.cwd);
  const show = (file: string): string => relativePosix(cwd, file);
  const baselineFile = options.baseline !== undefined || options.updateBaseline
    ? path.resolve(cwd, options.baseline ?? defaultBaselineFile)
    : undefined;
  if (options.config !== undefined && !fs.existsSync(path.resolve(cwd, options.config))) {
    throw new ConfigError(`config file not found: ${options.config}`);
  }
  // Read the baseline first: a bad baseline should fail before minutes of analysis.
  const baseline = baselineFile ? readBaseline(baselineFile, show(baselineFile), options.updateBaseline === true) : undefined;

  options.onProgress?.({ phase: 'loading', done: 0, total: 0 });
  // Prisma schemas are not TypeScript: found by their own walk, read by the engine's Prisma reader.
  const target = path.resolve(cwd, options.path ?? '.');
  const prismaOnly = options.path !== undefined && target.endsWith('.prisma') && isFile(target);
  const prismaRoot = options.path === undefined && options.project !== undefined ? projectFolder(path.resolve(cwd, options.project)) : target;
  // One walk of the audited folder serves the Prisma schemas and the projects.
  const walk = isDirectory(target) ? walkProject(target) : undefined;
  const prismaGroups = findPrismaSchemas(prismaRoot, prismaRoot === target ? walk : undefined);
  const loaded = prismaOnly
    ? { root: target, programs: [], warnings: [], packageJsons: [] }
    : loadProjects({ cwd, path: options.path, project: options.project, allowNoSources: prismaGroups.length > 0, walk });
  const allFiles = loaded.programs.flatMap((program) => program.files.map((file) => path.resolve(file.fileName)));
  const prismaFiles = prismaGroups.flatMap((group) => group.files);
  const settings = await loadSettings([...allFiles, ...prismaFiles], { cwd, root: loaded.root, config: options.config });
  const prisma = analysePrismaSchemas(prismaGroups, (file) => settings.settingsFor(file));

  const diagnostics: AuditDiagnostic[] = [
    ...loaded.warnings.map((w) => ({ kind: 'project' as const, file: show(w.file), line: 1, message: w.message })),
    ...settings.warnings.map((w) => ({ kind: 'project' as const, file: show(w.file), line: 1, message: w.message })),
    ...prisma.diagnostics.map((d) => ({ kind: d.kind, file: show(d.file), line: d.line, message: d.message })),
  ];
  const analysed: AnalysedFile[] = [...prisma.files];
  let done = 0;
  // A monorepo's packages are often one tsconfig (one Program) each: an import of a sibling
  // package is found by the package's name and read from whichever Program holds the file.
  const workspaces = workspacePackagesOf(loaded.packageJsons);
  const everyFile = new Map<string, unknown>();
  for (const { program } of loaded.programs) for (const file of program.getSourceFiles()) if (!everyFile.has(file.fileName)) everyFile.set(file.fileName, file);
  for (const loadedProgram of loaded.programs) {
    // One cache per Program: its entries are keyed by that Program's nodes and types. The casts:
    // ts-morph bundles its own TypeScript, the same API under other declaration files; the
    // engine is handed that `ts`, the one that made these nodes (DESIGN.md).
    const own = loadedProgram.program;
    const program = {
      getSourceFile: (fileName: string) => own.getSourceFile(fileName) ?? everyFile.get(fileName),
      getCompilerOptions: () => own.getCompilerOptions(),
    } as unknown as EngineHost['program'];
    const host: EngineHost = { ts: morphTs as unknown as EngineHost['ts'], program, cache: createProjectCache(), workspaces };
    for (const sourceFile of loadedProgram.files) {
      const file = path.resolve(sourceFile.fileName);
      options.onProgress?.({ phase: 'analysing', done, total: allFiles.length, file: show(file) });
      const syntaxError = firstSyntaxError(loadedProgram.program, sourceFile);
      if (syntaxError) diagnostics.push({ kind: 'syntax', file: show(file), ...syntaxError });
      try {
        // A file with syntax errors is still analysed as far as its (recovered) tree goes.
        const analysis = analyzeFile(host, sourceFile as unknown as Parameters<typeof analyzeFile>[1], settings.settingsFor(file));
        analysed.push({ analysis, text: sourceFile.text });
      } catch (error) {
        diagnostics.push({ kind: 'analysis', file: show(file), line: 1, message: `analysis failed: ${firstLine(error)}` });
      }
      done++;
    }
  }
  options.onProgress?.({ phase: 'analysing', done, total: allFiles.length });

  let result = assembleResult({
    cwd, toolVersion: packageInfo().version, files: analysed, diagnostics, strict: options.strict === true, baseline,
  });
  if (options.updateBaseline && baselineFile) {
    const updated = baselineOf(result.flows);
    writeBaseline(baselineFile, updated);
    result = assembleResult({
      cwd, toolVersion: packageInfo().version, files: analysed, diagnostics, strict: options.strict === true,
      baseline: new Set(updated.findings.map((entry) => entry.fingerprint)),
    });
  }
  return result;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** `--project`'s folder: the folder given, or the tsconfig's. */
function projectFolder(project: string): string {
  try {
    return fs.statSync(project).isDirectory() ? project : path.dirname(project);
  } catch {
    return path.dirname(project);
  }
}

function firstSyntaxError(program: ts.Program, sourceFile: ts.SourceFile): { line: number; message: string } | undefined {
  const errors = program.getSyntacticDiagnostics(sourceFile);
  const first = errors[0];
  if (!first) return undefined;
  const line = first.start !== undefined ? sourceFile.getLineAndCharacterOfPosition(first.start).line + 1 : 1;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return { line, message: `does not parse: ${morphTs.flattenDiagnosticMessageText(first.messageText, ' ')}${more}; analysed as far as it parses` };
}
