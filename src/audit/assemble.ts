import type { CallerGuard, CategoryRef, FileAnalysis, Flow, FlowStatus } from '../engine/findings.js';
import { messageTextOf } from '../engine/messages.js';
import { parseSuppressions, type Suppressions } from '../engine/suppressions.js';
import { fingerprintAll } from './fingerprint.js';
import { hideLiterals, hideLiteralsInNote } from './hide-literals.js';
import type { StoreRecord } from '../engine/models/types.js';
import { buildInventory, storeLabels, type DeclarationInput, type ModelStoreInput } from './inventory.js';
import { compareStrings, relativePosix } from './paths.js';
import { modelStoreNames, StoreLinker } from './stores.js';
import {
  flowStatuses, ruleIds, type AuditDiagnostic, type AuditFinding, type AuditFlow, type AuditResult, type AuditSummary, type RuleId,
} from './result.js';

/** One analysed file: the engine's answer and the text its suppression comments are read from. */
export interface AnalysedFile {
  readonly analysis: FileAnalysis;
  readonly text: string;
  /**
   * False for files that cannot hold ESLint directives (a `.prisma` schema): its `//` comments
   * are not read as suppressions. The baseline applies to every file.
   */
  readonly directives?: boolean;
}

export interface AssembleInput {
  readonly cwd: string;
  readonly toolVersion: string;
  readonly files: readonly AnalysedFile[];
  readonly diagnostics: readonly AuditDiagnostic[];
  /** Report flows that rest on heuristics (as warnings). */
  readonly strict: boolean;
  /** Fingerprints accepted by the baseline. */
  readonly baseline?: ReadonlySet<string>;
}

/**
 * Turns the engine's per-file analyses into the auditor's result: settles consent that depends
 * on callers in other files, applies suppressions and the baseline, fingerprints, and builds the
 * inventory and counts. Pure and deterministic: the same analyses in any order give the same result.
 */
export function assembleResult(input: AssembleInput): AuditResult {
  const { cwd } = input;
  const rel = (file: string): string => relativePosix(cwd, file);
  const files = [...input.files].sort((a, b) => compareStrings(a.analysis.file, b.analysis.file));
  const textOf = new Map(files.map((file) => [file.analysis.file, file.directives === false ? '' : file.text]));

  const callers = callersByCallee(files.map((file) => file.analysis));
  const engineFlows = files
    .flatMap((file) => file.analysis.flows)
    .filter((flow) => input.strict || !flow.heuristic)
    .map((flow) => ({ flow, status: settleCallers(flow, callers) }))
    .sort((a, b) => compareFlows(a.flow, b.flow));

  const fingerprints = fingerprintAll(engineFlows.map(({ flow }) => ({
    ruleId: ruleIdOf(flow),
    file: rel(flow.file),
    sinkTarget: hideLiterals(flow.sink.target),
    sourceText: hideLiterals(flow.source.text),
    categories: flow.categories.map((c) => c.id),
  })));

  // Data models: every declared model, the flows that declare their fields or write to them.
  const records = files.flatMap((file) => file.analysis.stores);
  const linker = new StoreLinker(records);
  const recordOfFlow = engineFlows.map(({ flow }) => linker.recordOf(flow));
  const linked = new Set(recordOfFlow.filter((record): record is StoreRecord => record !== undefined));
  const listed = records.filter((record) => record.fields.length > 0 || linked.has(record));
  const storeNames = modelStoreNames(listed, rel, new Set(Object.values(storeLabels)));

  const suppressionsOf = memoize((file: string): Suppressions => parseSuppressions(textOf.get(file) ?? ''));
  const flows: AuditFlow[] = engineFlows.map(({ flow, status }, index) => {
    const fingerprint = fingerprints[index]!;
    let finalStatus: FlowStatus = status;
    if (status === 'violation' && suppressionsOf(flow.file).isSuppressed(ruleIdOf(flow), flow.span.line, flow.span.column)) finalStatus = 'suppressed';
    else if (status === 'violation' && input.baseline?.has(fingerprint)) finalStatus = 'baselined';
    const record = recordOfFlow[index];
    return toAuditFlow(flow, finalStatus, fingerprint, rel, record ? storeNames.get(record) : undefined);
  });

  const findings: AuditFinding[] = flows.filter((flow) => flow.status === 'violation').map(toFinding);
  const categoryRefs = new Map<string, CategoryRef>();
  for (const file of files) {
    for (const flow of file.analysis.flows) for (const c of flow.categories) if (!categoryRefs.has(c.id)) categoryRefs.set(c.id, c);
    for (const d of file.analysis.declarations) for (const c of d.categories) if (!categoryRefs.has(c.id)) categoryRefs.set(c.id, c);
  }
  for (const record of records) for (const field of record.fields) for (const c of field.categories) if (!categoryRefs.has(c.id)) categoryRefs.set(c.id, c);
  const declarations = withModelFields(files.flatMap((file) => file.analysis.declarations).map((d) => ({ ...d, file: rel(d.file) })), records, rel);
  const models = listed.map((record) => modelStoreInput(record, storeNames.get(record)!, rel));
  const inventory = buildInventory(flows, declarations, categoryRefs, models);

  const engineDiagnostics: AuditDiagnostic[] = files.flatMap((file) => file.analysis.diagnostics)
    .map((d) => ({ kind: 'analysis' as const, file: rel(d.file), line: d.line, message: d.message }));
  const diagnostics = [...input.diagnostics, ...engineDiagnostics]
    .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.kind, b.kind) || compareStrings(a.message, b.message));

  const summary: AuditSummary = {
    files: files.length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    baselined: flows.filter((f) => f.status === 'baselined').length,
    suppressed: flows.filter((f) => f.status === 'suppressed').length,
    flows: flows.length,
    byStatus: Object.fromEntries(flowStatuses.map((s) => [s, flows.filter((f) => f.status === s).length])) as AuditSummary['byStatus'],
    byRule: Object.fromEntries(ruleIds.map((r) => [r, findings.filter((f) => f.ruleId === r).length])) as AuditSummary['byRule'],
    categories: inventory.categories.length,
    recipients: inventory.recipients.length,
    stores: inventory.stores.length,
    logSinks: inventory.logSinks.length,
    diagnostics: diagnostics.length,
  };

  return { version: 1, tool: { name: 'privacy-audit', version: input.toolVersion }, findings, flows, inventory, summary, diagnostics };
}

export function ruleIdOf(flow: Pick<Flow, 'rule'>): RuleId {
  return `privacy/${flow.rule}`;
}

function callersByCallee(analyses: readonly FileAnalysis[]): Map<string, CallerGuard[]> {
  const map = new Map<string, CallerGuard[]>();
  for (const analysis of analyses) {
    for (const call of analysis.calls) {
      const list = map.get(call.callee);
      if (list) list.push(call);
      else map.set(call.callee, [call]);
    }
  }
  return map;
}

/**
 * A third-party flow inside a function without a consent check of its own is consented when
 * it has callers in other files and every one of them is guarded; otherwise it stays a violation.
 */
function settleCallers(flow: Flow, callers: ReadonlyMap<string, readonly CallerGuard[]>): FlowStatus {
  if (flow.status !== 'violation' || flow.pendingCallers === undefined) return flow.status;
  const calls = callers.get(flow.pendingCallers) ?? [];
  return calls.length > 0 && calls.every((call) => call.guarded) ? 'consented' : 'violation';
}

function compareFlows(a: Flow, b: Flow): number {
  return compareStrings(a.file, b.file)
    || a.span.start - b.span.start
    || a.span.end - b.span.end
    || compareStrings(a.rule, b.rule)
    || compareStrings(a.sink.target, b.sink.target)
    || compareStrings(a.source.text, b.source.text)
    || compareStrings(a.categories.map((c) => c.id).join(), b.categories.map((c) => c.id).join())
    || compareStrings(a.source.file, b.source.file)
    || a.source.line - b.source.line;
}

/** Fields of data models are declarations too (Mongoose, Drizzle and Prisma ones are not types the engine lists). */
function withModelFields(declarations: readonly DeclarationInput[], records: readonly StoreRecord[], rel: (file: string) => string): DeclarationInput[] {
  const seen = new Set(declarations.map((d) => `${d.file}\u0000${d.owner}\u0000${d.field}`));
  const out = [...declarations];
  for (const record of records) {
    const file = rel(record.file);
    for (const field of record.fields) {
      const key = `${file}\u0000${record.model}\u0000${field.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ file, line: field.line, owner: record.model, field: field.name, categories: field.categories });
    }
  }
  return out;
}

function modelStoreInput(record: StoreRecord, name: string, rel: (file: string) => string): ModelStoreInput {
  const file = rel(record.file);
  return {
    name,
    orm: record.orm,
    model: record.model,
    ...(record.table !== undefined ? { table: record.table } : {}),
    file,
    line: record.line,
    fields: record.fields.map((field) => ({
      name: field.name,
      ...(field.dbName !== undefined && field.dbName !== field.name ? { column: field.dbName } : {}),
      categories: field.categories.map((c) => c.id),
      protection: field.protection,
      evidence: { file, line: field.line, text: hideLiteralsInNote(field.evidence) },
    })),
  };
}

function toAuditFlow(flow: Flow, status: FlowStatus, fingerprint: string, rel: (file: string) => string, model: string | undefined): AuditFlow {
  const shown: Flow = {
    ...flow,
    source: { ...flow.source, text: hideLiterals(flow.source.text) },
    sink: { ...flow.sink, target: hideLiterals(flow.sink.target) },
    trace: flow.trace.map((hop) => ({ ...hop, note: hideLiteralsInNote(hop.note) })),
  };
  const sink = shown.sink;
  return {
    status,
    ruleId: ruleIdOf(flow),
    severity: flow.heuristic ? 'warning' : 'error',
    file: rel(flow.file),
    line: flow.span.line,
    column: flow.span.column,
    endLine: flow.span.endLine,
    endColumn: flow.span.endColumn,
    message: messageTextOf(shown, status),
    categories: flow.categories.map((c) => c.id),
    source: { text: shown.source.text, file: rel(flow.source.file), line: flow.source.line },
    sink: {
      kind: sink.kind,
      target: sink.target,
      ...(sink.vendor !== undefined ? { vendor: sink.vendor } : {}),
      ...(sink.purpose !== undefined ? { purpose: sink.purpose } : {}),
      ...(sink.store !== undefined ? { store: sink.store } : {}),
      ...(sink.host !== undefined ? { host: sink.host } : {}),
      ...(model !== undefined ? { model } : {}),
      file: rel(sink.file),
      line: sink.line,
    },
    trace: shown.trace
      .map((hop) => ({ file: rel(hop.file), line: hop.line, note: hop.note }))
      .filter((hop, index, hops) => index === 0 || hop.file !== hops[index - 1]!.file || hop.line !== hops[index - 1]!.line || hop.note !== hops[index - 1]!.note),
    fingerprint,
    heuristic: flow.heuristic,
  };
}

function toFinding(flow: AuditFlow): AuditFinding {
  return {
    ruleId: flow.ruleId,
    severity: flow.severity,
    file: flow.file,
    line: flow.line,
    column: flow.column,
    endLine: flow.endLine,
    endColumn: flow.endColumn,
    message: flow.message,
    categories: flow.categories,
    source: flow.source,
    sink: flow.sink,
    trace: flow.trace,
    fingerprint: flow.fingerprint,
  };
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
