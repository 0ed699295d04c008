import type * as TS from 'typescript';
import { lastName, skipOuter } from '../context.js';
import {
  functionNode, hookWrites, line, objectMembers, optionsArg, protectionByNames, type ReaderContext, shortText, span, stringValue,
} from './ast.js';
import { buildField, type FieldProtection, inClear, isPersonModel } from './shared.js';
import type { StoreField, StoreRecord } from './types.js';

const writeHooks = /^before(Create|Update|Save|Upsert|BulkCreate|BulkUpdate|Validate)$/;

interface Definition {
  readonly model: string;
  readonly at: TS.Node;
  readonly table?: string;
  readonly attributes: TS.ObjectLiteralExpression;
  readonly options: TS.ObjectLiteralExpression | undefined;
  /** The names the model is reached by in this file (`User`, the `define` result's variable), for hook calls. */
  readonly handles: readonly string[];
}

/**
 * Sequelize: `class User extends Model {}; User.init({...}, { sequelize })` and
 * `sequelize.define('User', {...})`. Attributes are plain types (`DataTypes.STRING`) or options
 * objects (`type`, `field`, `set`, `get`); `VIRTUAL` attributes are not stored. A setter that
 * encrypts or password-hashes (`this.setDataValue('ssn', encrypt(value))`), a getter that
 * decrypts, an attribute built by an encryption helper (`encrypted.field('ssn')`) and a
 * `beforeCreate`/`beforeSave` hook (options `hooks`, `User.beforeCreate(fn)`, `User.addHook(…)`)
 * that assigns a hash protect it.
 */
export function readSequelize(r: ReaderContext): StoreRecord[] {
  const ts = r.ts;
  const definitions: Definition[] = [];
  const hookCalls: { receiver: string; fn: TS.Node; label: string }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = skipOuter(ts, node.expression.expression);
      const receiverName = receiver.kind === ts.SyntaxKind.ThisKeyword ? enclosingClassName(r, node) : lastName(ts, receiver);
      const attributes = node.arguments[method === 'define' ? 1 : 0];
      const attributesObject = attributes && skipOuter(ts, attributes);
      if (method === 'init' && attributesObject && ts.isObjectLiteralExpression(attributesObject)) {
        const options = node.arguments[1] ? optionsArg(ts, [node.arguments[1]]) : undefined;
        const members = options ? objectMembers(ts, options) : undefined;
        // `Model.init` always takes `{ sequelize }`; other `init({...})` calls are not models.
        if (members?.has('sequelize') && receiverName) {
          const model = stringValue(r, members.get('modelName')?.value) ?? receiverName;
          const table = stringValue(r, members.get('tableName')?.value);
          definitions.push({ model, at: node.expression.expression, ...(table ? { table } : {}), attributes: attributesObject, options, handles: [receiverName] });
        }
      } else if (method === 'define' && attributesObject && ts.isObjectLiteralExpression(attributesObject)) {
        const model = stringValue(r, node.arguments[0]);
        if (model) {
          const options = node.arguments[2] ? optionsArg(ts, [node.arguments[2]]) : undefined;
          const table = stringValue(r, options && objectMembers(ts, options).get('tableName')?.value);
          const variable = variableName(r, node);
          definitions.push({ model, at: node.arguments[0]!, ...(table ? { table } : {}), attributes: attributesObject, options, handles: variable ? [variable, model] : [model] });
        }
      } else if (receiverName && (writeHooks.test(method) || method === 'addHook' || method === 'hook')) {
        const event = writeHooks.test(method) ? method : stringValue(r, node.arguments[0]);
        const last = node.arguments[node.arguments.length - 1];
        const fn = last && functionNode(r, last);
        if (event && writeHooks.test(event) && fn) hookCalls.push({ receiver: receiverName, fn, label: `${event} hook` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);

  return definitions.map((definition) => {
    const hooks = new Map<string, FieldProtection>();
    const add = (fn: TS.Node, label: string) => {
      for (const [field, protection] of hookWrites(r, fn, label)) if (!hooks.has(field)) hooks.set(field, protection);
    };
    const hookOption = definition.options && objectMembers(ts, definition.options).get('hooks')?.value;
    if (hookOption && ts.isObjectLiteralExpression(hookOption)) {
      for (const [event, { value }] of objectMembers(ts, hookOption)) {
        if (!writeHooks.test(event)) continue;
        const fn = ts.isMethodDeclaration(value) ? value : ts.isExpression(value) ? functionNode(r, value) : undefined;
        if (fn) add(fn, `${event} hook`);
      }
    }
    for (const call of hookCalls) if (definition.handles.includes(call.receiver)) add(call.fn, call.label);

    const person = isPersonModel(definition.model);
    const fields: StoreField[] = [];
    for (const [name, { key, value }] of objectMembers(ts, definition.attributes)) {
      const attribute = ts.isExpression(value) ? skipOuter(ts, value) : undefined;
      if (!attribute) continue;
      const options = ts.isObjectLiteralExpression(attribute) ? objectMembers(ts, attribute) : undefined;
      const type = options ? options.get('type')?.value : attribute;
      if (type && ts.isExpression(type) && lastName(ts, type) === 'VIRTUAL') continue;
      const dbName = stringValue(r, options?.get('field')?.value);
      const classified = r.words.classify(name, { personSubject: person, ...(dbName ? { dbName } : {}) });
      if (!classified) continue;
      const protection = attributeProtection(r, options, type) ?? hooks.get(name) ?? inClear();
      fields.push(buildField(name, span(r, key), classified, protection, dbName));
    }
    return {
      file: r.sourceFile.fileName,
      line: line(r, definition.at),
      orm: 'sequelize' as const,
      model: definition.model,
      ...(definition.table ? { table: definition.table } : {}),
      fields,
    };
  });
}

function attributeProtection(
  r: ReaderContext,
  options: Map<string, { key: TS.Node; value: TS.Node }> | undefined,
  type: TS.Node | undefined,
): FieldProtection | undefined {
  const ts = r.ts;
  const setter = options?.get('set')?.value;
  if (setter) {
    const found = protectionByNames(r, setter);
    if (found) return { protection: found.protection, evidence: `setter ${found.protection === 'encrypted' ? 'encrypts' : 'hashes'} it (${found.word})` };
  }
  const getter = options?.get('get')?.value;
  if (getter) {
    const found = protectionByNames(r, getter);
    if (found?.protection === 'encrypted') return { protection: 'encrypted', evidence: `getter decrypts it (${found.word}): stored encrypted` };
  }
  if (type && ts.isExpression(type)) {
    const typeName = lastName(ts, type);
    if (r.words.isEncryptedColumnType(typeName)) return { protection: 'encrypted', evidence: `type ${typeName} (encryptedColumnTypes)` };
    // `encrypted.field('ssn')` (sequelize-encrypted), a custom encrypting type.
    const found = protectionByNames(r, type);
    if (found?.protection === 'encrypted') return { protection: 'encrypted', evidence: `type: ${shortText(r, type)}` };
  }
  return undefined;
}

function enclosingClassName(r: ReaderContext, node: TS.Node): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (r.ts.isClassDeclaration(current)) return current.name?.text;
  }
  return undefined;
}

function variableName(r: ReaderContext, node: TS.Node): string | undefined {
  const ts = r.ts;
  let parent = node.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))) parent = parent.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isBinaryExpression(parent) && ts.isIdentifier(parent.left)) return parent.left.text;
  return undefined;
}
