import type { Purpose } from '../engine/catalogue/types.js';
import type { CategoryRef, FlowStatus, SinkKind } from '../engine/findings.js';
import { compareStrings } from './paths.js';
import type { StoreOrm } from '../engine/models/types.js';
import type {
  AuditFlow, ConsentState, EncryptionState, Evidence, Inventory, InventoryCategory, InventoryLogSink, InventoryRecipient,
  InventoryStore, InventoryStoreField, SinkInfo,
} from './result.js';

/** A declaration of personal data, with its file already relative to the cwd. */
export interface DeclarationInput {
  readonly file: string;
  readonly line: number;
  readonly owner: string;
  readonly field: string;
  readonly categories: readonly CategoryRef[];
}

/** A data model for the inventory: its store name and its personal fields, files relative to the cwd. */
export interface ModelStoreInput {
  readonly name: string;
  readonly orm: StoreOrm;
  readonly model: string;
  readonly table?: string;
  readonly file: string;
  readonly line: number;
  readonly fields: readonly InventoryStoreField[];
}

export const storeLabels: Readonly<Record<string, string>> = {
  'browser-storage': 'Browser storage',
  cookie: 'Cookies',
  indexeddb: 'IndexedDB',
  file: 'Files',
  database: 'Database',
  cache: 'Cache',
};

/** The destination a sink stands for in the inventory and the data-flow summary: for a data model, the model's store. */
export function destinationName(sink: Pick<SinkInfo, 'kind' | 'target' | 'vendor' | 'host' | 'store' | 'model'>): string {
  if (sink.kind === 'third-party') return sink.vendor ?? sink.host ?? sink.target;
  if (sink.kind === 'storage') return sink.model ?? (sink.store ? storeLabels[sink.store] ?? sink.store : sink.target);
  return sink.target;
}

export const destinationKinds: readonly SinkKind[] = ['log', 'third-party', 'storage'];

/**
 * The data-flow summary for auditors (issue 3, item 4): every category and where it is declared,
 * every recipient with what it receives and whether consent guards it, every store with its
 * encryption, every log sink. Each row keeps its evidence (file:line). Every flow counts,
 * suppressed and baselined ones too: the inventory describes what the code does. Data models
 * are stores of their own, with every personal field (issue 4), whether or not a flow reaches them.
 */
export function buildInventory(
  flows: readonly AuditFlow[],
  declarations: readonly DeclarationInput[],
  categoryRefs: ReadonlyMap<string, CategoryRef>,
  models: readonly ModelStoreInput[] = [],
): Inventory {
  return {
    categories: buildCategories(flows, declarations, categoryRefs),
    recipients: groupBy(flows.filter((flow) => flow.sink.kind === 'third-party'), (flow) => destinationName(flow.sink))
      .map(([name, group]): InventoryRecipient => ({
        name,
        purpose: firstPurpose(group),
        categories: categoriesOf(group),
        consent: consentOf(group.map((flow) => flow.status)),
        evidence: evidenceOf(group),
      })),
    stores: buildStores(flows.filter((flow) => flow.sink.kind === 'storage'), models),
    logSinks: groupBy(flows.filter((flow) => flow.sink.kind === 'log'), (flow) => destinationName(flow.sink))
      .map(([name, group]): InventoryLogSink => ({ name, categories: categoriesOf(group), evidence: evidenceOf(group) })),
  };
}

function buildStores(flows: readonly AuditFlow[], models: readonly ModelStoreInput[]): InventoryStore[] {
  const groups = new Map(groupBy(flows, (flow) => destinationName(flow.sink)));
  const modelOf = new Map(models.map((model) => [model.name, model]));
  const names = [...new Set([...groups.keys(), ...modelOf.keys()])].sort(compareStrings);
  return names.map((name): InventoryStore => {
    const group = groups.get(name) ?? [];
    const model = modelOf.get(name);
    if (!model) return { name, categories: categoriesOf(group), encryption: encryptionOf(group.map((flow) => flow.status)), evidence: evidenceOf(group) };
    // A field stored as written counts as clear, a protected one (encrypted or password-hashed) as encrypted.
    const fieldStatuses = model.fields.map((field): FlowStatus => (field.protection === 'none' ? 'violation' : 'encrypted'));
    return {
      name,
      categories: [...new Set([...model.fields.flatMap((field) => field.categories), ...group.flatMap((flow) => flow.categories)])].sort(compareStrings),
      encryption: encryptionOf([...fieldStatuses, ...group.map((flow) => flow.status)]),
      evidence: evidenceOf(group),
      orm: model.orm,
      model: model.model,
      ...(model.table !== undefined ? { table: model.table } : {}),
      file: model.file,
      line: model.line,
      fields: model.fields,
    };
  });
}

function buildCategories(
  flows: readonly AuditFlow[],
  declarations: readonly DeclarationInput[],
  refs: ReadonlyMap<string, CategoryRef>,
): InventoryCategory[] {
  const ids = new Set<string>([...flows.flatMap((flow) => flow.categories), ...declarations.flatMap((d) => d.categories.map((c) => c.id))]);
  return [...ids].sort(compareStrings).flatMap((id): InventoryCategory[] => {
    const ref = refs.get(id);
    if (!ref) return [];
    const declaredAt = uniqueSorted(
      declarations.filter((d) => d.categories.some((c) => c.id === id)).map((d) => ({ file: d.file, line: d.line, owner: d.owner, field: d.field })),
      (d) => `${d.file}\u0000${pad(d.line)}\u0000${d.owner}.${d.field}`,
    );
    const seenAt = uniqueSorted(
      flows.filter((flow) => flow.categories.includes(id)).map((flow) => ({ file: flow.source.file, line: flow.source.line, expression: flow.source.text })),
      (s) => `${s.file}\u0000${pad(s.line)}\u0000${s.expression}`,
    );
    return [{ id, label: ref.label, group: ref.group, sensitivity: ref.sensitivity, declaredAt, seenAt }];
  });
}

/** Consent needed by flows that reached a third party unprotected (whatever their report status) or were consented. */
export function consentOf(statuses: readonly FlowStatus[]): ConsentState {
  const needing = statuses.filter((s) => s === 'violation' || s === 'baselined' || s === 'suppressed' || s === 'consented');
  const guarded = needing.filter((s) => s === 'consented').length;
  if (needing.length === 0) return 'not-required';
  if (guarded === needing.length) return 'guarded';
  return guarded === 0 ? 'not-guarded' : 'partly-guarded';
}

/** A recipient's consent status for one category: from the flows of that category only (Art. 30 rows). */
export function consentForCategory(recipient: InventoryRecipient, categoryId: string): ConsentState {
  return consentOf(recipient.evidence.filter((e) => e.categories.includes(categoryId)).map((e) => e.status));
}

export function encryptionOf(statuses: readonly FlowStatus[]): EncryptionState {
  const encrypted = statuses.filter((s) => s === 'encrypted').length;
  const clear = statuses.filter((s) => s === 'violation' || s === 'baselined' || s === 'suppressed' || s === 'permitted').length;
  if (clear === 0) return encrypted === 0 ? 'masked' : 'encrypted';
  return encrypted === 0 ? 'clear' : 'partly-encrypted';
}

function firstPurpose(flows: readonly AuditFlow[]): Purpose {
  return flows.find((flow) => flow.sink.purpose !== undefined)?.sink.purpose ?? 'unknown';
}

function categoriesOf(flows: readonly AuditFlow[]): string[] {
  return [...new Set(flows.flatMap((flow) => flow.categories))].sort(compareStrings);
}

function evidenceOf(flows: readonly AuditFlow[]): Evidence[] {
  return flows.map((flow) => ({ file: flow.file, line: flow.line, target: flow.sink.target, status: flow.status, categories: flow.categories }));
}

/** Groups in first-seen order of sorted keys; flows arrive sorted, so evidence stays in file order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => compareStrings(a, b));
}

function uniqueSorted<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, item]) => item);
}

function pad(line: number): string {
  return String(line).padStart(9, '0');
}
