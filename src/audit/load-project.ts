import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { ProjectError } from './errors.js';
import { isInside, relativePosix } from './paths.js';
import { findNearestTsconfig, isAnalysableFile, walkProject } from './walk.js';

/** One TypeScript Program and the files the auditor analyses with it. */
export interface LoadedProgram {
  /** The tsconfig it came from, or undefined for the default project (files no tsconfig includes). */
  readonly tsconfig: string | undefined;
  readonly program: ts.Program;
  /** The files to analyse (no `.d.ts`, nothing from node_modules), sorted by file name. */
  readonly files: readonly ts.SourceFile[];
}

export interface LoadWarning {
  readonly file: string;
  readonly message: string;
}

export interface LoadedProjects {
  /** What was audited: a directory, or one file. */
  readonly root: string;
  readonly programs: readonly LoadedProgram[];
  readonly warnings: readonly LoadWarning[];
}

export interface LoadOptions {
  readonly cwd: string;
  /** File or directory to audit; the cwd when absent. */
  readonly path?: string;
  /** An explicit tsconfig (or a folder holding one), as `--project`. */
  readonly project?: string;
}

/**
 * Compiler options for folders without a tsconfig (and files no tsconfig includes): JS and TS
 * alike, and bundler-style resolution so that relative imports with or without extension resolve.
 */
export const defaultCompilerOptions: ts.CompilerOptions = {
  allowJs: true,
  noEmit: true,
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Always applied on top of the user's options: we only read types, never emit, and a TS-5-era
 * tsconfig (`moduleResolution: node`, `baseUrl`) must load under TypeScript 6 (STYLE.md §8).
 */
const overrides: ts.CompilerOptions = {
  noEmit: true,
  ignoreDeprecations: '6.0',
  incremental: false,
  composite: false,
  declaration: false,
  emitDeclarationOnly: false,
};

/** Option diagnostics that must not stop an audit: deprecated or removed options (TS5101/5102/5107/5108). */
const tolerableOptionCodes = new Set([5101, 5102, 5107, 5108, 5110, 5111]);
const noInputsCode = 18003;
const extendsNotFoundCode = 6053;

interface ParsedConfig {
  readonly tsconfig: string;
  readonly options: ts.CompilerOptions;
  readonly fileNames: readonly string[];
  readonly references: readonly string[];
  readonly outDirs: readonly string[];
}

/** Loads what `privacy-audit [path] [--project tsconfig]` audits: one Program per tsconfig. */
export function loadProjects(options: LoadOptions): LoadedProjects {
  const cwd = path.resolve(options.cwd);
  const root = path.resolve(cwd, options.path ?? '.');
  if (!fs.existsSync(root)) throw new ProjectError(`path not found: ${options.path ?? root}`);
  const rootIsFile = fs.statSync(root).isFile();
  if (rootIsFile && !isAnalysableFile(root)) {
    throw new ProjectError(`not a TypeScript or JavaScript source file: ${options.path ?? root}`);
  }
  const warnings: LoadWarning[] = [];
  const show = (file: string): string => relativePosix(cwd, file);

  const configs = options.project !== undefined
    ? explicitConfigs(path.resolve(cwd, options.project), options.project, warnings, show)
    : discoveredConfigs(root, rootIsFile, warnings, show);

  // With --project and no path, the project's own files are the scope; otherwise the path is.
  const inScope = options.project !== undefined && options.path === undefined
    ? (file: string) => !file.includes(`${path.sep}node_modules${path.sep}`)
    : (file: string) => (rootIsFile ? file === root : isInside(root, file));

  // Most specific tsconfig first: a file both a package and the repo root include belongs to the package.
  const ordered = [...configs].sort((a, b) => depth(b.tsconfig) - depth(a.tsconfig) || compare(a.tsconfig, b.tsconfig));
  const assigned = new Set<string>();
  const programs: LoadedProgram[] = [];
  for (const config of ordered) {
    const files = config.fileNames.filter((file) => isAnalysableFile(file) && inScope(file) && !assigned.has(file));
    if (files.length === 0) continue; // a tsconfig that covers nothing here costs nothing
    files.forEach((file) => assigned.add(file));
    const declarations = config.fileNames.filter((file) => /\.d\.[cm]?ts$/.test(file));
    programs.push(buildProgram(config.tsconfig, { ...config.options, ...overrides }, files, declarations, show));
  }

  // Files under the path that no tsconfig includes (dot-folders such as `.well-known`, which
  // TypeScript's `include` globs leave out, stray scripts) are still analysed, in a default project.
  if (options.project === undefined) {
    const outDirs = new Set(configs.flatMap((config) => config.outDirs));
    const candidates = rootIsFile ? [root] : walkProject(root, outDirs).sourceFiles;
    const uncovered = candidates.filter((file) => !assigned.has(file));
    if (uncovered.length > 0) programs.push(buildProgram(undefined, defaultCompilerOptions, uncovered, [], show));
  }

  if (programs.length === 0) {
    throw new ProjectError(options.project !== undefined && options.path === undefined
      ? `${options.project} includes no TypeScript or JavaScript source files`
      : `no TypeScript or JavaScript source files under ${options.path ?? root}`);
  }
  return { root, programs, warnings };
}

type Show = (file: string) => string;

function explicitConfigs(tsconfigOrDir: string, given: string, warnings: LoadWarning[], show: Show): ParsedConfig[] {
  if (!fs.existsSync(tsconfigOrDir)) throw new ProjectError(`tsconfig not found: ${given}`);
  const tsconfig = fs.statSync(tsconfigOrDir).isDirectory() ? path.join(tsconfigOrDir, 'tsconfig.json') : tsconfigOrDir;
  if (!fs.existsSync(tsconfig)) throw new ProjectError(`no tsconfig.json in ${given}`);
  const configs = withReferences([tsconfig], warnings, show);
  const own = configs.find((config) => config.tsconfig === tsconfig);
  if (configs.every((config) => config.fileNames.length === 0) || (own && own.fileNames.length === 0 && own.references.length === 0)) {
    throw new ProjectError(`${given} includes no TypeScript or JavaScript source files`);
  }
  return configs;
}

function discoveredConfigs(root: string, rootIsFile: boolean, warnings: LoadWarning[], show: Show): ParsedConfig[] {
  const dir = rootIsFile ? path.dirname(root) : root;
  const below = rootIsFile ? [] : walkProject(root).tsconfigs;
  const nearest = findNearestTsconfig(dir);
  const starts = nearest && !below.includes(nearest) ? [nearest, ...below] : below;
  return withReferences(starts, warnings, show);
}

/** Parses the tsconfigs and, transitively, the projects they reference (solution-style configs). */
function withReferences(tsconfigs: readonly string[], warnings: LoadWarning[], show: Show): ParsedConfig[] {
  const seen = new Map<string, ParsedConfig>();
  const queue = [...tsconfigs];
  while (queue.length > 0) {
    const tsconfig = path.resolve(queue.shift()!);
    if (seen.has(tsconfig)) continue;
    const parsed = parseTsconfig(tsconfig, warnings, show);
    seen.set(tsconfig, parsed);
    queue.push(...parsed.references.filter((reference) => fs.existsSync(reference)));
  }
  return [...seen.values()];
}

function parseTsconfig(tsconfig: string, warnings: LoadWarning[], show: Show): ParsedConfig {
  // readConfigFile reports what getParsedCommandLineOfConfigFile silently drops: unreadable files and bad JSON.
  const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (read.error) throw new ProjectError(`cannot read ${show(tsconfig)}: ${describeDiagnostic(read.error)}`);

  let unrecoverable: ts.Diagnostic | undefined;
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, overrides, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => { unrecoverable = diagnostic; },
  });
  if (!parsed || unrecoverable) {
    throw new ProjectError(`cannot read ${show(tsconfig)}: ${unrecoverable ? describeDiagnostic(unrecoverable) : 'unknown error'}`);
  }
  for (const error of parsed.errors) {
    if (error.code === noInputsCode || tolerableOptionCodes.has(error.code)) continue;
    const message = ts.flattenDiagnosticMessageText(error.messageText, ' ');
    if (error.code === extendsNotFoundCode) {
      // A workspace package's shared tsconfig that is not installed: go on with what this file sets.
      warnings.push({ file: tsconfig, message: `${message} Its "extends" is ignored; default compiler options are used instead.` });
      continue;
    }
    if (error.category !== ts.DiagnosticCategory.Error || /deprecated|has been removed/i.test(message)) continue;
    throw new ProjectError(`invalid ${show(tsconfig)}: ${describeDiagnostic(error)}`);
  }
  const options = parsed.options;
  return {
    tsconfig,
    options,
    fileNames: parsed.fileNames.map((file) => path.resolve(file)).sort(compare),
    references: (parsed.projectReferences ?? []).map((reference) => path.resolve(ts.resolveProjectReferencePath(reference))),
    outDirs: [options.outDir, options.declarationDir].filter((dir): dir is string => dir !== undefined).map((dir) => path.resolve(dir)),
  };
}

/**
 * We parse the tsconfig ourselves (to map its errors and fall back on a missing `extends`), so
 * ts-morph gets the parsed options and only the files we analyse (plus the project's `.d.ts`
 * files, for ambient `declare module` shims). The Program resolves their imports when it is
 * built, which is all the checker needs; ts-morph's own dependency walk is not used.
 */
function buildProgram(
  tsconfig: string | undefined,
  compilerOptions: ts.CompilerOptions,
  files: readonly string[],
  declarations: readonly string[],
  show: Show,
): LoadedProgram {
  let program: ts.Program;
  try {
    const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
    for (const file of [...declarations, ...files]) project.addSourceFileAtPath(file);
    program = project.getProgram().compilerObject; // build once, reuse for every file
  } catch (error) {
    throw new ProjectError(`cannot load ${tsconfig ? show(tsconfig) : 'the default project'}: ${(error as Error).message.split('\n', 1)[0]}`);
  }
  const wanted = new Set(files);
  const sourceFiles = program.getSourceFiles()
    .filter((sourceFile) => wanted.has(path.resolve(sourceFile.fileName)))
    .sort((a, b) => compare(a.fileName, b.fileName));
  return { tsconfig, program, files: sourceFiles };
}

function describeDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${message} (line ${line + 1}, column ${character + 1})`;
  }
  return message;
}

function depth(file: string): number {
  return file.split(path.sep).length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
