import path from 'node:path';
import type { Flow } from '../engine/findings.js';
import type { StoreOrm, StoreRecord } from '../engine/models/types.js';
import { compareStrings } from './paths.js';

/**
 * Links flows to the data models (store records) they declare or write to.
 *
 * A field declared in a model is a flow whose `sink.model` the engine sets: it links to its own
 * record. A write is linked by the names in its call, best effort:
 *
 * - Prisma: `prisma.user.create(…)`, `this.prisma.paymentCard.upsert(…)`, `tx.user.update(…)`:
 *   the delegate before the write method is the model's name with a lower-case first letter.
 * - A receiver that names a model: `User.create(…)` (Sequelize, Mongoose, TypeORM Active Record).
 * - `getRepository(User).save(…)`, `db.insert(users).values(…)`, `db.update(users).set(…)`,
 *   `….insert().into(User).values(…)`: the entity or table passed to the call before the write.
 * - A repository or model variable: `this.userRepository.save(…)`, `usersRepo.insert(…)`
 *   (TypeORM, MikroORM, Sequelize) and `this.userModel.create(…)` (NestJS Mongoose, Sequelize):
 *   the name before `Repository`/`Repo`/`Model`, compared without case, plural `s` and an
 *   `Entity`/`Model`/`Schema` suffix of the model (`UserEntity`).
 *
 * A write through `em.persist(user)`, `manager.save(User, …)` or raw SQL is not linked (the call
 * does not name the model). When several models match (two packages of a monorepo declare
 * `User`), the one whose file is nearest the write wins.
 */
export class StoreLinker {
  private readonly byModel = new Map<string, StoreRecord[]>();
  private readonly byDelegate = new Map<string, StoreRecord[]>();
  private readonly byBase = new Map<string, StoreRecord[]>();

  constructor(private readonly records: readonly StoreRecord[]) {
    for (const record of records) {
      push(this.byModel, record.model, record);
      if (record.orm === 'prisma') push(this.byDelegate, lowerFirst(record.model), record);
      push(this.byBase, baseOfModel(record.model), record);
    }
  }

  /** The record a flow declares (a model field) or writes to, when the link can be made. */
  recordOf(flow: Flow): StoreRecord | undefined {
    if (flow.sink.model !== undefined) {
      return this.records.find((r) => r.model === flow.sink.model && r.file === flow.sink.file && r.line === flow.sink.line)
        ?? this.records.find((r) => r.model === flow.sink.model && r.file === flow.file);
    }
    if (flow.kind !== 'storage' || flow.sink.store !== 'database') return undefined;
    return this.writeTarget(flow.sink.target, flow.file);
  }

  /** The record a write call (`prisma.user.create`, as the engine renders its callee) goes to. */
  writeTarget(target: string, fromFile: string): StoreRecord | undefined {
    const segments = splitMembers(target.replace(/\?\./g, '.'));
    if (segments.length < 2) return undefined;
    const method = segments[segments.length - 1]!;
    const receiver = segments[segments.length - 2]!;

    const call = /^(\w+)\((\w+)\)$/.exec(receiver);
    if (call) {
      const [, callee, argument] = call;
      if (!entityArgumentCalls.has(callee!)) return undefined;
      return nearest(this.byModel.get(argument!)?.filter((r) => r.orm !== 'prisma' && r.orm !== 'typescript'), fromFile);
    }
    if (!/^\w+$/.test(receiver)) return undefined;

    if (segments.length >= 3 && prismaWrites.has(method)) {
      const delegate = nearest(this.byDelegate.get(receiver), fromFile);
      if (delegate) return delegate;
    }
    const named = nearest(this.byModel.get(receiver)?.filter((r) => r.orm !== 'prisma' && r.orm !== 'typescript'), fromFile);
    if (named) return named;

    const variable = /^(\w+?)(Repository|Repo|Model)$/i.exec(receiver);
    if (variable && variable[1]!.length > 1) {
      const orms = /^model$/i.test(variable[2]!) ? modelVariableOrms : repositoryOrms;
      for (const base of baseVariants(variable[1]!)) {
        const found = nearest(this.byBase.get(base)?.filter((r) => orms.has(r.orm)), fromFile);
        if (found) return found;
      }
    }
    return undefined;
  }
}

const prismaWrites = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert']);
const entityArgumentCalls = new Set(['getRepository', 'getMongoRepository', 'getTreeRepository', 'getCustomRepository', 'insert', 'update', 'into']);
const repositoryOrms: ReadonlySet<StoreOrm> = new Set(['typeorm', 'mikro-orm', 'sequelize']);
const modelVariableOrms: ReadonlySet<StoreOrm> = new Set(['mongoose', 'sequelize']);

/**
 * The names stores of data models go by in the inventory: the model's name, or, when two listed
 * models share it (or it is also the label of a kind of store, such as `Database`), the name
 * followed by the file (and line) it is declared in.
 */
export function modelStoreNames(records: readonly StoreRecord[], rel: (file: string) => string, reserved: ReadonlySet<string>): Map<StoreRecord, string> {
  const count = new Map<string, number>();
  for (const record of records) count.set(record.model, (count.get(record.model) ?? 0) + 1);
  const names = new Map<StoreRecord, string>();
  const taken = new Map<string, number>();
  for (const record of records) {
    const plain = record.model;
    const name = count.get(plain) === 1 && !reserved.has(plain) ? plain : `${plain} (${rel(record.file)})`;
    taken.set(name, (taken.get(name) ?? 0) + 1);
    names.set(record, name);
  }
  // Two models of one name in one file (rare: a type and a schema): tell them apart by line.
  for (const [record, name] of names) if (taken.get(name)! > 1) names.set(record, `${record.model} (${rel(record.file)}:${record.line})`);
  return names;
}

/** `a.b(c.d).e` → `['a', 'b(c.d)', 'e']`: member segments at the top level. */
function splitMembers(text: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (ch === '.' && depth === 0) {
      segments.push(current.trim());
      current = '';
    } else current += ch;
  }
  segments.push(current.trim());
  return segments;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** `UserEntity` → `user`, `users` → `users`, `CustomerModel` → `customer`. */
function baseOfModel(model: string): string {
  const lower = model.toLowerCase().replace(/_/g, '');
  const stripped = lower.replace(/(entity|model|schema|document)$/, '');
  return stripped.length > 0 ? stripped : lower;
}

/** `users` → `users`, `user`; `addresses` → `addresses`, `addresse`, `address`. */
function baseVariants(word: string): string[] {
  const lower = word.toLowerCase().replace(/_/g, '');
  const variants = [lower];
  if (lower.endsWith('s')) variants.push(lower.slice(0, -1));
  if (lower.endsWith('es')) variants.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) variants.push(`${lower.slice(0, -3)}y`);
  return variants;
}

/** The candidate declared nearest the file (longest common folder), then the first by file name. */
function nearest(candidates: readonly StoreRecord[] | undefined, fromFile: string): StoreRecord | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  const shared = (file: string): number => {
    const a = path.dirname(file).split(/[\\/]/);
    const b = path.dirname(fromFile).split(/[\\/]/);
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return [...candidates].sort((x, y) => shared(y.file) - shared(x.file) || compareStrings(x.file, y.file) || x.line - y.line)[0];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
