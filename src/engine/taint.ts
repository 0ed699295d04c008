import type * as TS from 'typescript';
import type { Hop } from './findings.js';
import type { PiiType } from './taxonomy/types.js';

/** What a value went through that protects it; which sinks each protects is decided at the sink. */
export type Protection = 'redact' | 'hash' | 'encrypt' | 'password-hash';

/** Personal data recognised at `origin` (a name, a type, a key). */
export interface PiiItem {
  readonly kind: 'pii';
  readonly types: readonly PiiType[];
  /** The expression where the data was recognised. */
  readonly origin: TS.Node;
  readonly originFile: TS.SourceFile;
  /** Where in the current value the data sits: `[]` the value itself, `['email']` its `email` field. */
  readonly path: readonly string[];
  readonly protections: readonly Protection[];
  readonly hops: readonly Hop[];
  readonly reason: string;
  /** Rests on a heuristic that only the strict config reports. */
  readonly heuristic: boolean;
  /** Recognised from a parameter's own name or type: the function itself is where it is reported. */
  readonly fromParameter?: { readonly fn: TS.SignatureDeclaration; readonly index: number };
  /** Known only from a declared type (`comment: Comment` declares `author.password`): its name. */
  readonly fromType?: string;
}

/** "Whatever the caller passes as parameter `index`", resolved at each call site. */
export interface ParamItem {
  readonly kind: 'param';
  readonly fn: TS.SignatureDeclaration;
  readonly index: number;
  /** The part of the argument that is read: `details.email` → `['email']`. */
  readonly access: readonly string[];
  readonly path: readonly string[];
  readonly protections: readonly Protection[];
  readonly hops: readonly Hop[];
}

export type TaintItem = PiiItem | ParamItem;
export type Taint = readonly TaintItem[];

export const clean: Taint = Object.freeze([]);

/** Bounds the work on pathological code (huge object literals, long concatenations). */
const maxItems = 24;

export function union(...taints: Taint[]): Taint {
  // Most unions have at most one non-empty part (this runs for nearly every expression): that
  // part is the answer, found without building anything.
  let only: Taint | undefined;
  let several = false;
  for (const taint of taints) {
    if (taint.length === 0) continue;
    if (only === undefined) only = taint;
    else {
      several = true;
      break;
    }
  }
  if (only === undefined) return clean;
  if (!several) return only;
  const out: TaintItem[] = [];
  const seen = new Set<string>();
  for (const taint of taints) {
    for (const item of taint) {
      const key = itemKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
      if (out.length >= maxItems) return out;
    }
  }
  return out;
}

function itemKey(item: TaintItem): string {
  const base = item.kind === 'pii'
    ? `p${item.origin.pos}:${item.origin.end}:${item.originFile.fileName}:${item.types.map((t) => t.id).join(',')}`
    : `a${item.fn.pos}:${item.index}:${item.access.join('.')}`;
  return `${base}|${item.path.join('.')}|${item.protections.join(',')}`;
}

const carrierProperties = new Set(['message', 'stack', 'cause', 'detail', 'details']);

/** Reading `.name` of a value: the items stored under that field, and the whole-value parameters. */
export function project(taint: Taint, name: string): Taint {
  const out: TaintItem[] = [];
  for (const item of taint) {
    if (item.path.length > 0) {
      if (item.path[0] === name || item.path[0] === '[]') out.push({ ...item, path: item.path.slice(1) });
    } else if (item.kind === 'param') {
      out.push({ ...item, access: [...item.access, name] });
    } else if (item.protections.length > 0 || carrierProperties.has(name)) {
      // `encrypted.CiphertextBlob` stays protected; `err.message` carries what the Error was built from.
      out.push(item);
    }
  }
  return out;
}

/** Placing a value under a field: `{ email: x }`. */
export function nest(taint: Taint, name: string): Taint {
  return taint.map((item) => ({ ...item, path: [name, ...item.path] }));
}

/** Serialising or concatenating a value: the fields become part of one string. */
export function flatten(taint: Taint): Taint {
  return taint.map((item) => (item.path.length === 0 ? item : { ...item, path: [] }));
}

export function protect(taint: Taint, protection: Protection): Taint {
  return taint.map((item) => (item.protections.includes(protection) ? item : { ...item, protections: [...item.protections, protection] }));
}

export function withHop(taint: Taint, hop: Hop): Taint {
  return taint.map((item) => ({ ...item, hops: [...item.hops, hop] }));
}

export function hasPii(taint: Taint): boolean {
  return taint.some((item) => item.kind === 'pii');
}
