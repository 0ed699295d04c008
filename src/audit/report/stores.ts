import type { StoreOrm, StoreProtection } from '../../engine/models/types.js';
import { encryptionOf } from '../inventory.js';
import type { Evidence, Inventory, InventoryStore, InventoryStoreField } from '../result.js';

/** A store of the inventory that is a data model (entity, schema, table). */
export type ModelStore = InventoryStore & { readonly orm: StoreOrm; readonly model: string; readonly file: string; readonly line: number; readonly fields: readonly InventoryStoreField[] };

import { ormLabels } from '../../engine/store-flows.js';

export function modelStores(inventory: Inventory): ModelStore[] {
  return inventory.stores.filter((store): store is ModelStore => store.fields !== undefined && store.orm !== undefined);
}

/** `Prisma model, table users`. */
export function describeModel(store: ModelStore): string {
  return `${ormLabels[store.orm]}${store.table !== undefined ? `, table ${store.table}` : ''}`;
}

/** `ssn (column social_security_number)`. */
export function fieldLabel(field: InventoryStoreField): string {
  return field.column !== undefined ? `${field.name} (column ${field.column})` : field.name;
}

/**
 * The flows that write to the model (not the declarations of its own fields), one per call and
 * status: a call that writes a card number and a CVC in clear is one write of both.
 */
export function writesTo(store: ModelStore): Evidence[] {
  const declared = new Set(store.fields.map((field) => `${field.evidence.file}:${field.evidence.line}`));
  const writes = new Map<string, Evidence>();
  for (const e of store.evidence) {
    if (declared.has(`${e.file}:${e.line}`)) continue;
    const key = `${e.file}\u0000${e.line}\u0000${e.target}\u0000${e.status}`;
    const seen = writes.get(key);
    writes.set(key, seen ? { ...seen, categories: [...new Set([...seen.categories, ...e.categories])] } : e);
  }
  return [...writes.values()];
}

const highSensitivity = (inventory: Inventory): ReadonlySet<string> =>
  new Set(inventory.categories.filter((c) => c.sensitivity === 'high').map((c) => c.id));

/** True when a field of high sensitivity (government ids, financial, credentials, Art. 9) is stored as written. */
export function hasUnprotectedSensitiveField(store: ModelStore, inventory: Inventory): boolean {
  const high = highSensitivity(inventory);
  return store.fields.some((field) => field.protection === 'none' && field.categories.some((c) => high.has(c)));
}

/** True when the field holds data of high sensitivity. */
export function isSensitiveField(field: InventoryStoreField, inventory: Inventory): boolean {
  const high = highSensitivity(inventory);
  return field.categories.some((c) => high.has(c));
}

const protectionWords: Readonly<Record<StoreProtection, string>> = { none: 'clear', encrypted: 'encrypted', 'password-hash': 'password hash' };

/**
 * The Records-of-Processing storage cell of one category: each store that holds it, and whether
 * it is encrypted there. A data model names its fields (`User: ssn (encrypted), taxId (clear)`);
 * other stores say how the writes of that category were protected (`Browser storage (clear)`).
 */
export function storageOfCategory(inventory: Inventory, category: string): string[] {
  return inventory.stores.filter((store) => store.categories.includes(category)).map((store) => {
    const fields = (store.fields ?? []).filter((field) => field.categories.includes(category));
    if (fields.length > 0) return `${store.name}: ${fields.map((field) => `${field.name} (${protectionWords[field.protection]})`).join(', ')}`;
    const statuses = store.evidence.filter((e) => e.categories.includes(category)).map((e) => e.status);
    return `${store.name} (${statuses.length > 0 ? encryptionOf(statuses) : store.encryption})`;
  });
}
