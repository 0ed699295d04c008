import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { analyzeFile } from '../engine/analyze-file.js';
import type { FileAnalysis } from '../engine/findings.js';
import { createProjectCache, type EngineHost, type ProjectCache } from '../engine/host.js';
import { resolveSettings, SettingsError, type ResolvedSettings } from '../settings/resolve.js';

// `require`, not `import`: an ESM import of the 9 MB CommonJS typescript.js makes Node lex it
// for named exports (~0.3 s per process); the parser has already required the same instance.
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type AnalysisResult = { readonly analysis: FileAnalysis } | { readonly settingsError: string };

// All three rules share one analysis per file: keyed by the SourceFile, then by settings.
const analyses = new WeakMap<TS.SourceFile, WeakMap<object, AnalysisResult>>();
const projectCaches = new WeakMap<TS.Program, ProjectCache>();
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

function analyse(context: AnyContext, sourceFile: TS.SourceFile, rawSettings: unknown): AnalysisResult {
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
  // The Program only (no TypeChecker): the engine follows imports and reads declared types itself.
  const host: EngineHost = { ts, program, cache };
  try {
    return { analysis: analyzeFile(host, sourceFile, settings, { auditorData: false }) };
  } catch (error) {
    // An engine fault on one odd file must not stop the lint run: report nothing for it, say why once.
    warnOnce(`eslint-plugin-privacy: could not analyse ${context.filename}: ${error instanceof Error ? error.message : String(error)}`);
    return { analysis: { file: sourceFile.fileName, flows: [], declarations: [], diagnostics: [], calls: [], stores: [] } };
  }
}

/**
 * typescript-eslint maps the ESTree Program to the TS.SourceFile it parsed (typed or not);
 * for other parsers (espree for .js), the engine parses the same text itself. So it does when the
 * parser saw only part of the file (the <script> of a .vue component): findings must be placed in
 * the whole file ESLint reports on.
 */
function sourceFileOf(context: AnyContext): TS.SourceFile {
  const services = context.sourceCode.parserServices;
  const mapped = services?.esTreeNodeToTSNodeMap?.get(context.sourceCode.ast as never) as TS.Node | undefined;
  if (mapped && mapped.kind === ts.SyntaxKind.SourceFile && (mapped as TS.SourceFile).text === context.sourceCode.text) return mapped as TS.SourceFile;
  return parseOurselves(context);
}

const parsed = new WeakMap<object, TS.SourceFile>();

function parseOurselves(context: AnyContext): TS.SourceFile {
  const key = context.sourceCode.ast;
  let sourceFile = parsed.get(key);
  if (!sourceFile) {
    const filename = context.filename;
    const scripts = /\.(vue|svelte)$/i.test(filename) ? scriptBlocksOnly(context.sourceCode.text) : undefined;
    const kind = scripts ? (scripts.typescript ? ts.ScriptKind.TS : ts.ScriptKind.JSX) : scriptKindOf(filename);
    sourceFile = ts.createSourceFile(filename, scripts?.text ?? context.sourceCode.text, ts.ScriptTarget.Latest, true, kind);
    parsed.set(key, sourceFile);
  }
  return sourceFile;
}

/**
 * A component file (.vue, .svelte) with everything but its <script> blocks blanked out: the
 * scripts stay where they are, so positions and lines are the file's own.
 */
function scriptBlocksOnly(text: string): { text: string; typescript: boolean } | undefined {
  const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
  let out = '';
  let last = 0;
  let typescript = false;
  for (const match of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const start = match.index + match[1]!.length;
    out += blank(text.slice(last, start)) + match[2]!;
    last = start + match[2]!.length;
    if (/\blang\s*=\s*["']?(?:ts|tsx|typescript)\b/i.test(match[1]!)) typescript = true;
  }
  if (last === 0) return undefined;
  return { text: out + blank(text.slice(last)), typescript };
}

function scriptKindOf(filename: string): TS.ScriptKind {
  if (/\.(tsx)$/i.test(filename)) return ts.ScriptKind.TSX;
  if (/\.(jsx)$/i.test(filename)) return ts.ScriptKind.JSX;
  if (/\.(ts|mts|cts)$/i.test(filename)) return ts.ScriptKind.TS;
  // Plain .js may hold JSX (React without the extension): JSX parsing is a superset here.
  return ts.ScriptKind.JSX;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message);
}
