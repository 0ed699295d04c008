import type * as TS from 'typescript';
import type { ResolvedSettings } from '../settings/resolve.js';
import type { TsApi } from './host.js';
import type { ModuleResolver } from './modules.js';
import type { ScopeResolver } from './scope.js';

/** What every part of one analysis run shares: the injected `ts`, the settings, the resolvers. */
export interface EngineContext {
  readonly ts: TsApi;
  /** Follows imports into the Program's files; absent without a Program (untyped linting). */
  readonly modules: ModuleResolver | undefined;
  readonly settings: ResolvedSettings;
  readonly scopes: ScopeResolver;
}

/** Unwraps `(x)`, `x as T`, `x!`, `<T>x`, `x satisfies T`. */
export function skipOuter(ts: TsApi, node: TS.Expression): TS.Expression {
  // One switch on the kind: this runs for nearly every expression the engine looks at.
  const K = ts.SyntaxKind;
  let current = node;
  for (;;) {
    switch (current.kind) {
      case K.ParenthesizedExpression:
      case K.AsExpression:
      case K.NonNullExpression:
      case K.TypeAssertionExpression:
      case K.SatisfiesExpression:
        current = (current as TS.ParenthesizedExpression | TS.AsExpression | TS.NonNullExpression | TS.TypeAssertion | TS.SatisfiesExpression).expression;
        continue;
      default:
        return current;
    }
  }
}

/** The last name of an expression: `this.logger` → `logger`, `getUser()` → `getUser`. */
export function lastName(ts: TsApi, node: TS.Expression): string | undefined {
  const inner = skipOuter(ts, node);
  if (ts.isIdentifier(inner) || ts.isPrivateIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text;
  if (ts.isElementAccessExpression(inner) && ts.isStringLiteralLike(inner.argumentExpression)) return inner.argumentExpression.text;
  if (ts.isCallExpression(inner)) return lastName(ts, inner.expression);
  if (inner.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

export function isFunctionWithBody(ts: TsApi, node: TS.Node): node is TS.FunctionLikeDeclaration {
  return (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)) && node.body !== undefined;
}

/** `await x`, `await (x as T)`: the awaited expression, without its wrappers. */
export function skipAwait(ts: TsApi, expression: TS.Expression): TS.Expression {
  let inner = skipOuter(ts, expression);
  while (ts.isAwaitExpression(inner)) inner = skipOuter(ts, inner.expression);
  return inner;
}

/** `const x = …` read through `x`: the initializer (unwrapped), when the name is such a constant. */
export function constValue(ctx: EngineContext, identifier: TS.Identifier): TS.Expression | undefined {
  const binding = ctx.scopes.resolve(identifier);
  const declaration = binding?.kind === 'variable' && binding.path.length === 0 ? binding.node : undefined;
  return declaration?.initializer && isConstDeclaration(ctx.ts, declaration) ? skipOuter(ctx.ts, declaration.initializer) : undefined;
}

/** The members of a union type other than `undefined` and `null` (`T | null | undefined` → `T`). */
export function nonNullishMembers(ts: TsApi, type: TS.UnionTypeNode): TS.TypeNode[] {
  const K = ts.SyntaxKind;
  return type.types.filter((t) => t.kind !== K.UndefinedKeyword && !(ts.isLiteralTypeNode(t) && t.literal.kind === K.NullKeyword));
}

/** An arrow function or a function expression with a body: `(x) => …`, `function () { … }`. */
export function asFunction(ts: TsApi, expression: TS.Expression): TS.FunctionLikeDeclaration | undefined {
  const inner = skipOuter(ts, expression);
  return (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) && inner.body ? inner : undefined;
}

/**
 * The function a declaration stands for: a function with a body, or a variable, class property,
 * object property or export (`module.exports.x = …` too) whose value is one.
 */
export function functionOfDeclaration(ts: TsApi, declaration: TS.Node): TS.FunctionLikeDeclaration | undefined {
  if (isFunctionWithBody(ts, declaration)) return declaration;
  if (ts.isPropertyDeclaration(declaration) && declaration.initializer) return asFunction(ts, declaration.initializer);
  const value = exportedValue(ts, declaration);
  return value ? asFunction(ts, value) : undefined;
}

/** `const x = …`: a declaration that keeps its initializer's value. */
export function isConstDeclaration(ts: TsApi, node: TS.Node): node is TS.VariableDeclaration {
  return ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent) && (node.parent.flags & ts.NodeFlags.Const) !== 0;
}

/**
 * A function that stands on its own (declared, or bound to a name/property), as opposed to an
 * inline callback, which is part of the function around it.
 */
export function isNamedUnit(ts: TsApi, fn: TS.Node): boolean {
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return isFunctionWithBody(ts, fn);
  let parent = fn.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))) parent = parent.parent;
  if (!parent) return false;
  return ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) ||
    ts.isExportAssignment(parent) || (ts.isBinaryExpression(parent) && parent.right === fn) || ts.isReturnStatement(parent);
}

/**
 * Every statement of a function body, in nested blocks and branches too, without entering
 * expressions or nested functions: the places where that body's own `return` and `throw` stand.
 * (Statements never sit inside expressions, so the walk skips most of the body's nodes.)
 */
export function forEachNestedStatement(ts: TsApi, statement: TS.Statement, visit: (statement: TS.Statement) => void): void {
  visit(statement);
  const K = ts.SyntaxKind;
  const nested = (child: TS.Statement | undefined) => {
    if (child) forEachNestedStatement(ts, child, visit);
  };
  switch (statement.kind) {
    case K.Block:
      for (const child of (statement as TS.Block).statements) nested(child);
      break;
    case K.IfStatement:
      nested((statement as TS.IfStatement).thenStatement);
      nested((statement as TS.IfStatement).elseStatement);
      break;
    case K.DoStatement:
    case K.WhileStatement:
    case K.ForStatement:
    case K.ForInStatement:
    case K.ForOfStatement:
    case K.LabeledStatement:
    case K.WithStatement:
      nested((statement as TS.IterationStatement | TS.LabeledStatement | TS.WithStatement).statement);
      break;
    case K.TryStatement: {
      const tryStatement = statement as TS.TryStatement;
      nested(tryStatement.tryBlock);
      nested(tryStatement.catchClause?.block);
      nested(tryStatement.finallyBlock);
      break;
    }
    case K.SwitchStatement:
      for (const clause of (statement as TS.SwitchStatement).caseBlock.clauses) for (const child of clause.statements) nested(child);
      break;
  }
}

/** The first value a function returns: its expression body, or its first `return x`. */
/**
 * The value a module's export stands for: a variable's initializer, `export default <expr>`,
 * a property of `module.exports = { … }`, the right side of `exports.track = …`.
 */
export function exportedValue(ts: TsApi, declaration: TS.Node): TS.Expression | undefined {
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) return declaration.initializer;
  if (ts.isExportAssignment(declaration)) return declaration.expression;
  if (ts.isBinaryExpression(declaration) && declaration.operatorToken.kind === ts.SyntaxKind.EqualsToken) return declaration.right;
  return undefined;
}

export function returnedExpression(ts: TsApi, fn: TS.FunctionLikeDeclaration): TS.Expression | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  for (const statement of fn.body.statements) if (ts.isReturnStatement(statement) && statement.expression) return statement.expression;
  return undefined;
}

/**
 * A member or property name as written (`email`, `#email`, `'email'`, `1`), read from the node
 * itself: `getText()` would rescan the source for every member of every class looked up.
 */
export function nameText(ts: TsApi, name: TS.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isQualifiedName(name)) return name.right.text;
  return undefined;
}

/**
 * The value of the first of `keys` in an object literal (`{ select: … }`, `query({ text, values })`,
 * `axios.create({ baseURL })`), unwrapped; undefined when `expression` is no object literal.
 */
export function propertyValue(ts: TsApi, expression: TS.Expression | undefined, keys: string | readonly string[]): TS.Expression | undefined {
  const object = expression && skipOuter(ts, expression);
  if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = nameText(ts, property.name);
    if (name !== undefined && (typeof keys === 'string' ? name === keys : keys.includes(name))) return skipOuter(ts, property.initializer);
  }
  return undefined;
}

/** The property or constructor parameter property `name` of the class around `node`. */
export function classMember(ts: TsApi, node: TS.Node, name: string): TS.PropertyDeclaration | TS.ParameterDeclaration | undefined {
  const cls = enclosingClass(ts, node);
  if (!cls) return undefined;
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && nameText(ts, member.name) === name) return member;
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) if (ts.isIdentifier(parameter.name) && parameter.name.text === name) return parameter;
    }
  }
  return undefined;
}

/** The class a node (`this`, a member access on it) is written in. */
export function enclosingClass(ts: TsApi, node: TS.Node): TS.ClassLikeDeclaration | undefined {
  let cls: TS.Node | undefined = node.parent;
  while (cls && !ts.isClassLike(cls)) cls = cls.parent;
  return cls && ts.isClassLike(cls) ? cls : undefined;
}

/**
 * Type wrappers around the model a declaration holds: TypeScript's utility types, and the ORMs'
 * relation wrappers (`Ref<User>`, `Collection<Order>`, `Relation<Profile>`).
 */
const modelWrappers = new Set([
  'Partial', 'Required', 'Readonly', 'Omit', 'Pick', 'NonNullable', 'Array', 'ReadonlyArray', 'Promise',
  'Ref', 'Reference', 'IdentifiedReference', 'Rel', 'Relation', 'Collection', 'Lazy', 'Loaded',
]);

/** The model a declared type names: `User`, `Partial<Omit<Session, 'id'>>` → Session, `User | null` → User, `Ref<IndexData>` → IndexData. */
export function modelTypeName(ts: TsApi, type: TS.TypeNode): string | undefined {
  if (ts.isUnionTypeNode(type)) {
    const named = type.types.filter((member) => ts.isTypeReferenceNode(member));
    return named.length === 1 ? modelTypeName(ts, named[0]!) : undefined;
  }
  if (ts.isArrayTypeNode(type)) return modelTypeName(ts, type.elementType);
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const name = nameText(ts, type.typeName);
  if (name === undefined) return undefined;
  const first = type.typeArguments?.[0];
  return modelWrappers.has(name) ? (first ? modelTypeName(ts, first) : undefined) : name;
}
