import type * as TS from 'typescript';
import { catalogueIndexFor } from './catalogue-index.js';
import type { Binding } from './scope.js';
import { classMember, type EngineContext, exportedValue, functionOfDeclaration, nonNullishMembers, returnedExpression, skipOuter } from './context.js';

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
  /**
   * The receiver's own name, tried when the package's entries do not match: for a callback's
   * parameter handed over by a catalogued package (`scope` in `Sentry.withScope((scope) => …)`;
   * `reply.setCookie` in a fastify route) and for a value declared with a package's type
   * (`res: Response` from express → `res.cookie`).
   */
  readonly alias?: { readonly names: readonly string[]; readonly calls: readonly (TS.CallExpression | TS.NewExpression)[] };
}

/** The objects globals are also read through: `window.gtag`, `globalThis.fetch`. */
export const globalObjects: ReadonlySet<string> = new Set(['window', 'globalThis', 'self', 'global']);
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
    const alias = base.alias && { names: [...base.alias.names, name], calls: base.alias.calls };
    return { ...base, path: [...base.path, name], ...(alias ? { alias } : {}) };
  }

  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const local = localFunctionReturnOrigin(ctx, node, depth);
    if (local) return local;
    const base = originOf(ctx, node.expression, depth + 1);
    const alias = base.alias && { names: base.alias.names, calls: [...base.alias.calls, node] };
    return { ...base, calls: [...base.calls, node], ...(alias ? { alias } : {}) };
  }
  if (ts.isTaggedTemplateExpression(node)) return originOf(ctx, node.tag, depth + 1);
  return unknown([]);
}

function identifierOrigin(ctx: EngineContext, node: TS.Identifier, depth: number): Origin {
  const ts = ctx.ts;
  const binding = ctx.scopes.resolve(node);
  const unknown = (typeNames: readonly string[] = []): Origin => ({ root: { kind: 'unknown', names: [node.text] }, path: [], calls: [], typeNames });
  if (!binding) return { root: { kind: 'global', name: node.text }, path: [], calls: [], typeNames: [] };
  const ambient = ambientOrigin(ctx, node, binding);
  if (ambient) return ambient;
  switch (binding.kind) {
    case 'import': {
      if (isRelative(binding.module)) return importedOrigin(ctx, node, depth) ?? unknown();
      // A workspace package of the project (`@acme/analytics`) is followed like a relative import.
      if (ctx.modules?.resolve(binding.module, node.getSourceFile())) {
        const followed = importedOrigin(ctx, node, depth);
        if (followed) return followed;
      }
      const path = binding.imported === 'default' || binding.imported === '*' ? [] : [binding.imported];
      return { root: { kind: 'module', module: binding.module }, path, calls: [], typeNames: [] };
    }
    case 'variable': {
      const declaration = binding.node;
      const typeNames = typeNamesOf(ctx, declaration.type);
      // `let client: PostHog | null = null`, assigned later: what it holds is its declared type.
      if (!declaration.initializer || isNullish(ts, declaration.initializer)) return declaredTypeOrigin(ctx, declaration.type, [node.text]) ?? unknown(typeNames);
      const base = originOf(ctx, declaration.initializer, depth + 1);
      if (base.root.kind === 'unknown') return declaredTypeOrigin(ctx, declaration.type, [node.text]) ?? unknown([...typeNames, ...base.typeNames]);
      return { ...base, path: [...base.path, ...binding.path] };
    }
    case 'parameter':
      return declaredTypeOrigin(ctx, binding.node.type, binding.path.length === 0 ? [node.text] : undefined) ??
        (binding.node.type || binding.path.length > 0 ? undefined : handedToCallback(ctx, node.text, binding.fn, depth)) ??
        unknown(typeNamesOf(ctx, binding.node.type));
    case 'class':
      return classOrigin(ctx, binding.node, depth) ?? unknown();
    default:
      return unknown();
  }
}

/**
 * Typed mode: `import { client } from './analytics'` where analytics.ts has
 * `export const client = new PostHog(key)` — the origin of that initializer.
 */
function importedOrigin(ctx: EngineContext, node: TS.Identifier, depth: number): Origin | undefined {
  const ts = ctx.ts;
  const binding = ctx.scopes.resolve(node);
  if (!ctx.modules || binding?.kind !== 'import') return undefined;
  let declaration = ctx.modules.importTarget(binding.module, binding.imported, node.getSourceFile());
  // `const log = require('./log')` with `module.exports = pino()`: what the module sets.
  if (declaration && ts.isSourceFile(declaration)) declaration = ctx.modules.requiredValue(declaration);
  if (!declaration) return undefined;
  const reexported = packageImportOrigin(ts, declaration);
  if (reexported) return reexported;
  if (ts.isClassDeclaration(declaration)) return classOrigin(ctx, declaration, depth);
  const initializer = exportedValue(ts, declaration);
  if (!initializer) return undefined;
  const origin = originOf(ctx, initializer, depth + 1);
  return origin.root.kind === 'unknown' ? undefined : origin;
}

/**
 * `class Account extends Model {}` (sequelize), `class User extends BaseEntity {}` (TypeORM): the
 * class's static methods are its base's, so `Account.create(…)` is rooted at the base's module.
 */
function classOrigin(ctx: EngineContext, declaration: TS.ClassLikeDeclaration, depth: number): Origin | undefined {
  const ts = ctx.ts;
  const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  if (!base || depth > 4) return undefined;
  const origin = originOf(ctx, base.expression, depth + 1);
  return origin.root.kind === 'unknown' ? undefined : origin;
}

/** `this.logger`: the class property or constructor parameter property that declares it. */
function classMemberOrigin(ctx: EngineContext, node: TS.Expression, name: string, depth: number): Origin | undefined {
  const member = classMember(ctx.ts, node, name);
  if (!member) return undefined;
  // A property or a constructor parameter property: what it is initialised with
  // (`logger = pino()`, `constructor(private readonly logger = pino())`), else its declared type.
  if (member.initializer && !isNullish(ctx.ts, member.initializer)) {
    const base = originOf(ctx, member.initializer, depth + 1);
    if (base.root.kind !== 'unknown') return base;
  }
  return declaredTypeOrigin(ctx, member.type, ['this', name]) ?? { root: { kind: 'unknown', names: ['this', name] }, path: [], calls: [], typeNames: typeNamesOf(ctx, member.type) };
}

/**
 * `const logger = makeLogger()` where `makeLogger` returns `pino()`, and in typed mode
 * `posthog()?.capture(…)` where an imported `posthog()` returns the client it created on first
 * use: the origin of what the function returns.
 */
function localFunctionReturnOrigin(ctx: EngineContext, call: TS.CallExpression | TS.NewExpression, depth: number): Origin | undefined {
  const ts = ctx.ts;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const binding = ctx.scopes.resolve(call.expression);
  const declaration = binding?.kind === 'function' || binding?.kind === 'variable' ? binding.node
    : binding?.kind === 'import' && binding.imported !== '*' && isRelative(binding.module)
      ? ctx.modules?.importTarget(binding.module, binding.imported, call.getSourceFile()) : undefined;
  const fn = declaration && functionOfDeclaration(ts, declaration);
  if (!fn) return undefined;
  const returned = returnedExpression(ctx.ts, fn);
  return returned ? originOf(ctx, returned, depth + 1) : undefined;
}

/**
 * `client: PostHog` with `import { PostHog } from 'posthog-node'`: the receiver is an instance
 * of a package's type, known from the syntax alone (typed and untyped alike).
 */
function declaredTypeOrigin(ctx: EngineContext, declared: TS.TypeNode | undefined, ownNames?: readonly string[]): Origin | undefined {
  const ts = ctx.ts;
  const type = declared && withoutNullish(ts, declared);
  if (!type || !ts.isTypeReferenceNode(type)) return undefined;
  const name = type.typeName;
  const head = ts.isIdentifier(name) ? name : leftmost(ts, name);
  const binding = ctx.scopes.resolve(head);
  if (binding?.kind !== 'import') return undefined;
  const typeNames = [ts.isIdentifier(name) ? name.text : name.right.text];
  // `import { PostHog } from '@acme/analytics'` (or './analytics') that re-exports `posthog-node`'s.
  let root: Origin | undefined;
  if (ctx.modules && binding.imported !== '*' && ctx.modules.resolve(binding.module, head.getSourceFile())) {
    const declaration = ctx.modules.importTarget(binding.module, binding.imported, head.getSourceFile());
    root = declaration && packageImportOrigin(ts, declaration);
    if (!root) return undefined;
  }
  if (!root) {
    if (isRelative(binding.module)) return undefined;
    root = { root: { kind: 'module', module: binding.module }, path: binding.imported === 'default' || binding.imported === '*' ? [] : [binding.imported], calls: [], typeNames: [] };
  }
  const origin: Origin = { ...root, path: ts.isIdentifier(name) ? root.path : [...root.path, name.right.text], typeNames };
  // `res: Response` from express, `logger: Logger` from a package the catalogue does not know:
  // the receiver keeps its own name, tried when the package's entries do not match.
  return ownNames && origin.root.kind === 'module' ? { ...origin, alias: { names: ownNames, calls: [] } } : origin;
}

/** What an import of a package (found behind a project module's re-export) names: `posthog-node`'s `PostHog`. */
function packageImportOrigin(ts: EngineContext['ts'], node: TS.Node): Origin | undefined {
  let module: TS.Expression | undefined;
  let path: string[] = [];
  if (ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) {
    const declaration = ts.isImportSpecifier(node) ? node.parent.parent.parent : node.parent.parent;
    module = declaration.moduleSpecifier;
    const imported = (node.propertyName ?? node.name).text;
    path = imported === 'default' ? [] : [imported];
  } else if (ts.isImportClause(node)) {
    module = node.parent.moduleSpecifier;
  } else if (ts.isNamespaceImport(node)) {
    module = node.parent.parent.moduleSpecifier;
  }
  if (!module || !ts.isStringLiteral(module) || isRelative(module.text)) return undefined;
  return { root: { kind: 'module', module: module.text }, path, calls: [], typeNames: [] };
}

/** `PostHog | null | undefined` → `PostHog`: a client that may not be created yet is still that client. */
function withoutNullish(ts: EngineContext['ts'], type: TS.TypeNode): TS.TypeNode {
  if (!ts.isUnionTypeNode(type)) return type;
  const rest = nonNullishMembers(ts, type);
  return rest.length === 1 ? rest[0]! : type;
}

function isNullish(ts: EngineContext['ts'], expression: TS.Expression): boolean {
  const node = skipOuter(ts, expression);
  return node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === 'undefined');
}

function leftmost(ts: EngineContext['ts'], name: TS.QualifiedName): TS.Identifier {
  let left: TS.EntityName = name;
  while (!ts.isIdentifier(left)) left = left.left;
  return left;
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

/**
 * `Sentry.withScope((scope) => scope.setUser(…))`: what a catalogued package's function hands to
 * a callback passed straight to it comes from that package, like what it returns.
 */
function handedToCallback(ctx: EngineContext, name: string, fn: TS.SignatureDeclaration, depth: number): Origin | undefined {
  const ts = ctx.ts;
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  let argument: TS.Node = fn;
  while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
  const call = argument.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(argument as TS.Expression)) return undefined;
  const callee = originOf(ctx, call.expression, depth + 1);
  // Only a catalogued package's, and the parameter keeps its name: what a web framework hands to
  // a route (`res`, `reply`) is still matched by it.
  if (callee.root.kind !== 'module' || !catalogueIndexFor(ctx.settings).knowsModule(callee.root.module)) return undefined;
  return { root: callee.root, path: [], calls: [call], typeNames: [], alias: { names: [name], calls: [] } };
}

/**
 * `declare function gtag(…)`, `declare const Intercom: …`: the global, typed for the checker
 * (`declare const client: PostHog` with a package's type is that package's, as any variable).
 * Only a declaration without a value or a body can be one, so the common case skips the walk up.
 */
function ambientOrigin(ctx: EngineContext, node: TS.Identifier, binding: Binding): Origin | undefined {
  const ts = ctx.ts;
  const global = (path: readonly string[] = [], typeNames: readonly string[] = []): Origin => ({ root: { kind: 'global', name: node.text }, path, calls: [], typeNames });
  switch (binding.kind) {
    case 'variable': {
      if (binding.node.initializer || !isAmbient(ts, binding.node)) return undefined;
      const declared = declaredTypeOrigin(ctx, binding.node.type);
      return declared ? { ...declared, path: [...declared.path, ...binding.path] } : global(binding.path, typeNamesOf(ctx, binding.node.type));
    }
    case 'function':
      return !binding.node.body && isAmbient(ts, binding.node) ? global() : undefined;
    case 'class':
      return isAmbient(ts, binding.node) ? global() : undefined;
    default:
      return undefined;
  }
}

/** A declaration without an implementation: `declare …`, inside `declare global`, or in a declaration file. */
function isAmbient(ts: EngineContext['ts'], declaration: TS.Declaration): boolean {
  if ((ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Ambient) !== 0) return true;
  for (let node: TS.Node | undefined = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node) && (ts.getCombinedModifierFlags(node as TS.Declaration) & ts.ModifierFlags.Ambient) !== 0) return true;
    if (ts.isSourceFile(node)) return node.isDeclarationFile;
  }
  return false;
}

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('@/') || specifier.startsWith('~/') || specifier.startsWith('#');
}

