import type { Purpose, StoreKind } from '../engine/catalogue/types.js';
import type { FlowStatus, SinkKind } from '../engine/findings.js';
import type { StoreOrm, StoreProtection } from '../engine/models/types.js';
import type { CategoryGroup, Sensitivity } from '../engine/taxonomy/types.js';

/**
 * The auditor's result: the stable JSON shape of DESIGN.md ("The auditor's contract"). Every
 * report is a pure function of it. Paths are POSIX and relative to the working directory; lines
 * and columns are 1-based, end columns exclusive (as ESLint's). Key order in these interfaces is
 * the key order of the JSON output.
 */
export interface AuditResult {
  readonly version: 1;
  readonly tool: { readonly name: 'privacy-audit'; readonly version: string };
  /** New violations: flows with status `violation` (not suppressed, not in the baseline). */
  readonly findings: readonly AuditFinding[];
  /** Every personal-data flow found, the safe ones too. */
  readonly flows: readonly AuditFlow[];
  readonly inventory: Inventory;
  readonly summary: AuditSummary;
  readonly diagnostics: readonly AuditDiagnostic[];
}

export type Severity = 'error' | 'warning';

export type RuleId = 'privacy/no-pii-in-logs' | 'privacy/no-pii-to-third-parties' | 'privacy/no-unencrypted-pii-storage';

export interface SourceRef {
  /** The expression as written, literals replaced by a placeholder. */
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

export interface SinkInfo {
  readonly kind: SinkKind;
  readonly target: string;
  readonly vendor?: string;
  readonly purpose?: Purpose;
  readonly store?: StoreKind;
  readonly host?: string;
  /**
   * The data model the flow declares or writes to: the `name` of its store in
   * `inventory.stores` (usually the model's name, `User`). Writes are linked by name, best effort.
   */
  readonly model?: string;
  readonly file: string;
  readonly line: number;
}

export interface TraceHop {
  readonly file: string;
  readonly line: number;
  readonly note: string;
}

export interface AuditFinding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly categories: readonly string[];
  readonly source: SourceRef;
  readonly sink: SinkInfo;
  readonly trace: readonly TraceHop[];
  readonly fingerprint: string;
}

/** Every flow, the safe ones too: a finding's fields plus its status. */
export interface AuditFlow extends AuditFinding {
  readonly status: FlowStatus;
  /** Reported only with `--strict`. */
  readonly heuristic: boolean;
}

/** A place that proves an inventory row. */
export interface Evidence {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly status: FlowStatus;
  readonly categories: readonly string[];
}

export interface InventoryCategory {
  readonly id: string;
  readonly label: string;
  readonly group: CategoryGroup;
  readonly sensitivity: Sensitivity;
  /** Type fields and schema columns that hold it. */
  readonly declaredAt: readonly { readonly file: string; readonly line: number; readonly owner: string; readonly field: string }[];
  /** Where it enters a flow (the source expressions). */
  readonly seenAt: readonly { readonly file: string; readonly line: number; readonly expression: string }[];
}

/** `guarded`: every flow that needs consent checks it; `not-required`: essential processors, hashed data. */
export type ConsentState = 'guarded' | 'partly-guarded' | 'not-guarded' | 'not-required';

export interface InventoryRecipient {
  /** The vendor, or the host for an HTTP call to an unknown third party. */
  readonly name: string;
  readonly purpose: Purpose;
  readonly categories: readonly string[];
  readonly consent: ConsentState;
  readonly evidence: readonly Evidence[];
}

export type EncryptionState = 'encrypted' | 'partly-encrypted' | 'clear' | 'masked';

export interface InventoryStore {
  /**
   * The kind of store (`Browser storage`, `Cookies`, `Database`…) or the call when the kind is
   * unknown; for a data model, its name (`User`; `User (prisma/schema.prisma)` when two models
   * share it).
   */
  readonly name: string;
  readonly categories: readonly string[];
  readonly encryption: EncryptionState;
  /** The flows that reach it: writes, and for a data model the reported field declarations. */
  readonly evidence: readonly Evidence[];
  // The keys below are set for data models (entities, schemas, tables) only.
  readonly orm?: StoreOrm;
  /** The model's name in code: `User`, `users` (a Drizzle table variable). */
  readonly model?: string;
  /** The table or collection, when the model declares it. */
  readonly table?: string;
  /** Where the model is declared. */
  readonly file?: string;
  readonly line?: number;
  /** Its personal fields, every one (also those below the reporting threshold). */
  readonly fields?: readonly InventoryStoreField[];
}

/** A personal field of a data model. */
export interface InventoryStoreField {
  /** As the model names it; nested paths dotted (`address.street`). */
  readonly name: string;
  /** The database column, when the model maps the field to another name. */
  readonly column?: string;
  readonly categories: readonly string[];
  readonly protection: StoreProtection;
  /** Where the field is declared, and why it is protected or not. */
  readonly evidence: { readonly file: string; readonly line: number; readonly text: string };
}

export interface InventoryLogSink {
  readonly name: string;
  readonly categories: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface Inventory {
  readonly categories: readonly InventoryCategory[];
  readonly recipients: readonly InventoryRecipient[];
  readonly stores: readonly InventoryStore[];
  readonly logSinks: readonly InventoryLogSink[];
}

export interface AuditSummary {
  readonly files: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly baselined: number;
  readonly suppressed: number;
  readonly flows: number;
  /** Flows per status, every status listed (0 when none). */
  readonly byStatus: Readonly<Record<FlowStatus, number>>;
  /** Findings per rule, every rule listed. */
  readonly byRule: Readonly<Record<RuleId, number>>;
  readonly categories: number;
  readonly recipients: number;
  readonly stores: number;
  readonly logSinks: number;
  readonly diagnostics: number;
}

export type DiagnosticKind = 'project' | 'syntax' | 'analysis';

export interface AuditDiagnostic {
  readonly kind: DiagnosticKind;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export const flowStatuses: readonly FlowStatus[] = ['violation', 'baselined', 'suppressed', 'redacted', 'consented', 'encrypted', 'permitted'];

export const ruleIds: readonly RuleId[] = ['privacy/no-pii-in-logs', 'privacy/no-pii-to-third-parties', 'privacy/no-unencrypted-pii-storage'];
