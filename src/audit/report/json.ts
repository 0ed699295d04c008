import {
  flowStatuses, ruleIds,
  type AuditDiagnostic, type AuditFinding, type AuditFlow, type AuditResult, type AuditSummary, type Evidence, type Inventory, type InventoryStore,
  type InventoryStoreField, type SinkInfo,
  type SourceRef, type TraceHop,
} from '../result.js';
import type { ReportContext } from './context.js';

/**
 * The stable JSON shape (DESIGN.md). Every object is rebuilt field by field, so the key order is
 * fixed whatever built the result, and diffs between two reports stay readable.
 */
export function formatJson(result: AuditResult, _context?: ReportContext): string {
  return `${JSON.stringify(orderedResult(result), null, 2)}\n`;
}

export function orderedResult(result: AuditResult): AuditResult {
  return {
    version: 1,
    tool: { name: result.tool.name, version: result.tool.version },
    findings: result.findings.map(orderedFinding),
    flows: result.flows.map(orderedFlow),
    inventory: orderedInventory(result.inventory),
    summary: orderedSummary(result.summary),
    diagnostics: result.diagnostics.map((d): AuditDiagnostic => ({ kind: d.kind, file: d.file, line: d.line, message: d.message })),
  };
}

function orderedFinding(f: AuditFinding): AuditFinding {
  return {
    ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
    message: f.message, categories: [...f.categories], source: source(f.source), sink: sink(f.sink), trace: f.trace.map(hop),
    fingerprint: f.fingerprint,
  };
}

function orderedFlow(f: AuditFlow): AuditFlow {
  return {
    status: f.status, ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, column: f.column, endLine: f.endLine,
    endColumn: f.endColumn, message: f.message, categories: [...f.categories], source: source(f.source), sink: sink(f.sink),
    trace: f.trace.map(hop), fingerprint: f.fingerprint, heuristic: f.heuristic,
  };
}

function source(s: SourceRef): SourceRef {
  return { text: s.text, file: s.file, line: s.line };
}

function sink(s: SinkInfo): SinkInfo {
  return {
    kind: s.kind,
    target: s.target,
    ...(s.vendor !== undefined ? { vendor: s.vendor } : {}),
    ...(s.purpose !== undefined ? { purpose: s.purpose } : {}),
    ...(s.store !== undefined ? { store: s.store } : {}),
    ...(s.host !== undefined ? { host: s.host } : {}),
    ...(s.model !== undefined ? { model: s.model } : {}),
    file: s.file,
    line: s.line,
  };
}

function hop(h: TraceHop): TraceHop {
  return { file: h.file, line: h.line, note: h.note };
}

function evidence(e: Evidence): Evidence {
  return { file: e.file, line: e.line, target: e.target, status: e.status, categories: [...e.categories] };
}

function orderedInventory(inventory: Inventory): Inventory {
  return {
    categories: inventory.categories.map((c) => ({
      id: c.id, label: c.label, group: c.group, sensitivity: c.sensitivity,
      declaredAt: c.declaredAt.map((d) => ({ file: d.file, line: d.line, owner: d.owner, field: d.field })),
      seenAt: c.seenAt.map((s) => ({ file: s.file, line: s.line, expression: s.expression })),
    })),
    recipients: inventory.recipients.map((r) => ({
      name: r.name, purpose: r.purpose, categories: [...r.categories], consent: r.consent, evidence: r.evidence.map(evidence),
    })),
    stores: inventory.stores.map(orderedStore),
    logSinks: inventory.logSinks.map((l) => ({ name: l.name, categories: [...l.categories], evidence: l.evidence.map(evidence) })),
  };
}

function orderedStore(s: InventoryStore): InventoryStore {
  return {
    name: s.name, categories: [...s.categories], encryption: s.encryption, evidence: s.evidence.map(evidence),
    ...(s.orm !== undefined ? { orm: s.orm } : {}),
    ...(s.model !== undefined ? { model: s.model } : {}),
    ...(s.table !== undefined ? { table: s.table } : {}),
    ...(s.file !== undefined ? { file: s.file } : {}),
    ...(s.line !== undefined ? { line: s.line } : {}),
    ...(s.fields !== undefined ? { fields: s.fields.map(orderedField) } : {}),
  };
}

function orderedField(f: InventoryStoreField): InventoryStoreField {
  return {
    name: f.name,
    ...(f.column !== undefined ? { column: f.column } : {}),
    categories: [...f.categories],
    protection: f.protection,
    evidence: { file: f.evidence.file, line: f.evidence.line, text: f.evidence.text },
  };
}

function orderedSummary(s: AuditSummary): AuditSummary {
  return {
    files: s.files, findings: s.findings, errors: s.errors, warnings: s.warnings, baselined: s.baselined, suppressed: s.suppressed,
    flows: s.flows,
    byStatus: Object.fromEntries(flowStatuses.map((status) => [status, s.byStatus[status] ?? 0])) as AuditSummary['byStatus'],
    byRule: Object.fromEntries(ruleIds.map((rule) => [rule, s.byRule[rule] ?? 0])) as AuditSummary['byRule'],
    categories: s.categories, recipients: s.recipients,
    stores: s.stores, logSinks: s.logSinks, diagnostics: s.diagnostics,
  };
}
