import type * as TS from 'typescript';
import type { EngineContext } from './context.js';
import { isPersonSubjectName } from './classify-name.js';
import type { PiiType } from './taxonomy/types.js';

/** The personal data a type declares: each field's category and the field path. */
export interface TypePii {
  readonly fields: readonly { readonly path: string; readonly type: PiiType }[];
  readonly typeName: string;
}

const noPii: TypePii = { fields: [], typeName: '' };
const maxDepth = 3;
const maxProperties = 80;

/**
 * Field-sensitive type classification (typed mode only). It reads declared types only —
 * annotations, return types, classes — never the inferred type of an expression, which would
 * make the checker type-check the program (typed linting with no rules does not).
 *: a value of type `User` carries the
 * personal fields `User` declares, through arrays, promises, unions, `Partial`/`Pick`/`Omit`
 * and class instances. JSDoc `@pii <category>` marks a field personal; `@notPii` excludes it.
 */
export class TypeClassifier {
  private readonly cache = new WeakMap<TS.Type, TypePii>();

  constructor(private readonly ctx: EngineContext, private readonly checker: TS.TypeChecker) {}

  /** The personal fields of a type written in the code (an annotation, a return type). */
  ofTypeNode(typeNode: TS.TypeNode): TypePii {
    let type: TS.Type;
    try {
      type = this.checker.getTypeFromTypeNode(typeNode);
    } catch {
      return noPii;
    }
    return this.ofType(type, 0, false);
  }

  /** The personal fields of a class's instances (`new Customer(…)`). */
  ofClass(name: TS.Identifier): TypePii {
    try {
      let symbol = this.checker.getSymbolAtLocation(name);
      if (symbol && symbol.flags & this.ctx.ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      if (!symbol || !(symbol.flags & this.ctx.ts.SymbolFlags.Class)) return noPii;
      return this.ofType(this.checker.getDeclaredTypeOfSymbol(symbol), 0, false);
    } catch {
      return noPii;
    }
  }

  private ofType(type: TS.Type, depth: number, personContext: boolean): TypePii {
    const cached = depth === 0 && !personContext ? this.cache.get(type) : undefined;
    if (cached) return cached;
    const result = this.compute(type, depth, personContext);
    if (depth === 0 && !personContext) this.cache.set(type, result);
    return result;
  }

  private compute(type: TS.Type, depth: number, personContext: boolean): TypePii {
    const ts = this.ctx.ts;
    const checker = this.checker;
    if (depth > maxDepth) return noPii;
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never | ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike |
      ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined |
      ts.TypeFlags.Void | ts.TypeFlags.TypeParameter)) return noPii;
    if (type.isUnion() || type.isIntersection()) {
      return merge(type.types.map((part) => this.ofType(part, depth, personContext)));
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const args = checker.getTypeArguments(type as TS.TypeReference);
      return merge(args.map((arg) => this.ofType(arg, depth, personContext)));
    }
    const awaited = checker.getAwaitedType(type);
    if (awaited && awaited !== type) return this.ofType(awaited, depth, personContext);
    if (!(flags & ts.TypeFlags.Object)) return noPii;
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (symbol && this.isLibrarySymbol(symbol)) return noPii;
    const typeName = symbol && symbol.getName() !== '__type' && symbol.getName() !== '__object' ? symbol.getName() : '';
    const aboutPerson = personContext || (typeName !== '' && isPersonSubjectName(typeName));
    const fields: { path: string; type: PiiType }[] = [];
    const properties = checker.getPropertiesOfType(type).slice(0, maxProperties);
    for (const property of properties) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration && (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration))) continue;
      const tags = declaration ? ts.getJSDocTags(declaration) : [];
      if (tags.some((tag) => /^(notPii|nonPersonal|notPersonal)$/i.test(tag.tagName.text))) continue;
      const marked = tags.find((tag) => tag.tagName.text === 'pii');
      if (marked) {
        const id = typeof marked.comment === 'string' ? marked.comment.trim().split(/\s+/)[0] : undefined;
        const piiType = (id && this.ctx.settings.taxonomy.get(id)) || this.ctx.settings.taxonomy.get('identity.full-name');
        if (piiType) fields.push({ path: property.getName(), type: piiType });
        continue;
      }
      const byName = this.ctx.settings.names.classify(property.getName(), { personSubject: aboutPerson });
      if (byName) {
        fields.push({ path: property.getName(), type: byName.type });
        continue;
      }
      if (depth < maxDepth && declaration) {
        const nested = this.ofType(checker.getTypeOfSymbolAtLocation(property, declaration), depth + 1, isPersonSubjectName(property.getName()));
        for (const field of nested.fields) fields.push({ path: `${property.getName()}.${field.path}`, type: field.type });
      }
    }
    return { fields, typeName };
  }

  /** Types from the TS lib and from packages (DOM `Request`, express `Request`) are not the project's records. */
  private isLibrarySymbol(symbol: TS.Symbol): boolean {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return false;
    const fileName = declaration.getSourceFile().fileName.replace(/\\/g, '/');
    if (/\/node_modules\/(typescript|@types\/node)\/lib\//.test(fileName) || /\/lib\.[\w.]*\.d\.ts$/.test(fileName)) return true;
    // Generated ORM model types describe the project's own records.
    if (/\/node_modules\/(\.prisma|@prisma\/client)\//.test(fileName)) return false;
    return fileName.includes('/node_modules/');
  }
}

function merge(parts: readonly TypePii[]): TypePii {
  const fields = new Map<string, { path: string; type: PiiType }>();
  let typeName = '';
  for (const part of parts) {
    typeName ||= part.typeName;
    for (const field of part.fields) fields.set(`${field.path}:${field.type.id}`, field);
  }
  return fields.size === 0 ? noPii : { fields: [...fields.values()], typeName };
}
