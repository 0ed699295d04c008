import type * as TS from 'typescript';
import type { ResolvedSettings } from '../settings/resolve.js';
import { Analyzer, isCallerSettledCredential, isStoredModelName, type Site, type SiteFlow } from './analyzer.js';
import { isPersonSubjectName } from './classify-name.js';
import { type EngineContext, nameText } from './context.js';
import {
  type CallerGuard, type CategoryRef, type EngineFlowStatus, type FileAnalysis, type FixSuggestion, type Flow,
  type Hop, type PiiDeclaration, ruleForSink,
} from './findings.js';
import type { EngineHost, TsApi } from './host.js';
import { lineOf, renderExpression, spanOf } from './render.js';
import { mentionsPersonalData } from './mentions.js';
import { ModuleResolver } from './modules.js';
import { storeFlows } from './store-flows.js';
import { ScopeResolver } from './scope.js';
import type { PiiItem } from './taint.js';
import { categoryRef } from './taxonomy/taxonomy.js';
import type { Sensitivity } from './taxonomy/types.js';

const analyzers = new WeakMap<object, WeakMap<ResolvedSettings, Analyzer>>();

const programless = new WeakMap<ResolvedSettings, Map<unknown, Analyzer>>();

/**
 * One Analyzer per Program (through `host.cache`) and settings; without a Program, one per
 * settings and `ts` for every file (its caches are weak maps keyed by nodes, so files do not mix,
 * and the catalogue matchers are built once instead of once per file).
 */
function analyzerFor(host: EngineHost, settings: ResolvedSettings): Analyzer {
  const create = () => {
    const modules = host.program ? new ModuleResolver(host.ts, host.program, host.workspaces) : undefined;
    const ctx: EngineContext = { ts: host.ts, modules, settings, scopes: new ScopeResolver(host.ts) };
    return new Analyzer(ctx);
  };
  if (!host.cache && !host.program) {
    let byTs = programless.get(settings);
    if (!byTs) programless.set(settings, (byTs = new Map()));
    let analyzer = byTs.get(host.ts);
    if (!analyzer) byTs.set(host.ts, (analyzer = create()));
    return analyzer;
  }
  if (!host.cache) return create();
  let bySettings = analyzers.get(host.cache);
  if (!bySettings) analyzers.set(host.cache, (bySettings = new WeakMap()));
  let analyzer = bySettings.get(settings);
  if (!analyzer) bySettings.set(settings, (analyzer = create()));
  return analyzer;
}

export interface AnalyzeOptions {
  /**
   * What only the auditor reads (default true): whether each call into another file's function
   * is consent-guarded (`calls`, to settle callers across files) and the personal fields each
   * type declares (`declarations`, for the inventory). ESLint reports flows only and skips both.
   */
  readonly auditorData?: boolean;
}

/** The whole analysis of one file: every personal-data flow to a sink (safe ones too). */
export function analyzeFile(host: EngineHost, sourceFile: TS.SourceFile, settings: ResolvedSettings, options: AnalyzeOptions = {}): FileAnalysis {
  const analyzer = analyzerFor(host, settings);
  const flows = new Map<string, Flow>();
  let calls: CallerGuard[] = [];
  let declarations: PiiDeclaration[] = [];
  if (mayHoldFlows(analyzer, sourceFile)) {
    const model = analyzer.model(sourceFile);
    // One value sent twice to one call (`identify(email, { email })`) is one finding, at its first use.
    const keyOfSourceAtSink = new Map<string, string>();
    for (const site of model.sites) {
      for (const siteFlow of analyzer.flowsAt(site)) {
        const item = siteFlow.item;
        if (item.kind !== 'pii' || item.types.length === 0) continue;
        const flow = toFlow(analyzer, site, siteFlow, item, sourceFile);
        const sourceAtSink = `${flow.rule}:${flow.status}:${site.node.pos}:${siteFlow.sinkNode.pos}:${item.originFile.fileName}:${item.origin.pos}`;
        const key = keyOfSourceAtSink.get(sourceAtSink) ?? `${flow.rule}:${flow.span.start}:${flow.span.end}:${flow.status}`;
        keyOfSourceAtSink.set(sourceAtSink, key);
        const existing = flows.get(key);
        flows.set(key, existing ? mergeCategories(existing, flow) : flow);
      }
    }
    if (options.auditorData !== false) {
      calls = model.externalCalls.map(({ call, callee }) => ({
        callee: functionKey(callee),
        guarded: analyzer.consent.isGuarded(call) || callersAllGuarded(analyzer, call, 0),
        file: sourceFile.fileName,
        line: lineOf(call, sourceFile),
      }));
      declarations = declarationsIn(analyzer, model.typeDeclarations, sourceFile);
    }
  }
  // Data models are read in every file: the inventory lists each store, personal fields or not.
  const stores = [...analyzer.storeRecordsOf(sourceFile)];
  for (const flow of storeFlows(stores)) flows.set(`${flow.rule}:${flow.span.start}:${flow.span.end}:${flow.status}`, flow);
  return {
    file: sourceFile.fileName,
    flows: [...flows.values()].sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule)),
    declarations,
    diagnostics: [],
    calls,
    stores,
  };
}

/**
 * Whether the file can have flows of its own. Within a file, personal data starts at a name that
 * says so; only imports of the project's modules bring more in (declared types, what imported
 * functions return). A file that names no personal data and imports no project module (without a
 * Program: any file that names none) is skipped after one scan of its text: in a typical service
 * that is about half the files (utilities, plumbing, most controllers).
 */
function mayHoldFlows(analyzer: Analyzer, sourceFile: TS.SourceFile): boolean {
  // The imports first: with a Program most files import a project module, and then the text
  // need not be scanned at all.
  const modules = analyzer.ctx.modules;
  if (modules !== undefined && importsProjectModule(analyzer.ctx.ts, modules, sourceFile)) return true;
  return mentionsPersonalData(sourceFile.text, analyzer.ctx.settings);
}

function importsProjectModule(ts: TsApi, modules: ModuleResolver, sourceFile: TS.SourceFile): boolean {
  // `require('./x')`, `await import('./x')` may sit anywhere: any such call keeps the file in.
  if (/\b(?:require|import)\s*\(/.test(sourceFile.text)) return true;
  for (const statement of sourceFile.statements) {
    let specifier: TS.Expression | undefined;
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) specifier = statement.moduleSpecifier;
    else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) specifier = statement.moduleReference.expression;
    if (specifier && ts.isStringLiteralLike(specifier) && modules.resolve(specifier.text, sourceFile)) return true;
  }
  return false;
}

export function functionKey(fn: TS.Node): string {
  return `${fn.getSourceFile().fileName}#${fn.getStart(fn.getSourceFile())}`;
}

function toFlow(analyzer: Analyzer, site: Site, siteFlow: SiteFlow, item: PiiItem, sourceFile: TS.SourceFile): Flow {
  const ts = analyzer.ctx.ts;
  const sink = siteFlow.sink;
  const categories = item.types.map(categoryRef);
  const originInSite = item.originFile === sourceFile && item.origin.pos >= site.node.pos && item.origin.end <= site.node.end;
  const reported = originInSite ? item.origin : siteFlow.data;
  const span = spanOf(reported, sourceFile);
  const sourceText = renderExpression(ts, item.origin, item.originFile);
  const sinkFile = siteFlow.sinkNode.getSourceFile();
  const sinkLine = lineOf(siteFlow.sinkNode, sinkFile);
  const { status, pendingCallers } = statusOf(analyzer, site, siteFlow, item);
  const threshold = sink.minimumSensitivity;
  // A credential field of a parameter typed as a stored model (`domainEntity: User`), or known only
  // from a stored model's declared type (`comment: Comment` → `author.password`), written to a
  // database holds what the code put there, usually a hash computed upstream: strict mode only.
  // (Files, cookies and browser storage are not where such entities go, so they stay reported.)
  const storedForm = sink.store === 'database' && item.types.some((t) => t.secret) &&
    ((item.fromType !== undefined && isStoredModelName(item.fromType)) || analyzer.fromStoredModelParameter(item.origin) ||
      isCallerSettledCredential(item, sink));
  const heuristic = item.heuristic || sink.heuristic ||
    !categories.some((c, i) => atLeast(c.sensitivity, threshold) && !(storedForm && item.types[i]?.secret));
  const trace: Hop[] = [
    { file: item.originFile.fileName, line: lineOf(item.origin, item.originFile), note: `\`${sourceText}\` holds ${categories.map((c) => c.label.toLowerCase()).join(', ')}: ${item.reason}` },
    ...item.hops,
    { file: sinkFile.fileName, line: sinkLine, note: `reaches \`${sink.target}\`${sink.vendor ? ` (${sink.vendor})` : ''}` },
  ];
  const fix = status === 'violation' && originInSite && sink.kind !== 'storage' ? redactFix(analyzer, item.origin, sourceFile) : undefined;
  return {
    rule: ruleForSink[sink.kind],
    kind: sink.kind,
    status,
    categories,
    source: { text: sourceText, file: item.originFile.fileName, line: lineOf(item.origin, item.originFile) },
    sink: {
      kind: sink.kind,
      target: sink.target,
      ...(sink.vendor ? { vendor: sink.vendor } : {}),
      ...(sink.purpose ? { purpose: sink.purpose } : {}),
      ...(sink.store ? { store: sink.store } : {}),
      ...(sink.host ? { host: sink.host } : {}),
      file: sinkFile.fileName,
      line: sinkLine,
    },
    file: sourceFile.fileName,
    span,
    trace,
    heuristic,
    reason: item.reason,
    ...(fix ? { fix } : {}),
    ...(pendingCallers ? { pendingCallers } : {}),
    ...(sink.kind === 'storage' && item.protections.includes('hash') ? { fastHashed: true as const } : {}),
  };
}

const needsNoConsent = new Set(['payments', 'transactional-messaging', 'authentication', 'hosting', 'ai']);

function statusOf(analyzer: Analyzer, site: Site, siteFlow: SiteFlow, item: PiiItem): { status: EngineFlowStatus; pendingCallers?: string } {
  const protections = item.protections;
  const kind = siteFlow.sink.kind;
  if (protections.includes('encrypt')) return { status: 'encrypted' };
  if (kind === 'storage') {
    if (protections.includes('password-hash')) return { status: 'encrypted' };
    // A plain hash or a mask is not enough to store a credential a person chose; a cryptographic
    // hash is for a generated one (a recovery code).
    const chosenSecret = item.types.some((t) => t.secret && !t.generated);
    if (protections.includes('hash') && !chosenSecret) return { status: 'redacted' };
    if (protections.includes('redact') && !item.types.some((t) => t.secret)) return { status: 'redacted' };
    return { status: 'violation' };
  }
  if (protections.length > 0) return { status: 'redacted' };
  if (kind === 'log') return { status: 'violation' };
  if (siteFlow.sink.purpose && needsNoConsent.has(siteFlow.sink.purpose)) return { status: 'permitted' };
  if (siteFlow.guarded) return { status: 'consented' };
  if (analyzer.consent.holdsBackUntilConsent(siteFlow.sink.vendor ?? '', siteFlow.sinkNode.getSourceFile())) return { status: 'consented' };
  if (site.owner !== site.node.getSourceFile() && !analyzer.ctx.ts.isSourceFile(site.owner)) {
    const callers = analyzer.model(site.node.getSourceFile()).callers.get(site.owner) ?? [];
    if (callers.length > 0) {
      if (callers.every((call) => analyzer.consent.isGuarded(call) || callersAllGuarded(analyzer, call, 1))) return { status: 'consented' };
    } else {
      return { status: 'violation', pendingCallers: functionKey(site.owner) };
    }
  }
  return { status: 'violation' };
}

/** Whether the function around `call` is only ever called under consent (in this file). */
function callersAllGuarded(analyzer: Analyzer, call: TS.Node, depth: number): boolean {
  if (depth > 3) return false;
  const ts = analyzer.ctx.ts;
  let owner: TS.Node | undefined = call.parent;
  while (owner && !ts.isSourceFile(owner) && !(ts.isFunctionLike(owner) && analyzer.model(call.getSourceFile()).callers.has(owner))) owner = owner.parent;
  if (!owner || ts.isSourceFile(owner)) return false;
  const callers = analyzer.model(call.getSourceFile()).callers.get(owner) ?? [];
  return callers.length > 0 && callers.every((c) => analyzer.consent.isGuarded(c) || callersAllGuarded(analyzer, c, depth + 1));
}

function redactFix(analyzer: Analyzer, origin: TS.Node, sourceFile: TS.SourceFile): FixSuggestion | undefined {
  const ts = analyzer.ctx.ts;
  const helper = analyzer.ctx.settings.redactFunction ?? (fileDeclares(ts, sourceFile, 'redact') ? 'redact' : undefined);
  if (!helper) return undefined;
  const text = sourceFile.text.slice(origin.getStart(sourceFile), origin.end);
  if (ts.isShorthandPropertyAssignment(origin)) {
    return { helper, start: origin.getStart(sourceFile), end: origin.end, replacement: `${text}: ${helper}(${text})` };
  }
  if (origin.parent && ts.isShorthandPropertyAssignment(origin.parent) && origin.parent.name === origin) {
    return { helper, start: origin.getStart(sourceFile), end: origin.end, replacement: `${text}: ${helper}(${text})` };
  }
  if (!ts.isExpression(origin) && !ts.isIdentifier(origin)) return undefined;
  return { helper, start: origin.getStart(sourceFile), end: origin.end, replacement: `${helper}(${text})` };
}

function fileDeclares(ts: EngineContext['ts'], sourceFile: TS.SourceFile, name: string): boolean {
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return true;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name?.text === name) return true;
      const named = clause?.namedBindings;
      if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === name)) return true;
    }
    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)) return true;
  }
  return false;
}

const order: Record<Sensitivity, number> = { low: 0, medium: 1, high: 2 };
function atLeast(value: Sensitivity, threshold: Sensitivity): boolean {
  return order[value] >= order[threshold];
}

function mergeCategories(existing: Flow, added: Flow): Flow {
  const categories = new Map<string, CategoryRef>(existing.categories.map((c) => [c.id, c]));
  for (const category of added.categories) categories.set(category.id, category);
  return { ...existing, categories: [...categories.values()], heuristic: existing.heuristic && added.heuristic };
}

/** Fields of interfaces, type literals and classes whose names are personal data. */
function declarationsIn(analyzer: Analyzer, typeDeclarations: readonly TS.Node[], sourceFile: TS.SourceFile): PiiDeclaration[] {
  const ts = analyzer.ctx.ts;
  const out: PiiDeclaration[] = [];
  const visitMembers = (owner: string, members: readonly TS.Node[]) => {
    const aboutPerson = isPersonSubjectName(owner);
    for (const member of members) {
      if (!(ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) || !member.name) continue;
      const name = nameText(ts, member.name);
      if (name === undefined) continue;
      const classification = analyzer.ctx.settings.names.classify(name, { personSubject: aboutPerson });
      if (!classification) continue;
      out.push({ file: sourceFile.fileName, line: lineOf(member, sourceFile), owner, field: name, categories: [categoryRef(classification.type)] });
    }
  };
  for (const node of typeDeclarations) {
    if (ts.isInterfaceDeclaration(node)) visitMembers(node.name.text, node.members);
    else if (ts.isTypeAliasDeclaration(node) && ts.isTypeLiteralNode(node.type)) visitMembers(node.name.text, node.type.members);
    else if (ts.isClassDeclaration(node) && node.name) visitMembers(node.name.text, node.members);
  }
  return out;
}
