import type * as TS from 'typescript';
import { lastName, skipOuter } from '../context.js';
import {
  importOf, line, objectMembers, protectionByNames, type ReaderContext, span, stringValue,
} from './ast.js';
import { buildField, type FieldProtection, inClear, isPersonModel } from './shared.js';
import type { StoreField, StoreRecord } from './types.js';

const tableFunctions = new Set(['pgTable', 'mysqlTable', 'sqliteTable', 'singlestoreTable', 'gelTable', 'mssqlTable', 'cockroachTable']);
const schemaFunctions = new Set(['pgSchema', 'mysqlSchema', 'singlestoreSchema', 'gelSchema', 'mssqlSchema', 'cockroachSchema']);
const tableCreators = new Set(['pgTableCreator', 'mysqlTableCreator', 'sqliteTableCreator', 'singlestoreTableCreator']);

/**
 * Drizzle: `pgTable('users', { ssn: text('ssn') })`, `mysqlTable`, `sqliteTable`, the other
 * dialects, `pgSchema('app').table(…)`, `pgTableCreator(…)` tables, and the callback form
 * `pgTable('users', (t) => ({ … }))`. A column is protected when its builder says encryption
 * (`encryptedText('ssn')`), when its builder is a `customType` of this file whose `toDriver`
 * encrypts, or when its type is one of the project's `encryptedColumnTypes` (`bytea('ssn')`).
 */
export function readDrizzle(r: ReaderContext): StoreRecord[] {
  const ts = r.ts;
  const records: StoreRecord[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && isTableCall(r, node)) {
      const record = readTable(r, node);
      if (record) records.push(record);
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  return records;
}

function isTableCall(r: ReaderContext, call: TS.CallExpression): boolean {
  const ts = r.ts;
  const callee = skipOuter(ts, call.expression);
  const name = lastName(ts, callee);
  if (!name) return false;
  const imported = importOf(r, callee);
  if (tableFunctions.has(name)) return !imported || imported.module.startsWith('drizzle-orm');
  // `const app = pgSchema('app'); app.table('users', {...})`, `const createTable = pgTableCreator(…); createTable('users', {...})`.
  const origin = ts.isPropertyAccessExpression(callee) && name === 'table' ? skipOuter(ts, callee.expression) : ts.isIdentifier(callee) ? callee : undefined;
  if (!origin || !ts.isIdentifier(origin)) return false;
  const binding = r.ctx.scopes.resolve(origin);
  if (binding?.kind !== 'variable' || !binding.node.initializer) return false;
  const init = skipOuter(ts, binding.node.initializer);
  if (!ts.isCallExpression(init)) return false;
  const factory = lastName(ts, init.expression) ?? '';
  return name === 'table' ? schemaFunctions.has(factory) : tableCreators.has(factory);
}

function readTable(r: ReaderContext, call: TS.CallExpression): StoreRecord | undefined {
  const ts = r.ts;
  const table = stringValue(r, call.arguments[0]);
  let columns = call.arguments[1] ? skipOuter(ts, call.arguments[1]) : undefined;
  // `(t) => ({ id: t.integer() })`.
  if (columns && (ts.isArrowFunction(columns) || ts.isFunctionExpression(columns))) {
    const body = columns.body;
    if (ts.isBlock(body)) {
      const ret = body.statements.find((s) => ts.isReturnStatement(s)) as TS.ReturnStatement | undefined;
      columns = ret?.expression ? skipOuter(ts, ret.expression) : undefined;
    } else columns = skipOuter(ts, body);
  }
  if (!columns || !ts.isObjectLiteralExpression(columns)) return undefined;
  const variable = variableOf(r, call);
  const model = variable?.text ?? table ?? 'table';
  const person = isPersonModel(model) || (table !== undefined && isPersonModel(table));
  const fields: StoreField[] = [];
  for (const [name, { key, value }] of objectMembers(ts, columns)) {
    if (!ts.isExpression(value)) continue;
    const builder = builderCall(r, value);
    const dbName = builder ? stringValue(r, builder.arguments[0]) : undefined;
    const classified = r.words.classify(name, { personSubject: person, ...(dbName ? { dbName } : {}) });
    if (!classified) continue;
    const protection = (builder && builderProtection(r, builder)) ?? inClear();
    fields.push(buildField(name, span(r, key), classified, protection, dbName));
  }
  return {
    file: r.sourceFile.fileName,
    line: line(r, variable ?? call),
    orm: 'drizzle',
    model,
    ...(table ? { table } : {}),
    fields,
  };
}

/** The column builder call under the chain: `text('ssn').notNull().unique()` → `text('ssn')`. */
function builderCall(r: ReaderContext, value: TS.Expression): TS.CallExpression | undefined {
  const ts = r.ts;
  let node: TS.Expression = skipOuter(ts, value);
  let builder: TS.CallExpression | undefined;
  for (let i = 0; i < 32; i++) {
    if (ts.isCallExpression(node)) {
      builder = node;
      node = skipOuter(ts, node.expression);
    } else if (ts.isPropertyAccessExpression(node)) {
      node = skipOuter(ts, node.expression);
    } else break;
  }
  return builder;
}

function builderProtection(r: ReaderContext, builder: TS.CallExpression): FieldProtection | undefined {
  const ts = r.ts;
  const name = lastName(ts, builder.expression);
  if (r.words.isEncryptedColumnType(name)) return { protection: 'encrypted', evidence: `column type ${name} (encryptedColumnTypes)` };
  if (r.words.encryptionWord(name)) return { protection: 'encrypted', evidence: `column type ${name}()` };
  // A `customType` of this file: its `dataType()` and `toDriver()` decide.
  const callee = skipOuter(ts, builder.expression);
  if (ts.isIdentifier(callee)) {
    const binding = r.ctx.scopes.resolve(callee);
    if (binding?.kind === 'variable' && binding.node.initializer) {
      const init = skipOuter(ts, binding.node.initializer);
      if (ts.isCallExpression(init) && lastName(ts, init.expression) === 'customType') {
        const config = init.arguments[0] && skipOuter(ts, init.arguments[0]);
        if (config && ts.isObjectLiteralExpression(config)) {
          const members = objectMembers(ts, config);
          const dataType = members.get('dataType')?.value;
          const sqlType = dataType ? returnedString(r, dataType) : undefined;
          if (r.words.isEncryptedColumnType(sqlType)) return { protection: 'encrypted', evidence: `customType ${name} stores ${sqlType} (encryptedColumnTypes)` };
          const toDriver = members.get('toDriver')?.value;
          const found = toDriver ? protectionByNames(r, toDriver) : undefined;
          if (found) return { protection: found.protection, evidence: `customType ${name}: toDriver ${found.protection === 'encrypted' ? 'encrypts' : 'hashes'} (${found.word})` };
        }
      }
    }
  }
  return undefined;
}

function returnedString(r: ReaderContext, fn: TS.Node): string | undefined {
  const ts = r.ts;
  let found: string | undefined;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isReturnStatement(node) && node.expression) found = stringValue(r, node.expression);
    else ts.forEachChild(node, visit);
  };
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !ts.isBlock(fn.body)) return stringValue(r, fn.body);
  visit(fn);
  return found;
}

/** The variable (`export const users = pgTable(…)`) or property (`{ users: pgTable(…) }`) a table is bound to. */
function variableOf(r: ReaderContext, node: TS.Node): TS.Identifier | undefined {
  const ts = r.ts;
  let parent = node.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))) parent = parent.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name;
  return undefined;
}
