import type { CallerGuard, CategoryRef, FileAnalysis, Flow, FlowStatus } from '../engine/findings.js';
import { messageTextOf } from '../engine/messages.js';
import { parseSuppressions, type Suppressions } from '../engine/suppressions.js';
import { fingerprintAll } from './fingerprint.js';
import { hideLiterals, hideLiteralsInNote } from './hide-literals.js';
import { buildInventory } from './inventory.js';
import { compareStrings, relativePosix } from './paths.js';
import {
  flowStatuses, ruleIds, type AuditDiagnostic, type AuditFinding, type AuditFlow, type AuditResult, type AuditSummary, type RuleId,
} from './result.js';

/** One analysed file: the engine's answer and the text its suppression comments are read from. */
export interface AnalysedFile {
  readonly analysis: FileAnalysis;
  readonly text: string;
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
  const textOf = new Map(files.map((file) => [file.analysis.file, file.text]));

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

  const suppressionsOf = memoize((file: string): Suppressions => parseSuppressions(textOf.get(file) ?? ''));
  const flows: AuditFlow[] = engineFlows.map(({ flow, status }, index) => {
    const fingerprint = fingerprints[index]!;
    let finalStatus: FlowStatus = status;
    if (status === 'violation' && suppressionsOf(flow.file).isSuppressed(ruleIdOf(flow), flow.span.line, flow.span.column)) finalStatus = 'suppressed';
    else if (status === 'violation' && input.baseline?.has(fingerprint)) finalStatus = 'baselined';
    return toAuditFlow(flow, finalStatus, fingerprint, rel);
  });

  const findings: AuditFinding[] = flows.filter((flow) => flow.status === 'violation').map(toFinding);
  const categoryRefs = new Map<string, CategoryRef>();
  for (const file of files) {
    for (const flow of file.analysis.flows) for (const c of flow.categories) if (!categoryRefs.has(c.id)) categoryRefs.set(c.id, c);
    for (const d of file.analysis.declarations) for (const c of d.categories) if (!categoryRefs.has(c.id)) categoryRefs.set(c.id, c);
  }
  const declarations = files.flatMap((file) => file.analysis.declarations).map((d) => ({ ...d, file: rel(d.file) }));
  const inventory = buildInventory(flows, declarations, categoryRefs);

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

function toAuditFlow(flow: Flow, status: FlowStatus, fingerprint: string, rel: (file: string) => string): AuditFlow {
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
