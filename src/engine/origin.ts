import type * as TS from 'typescript';
import { type EngineContext, skipOuter } from './context.js';

/** Where a receiver comes from, as far as the code says. */
export type OriginRoot =
  | { readonly kind: 'module'; readonly module: string }
  | { readonly kind: 'global'; readonly name: string }
  /** Unresolved: a parameter, an injected property, a relative import. `names` is the chain so far. */
  | { readonly kind: 'unknown'; readonly names: readonly string[] };

export interface Origin {
  readonly root: OriginRoot;
  /** Property names below the root, calls left out: `mixpanel.people.set` → `['people', 'set']`. */
  readonly path: readonly string[];
  /** Calls and `new`s along the chain, outermost last: `pino(opts).child()` → [pino(opts), .child()]. */
  readonly calls: readonly (TS.CallExpression | TS.NewExpression)[];
  /** Declared type names of an unresolved receiver (`logger: Logger` → `Logger`)… */
  readonly typeNames: readonly string[];
  /** …which apply to `root.names.slice(0, typedAt)`; the names after it are the method path. */
  readonly typedAt?: number;
}

const globalObjects = new Set(['window', 'globalThis', 'self', 'global']);
const maxDepth = 8;

export function originOf(ctx: EngineContext, expression: TS.Expression, depth = 0): Origin {
  const ts = ctx.ts;
  const node = skipOuter(ts, ts.isAwaitExpression(expression) ? expression.expression : expression);
  const unknown = (names: readonly string[], typeNames: readonly string[] = []): Origin => ({ root: { kind: 'unknown', names }, path: [], calls: [], typeNames });
  if (depth > maxDepth) return unknown([]);

  if (ts.isIdentifier(node)) return identifierOrigin(ctx, node, depth);
  if (node.kind === ts.SyntaxKind.ThisKeyword) return unknown(['this']);

  if (ts.isPropertyAccessExpression(node) || (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))) {
    const name = ts.isPropertyAccessExpression(node) ? node.name.text : (node.argumentExpression as TS.StringLiteralLike).text;
    const receiver = skipOuter(ts, node.expression);
    if (ts.isIdentifier(receiver) && globalObjects.has(receiver.text) && !ctx.scopes.resolve(receiver)) {
      return { root: { kind: 'global', name }, path: [], calls: [], typeNames: [] };
    }
    if (receiver.kind === ts.SyntaxKind.ThisKeyword) {
      const member = classMemberOrigin(ctx, node, name, depth);
      if (member) return member;
    }
    const base = originOf(ctx, receiver, depth + 1);
    if (base.root.kind === 'unknown') {
      const typedAt = base.typedAt ?? (base.typeNames.length > 0 ? base.root.names.length : undefined);
      return { ...base, root: { kind: 'unknown', names: [...base.root.names, name] }, typedAt };
    }
    return { ...base, path: [...base.path, name] };
  }

  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const local = localFunctionReturnOrigin(ctx, node, depth);
    if (local) return local;
    const base = originOf(ctx, node.expression, depth + 1);
    return { ...base, calls: [...base.calls, node] };
  }
  if (ts.isTaggedTemplateExpression(node)) return originOf(ctx, node.tag, depth + 1);
  return unknown([]);
}

function identifierOrigin(ctx: EngineContext, node: TS.Identifier, depth: number): Origin {
  const ts = ctx.ts;
  const binding = ctx.scopes.resolve(node);
  const unknown = (typeNames: readonly string[] = []): Origin => ({ root: { kind: 'unknown', names: [node.text] }, path: [], calls: [], typeNames });
  if (!binding) return { root: { kind: 'global', name: node.text }, path: [], calls: [], typeNames: [] };
  switch (binding.kind) {
    case 'import': {
      if (isRelative(binding.module)) return unknown();
      const path = binding.imported === 'default' || binding.imported === '*' ? [] : [binding.imported];
      return { root: { kind: 'module', module: binding.module }, path, calls: [], typeNames: [] };
    }
    case 'variable': {
      const declaration = binding.node;
      const typeNames = typeNamesOf(ctx, declaration.type);
      if (!declaration.initializer) return unknown(typeNames);
      const base = originOf(ctx, declaration.initializer, depth + 1);
      if (base.root.kind === 'unknown') return unknown([...typeNames, ...base.typeNames]);
      return { ...base, path: [...base.path, ...binding.path] };
    }
    case 'parameter':
      return unknown(typeNamesOf(ctx, binding.node.type));
    default:
      return unknown();
  }
}

/** `this.logger`: the class property or constructor parameter property that declares it. */
function classMemberOrigin(ctx: EngineContext, node: TS.Expression, name: string, depth: number): Origin | undefined {
  const ts = ctx.ts;
  let cls: TS.Node | undefined = node.parent;
  while (cls && !ts.isClassLike(cls)) cls = cls.parent;
  if (!cls || !ts.isClassLike(cls)) return undefined;
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && member.name.getText() === name) {
      const typeNames = typeNamesOf(ctx, member.type);
      if (member.initializer) {
        const base = originOf(ctx, member.initializer, depth + 1);
        if (base.root.kind !== 'unknown') return base;
      }
      return { root: { kind: 'unknown', names: ['this', name] }, path: [], calls: [], typeNames };
    }
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (ts.isIdentifier(parameter.name) && parameter.name.text === name) {
          return { root: { kind: 'unknown', names: ['this', name] }, path: [], calls: [], typeNames: typeNamesOf(ctx, parameter.type) };
        }
      }
    }
  }
  return undefined;
}

/** `const logger = makeLogger()` where `makeLogger` returns `pino()`: the origin of what it returns. */
function localFunctionReturnOrigin(ctx: EngineContext, call: TS.CallExpression | TS.NewExpression, depth: number): Origin | undefined {
  const ts = ctx.ts;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const binding = ctx.scopes.resolve(call.expression);
  let fn: TS.FunctionLikeDeclaration | undefined;
  if (binding?.kind === 'function') fn = binding.node;
  else if (binding?.kind === 'variable' && binding.node.initializer) {
    const init = skipOuter(ts, binding.node.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = init;
  }
  if (!fn?.body) return undefined;
  const returned = returnedExpression(ctx, fn);
  return returned ? originOf(ctx, returned, depth + 1) : undefined;
}

function returnedExpression(ctx: EngineContext, fn: TS.FunctionLikeDeclaration): TS.Expression | undefined {
  const ts = ctx.ts;
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  for (const statement of fn.body.statements) {
    if (ts.isReturnStatement(statement) && statement.expression) return statement.expression;
  }
  return undefined;
}

function typeNamesOf(ctx: EngineContext, type: TS.TypeNode | undefined): readonly string[] {
  const ts = ctx.ts;
  if (!type) return [];
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName;
    return [ts.isIdentifier(name) ? name.text : name.right.text];
  }
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.flatMap((t) => typeNamesOf(ctx, t));
  return [];
}

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('@/') || specifier.startsWith('~/') || specifier.startsWith('#');
}

/** Typed mode only: the npm package that declares the receiver's type, when the syntax could not tell. */
export function typedModuleOf(ctx: EngineContext, expression: TS.Expression): { module: string; typeName: string } | undefined {
  const checker = ctx.checker;
  if (!checker) return undefined;
  let type: TS.Type;
  try {
    type = checker.getTypeAtLocation(expression);
  } catch {
    return undefined;
  }
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const fileName = declaration.getSourceFile().fileName.replace(/\\/g, '/');
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(fileName);
  if (!match) return { module: '', typeName: symbol.getName() };
  const pkg = match[1]!.startsWith('@types/') ? match[1]!.slice('@types/'.length).replace(/^(.*)__(.*)$/, '@$1/$2') : match[1]!;
  return { module: pkg, typeName: symbol.getName() };
}
