import type { TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';
import { analyzeFile } from '../engine/analyze-file.js';
import type { FileAnalysis } from '../engine/findings.js';
import { createProjectCache, type ProjectCache } from '../engine/host.js';
import { resolveSettings, SettingsError, type ResolvedSettings } from '../settings/resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type AnalysisResult = { readonly analysis: FileAnalysis } | { readonly settingsError: string };

// All three rules share one analysis per file: keyed by the SourceFile, then by settings.
const analyses = new WeakMap<ts.SourceFile, WeakMap<object, AnalysisResult>>();
const projectCaches = new WeakMap<ts.Program, ProjectCache>();
const noSettings = {};

/** The engine's analysis of the file being linted, computed once for all rules. */
export function analysisFor(context: AnyContext): AnalysisResult {
  const sourceFile = sourceFileOf(context);
  const rawSettings = (context.settings as { privacy?: unknown }).privacy;
  const settingsKey = typeof rawSettings === 'object' && rawSettings !== null ? rawSettings : noSettings;
  let bySettings = analyses.get(sourceFile);
  if (!bySettings) analyses.set(sourceFile, (bySettings = new WeakMap()));
  let result = bySettings.get(settingsKey);
  if (!result) {
    result = analyse(context, sourceFile, rawSettings);
    bySettings.set(settingsKey, result);
  }
  return result;
}

function analyse(context: AnyContext, sourceFile: ts.SourceFile, rawSettings: unknown): AnalysisResult {
  let settings: ResolvedSettings;
  try {
    settings = resolveSettings(rawSettings);
  } catch (error) {
    if (error instanceof SettingsError) return { settingsError: error.message };
    throw error;
  }
  const program = context.sourceCode.parserServices?.program ?? undefined;
  let cache: ProjectCache | undefined;
  if (program) {
    cache = projectCaches.get(program);
    if (!cache) projectCaches.set(program, (cache = createProjectCache()));
  }
  const host = { ts, checker: program?.getTypeChecker(), cache };
  return { analysis: analyzeFile(host, sourceFile, settings) };
}

/**
 * typescript-eslint maps the ESTree Program to the ts.SourceFile it parsed (typed or not);
 * for other parsers (espree for .js), the engine parses the same text itself.
 */
function sourceFileOf(context: AnyContext): ts.SourceFile {
  const services = context.sourceCode.parserServices;
  const mapped = services?.esTreeNodeToTSNodeMap?.get(context.sourceCode.ast as never) as ts.Node | undefined;
  if (mapped && mapped.kind === ts.SyntaxKind.SourceFile) return mapped as ts.SourceFile;
  return parseOurselves(context);
}

const parsed = new WeakMap<object, ts.SourceFile>();

function parseOurselves(context: AnyContext): ts.SourceFile {
  const key = context.sourceCode.ast;
  let sourceFile = parsed.get(key);
  if (!sourceFile) {
    const filename = context.filename;
    sourceFile = ts.createSourceFile(filename, context.sourceCode.text, ts.ScriptTarget.Latest, true, scriptKindOf(filename));
    parsed.set(key, sourceFile);
  }
  return sourceFile;
}

function scriptKindOf(filename: string): ts.ScriptKind {
  if (/\.(tsx)$/i.test(filename)) return ts.ScriptKind.TSX;
  if (/\.(jsx)$/i.test(filename)) return ts.ScriptKind.JSX;
  if (/\.(ts|mts|cts)$/i.test(filename)) return ts.ScriptKind.TS;
  // Plain .js may hold JSX (React without the extension): JSX parsing is a superset here.
  return ts.ScriptKind.JSX;
}
