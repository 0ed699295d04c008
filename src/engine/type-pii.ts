import type * as TS from 'typescript';
import { isPersonSubjectName } from './classify-name.js';
import { type EngineContext, nameText, nonNullishMembers } from './context.js';
import type { ModuleResolver } from './modules.js';
import type { PiiType } from './taxonomy/types.js';

/** The personal data a type declares: each field's category and the field path. */
export interface TypePii {
  readonly fields: readonly { readonly path: string; readonly type: PiiType }[];
  readonly typeName: string;
}

const noPii: TypePii = { fields: [], typeName: '' };
const maxDepth = 3;
const maxFields = 80;

/** Type wrappers whose first argument is the value: `Promise<User>`, `Partial<User>`, `User[]`. */
const transparent = new Set(['Array', 'ReadonlyArray', 'Promise', 'PromiseLike', 'Partial', 'Required', 'Readonly', 'NonNullable', 'Awaited', 'Set', 'ReadonlySet']);

/**
 * Field-sensitive classification of declared types (typed mode: a Program is there to follow
 * imports). It reads declarations — interfaces, type aliases, classes, type literals, through
 * arrays, `Promise`, unions, intersections, `Partial`/`Pick`/`Omit`/`Record`, `extends` — and
 * never asks a TypeChecker, which would type-check the program (typed linting with no rules
 * does not). JSDoc `@pii <category>` marks a field personal; `@notPii` excludes it.
 */
export class TypeClassifier {
  private readonly cache = new WeakMap<TS.Node, TypePii>();
  // A file names the same few types in many annotations: each name is looked up once per file.
  private readonly declarations = new WeakMap<TS.SourceFile, Map<string, TS.Node | null>>();

  constructor(private readonly ctx: EngineContext, private readonly modules: ModuleResolver) {}

  // An annotation is read once: each `response.data`, `response.meta` reads its receiver's again.
  private readonly annotations = new WeakMap<TS.TypeNode, TypePii>();

  ofTypeNode(typeNode: TS.TypeNode): TypePii {
    let result = this.annotations.get(typeNode);
    if (!result) this.annotations.set(typeNode, (result = this.ofNode(typeNode, 0, false, new Set())));
    return result;
  }

  /** The personal fields of a class's instances (`new Customer(…)`), by the class name. */
  ofClassName(name: TS.Identifier): TypePii {
    const declaration = this.declarationOf(name.text, name.getSourceFile());
    return declaration ? this.ofDeclaration(declaration, 0, false, new Set()) : noPii;
  }

  /**
   * What `receiver.method()` returns when the receiver is declared as `G<A…>`: the method's
   * declared return type with G's type parameters replaced by A… (`Repository<User>.findOneBy`
   * → `Promise<User | null>`). When G is not declared in the program (a package's type, such as
   * TypeORM's `Repository` or Mongoose's `Model`), a method named as a read or write of records
   * (`find…`, `get…`, `create`, `save`…) returns the first type argument.
   */
  ofMethodReturn(receiverType: TS.TypeNode, method: string): TypePii | undefined {
    const ts = this.ctx.ts;
    if (!ts.isTypeReferenceNode(receiverType)) return undefined;
    return this.ofGenericMethodReturn(receiverType.typeName, receiverType.typeArguments ?? [], method);
  }

  /** The same for a receiver constructed as `new G<A…>()` (`private cache = new Map<string, User>()`). */
  ofConstructedMethodReturn(created: TS.NewExpression, method: string): TypePii | undefined {
    const ts = this.ctx.ts;
    if (!ts.isIdentifier(created.expression) || !created.typeArguments?.length) return undefined;
    return this.ofGenericMethodReturn(created.expression, created.typeArguments, method);
  }

  private ofGenericMethodReturn(typeName: TS.EntityName | TS.Identifier, args: readonly TS.TypeNode[], method: string): TypePii | undefined {
    const ts = this.ctx.ts;
    const name = nameText(ts, typeName) ?? '';
    // The built-in keyed collections hold their values in the second argument.
    if (keyedCollections.has(name)) return args[1] && collectionReads.has(method) ? this.ofNode(args[1], 0, false, new Set()) : undefined;
    const declaration = ts.isIdentifier(typeName) ? this.declarationOf(name, typeName.getSourceFile()) : undefined;
    if (declaration && (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration))) {
      const member = declaration.members.find((m) => nameText(ts, m.name) === method && (ts.isMethodSignature(m) || ts.isMethodDeclaration(m)));
      const returnType = member && (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) ? member.type : undefined;
      if (!returnType) return undefined;
      const substitution = new Map<string, TS.TypeNode>();
      declaration.typeParameters?.forEach((parameter, index) => {
        const argument = args[index] ?? parameter.default;
        if (argument) substitution.set(parameter.name.text, argument);
      });
      return this.ofNode(returnType, 0, false, new Set(), substitution);
    }
    if (declaration || !args[0] || !recordMethod.test(method) || nonRecordMethod.test(method)) return undefined;
    return this.ofNode(args[0], 0, false, new Set());
  }

  private ofNode(node: TS.TypeNode, depth: number, personContext: boolean, seen: Set<TS.Node>, substitution?: ReadonlyMap<string, TS.TypeNode>): TypePii {
    const ts = this.ctx.ts;
    if (depth > maxDepth) return noPii;
    const inner = (type: TS.TypeNode) => this.ofNode(type, depth, personContext, seen, substitution);
    if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node)) return inner(node.type);
    if (ts.isArrayTypeNode(node)) return inner(node.elementType);
    if (ts.isTupleTypeNode(node)) return merge(node.elements.map((e) => inner(ts.isNamedTupleMember(e) ? e.type : e)));
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) return merge(node.types.map(inner));
    if (ts.isTypeLiteralNode(node)) return this.ofMembers(node.members, '', depth, personContext, seen, substitution);
    if (!ts.isTypeReferenceNode(node)) return noPii;
    const name = nameText(ts, node.typeName) ?? '';
    // A type parameter of the generic the type came from: its argument, read where it was written.
    const argument = ts.isIdentifier(node.typeName) ? substitution?.get(name) : undefined;
    if (argument) return this.ofNode(argument, depth, personContext, seen);
    const args = node.typeArguments ?? [];
    if (transparent.has(name)) return args[0] ? inner(args[0]) : noPii;
    if (name === 'Record' || keyedCollections.has(name)) return args[1] ? inner(args[1]) : noPii;
    if ((name === 'Pick' || name === 'Omit') && args[0] && args[1]) {
      const keys = literalKeys(ts, args[1]);
      const picked = inner(args[0]);
      const keep = (path: string) => keys.has(path.split('.')[0]!) === (name === 'Pick');
      return { fields: picked.fields.filter((f) => keep(f.path)), typeName: picked.typeName };
    }
    if (!ts.isIdentifier(node.typeName)) return noPii;
    const declaration = this.declarationOf(name, node.getSourceFile());
    return declaration ? this.ofDeclaration(declaration, depth, personContext, seen) : noPii;
  }

  private ofDeclaration(declaration: TS.Node, depth: number, personContext: boolean, seen: Set<TS.Node>): TypePii {
    const ts = this.ctx.ts;
    if (seen.has(declaration)) return noPii;
    const cacheable = depth === 0 && !personContext;
    const cached = cacheable ? this.cache.get(declaration) : undefined;
    if (cached) return cached;
    seen.add(declaration);
    let result = noPii;
    if (ts.isTypeAliasDeclaration(declaration)) {
      const inner = this.ofNode(declaration.type, depth, personContext || isPersonSubjectName(declaration.name.text), seen);
      result = { fields: inner.fields, typeName: declaration.name.text };
    } else if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) {
      const typeName = declaration.name?.text ?? '';
      const aboutPerson = personContext || isPersonSubjectName(typeName);
      const members: TS.Node[] = [...declaration.members];
      if (ts.isClassDeclaration(declaration)) {
        // Constructor parameter properties: `constructor(public email: string)`.
        for (const member of declaration.members) {
          if (ts.isConstructorDeclaration(member)) members.push(...member.parameters.filter((p) => p.modifiers?.length));
        }
      }
      const own = this.ofMembers(members, typeName, depth, aboutPerson, seen);
      const inherited = (declaration.heritageClauses ?? [])
        .filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
        .flatMap((clause) => clause.types)
        .map((base) => (ts.isIdentifier(base.expression) ? this.declarationOf(base.expression.text, base.getSourceFile()) : undefined))
        .filter((base): base is TS.Node => base !== undefined)
        .map((base) => this.ofDeclaration(base, depth, aboutPerson, seen));
      result = { fields: merge([own, ...inherited]).fields, typeName };
    }
    seen.delete(declaration);
    if (cacheable) this.cache.set(declaration, result);
    return result;
  }

  private ofMembers(
    members: readonly TS.Node[], typeName: string, depth: number, aboutPerson: boolean, seen: Set<TS.Node>,
    substitution?: ReadonlyMap<string, TS.TypeNode>,
  ): TypePii {
    const ts = this.ctx.ts;
    const fields: { path: string; type: PiiType }[] = [];
    for (const member of members) {
      if (fields.length >= maxFields) break;
      if (!(ts.isPropertySignature(member) || ts.isPropertyDeclaration(member) || ts.isParameter(member))) continue;
      const name = nameText(ts, member.name);
      if (!name) continue;
      const tags = ts.getJSDocTags(member);
      if (tags.some((tag) => /^(notPii|nonPersonal|notPersonal)$/i.test(tag.tagName.text))) continue;
      const marked = tags.find((tag) => tag.tagName.text === 'pii');
      if (marked) {
        const id = typeof marked.comment === 'string' ? marked.comment.trim().split(/\s+/)[0] : undefined;
        const piiType = (id && this.ctx.settings.taxonomy.get(id)) || this.ctx.settings.taxonomy.get('identity.full-name');
        if (piiType) fields.push({ path: name, type: piiType });
        continue;
      }
      const byName = this.ctx.settings.names.classify(name, { personSubject: aboutPerson });
      // `email?: boolean` is a channel flag, not an address; `password?: { hash(p); verify(…) }` is a
      // setting about passwords, described by its own fields. (A special category may be a flag of its own.)
      if (byName && !byName.type.special && member.type && this.isSetting(member.type, aboutPerson)) {
        if (depth < maxDepth) {
          for (const field of this.ofNode(member.type, depth + 1, aboutPerson, seen, substitution).fields) fields.push({ path: `${name}.${field.path}`, type: field.type });
        }
        continue;
      }
      if (byName) {
        fields.push({ path: name, type: byName.type });
        continue;
      }
      if (member.type && depth < maxDepth) {
        const nested = this.ofNode(member.type, depth + 1, isPersonSubjectName(name), seen, substitution);
        for (const field of nested.fields) fields.push({ path: `${name}.${field.path}`, type: field.type });
      }
    }
    return { fields, typeName };
  }

  /** A type that holds no value of the data its field is named after: a flag, or an object of settings. */
  private isSetting(type: TS.TypeNode, aboutPerson: boolean, depth = 0): boolean {
    return isBooleanType(this.ctx.ts, type) || (depth <= 2 && this.isSettingsObject(type, aboutPerson, depth));
  }

  /**
   * An object type (written in place, or an interface of the program) with a method, a function or
   * a flag among its members and no member named as personal data: settings and behaviour, not a
   * value. (`email: { address: string; verified: boolean }` holds the address, so it is not.)
   */
  private isSettingsObject(type: TS.TypeNode, aboutPerson: boolean, depth: number): boolean {
    const ts = this.ctx.ts;
    const objects = ts.isUnionTypeNode(type) ? nonNullishMembers(ts, type) : [type];
    if (objects.length === 0) return false;
    for (const object of objects) {
      let members: readonly TS.TypeElement[] | undefined;
      if (ts.isTypeLiteralNode(object)) members = object.members;
      else if (ts.isTypeReferenceNode(object) && ts.isIdentifier(object.typeName)) {
        const declaration = this.declarationOf(object.typeName.text, object.getSourceFile());
        if (declaration && ts.isInterfaceDeclaration(declaration)) members = declaration.members;
      }
      if (!members || members.length === 0) return false;
      let behaviour = false;
      for (const member of members) {
        const name = nameText(ts, member.name);
        // (A member named as personal data may be a setting too: `emailAndPassword: { password: { hash() } }`.)
        const holdsData = name !== undefined && this.ctx.settings.names.classify(name, { personSubject: aboutPerson }) !== undefined &&
          !(ts.isPropertySignature(member) && member.type && this.isSetting(member.type, aboutPerson, depth + 1));
        if (holdsData) return false;
        if (ts.isMethodSignature(member)) behaviour = true;
        else if (ts.isPropertySignature(member) && member.type && (ts.isFunctionTypeNode(member.type) || isBooleanType(ts, member.type))) behaviour = true;
      }
      if (!behaviour) return false;
    }
    return true;
  }

  /** An interface, type alias or class named `name` in the file, or imported into it. */
  private declarationOf(name: string, sourceFile: TS.SourceFile): TS.Node | undefined {
    let byName = this.declarations.get(sourceFile);
    if (!byName) this.declarations.set(sourceFile, (byName = new Map()));
    let found = byName.get(name);
    if (found === undefined) {
      const ts = this.ctx.ts;
      const declaration = this.modules.localDeclaration(sourceFile, name);
      found = declaration && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration) || ts.isClassDeclaration(declaration)) ? declaration : null;
      byName.set(name, found);
    }
    return found ?? undefined;
  }
}

const keyedCollections = new Set(['Map', 'ReadonlyMap', 'WeakMap']);
const collectionReads = new Set(['get', 'values', 'entries', 'forEach']);

/** Methods of a package's generic repository or model that return its records (`Repository<User>.findOneBy`). */
const recordMethod = /^(find|get|load|fetch|query|search|list|first|one|create|save|insert|update|upsert|preload|merge|reload|lookup|retrieve|read|exec)/;
/** …except those that return something about the records (`getId`, `getCount`), but not `findById`. */
const nonRecordMethod = /(?<!By)(Id|Ids|Count|Exists|Key|Keys|Size|Length|Total|Name|Metadata|Repository|Connection)$/;

function literalKeys(ts: EngineContext['ts'], node: TS.TypeNode): Set<string> {
  const keys = new Set<string>();
  const visit = (type: TS.TypeNode) => {
    if (ts.isUnionTypeNode(type)) type.types.forEach(visit);
    else if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) keys.add(type.literal.text);
  };
  visit(node);
  return keys;
}

function merge(parts: readonly TypePii[]): TypePii {
  const fields = new Map<string, { path: string; type: PiiType }>();
  let typeName = '';
  for (const part of parts) {
    typeName ||= part.typeName;
    for (const field of part.fields) fields.set(`${field.path}:${field.type.id}`, field);
  }
  return fields.size === 0 ? { fields: [], typeName } : { fields: [...fields.values()], typeName };
}

/** `boolean`, `true | false`, `boolean | null | undefined`: a flag. */
function isBooleanType(ts: EngineContext['ts'], type: TS.TypeNode): boolean {
  const K = ts.SyntaxKind;
  if (type.kind === K.BooleanKeyword) return true;
  if (ts.isLiteralTypeNode(type)) return type.literal.kind === K.TrueKeyword || type.literal.kind === K.FalseKeyword;
  if (!ts.isUnionTypeNode(type)) return false;
  const rest = nonNullishMembers(ts, type);
  return rest.length > 0 && rest.every((t) => isBooleanType(ts, t));
}
