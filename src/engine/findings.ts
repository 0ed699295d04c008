import type { Purpose, StoreKind } from './catalogue/types.js';
import type { StoreRecord } from './models/types.js';
import type { CategoryGroup, Sensitivity } from './taxonomy/types.js';

export type SinkKind = 'log' | 'third-party' | 'storage';

export type RuleName = 'no-pii-in-logs' | 'no-pii-to-third-parties' | 'no-unencrypted-pii-storage';

export const ruleForSink: Readonly<Record<SinkKind, RuleName>> = {
  log: 'no-pii-in-logs',
  'third-party': 'no-pii-to-third-parties',
  storage: 'no-unencrypted-pii-storage',
};

/** Engine-level statuses; `suppressed` and `baselined` are added by the front ends. */
export type EngineFlowStatus = 'violation' | 'redacted' | 'consented' | 'encrypted' | 'permitted';
export type FlowStatus = EngineFlowStatus | 'suppressed' | 'baselined';

/** A place in a file: 1-based line and column, end column exclusive (as ESLint). Offsets are 0-based. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface CategoryRef {
  readonly id: string;
  readonly label: string;
  readonly group: CategoryGroup;
  readonly sensitivity: Sensitivity;
}

export interface Hop {
  /** Absolute file name as the engine saw it; front ends relativise. */
  readonly file: string;
  readonly line: number;
  readonly note: string;
}

export interface SinkRef {
  readonly kind: SinkKind;
  /** The call or assignment as written, shortened: `console.log`, `posthog.capture`, `localStorage.setItem`. */
  readonly target: string;
  readonly vendor?: string;
  readonly purpose?: Purpose;
  readonly store?: StoreKind;
  /** For HTTP sinks: the host, when known. */
  readonly host?: string;
  /** For a field declared in a data model: the model (`User`); the flow is reported on the field. */
  readonly model?: string;
  readonly file: string;
  readonly line: number;
}

/** A suggestion the ESLint front end may offer. Ranges are offsets in the reported file. */
export interface FixSuggestion {
  readonly helper: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface Flow {
  readonly rule: RuleName;
  readonly kind: SinkKind;
  readonly status: EngineFlowStatus;
  readonly categories: readonly CategoryRef[];
  /** The source expression as text (literals rendered as `<string literal>`), and where it is. */
  readonly source: { readonly text: string; readonly file: string; readonly line: number };
  readonly sink: SinkRef;
  /** The file the finding is reported in, and where (the expression that passes the data). */
  readonly file: string;
  readonly span: Span;
  readonly trace: readonly Hop[];
  /** True when the flow rests on a heuristic that only `strict` reports. */
  readonly heuristic: boolean;
  /** Why the categories were recognised (the words, the type), for explanations. */
  readonly reason: string;
  readonly fix?: FixSuggestion;
  /**
   * Set on a third-party flow inside an exported function that has no consent check of its own
   * and no caller in this file: the key (`file#offset`) of that function. The flow is consented
   * when every caller (in `FileAnalysis.calls` of other files) is guarded.
   */
  readonly pendingCallers?: string;
  /** A stored value that went through a fast hash only (`sha256(password)`): a credential so stored is still reported. */
  readonly fastHashed?: true;
}

/** Where a category of personal data is declared (a type field, a schema column). */
export interface PiiDeclaration {
  readonly file: string;
  readonly line: number;
  readonly owner: string;
  readonly field: string;
  readonly categories: readonly CategoryRef[];
}

export interface EngineDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface FileAnalysis {
  readonly file: string;
  readonly flows: readonly Flow[];
  readonly declarations: readonly PiiDeclaration[];
  readonly diagnostics: readonly EngineDiagnostic[];
  /** Calls from this file to functions declared in other files, with their consent status. */
  readonly calls: readonly CallerGuard[];
  /** Data models declared in this file (entities, schemas, tables) with their personal fields. */
  readonly stores: readonly StoreRecord[];
}

/**
 * A call to a function whose body sends personal data to a third party without consent of its
 * own: whether the flow is consented depends on its callers. The engine settles callers in the
 * same file; `pendingCallers` on a flow and `calls` on the analysis let the auditor settle
 * callers in other files.
 */
export interface CallerGuard {
  /** The called function's key (`file#offset`). */
  readonly callee: string;
  readonly guarded: boolean;
  readonly file: string;
  readonly line: number;
}
