import type * as TS from 'typescript';
import { isPersonSubjectName } from '../classify-name.js';
import { lastName, skipOuter } from '../context.js';
import {
  functionNode, hookWrites, importOf, isFalse, isTrue, line, objectMembers, optionsArg, protectionByNames, type ReaderContext,
  shortText, span, stringValue,
} from './ast.js';
import { buildField, type ClassifiedField, type FieldProtection, inClear, isPersonModel, modelNameFrom } from './shared.js';
import type { StoreField, StoreRecord } from './types.js';

/**
 * Mongoose: `new Schema({...})` / `new mongoose.Schema({...})` (also without `new`), nested paths (`address.street`),
 * sub-schemas and arrays of them, the model name from `model('User', schema)`, and what protects
 * a path: mongoose-field-encryption (`fields`), mongoose-encryption (`encryptedFields`, or every
 * path but `excludeFromEncryption`), mongoose-bcrypt, a CSFLE `encrypt` option (Mongoose 8
 * `encryptionType`), an `autoEncryption` `schemaMap`/`encryptedFieldsMap` in the same file, a
 * setter that encrypts or hashes, and a `pre('save')` hook that assigns `this.password` a hash.
 */
export function readMongoose(r: ReaderContext): StoreRecord[] {
  const ts = r.ts;
  const schemas: SchemaDecl[] = [];
  const byVariable = new Map<string, SchemaDecl>();
  const models = new Map<TS.Node | string, { model: string; collection?: string; at: TS.Node }>();
  const visit = (node: TS.Node): void => {
    // `new Schema({...})`, `new mongoose.Schema({...})`, and `mongoose.Schema({...})` without `new`.
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && lastName(ts, node.expression) === 'Schema' && isMongooseSchema(r, node.expression)) {
      const definition = node.arguments?.[0] && skipOuter(ts, node.arguments[0]);
      if (definition && ts.isObjectLiteralExpression(definition)) {
        const decl: SchemaDecl = { node, definition, options: node.arguments?.[1] ? optionsArg(ts, [node.arguments[1]]) : undefined, variable: variableOf(r, node), referenced: false };
        schemas.push(decl);
        if (decl.variable) byVariable.set(decl.variable.text, decl);
      }
    }
    // `model('User', userSchema, 'people')`, `mongoose.model<IUser>('User', UserSchema)`, `connection.model(...)`.
    if (ts.isCallExpression(node) && lastName(ts, node.expression) === 'model' && node.arguments.length >= 2) {
      const name = stringValue(r, node.arguments[0]);
      const schema = skipOuter(ts, node.arguments[1]!);
      if (name) {
        const key = ts.isIdentifier(schema) ? schema.text : schema;
        const collection = stringValue(r, node.arguments[2]);
        models.set(key, { model: name, ...(collection ? { collection } : {}), at: node });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  if (schemas.length === 0) return [];

  const csfle = csfleMaps(r);
  const drafts = new Map<SchemaDecl, { model: string; at: TS.Node; table?: string; fields: Draft[] }>();
  for (const schema of schemas) {
    const registered = models.get(schema.node) ?? (schema.variable ? models.get(schema.variable.text) : undefined);
    const model = registered?.model ?? (schema.variable ? modelNameFrom(schema.variable.text) : 'Schema');
    const collection = registered?.collection ?? stringValue(r, schema.options && objectMembers(ts, schema.options).get('collection')?.value);
    const reader = new SchemaObjectReader(r, byVariable, isPersonModel(model));
    const fields = reader.read(schema.definition);
    drafts.set(schema, { model, at: schema.variable ?? schema.node, ...(collection ? { table: collection } : {}), fields });
    if (registered) schema.registered = true;
  }

  const records: StoreRecord[] = [];
  for (const schema of schemas) {
    // A sub-schema used by another schema is read as part of it, unless it is a model too.
    if (schema.referenced && !schema.registered) continue;
    const draft = drafts.get(schema)!;
    const schemaLevel = schema.variable ? schemaProtections(r, schema.variable.text) : noSchemaProtection;
    const encryptionType = stringValue(r, schema.options && objectMembers(ts, schema.options).get('encryptionType')?.value);
    const collectionMap = csfle.get(draft.table ?? '') ?? csfle.get(draft.model.toLowerCase()) ?? csfle.get(`${draft.model.toLowerCase()}s`);
    const fields: StoreField[] = draft.fields.map((field) => {
      let protection = field.protection;
      if (protection && encryptionType && field.csfle) protection = { ...protection, evidence: `${protection.evidence} (encryptionType: '${encryptionType}')` };
      protection ??= schemaLevel(field.path) ?? csfleFor(collectionMap, field.path) ?? inClear(field.note);
      return buildField(field.path, span(r, field.key), field.classified, protection);
    });
    records.push({ file: r.sourceFile.fileName, line: line(r, draft.at), orm: 'mongoose', model: draft.model, ...(draft.table ? { table: draft.table } : {}), fields });
  }
  return records;
}

interface SchemaDecl {
  readonly node: TS.NewExpression | TS.CallExpression;
  readonly definition: TS.ObjectLiteralExpression;
  readonly options: TS.ObjectLiteralExpression | undefined;
  readonly variable: TS.Identifier | undefined;
  referenced: boolean;
  registered?: boolean;
}

interface Draft {
  readonly path: string;
  readonly key: TS.Node;
  readonly classified: ClassifiedField;
  readonly protection?: FieldProtection;
  /** Set when the protection is a CSFLE `encrypt` option. */
  readonly csfle?: boolean;
  readonly note?: string;
}

function isMongooseSchema(r: ReaderContext, callee: TS.Expression): boolean {
  const imported = importOf(r, callee);
  return !imported || imported.module === 'mongoose';
}

function variableOf(r: ReaderContext, node: TS.Node): TS.Identifier | undefined {
  const ts = r.ts;
  let parent = node.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))) parent = parent.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name;
  if (parent && ts.isBinaryExpression(parent) && ts.isIdentifier(parent.left)) return parent.left;
  return undefined;
}

/** Reads a schema definition object into field drafts, nested paths dotted. */
class SchemaObjectReader {
  private readonly ts: ReaderContext['ts'];

  constructor(
    private readonly r: ReaderContext,
    private readonly schemas: ReadonlyMap<string, SchemaDecl>,
    private readonly personModel: boolean,
  ) {
    this.ts = r.ts;
  }

  read(definition: TS.ObjectLiteralExpression): Draft[] {
    const out: Draft[] = [];
    this.object(definition, '', undefined, this.personModel, out, 0);
    return out;
  }

  private object(object: TS.ObjectLiteralExpression, prefix: string, inherited: ClassifiedField | undefined, person: boolean, out: Draft[], depth: number): void {
    if (depth > 6) return;
    for (const [name, { key, value }] of objectMembers(this.ts, object)) {
      if (!this.ts.isExpression(value)) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      const own = this.r.words.classify(name, { personSubject: person, ...(inherited ? { inherited } : {}) });
      this.value(value, path, name, key, own, person || isPersonSubjectName(name), out, depth);
    }
  }

  /** A path's definition: a type, an options object, a nested object, an array, a sub-schema. */
  private value(expression: TS.Expression, path: string, name: string, key: TS.Node, own: ClassifiedField | undefined, person: boolean, out: Draft[], depth: number): void {
    const ts = this.ts;
    const value = skipOuter(ts, expression);
    const nested = this.nestedDefinition(value);
    if (nested) {
      this.object(nested, path, own, person, out, depth + 1);
      return;
    }
    if (ts.isArrayLiteralExpression(value)) {
      const element = value.elements[0];
      if (element && ts.isExpression(element)) this.value(element, path, name, key, own, person, out, depth + 1);
      else if (own) out.push({ path, key, classified: own });
      return;
    }
    if (ts.isObjectLiteralExpression(value)) {
      const members = objectMembers(ts, value);
      const type = members.get('type')?.value;
      if (!type || (ts.isObjectLiteralExpression(type) && !objectMembers(ts, type).has('type'))) {
        if (type && ts.isObjectLiteralExpression(type)) this.object(type, path, own, person, out, depth + 1);
        else this.object(value, path, own, person, out, depth + 1);
        return;
      }
      // An options object: `{ type: [AddressSchema] }` nests, `{ type: String, set: encrypt }` is a path.
      const typeValue = ts.isExpression(type) ? skipOuter(ts, type) : undefined;
      const nestedType = typeValue && (this.nestedDefinition(typeValue) ??
        (ts.isArrayLiteralExpression(typeValue) && typeValue.elements[0] ? this.nestedDefinition(skipOuter(ts, typeValue.elements[0])) : undefined));
      if (nestedType) {
        this.object(nestedType, path, own, person, out, depth + 1);
        return;
      }
      if (!own) return;
      out.push({ path, key, classified: own, ...pathOptionsProtection(this.r, members) });
      return;
    }
    if (own) out.push({ path, key, classified: own });
  }

  /** The object literal of a sub-schema (`new Schema({...})` inline, or a schema variable of this file). */
  private nestedDefinition(value: TS.Expression): TS.ObjectLiteralExpression | undefined {
    const ts = this.ts;
    if ((ts.isNewExpression(value) || ts.isCallExpression(value)) && lastName(ts, value.expression) === 'Schema') {
      const definition = value.arguments?.[0] && skipOuter(ts, value.arguments[0]);
      return definition && ts.isObjectLiteralExpression(definition) ? definition : undefined;
    }
    if (ts.isIdentifier(value)) {
      const schema = this.schemas.get(value.text);
      if (schema) {
        schema.referenced = true;
        return schema.definition;
      }
    }
    return undefined;
  }
}

/** What a path's options say: CSFLE `encrypt`, an encrypting or hashing setter, mongoose-bcrypt, `select: false`. */
function pathOptionsProtection(r: ReaderContext, members: ReadonlyMap<string, { key: TS.Node; value: TS.Node }>): Pick<Draft, 'protection' | 'csfle' | 'note'> {
  const ts = r.ts;
  const encrypt = members.get('encrypt')?.value;
  if (encrypt && !isFalse(r, encrypt)) {
    return { protection: { protection: 'encrypted', evidence: 'CSFLE: the path has an `encrypt` option' }, csfle: true };
  }
  const setter = members.get('set')?.value;
  if (setter) {
    const found = protectionByNames(r, setter);
    if (found) return { protection: { protection: found.protection, evidence: `setter ${found.protection === 'encrypted' ? 'encrypts' : 'hashes'} it (${found.word})` } };
  }
  const getter = members.get('get')?.value;
  if (getter) {
    const found = protectionByNames(r, getter);
    if (found?.protection === 'encrypted') return { protection: { protection: 'encrypted', evidence: `getter decrypts it (${found.word}): stored encrypted` } };
  }
  if (isTrue(r, members.get('bcrypt')?.value)) return { protection: { protection: 'password-hash', evidence: 'mongoose-bcrypt: `bcrypt: true`' } };
  const type = members.get('type')?.value;
  const typeName = type && ts.isExpression(type) ? lastName(ts, type) ?? stringValue(r, type) : undefined;
  if (r.words.isEncryptedColumnType(typeName)) return { protection: { protection: 'encrypted', evidence: `type ${typeName} (encryptedColumnTypes)` } };
  if (isFalse(r, members.get('select')?.value)) {
    return { note: '`select: false` only leaves it out of query results; it is stored in clear' };
  }
  return {};
}

type SchemaLevel = (path: string) => FieldProtection | undefined;
const noSchemaProtection: SchemaLevel = () => undefined;

/**
 * Protection a schema variable gets from plugins and hooks in this file:
 * `schema.plugin(fieldEncryption, { fields: ['ssn'] })`, `schema.plugin(encrypt, { encryptedFields })`,
 * `schema.pre('save', function () { this.password = await bcrypt.hash(this.password, 10) })`.
 * Used for `new Schema` variables and for NestJS `SchemaFactory.createForClass` results.
 */
export function schemaProtections(r: ReaderContext, schemaVariable: string): SchemaLevel {
  const ts = r.ts;
  const byPath = new Map<string, FieldProtection>();
  const everything: { except: Set<string>; protection: FieldProtection }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === schemaVariable) {
      const method = node.expression.name.text;
      if (method === 'plugin' && node.arguments[0]) {
        applyPlugin(r, node.arguments[0], node.arguments[1], byPath, everything);
      } else if (method === 'pre' && node.arguments.length >= 2) {
        const event = node.arguments[0]!;
        const hook = functionNode(r, node.arguments[node.arguments.length - 1]!);
        if (hook) {
          // The hook's event name (`'save'`) is code, not data: it is shown as written.
          const label = `pre(${r.ts.isStringLiteralLike(event) ? `'${event.text}'` : shortText(r, event, 24)}) hook`;
          for (const [field, protection] of hookWrites(r, hook, label)) if (!byPath.has(field)) byPath.set(field, protection);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  if (byPath.size === 0 && everything.length === 0) return noSchemaProtection;
  return (path) => {
    const top = path.split('.')[0]!;
    const direct = byPath.get(path) ?? byPath.get(top);
    if (direct && direct.protection !== 'none') return direct;
    const all = everything.find((entry) => !entry.except.has(path) && !entry.except.has(top));
    return all?.protection ?? direct;
  };
}

/** A `schema.plugin(plugin, options)` call (also a typegoose `@plugin(plugin, options)` decorator). */
export function applyPlugin(
  r: ReaderContext,
  pluginExpression: TS.Expression,
  optionsExpression: TS.Expression | undefined,
  byPath: Map<string, FieldProtection>,
  everything: { except: Set<string>; protection: FieldProtection }[],
): void {
  const ts = r.ts;
  const plugin = skipOuter(ts, pluginExpression);
  const module = importOf(r, plugin)?.module ?? r.ctx.scopes.requiredModule(plugin);
  const name = module ?? lastName(ts, plugin) ?? '';
  const options = optionsExpression ? optionsArg(ts, [optionsExpression]) : undefined;
  const members = options ? objectMembers(ts, options) : new Map<string, { key: TS.Node; value: TS.Node }>();
  const list = (key: string): string[] | undefined => {
    const value = members.get(key)?.value;
    if (!value || !ts.isExpression(value)) return undefined;
    const inner = skipOuter(ts, value);
    if (!ts.isArrayLiteralExpression(inner)) return undefined;
    return inner.elements.map((element) => stringValue(r, element)).filter((text): text is string => text !== undefined);
  };
  const label = module ?? shortText(r, plugin, 32);
  const hashes = module === 'mongoose-bcrypt' || (!r.words.encryptionWord(name) && r.words.passwordHashWord(name));
  if (hashes) {
    const fields = list('fields') ?? ['password'];
    for (const field of fields) byPath.set(field, { protection: 'password-hash', evidence: `plugin ${label}` });
    return;
  }
  const encrypts = module === 'mongoose-field-encryption' || module === 'mongoose-encryption' || r.words.encryptionWord(name) !== undefined ||
    r.words.encryptionWord(lastName(ts, plugin)) !== undefined;
  if (!encrypts) return;
  const fields = list('fields') ?? list('encryptedFields');
  if (fields) {
    const key = members.has('fields') ? 'fields' : 'encryptedFields';
    for (const field of fields) byPath.set(field, { protection: 'encrypted', evidence: `plugin ${label} (${key})` });
    return;
  }
  // mongoose-encryption without `encryptedFields` encrypts every path but `excludeFromEncryption`.
  if (module === 'mongoose-field-encryption') return;
  everything.push({
    except: new Set(list('excludeFromEncryption') ?? []),
    protection: { protection: 'encrypted', evidence: `plugin ${label} (every path not in excludeFromEncryption)` },
  });
}

/** `autoEncryption: { schemaMap | encryptedFieldsMap }` in this file: collection → encrypted paths. */
function csfleMaps(r: ReaderContext): Map<string, Map<string, string>> {
  const ts = r.ts;
  const out = new Map<string, Map<string, string>>();
  if (!/schemaMap|encryptedFieldsMap/.test(r.sourceFile.text)) return out;
  const add = (namespace: string, path: string, how: string) => {
    const collection = namespace.includes('.') ? namespace.slice(namespace.indexOf('.') + 1) : namespace;
    let paths = out.get(collection);
    if (!paths) out.set(collection, (paths = new Map()));
    paths.set(path, `CSFLE ${how} for '${namespace}'`);
  };
  const jsonSchemaPaths = (object: TS.ObjectLiteralExpression, prefix: string, namespace: string, depth: number): void => {
    const properties = objectMembers(ts, object).get('properties')?.value;
    if (!properties || !ts.isObjectLiteralExpression(properties) || depth > 5) return;
    for (const [name, { value }] of objectMembers(ts, properties)) {
      if (!ts.isObjectLiteralExpression(value)) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      if (objectMembers(ts, value).has('encrypt')) add(namespace, path, 'schemaMap');
      else jsonSchemaPaths(value, path, namespace, depth + 1);
    }
  };
  const visit = (node: TS.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.initializer)) {
      const key = stringValue(r, node.name) ?? (ts.isIdentifier(node.name) ? node.name.text : undefined);
      if (key === 'schemaMap' || key === 'encryptedFieldsMap') {
        for (const [namespace, { value }] of objectMembers(ts, node.initializer)) {
          if (!ts.isObjectLiteralExpression(value)) continue;
          if (key === 'schemaMap') jsonSchemaPaths(value, '', namespace, 0);
          else {
            const fields = objectMembers(ts, value).get('fields')?.value;
            if (fields && ts.isArrayLiteralExpression(fields)) {
              for (const element of fields.elements) {
                if (!ts.isObjectLiteralExpression(element)) continue;
                const path = stringValue(r, objectMembers(ts, element).get('path')?.value);
                if (path) add(namespace, path, 'encryptedFieldsMap');
              }
            }
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  return out;
}

function csfleFor(map: Map<string, string> | undefined, path: string): FieldProtection | undefined {
  const evidence = map?.get(path);
  return evidence ? { protection: 'encrypted', evidence } : undefined;
}
