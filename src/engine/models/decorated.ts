import type * as TS from 'typescript';
import { isPersonSubjectName } from '../classify-name.js';
import { lastName, modelTypeName, nameText, skipOuter } from '../context.js';
import { kinWords } from '../vocabulary.js';
import { splitWords } from '../words.js';
import type { Span } from '../findings.js';
import {
  classOf, classNamed, decoratorsOf, type DecoratorInfo, functionNode, hookWrites, isFalse, isTrue, jsDocMarker, line, objectMembers,
  optionsArg, protectionByNames, type ReaderContext, shortText, span, stringValue,
} from './ast.js';
import { applyPlugin, schemaProtections } from './mongoose.js';
import { buildField, type ClassifiedField, type FieldProtection, inClear, isPersonModel } from './shared.js';
import type { StoreField, StoreOrm, StoreRecord } from './types.js';

/** One decorator-based ORM: which decorators make a stored class, a column, an embedded object, a hook. */
interface Dialect {
  readonly orm: StoreOrm;
  readonly module: (module: string) => boolean;
  /** Class decorators that make a stored model. */
  readonly entity: ReadonlySet<string>;
  /** Any class with a column decorator is a model (typegoose's `@prop`). */
  readonly anyClassWithColumns?: boolean;
  /** Class decorators of embeddable objects: read only where embedded. */
  readonly embeddable?: ReadonlySet<string>;
  readonly columns: ReadonlySet<string>;
  readonly embedded?: ReadonlySet<string>;
  /** Method decorators of lifecycle hooks that run before a write. */
  readonly hooks?: RegExp;
  /** Entity decorator options that name the table or collection. */
  readonly tableOptions: readonly string[];
  /** Column decorator options that name the database column. */
  readonly columnNameOptions: readonly string[];
  /** Column decorator options that give the column type (a string, or a custom type class). */
  readonly columnTypeOptions: readonly string[];
}

const dialects: readonly Dialect[] = [
  {
    orm: 'typeorm',
    module: (m) => m === 'typeorm',
    entity: new Set(['Entity', 'ChildEntity']),
    columns: new Set(['Column', 'PrimaryColumn', 'PrimaryGeneratedColumn', 'CreateDateColumn', 'UpdateDateColumn', 'DeleteDateColumn',
      'VersionColumn', 'ObjectIdColumn', 'ViewColumn']),
    hooks: /^Before(Insert|Update|Upsert)$/,
    tableOptions: ['name'],
    columnNameOptions: ['name'],
    columnTypeOptions: ['type'],
  },
  {
    orm: 'mikro-orm',
    module: (m) => m.startsWith('@mikro-orm/'),
    entity: new Set(['Entity']),
    embeddable: new Set(['Embeddable']),
    columns: new Set(['Property', 'PrimaryKey', 'SerializedPrimaryKey', 'Enum']),
    embedded: new Set(['Embedded']),
    hooks: /^Before(Create|Update|Upsert|Flush)$/,
    tableOptions: ['tableName', 'collection'],
    columnNameOptions: ['fieldName'],
    columnTypeOptions: ['columnType', 'type', 'customType'],
  },
  {
    orm: 'sequelize',
    module: (m) => m === 'sequelize-typescript',
    entity: new Set(['Table']),
    columns: new Set(['Column']),
    hooks: /^Before(Create|Update|Save|Upsert|BulkCreate|BulkUpdate|Validate)$/,
    tableOptions: ['tableName'],
    columnNameOptions: ['field'],
    columnTypeOptions: ['type'],
  },
  {
    orm: 'mongoose',
    module: (m) => m === '@nestjs/mongoose',
    entity: new Set(['Schema']),
    columns: new Set(['Prop']),
    tableOptions: ['collection'],
    columnNameOptions: [],
    columnTypeOptions: ['type'],
  },
  {
    orm: 'mongoose',
    module: (m) => m === '@typegoose/typegoose',
    entity: new Set(['modelOptions']),
    anyClassWithColumns: true,
    columns: new Set(['prop', 'Prop']),
    tableOptions: ['collection'],
    columnNameOptions: [],
    columnTypeOptions: ['type'],
  },
];

interface ModelClass {
  readonly node: TS.ClassDeclaration;
  readonly dialect: Dialect;
  readonly entity: DecoratorInfo | undefined;
  readonly embeddable: boolean;
}

/**
 * Decorated classes: TypeORM (`@Entity`, `@Column`, `@PrimaryColumn`, embedded `@Column(() => Address)`,
 * transformers, `@BeforeInsert` hooks), MikroORM (`@Entity`, `@Property`, `@Embedded`, custom types,
 * `@BeforeCreate`), sequelize-typescript (`@Table`, `@Column`, setters, `@BeforeCreate` static hooks),
 * NestJS Mongoose (`@Schema`, `@Prop`, plugins and hooks on `SchemaFactory.createForClass`) and
 * typegoose (`@prop`, `@pre`, `@plugin`).
 */
export function readDecoratedClasses(r: ReaderContext): StoreRecord[] {
  const ts = r.ts;
  const classes: ModelClass[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isClassDeclaration(node)) {
      const found = modelClass(r, node);
      if (found) classes.push(found);
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  if (classes.length === 0) return [];

  const reader = new ClassReader(r);
  const drafts = classes.map((model) => ({ model, fields: reader.fields(model.node, model.dialect) }));
  const records: StoreRecord[] = [];
  for (const { model, fields } of drafts) {
    if (model.embeddable || reader.embeddedClasses.has(model.node)) continue;
    if (!model.entity && !model.dialect.anyClassWithColumns) continue;
    const name = model.node.name?.text ?? 'default';
    const table = tableOf(r, model);
    records.push({
      file: r.sourceFile.fileName,
      line: line(r, model.node.name ?? model.node),
      orm: model.dialect.orm,
      model: name,
      ...(table ? { table } : {}),
      fields: fields.sort((a, b) => a.start - b.start),
    });
  }
  return records;
}

function modelClass(r: ReaderContext, node: TS.ClassDeclaration): ModelClass | undefined {
  const decorators = decoratorsOf(r, node);
  for (const dialect of dialects) {
    const own = decorators.filter((d) => d.imported && dialect.module(d.imported.module));
    const entity = own.find((d) => dialect.entity.has(d.imported!.name));
    const embeddable = own.some((d) => dialect.embeddable?.has(d.imported!.name) ?? false);
    if (entity || embeddable) return { node, dialect, entity, embeddable };
    if (hasColumns(r, node, dialect)) return { node, dialect, entity: undefined, embeddable: false };
  }
  return undefined;
}

function hasColumns(r: ReaderContext, node: TS.ClassDeclaration, dialect: Dialect): boolean {
  return node.members.some((member) => columnDecorators(r, member, dialect).length > 0);
}

function columnDecorators(r: ReaderContext, member: TS.Node, dialect: Dialect): DecoratorInfo[] {
  return decoratorsOf(r, member).filter((d) => d.imported && dialect.module(d.imported.module) &&
    (dialect.columns.has(d.imported.name) || (dialect.embedded?.has(d.imported.name) ?? false)));
}

function tableOf(r: ReaderContext, model: ModelClass): string | undefined {
  const ts = r.ts;
  const entity = model.entity;
  if (!entity) return undefined;
  const first = stringValue(r, entity.args[0]);
  if (first && model.dialect.orm === 'typeorm') return first;
  const options = optionsArg(ts, entity.args);
  if (!options) return undefined;
  const members = objectMembers(ts, options);
  for (const key of model.dialect.tableOptions) {
    const value = stringValue(r, members.get(key)?.value);
    if (value) return value;
  }
  // typegoose: `@modelOptions({ schemaOptions: { collection: 'users' } })`.
  const schemaOptions = members.get('schemaOptions')?.value;
  if (schemaOptions && ts.isObjectLiteralExpression(schemaOptions)) return stringValue(r, objectMembers(ts, schemaOptions).get('collection')?.value);
  return undefined;
}

class ClassReader {
  /** Classes read as embedded parts of another class of this file: not models of their own. */
  readonly embeddedClasses = new Set<TS.ClassDeclaration>();
  private readonly ts: ReaderContext['ts'];

  constructor(private readonly r: ReaderContext) {
    this.ts = r.ts;
  }

  fields(node: TS.ClassDeclaration, dialect: Dialect): StoreField[] {
    const out: StoreField[] = [];
    const person = isPersonModel(node.name?.text ?? '');
    const classLevel = this.classProtections(node, dialect);
    this.members(node, dialect, { prefix: '', person, inherited: undefined, classLevel, at: undefined, depth: 0 }, out);
    return out;
  }

  private members(node: TS.ClassDeclaration, dialect: Dialect, state: MemberState, out: StoreField[]): void {
    const ts = this.ts;
    const r = this.r;
    if (state.depth > 4) return;
    const foreign = node.getSourceFile() !== r.sourceFile;
    const records = relatedRecords(ts, node);
    for (const member of node.members) {
      if (!ts.isPropertyDeclaration(member)) continue;
      const decorators = columnDecorators(r, member, dialect);
      const column = decorators[0];
      if (!column) continue;
      const name = nameText(ts, member.name);
      if (name === undefined) continue;
      if (namesRelatedRecord(name, records)) continue;
      const path = state.prefix ? `${state.prefix}.${name}` : name;
      const { marker, encrypted } = jsDocMarker(r, member);
      const options = optionsArg(ts, column.args);
      const optionMembers = options ? objectMembers(ts, options) : new Map<string, { key: TS.Node; value: TS.Node }>();
      const dbName = dialect.columnNameOptions.map((key) => stringValue(r, optionMembers.get(key)?.value)).find((v) => v !== undefined);
      const own = r.words.classify(name, {
        personSubject: state.person, marker, ...(dbName ? { dbName } : {}), ...(state.inherited ? { inherited: state.inherited } : {}),
      });
      const at: Span = state.at ?? (foreign ? span(r, node.name ?? node) : span(r, member.name));

      const embedded = marker.notPii ? undefined : this.embeddedClass(member, column, dialect, optionMembers);
      if (embedded) {
        this.embeddedClasses.add(embedded);
        const inner = embedded.getSourceFile() === r.sourceFile ? undefined : state.at ?? span(r, member.name);
        this.members(embedded, dialect, {
          prefix: path, person: state.person || isPersonSubjectName(name), inherited: own, classLevel: state.classLevel,
          at: inner, depth: state.depth + 1,
        }, out);
        continue;
      }
      if (!own) continue;
      const protection = this.memberProtection(member, column, dialect, optionMembers, encrypted) ??
        state.classLevel(path) ??
        inClear(isFalse(r, optionMembers.get('select')?.value) ? '`select: false` only leaves it out of query results; it is stored in clear'
          : isTrue(r, optionMembers.get('hidden')?.value) ? '`hidden: true` only leaves it out of serialisation; it is stored in clear' : undefined);
      out.push(buildField(path, at, own, protection, dbName));
    }
  }

  /** The class an embedded member holds: `@Column(() => Address)`, `@Embedded(() => Address)`, `@Prop({ type: Address })`. */
  private embeddedClass(member: TS.PropertyDeclaration, column: DecoratorInfo, dialect: Dialect, options: Map<string, { key: TS.Node; value: TS.Node }>): TS.ClassDeclaration | undefined {
    const ts = this.ts;
    const r = this.r;
    const first = column.args[0] ? skipOuter(ts, column.args[0]) : undefined;
    const isFunction = first && (ts.isArrowFunction(first) || ts.isFunctionExpression(first));
    let target: TS.ClassDeclaration | undefined;
    if (dialect.orm === 'typeorm' && column.imported?.name === 'Column' && isFunction) target = classOf(r, first);
    else if (dialect.embedded?.has(column.imported?.name ?? '')) {
      const entity = options.get('entity')?.value;
      target = isFunction ? classOf(r, first) : entity && ts.isExpression(entity) ? classOf(r, entity) : undefined;
      target ??= this.declaredClass(member);
    } else if (dialect.orm === 'mongoose') {
      // NestJS `@Prop({ type: Address })`, `@Prop({ type: () => Address })`, typegoose `@prop({ type: () => [Address] })`,
      // or a property typed with a class of this file that has `@Prop`s.
      const type = options.get('type')?.value;
      target = type && ts.isExpression(type) ? classOf(r, type) : undefined;
      target ??= this.declaredClass(member);
      if (target && !hasColumns(r, target, dialect)) target = undefined;
    }
    return target;
  }

  /** `address: Address`, `addresses: Address[]`: the class named by the property's type annotation. */
  private declaredClass(member: TS.PropertyDeclaration): TS.ClassDeclaration | undefined {
    const ts = this.ts;
    let type = member.type;
    if (type && type.kind === ts.SyntaxKind.ArrayType) type = (type as TS.ArrayTypeNode).elementType;
    if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    return classNamed(this.r, type.typeName);
  }

  /** What the member's own declaration says: an encrypting decorator, transformer, custom type, setter, column type. */
  private memberProtection(
    member: TS.PropertyDeclaration,
    column: DecoratorInfo,
    dialect: Dialect,
    options: Map<string, { key: TS.Node; value: TS.Node }>,
    jsDocEncrypted: boolean,
  ): FieldProtection | undefined {
    const ts = this.ts;
    const r = this.r;
    for (const decorator of decoratorsOf(r, member)) {
      if (r.words.isEncryptionDecorator(decorator.name)) return { protection: 'encrypted', evidence: `decorator @${decorator.name} (encryptionDecorators)` };
      if (r.words.encryptionWord(decorator.name)) return { protection: 'encrypted', evidence: `decorator @${decorator.name}` };
    }
    if (jsDocEncrypted) return { protection: 'encrypted', evidence: 'JSDoc `@encrypted`' };
    const transformer = options.get('transformer')?.value;
    if (transformer) {
      const found = protectionByNames(r, transformer);
      if (found) return { protection: found.protection, evidence: `transformer: ${shortText(r, transformer)}` };
    }
    const encrypt = options.get('encrypt')?.value;
    if (encrypt && !isFalse(r, encrypt)) {
      return { protection: 'encrypted', evidence: dialect.orm === 'mongoose' ? 'CSFLE: the path has an `encrypt` option' : 'column option `encrypt`' };
    }
    for (const key of ['set', 'get'] as const) {
      const accessor = options.get(key)?.value;
      if (!accessor) continue;
      const found = protectionByNames(r, accessor);
      if (found && (key === 'set' || found.protection === 'encrypted')) {
        return {
          protection: found.protection,
          evidence: key === 'set' ? `setter ${found.protection === 'encrypted' ? 'encrypts' : 'hashes'} it (${found.word})` : `getter decrypts it (${found.word}): stored encrypted`,
        };
      }
    }
    // The column type: `@Column('bytea')`, `{ type: EncryptedType }`, `{ columnType: 'bytea' }`, `@Column(DataType.BLOB)`.
    const types: TS.Node[] = [];
    if (column.args[0] && !ts.isObjectLiteralExpression(skipOuter(ts, column.args[0])) && !ts.isArrowFunction(skipOuter(ts, column.args[0]))) types.push(column.args[0]);
    for (const key of dialect.columnTypeOptions) {
      const value = options.get(key)?.value;
      if (value) types.push(value);
    }
    for (const type of types) {
      const text = stringValue(r, type) ?? (ts.isExpression(type) ? lastName(ts, type) : undefined);
      if (r.words.isEncryptedColumnType(text)) return { protection: 'encrypted', evidence: `column type ${text} (encryptedColumnTypes)` };
      if (stringValue(r, type) === undefined) {
        const found = protectionByNames(r, type);
        if (found?.protection === 'encrypted') return { protection: 'encrypted', evidence: `type: ${shortText(r, type)}` };
      }
    }
    return undefined;
  }

  /** Hooks of the class (`@BeforeInsert`), typegoose `@pre`/`@plugin`, NestJS schema plugins and hooks. */
  private classProtections(node: TS.ClassDeclaration, dialect: Dialect): (path: string) => FieldProtection | undefined {
    const ts = this.ts;
    const r = this.r;
    const byPath = new Map<string, FieldProtection>();
    const everything: { except: Set<string>; protection: FieldProtection }[] = [];
    for (const member of node.members) {
      // What the constructor stores is what the entity is created with.
      if (ts.isConstructorDeclaration(member) && member.body) {
        for (const [field, protection] of hookWrites(r, member.body, 'the constructor')) if (!byPath.has(field)) byPath.set(field, protection);
      }
    }
    if (dialect.hooks) {
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !member.body) continue;
        const hook = decoratorsOf(r, member).find((d) => d.imported && dialect.module(d.imported.module) && dialect.hooks!.test(d.imported.name));
        if (!hook) continue;
        const label = `@${hook.name}() ${nameText(ts, member.name) ?? 'hook'}()`;
        for (const [field, protection] of hookWrites(r, member.body, label)) if (!byPath.has(field)) byPath.set(field, protection);
      }
    }
    for (const decorator of decoratorsOf(r, node)) {
      if (!decorator.imported || !dialect.module(decorator.imported.module)) continue;
      if (decorator.imported.name === 'pre' && decorator.args.length >= 2) {
        const hook = functionNode(r, decorator.args[decorator.args.length - 1]!);
        if (hook) for (const [field, protection] of hookWrites(r, hook, `@pre(${r.ts.isStringLiteralLike(decorator.args[0]!) ? `'${(decorator.args[0] as TS.StringLiteralLike).text}'` : shortText(r, decorator.args[0]!, 24)}) hook`)) if (!byPath.has(field)) byPath.set(field, protection);
      } else if (decorator.imported.name === 'plugin' && decorator.args[0]) {
        applyPlugin(r, decorator.args[0], decorator.args[1], byPath, everything);
      }
    }
    const schemaLevel = dialect.orm === 'mongoose' && node.name ? nestSchemaProtections(r, node.name.text) : undefined;
    return (path) => {
      const top = path.split('.')[0]!;
      const direct = byPath.get(path) ?? byPath.get(top);
      if (direct && direct.protection !== 'none') return direct;
      const other = everything.find((e) => !e.except.has(path) && !e.except.has(top))?.protection ?? schemaLevel?.(path);
      return other && other.protection !== 'none' ? other : direct ?? other;
    };
  }
}

interface MemberState {
  readonly prefix: string;
  readonly person: boolean;
  readonly inherited: ClassifiedField | undefined;
  readonly classLevel: (path: string) => FieldProtection | undefined;
  /** Where nested fields are reported when their class is declared in another file. */
  readonly at: Span | undefined;
  readonly depth: number;
}

/** NestJS: `export const UserSchema = SchemaFactory.createForClass(User)`, then `UserSchema.plugin(…)` / `.pre(…)`. */
function nestSchemaProtections(r: ReaderContext, className: string): ((path: string) => FieldProtection | undefined) | undefined {
  const ts = r.ts;
  let variable: string | undefined;
  const visit = (node: TS.Node): void => {
    if (variable) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = skipOuter(ts, node.initializer);
      if (ts.isCallExpression(init) && lastName(ts, init.expression) === 'createForClass' && init.arguments[0] &&
        ts.isIdentifier(init.arguments[0]) && init.arguments[0].text === className) variable = node.name.text;
    }
    ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  return variable ? schemaProtections(r, variable) : undefined;
}

/** The members of a model declared with a record type (`child?: Ref<IndexData>`): name → the record's type name. */
function relatedRecords(ts: ReaderContext['ts'], node: TS.ClassDeclaration): ReadonlyMap<string, string> {
  const records = new Map<string, string>();
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !member.type) continue;
    const name = nameText(ts, member.name);
    const model = modelTypeName(ts, member.type);
    if (name !== undefined && model !== undefined) records.set(name.toLowerCase(), model);
  }
  return records;
}

/**
 * `child_name` next to `child?: Ref<IndexData>`: the name of the related row of a tree or graph
 * table, not a child's name. A kin word counts as a person only when the model does not relate it
 * to a record, or relates it to a person's (`child?: Kid`).
 */
function namesRelatedRecord(name: string, records: ReadonlyMap<string, string>): boolean {
  const first = splitWords(name)[0];
  if (first === undefined || !kinWords.has(first)) return false;
  const related = records.get(first);
  return related !== undefined && !isPersonSubjectName(related);
}
