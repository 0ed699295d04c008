import type * as TS from 'typescript';
import { isPersonSubjectName } from './classify-name.js';
import { ConsentGuards } from './consent.js';
import {
  asFunction, classMember, constValue, enclosingClass, type EngineContext, forEachNestedStatement, functionOfDeclaration, isConstDeclaration, isNamedUnit, lastName,
  modelTypeName, nameText, propertyValue, returnedExpression, skipAwait, skipOuter,
} from './context.js';
import {
  endsWithWordOf, isCallOnLiterals, isConfigurationName, isConstantName, isEnvironmentRead, isLiteral, isNonPersonEntityName, isNonPersonReceiver, isOrganisationName,
  namesSystemValue,
} from './system-values.js';
import type { Hop } from './findings.js';
import { renderExpression, lineOf } from './render.js';
import { SanitizerMatcher } from './sanitize.js';
import { type SinkMatch, SinkMatcher } from './sink-match.js';
import {
  clean, flatten, hasPii, nest, type ParamItem, type PiiItem, project, protect, type Protection, type Taint, type TaintItem, union,
} from './taint.js';
import type { PiiType } from './taxonomy/types.js';
import { DeclaredTypes } from './declared-types.js';
import { queryChainMethods } from './catalogue/storage-sinks.js';
import { TypeClassifier } from './type-pii.js';
import { splitWords } from './words.js';
import { kinWords } from './vocabulary.js';
import { readModels } from './models/index.js';
import type { StoreRecord } from './models/types.js';

/** A place where data may leave: a catalogue sink, or a call to a function that has sinks. */
export interface Site {
  readonly node: TS.CallExpression | TS.BinaryExpression | TS.TaggedTemplateExpression;
  /** The named function (or source file) the site belongs to. */
  readonly owner: TS.Node;
  readonly sink?: SinkMatch;
  readonly callee?: TS.FunctionLikeDeclaration;
}

/** One piece of data arriving at a sink through a site. */
export interface SiteFlow {
  readonly item: TaintItem;
  readonly sink: SinkMatch;
  /** The sink call itself (in the callee's file when reached through a summary). */
  readonly sinkNode: TS.Node;
  /** The expression at this site that carries the data. */
  readonly data: TS.Expression;
  /** A consent check dominates the sink, here or inside the callee. */
  readonly guarded: boolean;
  readonly hops: readonly Hop[];
}

export interface ParamSink {
  readonly index: number;
  readonly access: readonly string[];
  readonly flow: SiteFlow;
  readonly protections: readonly Protection[];
  /** Only the credentials a caller passes are its to answer for (see `isCallerSettledCredential`). */
  readonly credentialsOnly?: true;
}

export interface FileModel {
  readonly sites: readonly Site[];
  /** The same sites by the named function (or source file) they belong to. */
  readonly sitesByOwner: ReadonlyMap<TS.Node, readonly Site[]>;
  readonly callers: ReadonlyMap<TS.Node, readonly TS.CallExpression[]>;
  /** Calls to functions declared in other files. */
  readonly externalCalls: readonly { readonly call: TS.CallExpression; readonly callee: TS.FunctionLikeDeclaration }[];
  /** Interfaces, type aliases and classes: where personal data is declared. */
  readonly typeDeclarations: readonly TS.Node[];
}

const passthroughMethods = new Set([
  'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'slice',
  'substring', 'substr', 'padStart', 'padEnd', 'replace', 'replaceAll', 'concat', 'normalize', 'toString', 'valueOf',
  'split', 'join', 'at', 'repeat', 'filter', 'find', 'findLast', 'flat', 'reverse', 'sort', 'toSorted', 'toReversed',
  'values', 'entries', 'get', 'pop', 'shift', 'first', 'last', 'toJSON', 'format', 'toObject', 'lean', 'clone',
]);
const callbackElementMethods = new Set(['forEach', 'map', 'filter', 'find', 'findLast', 'findIndex', 'some', 'every', 'flatMap', 'then', 'sort']);
const serialisers = new Set([
  'stringify', 'String', 'format', 'inspect', 'encodeURIComponent', 'encodeURI', 'escape', 'btoa', 'from', 'assign',
  'freeze', 'structuredClone', 'resolve', 'all', 'allSettled', 'fromEntries', 'parse', 'of',
]);
const fluentSetters = new Set(['set', 'setOnce', 'append', 'prepend', 'preInsert', 'postInsert']);
const cleanProperties = new Set(['length', 'size', 'constructor', 'prototype']);
/** ORM queries that take a `select` and return the selected fields (Prisma, TypeORM, MikroORM). */
const selectingQuery = /^(find|create|update|upsert|delete)/;
/** Query builders' column selections (Drizzle, Mongoose, Knex, Kysely). */
const columnSelectors = new Set(['select', 'selectDistinct', 'selectDistinctOn', 'returning']);
/**
 * Whose fields a selection names: a person's model (`prisma.user`), something else's (an
 * organisation, a repository), or either.
 */
type SelectionSubject = 'person' | 'not-a-person' | 'unknown';

/** Whose rows a name says a selection reads, given what marks one as not a person's. */
function subjectOf(name: string, isNotAPerson: (name: string) => boolean): SelectionSubject {
  return isPersonSubjectName(name) ? 'person' : isNotAPerson(name) ? 'not-a-person' : 'unknown';
}

/** A query that selects fields, as its findings name it. */
interface SelectingQuery {
  readonly call: TS.CallExpression;
  readonly rendered: string;
  /** A query builder's `select(…)`, whose object values are columns; an ORM's `select` option holds flags. */
  readonly valuesAreColumns: boolean;
}

/**
 * The column a token of a selection names: `email`, `+email`, `users.phone` → phone. A field left
 * out (`-password`), a CSS selector (`#email`) or an expression (`count(*)`) names none.
 */
function columnName(token: string): string | undefined {
  return /^\+?(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)$/.exec(token)?.[1];
}


/**
 * What an inline callback's parameter is an element of: `list` in `list.map((x) => …)` and
 * `list.reduce((total, x) => …)`, or the promise in `promise.then((x) => …)`.
 */
function elementCollection(ts: EngineContext['ts'], fn: TS.SignatureDeclaration, index: number): TS.Expression | undefined {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  const elementIndex = method === 'reduce' || method === 'reduceRight' ? 1 : 0;
  return (callbackElementMethods.has(method) || elementIndex === 1) && index === elementIndex ? call.expression.expression : undefined;
}

/** Which of `fn`'s own parameters an item stands for or was named from, if any. */
function ownParameterIndex(fn: TS.FunctionLikeDeclaration, item: TaintItem): number | undefined {
  if (item.kind === 'param') return item.fn === fn ? item.index : undefined;
  return item.fromParameter?.fn === fn ? item.fromParameter.index : undefined;
}

/** The protections that make a value fit for storage: encryption and password hashing. */
function strongProtections(item: TaintItem): readonly Protection[] {
  return item.protections.filter((p) => p === 'encrypt' || p === 'password-hash');
}

/**
 * A function that encrypts or password-hashes a parameter on one path and returns it unchanged on
 * another (`if (isEncrypted(value)) return value`, `if (!value) return value`) is an encoder: what
 * it passes through as it is is already in that form, so every return of that parameter carries
 * the protection. Without this, `encryptPassword(password)` would read as returning the password.
 */
function asEncoder(fn: TS.FunctionLikeDeclaration, returns: readonly Taint[]): readonly Taint[] {
  let encoded: Map<number, readonly Protection[]> | undefined;
  for (const taint of returns) {
    for (const item of taint) {
      const index = ownParameterIndex(fn, item);
      const strong = index === undefined ? [] : strongProtections(item);
      if (strong.length > 0) (encoded ??= new Map()).set(index!, strong);
    }
  }
  if (!encoded) return returns;
  return returns.map((taint) => taint.map((item) => {
    const index = ownParameterIndex(fn, item);
    const protections = index !== undefined && item.protections.length === 0 ? encoded.get(index) : undefined;
    return protections ? { ...item, protections } : item;
  }));
}

/**
 * The strongest protection a function's returns give one of its own parameters (`encrypt`,
 * `password-hash`): what its callers' arguments come back as, however the result is assembled.
 */
function strongestReturnedProtection(fn: TS.FunctionLikeDeclaration, returns: Taint): Protection | undefined {
  let strongest: Protection | undefined;
  for (const item of returns) {
    if (ownParameterIndex(fn, item) === undefined) continue;
    const strong = strongProtections(item);
    if (strong.includes('password-hash')) return 'password-hash';
    if (strong.includes('encrypt')) strongest = 'encrypt';
  }
  return strongest;
}

/** The analysis of one program (or one file, untyped): taint, summaries and sites, memoised. */
export class Analyzer {
  readonly sinks: SinkMatcher;
  readonly sanitizers: SanitizerMatcher;
  readonly consent: ConsentGuards;
  private readonly types: TypeClassifier | undefined;
  private readonly declared: DeclaredTypes | undefined;
  // Weak maps: in an editor the Program outlives the versions of a file it has seen.
  private readonly taints = new WeakMap<TS.Node, Taint>();
  // Function summaries, in two halves computed on demand: parameters to sinks, and what is returned.
  private readonly paramSinks = new WeakMap<TS.Node, readonly ParamSink[]>();
  private readonly returns = new WeakMap<TS.Node, Taint>();
  private readonly models = new WeakMap<TS.SourceFile, FileModel>();
  private readonly siteFlows = new WeakMap<TS.Node, readonly SiteFlow[]>();
  private readonly callees = new WeakMap<TS.Node, TS.FunctionLikeDeclaration | null>();

  constructor(readonly ctx: EngineContext) {
    this.sinks = new SinkMatcher(ctx);
    this.sanitizers = new SanitizerMatcher(ctx);
    this.consent = new ConsentGuards(ctx);
    this.types = ctx.modules ? new TypeClassifier(ctx, ctx.modules) : undefined;
    this.declared = this.types ? new DeclaredTypes(ctx, this.types, (call) => this.resolveCallee(call)) : undefined;
  }

  // ── Sites ────────────────────────────────────────────────────────────────

  model(sourceFile: TS.SourceFile): FileModel {
    let model = this.models.get(sourceFile);
    if (model) return model;
    const ts = this.ctx.ts;
    const sites: Site[] = [];
    const callers = new Map<TS.Node, TS.CallExpression[]>();
    const externalCalls: { call: TS.CallExpression; callee: TS.FunctionLikeDeclaration }[] = [];
    const writes: TS.Node[] = [];
    const typeDeclarations: TS.Node[] = [];
    const K = ts.SyntaxKind;
    // The named function (or the file) around the node being visited: a site's owner.
    let owner: TS.Node = sourceFile;
    // One switch on the kind: this walk visits every node of every file, so the commonest kinds
    // visit only the children that can hold a call or a write (a name never does, a computed
    // name or a binding pattern may).
    const visit = (node: TS.Node): void => {
      const kind = node.kind;
      // Tokens and identifiers have no children; types and imports hold no calls or writes:
      // a large part of a TypeScript file is skipped.
      if (kind <= K.LastToken || (kind >= K.FirstTypeNode && kind <= K.LastTypeNode) || kind === K.ImportDeclaration) return;
      switch (kind) {
        case K.PropertyAccessExpression:
          visit((node as TS.PropertyAccessExpression).expression);
          return;
        case K.PropertyAssignment: {
          const property = node as TS.PropertyAssignment;
          if (property.name.kind === K.ComputedPropertyName) visit(property.name);
          visit(property.initializer);
          return;
        }
        case K.VariableDeclaration:
        case K.Parameter: {
          const declaration = node as TS.VariableDeclaration | TS.ParameterDeclaration;
          if (kind === K.Parameter) for (const modifier of (declaration as TS.ParameterDeclaration).modifiers ?? []) visit(modifier);
          if (declaration.name.kind !== K.Identifier) visit(declaration.name);
          if (declaration.initializer) visit(declaration.initializer);
          return;
        }
        case K.FunctionDeclaration:
        case K.FunctionExpression:
        case K.ArrowFunction:
        case K.MethodDeclaration:
        case K.Constructor:
        case K.GetAccessor:
        case K.SetAccessor: {
          if (!isNamedUnit(ts, node)) break;
          const outer = owner;
          owner = node;
          ts.forEachChild(node, visit);
          owner = outer;
          return;
        }
        case K.InterfaceDeclaration:
        case K.TypeAliasDeclaration:
          typeDeclarations.push(node);
          return;
        case K.ClassDeclaration:
          typeDeclarations.push(node);
          break;
        case K.CallExpression: {
          const call = node as TS.CallExpression;
          if (this.ctx.scopes.isWriteCandidate(call)) writes.push(call);
          const sink = this.sinks.match(call);
          if (sink) sites.push({ node: call, owner, sink });
          else {
            const callee = this.resolveCallee(call);
            if (callee) {
              sites.push({ node: call, owner, callee });
              let list = callers.get(callee);
              if (!list) callers.set(callee, (list = []));
              list.push(call);
              if (callee.getSourceFile() !== sourceFile) externalCalls.push({ call, callee });
            }
          }
          visit(call.expression);
          for (const argument of call.arguments) visit(argument);
          return;
        }
        case K.TaggedTemplateExpression: {
          const sink = this.sinks.matchSqlTemplate(node as TS.TaggedTemplateExpression);
          if (sink) sites.push({ node: node as TS.TaggedTemplateExpression, owner, sink });
          break;
        }
        case K.BinaryExpression: {
          const binary = node as TS.BinaryExpression;
          if (this.ctx.scopes.isWriteCandidate(binary)) writes.push(binary);
          if (binary.operatorToken.kind === K.EqualsToken) {
            const sink = this.sinks.matchAssignment(binary.left, binary.right);
            if (sink) sites.push({ node: binary, owner, sink });
          }
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    this.ctx.scopes.setWriteCandidates(sourceFile, writes);
    const sitesByOwner = new Map<TS.Node, Site[]>();
    for (const site of sites) {
      let list = sitesByOwner.get(site.owner);
      if (!list) sitesByOwner.set(site.owner, (list = []));
      list.push(site);
    }
    model = { sites, sitesByOwner, callers, externalCalls, typeDeclarations };
    this.models.set(sourceFile, model);
    return model;
  }

  /** What reaches the sinks of a site, with parameters of the enclosing function left symbolic. */
  flowsAt(site: Site): readonly SiteFlow[] {
    const cached = this.siteFlows.get(site.node);
    if (cached) return cached;
    this.siteFlows.set(site.node, []);
    const flows: SiteFlow[] = [];
    if (site.sink) {
      const sink = site.sink;
      // Whether a consent check guards the call: asked only once something reaches it.
      let guardedAt: boolean | undefined;
      const isGuarded = () => (guardedAt ??= sink.kind === 'third-party' && this.consent.isGuarded(site.node));
      for (const data of sink.data) {
        let taint = this.taintOf(data.expression);
        for (const name of data.project ?? []) taint = project(taint, name);
        if (sink.store === 'database') taint = this.withModelProtections(data.expression, taint, site.node);
        if (taint.length === 0) continue;
        const guarded = isGuarded();
        for (const item of taint) {
          flows.push({ item: applyRedactPaths(item, sink.redactPaths), sink, sinkNode: site.node, data: data.expression, guarded, hops: [] });
        }
      }
    } else if (site.callee && this.ctx.ts.isCallExpression(site.node)) {
      const call = site.node;
      // The callee's parameters that reach sinks first (a summary shared by every call of it),
      // then the taint of just those arguments.
      const paramSinks = this.paramSinksOf(site.callee);
      const sourceFile = call.getSourceFile();
      for (const paramSink of paramSinks) {
        const arg = call.arguments[paramSink.index];
        if (!arg) continue;
        let taint = this.taintOf(arg);
        for (const name of paramSink.access) taint = project(taint, name);
        if (paramSink.credentialsOnly) taint = taint.filter((item) => item.kind !== 'pii' || item.types.some((type) => type.secret));
        if (taint.length === 0) continue;
        const guarded = paramSink.flow.guarded || (paramSink.flow.sink.kind === 'third-party' && this.consent.isGuarded(call));
        const hop: Hop = {
          file: sourceFile.fileName,
          line: lineOf(call, sourceFile),
          note: `passed to \`${renderExpression(this.ctx.ts, call.expression, sourceFile)}()\``,
        };
        for (const item of taint) {
          const protections = [...item.protections, ...paramSink.protections.filter((p) => !item.protections.includes(p))];
          flows.push({
            item: { ...item, protections, hops: [...item.hops, hop, ...paramSink.flow.hops] },
            sink: paramSink.flow.sink,
            sinkNode: paramSink.flow.sinkNode,
            data: arg,
            guarded,
            hops: [],
          });
        }
      }
    }
    this.siteFlows.set(site.node, flows);
    return flows;
  }

  /** The parameters a function passes on to sinks (which, and which part of each); computed once per function. */
  paramSinksOf(fn: TS.FunctionLikeDeclaration): readonly ParamSink[] {
    const cached = this.paramSinks.get(fn);
    if (cached) return cached;
    this.paramSinks.set(fn, []); // recursion reads as "passes nothing on"
    const paramSinks: ParamSink[] = [];
    for (const site of this.model(fn.getSourceFile()).sitesByOwner.get(fn) ?? []) {
      const flows = this.flowsAt(site);
      // A parameter named or typed as personal data is reported inside the function, not at each caller.
      // (Per parameter: `{ distinctId, properties }` reports `distinctId` here and still passes
      // `properties` on to the callers.) A credential its type declares, written to a database,
      // is the callers' to settle: they are told about the credentials they pass.
      const personalParams = new Set<number>();
      const credentialParams = new Set<number>();
      for (const f of flows) {
        if (f.item.kind !== 'pii' || f.item.fromParameter?.fn !== fn) continue;
        (isCallerSettledCredential(f.item, f.sink) ? credentialParams : personalParams).add(f.item.fromParameter.index);
      }
      for (const flow of flows) {
        if (flow.item.kind !== 'param' || flow.item.fn !== fn || personalParams.has(flow.item.index)) continue;
        paramSinks.push({
          index: flow.item.index,
          access: flow.item.access,
          protections: flow.item.protections,
          flow: { ...flow, hops: flow.item.hops },
          ...(credentialParams.has(flow.item.index) ? { credentialsOnly: true } : {}),
        });
      }
    }
    this.paramSinks.set(fn, paramSinks);
    return paramSinks;
  }

  /** What a function returns, with its parameters left symbolic; computed when a call's value is used. */
  returnsOf(fn: TS.FunctionLikeDeclaration): Taint {
    const cached = this.returns.get(fn);
    if (cached) return cached;
    this.returns.set(fn, clean); // recursion reads as clean
    const ts = this.ctx.ts;
    const returns: Taint[] = [];
    if (fn.body && !ts.isBlock(fn.body)) returns.push(this.taintOf(fn.body));
    else if (fn.body) {
      forEachNestedStatement(ts, fn.body, (statement) => {
        if (ts.isReturnStatement(statement) && statement.expression) returns.push(this.taintOf(statement.expression));
      });
    }
    const taint = union(...asEncoder(fn, returns));
    this.returns.set(fn, taint);
    return taint;
  }

  resolveCallee(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined {
    const cached = this.callees.get(call);
    if (cached !== undefined) return cached ?? undefined;
    this.callees.set(call, null);
    const fn = this.resolveSyntactically(call) ?? this.resolveThroughDeclarations(call);
    const usable = fn && fn.body && !fn.getSourceFile().isDeclarationFile && !fn.getSourceFile().fileName.includes('/node_modules/') ? fn : undefined;
    this.callees.set(call, usable ?? null);
    return usable;
  }

  private resolveSyntactically(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    if (ts.isIdentifier(callee)) return this.functionOfBinding(callee);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const name = callee.name.text;
    const receiver = skipOuter(ts, callee.expression);
    if (receiver.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(ts, call);
      if (!cls) return undefined;
      for (const member of cls.members) {
        if (nameText(ts, member.name) !== name) continue;
        if (ts.isMethodDeclaration(member) && member.body) return member;
        if (ts.isPropertyDeclaration(member) && member.initializer) return asFunction(ts, member.initializer);
      }
      return undefined;
    }
    if (ts.isIdentifier(receiver)) {
      const binding = this.ctx.scopes.resolve(receiver);
      if (binding?.kind === 'variable' && binding.path.length === 0 && binding.node.initializer) {
        const init = skipOuter(ts, binding.node.initializer);
        if (ts.isObjectLiteralExpression(init)) return this.objectMember(init, name);
      }
    }
    return undefined;
  }

  private objectMember(object: TS.ObjectLiteralExpression, name: string): TS.FunctionLikeDeclaration | undefined {
    const ts = this.ctx.ts;
    for (const property of object.properties) {
      if (nameText(ts, property.name) !== name) continue;
      if (ts.isMethodDeclaration(property)) return property;
      if (ts.isPropertyAssignment(property)) return asFunction(ts, property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return this.functionOfBinding(property.name);
    }
    return undefined;
  }

  private functionOfBinding(identifier: TS.Identifier): TS.FunctionLikeDeclaration | undefined {
    const binding = this.ctx.scopes.resolve(identifier);
    if (binding?.kind === 'function') return binding.node;
    if (binding?.kind === 'variable' && binding.path.length === 0 && binding.node.initializer) return asFunction(this.ctx.ts, binding.node.initializer);
    return undefined;
  }

  /**
   * Follows receivers through declarations (in typed mode also imports into other files) only:
   * aliases, declared types, initializers, return statements (aliases, declared
   * types, initializers, return statements). It never asks the checker for the type of an
   * expression, which would make it type-check the whole program.
   */
  private resolveThroughDeclarations(call: TS.CallExpression): TS.FunctionLikeDeclaration | undefined {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    if (ts.isIdentifier(callee)) {
      const declaration = this.importedDeclaration(callee);
      return declaration ? functionOfDeclaration(ts, declaration) : this.destructuredMember(callee);
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const target = this.receiverTarget(callee.expression, 0);
      return target ? this.memberFunction(target, callee.name.text) : undefined;
    }
    return undefined;
  }

  /** The declaration an imported name stands for, in its own file. */
  private importedDeclaration(identifier: TS.Identifier): TS.Declaration | TS.SourceFile | undefined {
    const ts = this.ctx.ts;
    const binding = this.ctx.scopes.resolve(identifier);
    if (binding?.kind !== 'import') return undefined;
    const declaration = this.ctx.modules?.importTarget(binding.module, binding.imported, identifier.getSourceFile());
    if (!declaration || (!ts.isSourceFile(declaration) && !ts.isFunctionLike(declaration) && !ts.isVariableDeclaration(declaration) &&
        !ts.isClassDeclaration(declaration) && !ts.isExportAssignment(declaration) && !ts.isPropertyAssignment(declaration) &&
        !ts.isBinaryExpression(declaration))) return undefined;
    return declaration as TS.Declaration | TS.SourceFile;
  }

  /** `const { capture } = useAnalytics(); capture(…)`. */
  private destructuredMember(identifier: TS.Identifier): TS.FunctionLikeDeclaration | undefined {
    const binding = this.ctx.scopes.resolve(identifier);
    if (binding?.kind !== 'variable' || binding.path.length !== 1 || !binding.node.initializer) return undefined;
    const target = this.receiverTarget(binding.node.initializer, 0);
    return target ? this.memberFunction(target, binding.path[0]!) : undefined;
  }

  /** What a receiver is, as far as declarations say: a class, an object literal or a module. */
  private receiverTarget(expression: TS.Expression, depth: number): TS.ClassLikeDeclaration | TS.ObjectLiteralExpression | TS.SourceFile | undefined {
    const ts = this.ctx.ts;
    if (depth > 4) return undefined;
    const node = skipOuter(ts, ts.isAwaitExpression(expression) ? expression.expression : expression);
    if (ts.isObjectLiteralExpression(node)) return node;
    if (ts.isNewExpression(node)) return this.classOf(node.expression);
    if (ts.isCallExpression(node)) {
      const fn = this.resolveCallee(node);
      const returned = fn ? returnedExpression(ts, fn) : undefined;
      return returned ? this.receiverTarget(returned, depth + 1) : undefined;
    }
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const member = classMember(ts, node, node.name.text);
      if (!member) return undefined;
      // A property or a constructor parameter property may be typed, initialised, or both.
      if (member.initializer) return this.receiverTarget(member.initializer, depth + 1) ?? this.classOfType(member.type);
      return this.classOfType(member.type);
    }
    if (!ts.isIdentifier(node)) return undefined;
    const binding = this.ctx.scopes.resolve(node);
    if (!binding) return undefined;
    if (binding.kind === 'import') {
      const declaration = this.importedDeclaration(node);
      if (!declaration) return undefined;
      if (ts.isSourceFile(declaration)) return declaration;
      if (ts.isClassDeclaration(declaration)) return declaration;
      if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
        return this.receiverTarget(declaration.initializer, depth + 1) ?? this.classOfType(declaration.type);
      }
      return undefined;
    }
    if (binding.kind === 'class') return binding.node;
    if (binding.kind === 'variable' && binding.path.length === 0) {
      return (binding.node.initializer && this.receiverTarget(binding.node.initializer, depth + 1)) ?? this.classOfType(binding.node.type);
    }
    if (binding.kind === 'parameter' && binding.path.length === 0) return this.classOfType(binding.node.type);
    return undefined;
  }

  /** `private readonly users: UsersService` → the class `UsersService`, by its declaration. */
  private classOfType(type: TS.TypeNode | undefined): TS.ClassLikeDeclaration | undefined {
    const ts = this.ctx.ts;
    if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    return this.classOf(type.typeName);
  }

  private classOf(expression: TS.Expression): TS.ClassLikeDeclaration | undefined {
    const ts = this.ctx.ts;
    const node = skipOuter(ts, expression);
    if (!ts.isIdentifier(node)) return undefined;
    const binding = this.ctx.scopes.resolve(node);
    if (binding?.kind === 'class') return binding.node;
    if (binding?.kind !== 'import') return undefined;
    const declaration = this.importedDeclaration(node);
    return declaration && ts.isClassDeclaration(declaration) ? declaration : undefined;
  }

  private memberFunction(target: TS.ClassLikeDeclaration | TS.ObjectLiteralExpression | TS.SourceFile, name: string): TS.FunctionLikeDeclaration | undefined {
    const ts = this.ctx.ts;
    if (ts.isObjectLiteralExpression(target)) return this.objectMember(target, name);
    if (ts.isSourceFile(target)) {
      // `import * as lib from './lib'; lib.send()`, also through `export … from` barrels.
      const exported = this.ctx.modules?.exported(target, name);
      if (exported) return functionOfDeclaration(ts, exported);
      for (const statement of target.statements) {
        if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && statement.body) return statement;
        if (ts.isVariableStatement(statement)) {
          for (const declaration of statement.declarationList.declarations) {
            if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return asFunction(ts, declaration.initializer);
          }
        }
      }
      return undefined;
    }
    for (const member of target.members) {
      if (nameText(ts, member.name) !== name) continue;
      if (ts.isMethodDeclaration(member) && member.body) return member;
      if (ts.isPropertyDeclaration(member) && member.initializer) return asFunction(ts, member.initializer);
    }
    return undefined;
  }

  // ── Taint ────────────────────────────────────────────────────────────────

  taintOf(expression: TS.Expression): Taint {
    const cached = this.taints.get(expression);
    if (cached) return cached;
    this.taints.set(expression, clean); // cycles read as clean
    let taint: Taint;
    try {
      taint = this.compute(expression);
    } catch {
      taint = clean;
    }
    this.taints.set(expression, taint);
    return taint;
  }

  private compute(expression: TS.Expression): Taint {
    const ts = this.ctx.ts;
    const node = skipOuter(ts, expression);
    if (node !== expression) return this.taintOf(node);
    // One switch on the kind: this runs for every expression the taint reaches.
    const K = ts.SyntaxKind;
    switch (node.kind) {
      case K.Identifier:
        return this.withTypeFields(node, this.identifierTaint(node as TS.Identifier));
      case K.PropertyAccessExpression:
      case K.ElementAccessExpression:
        return this.withTypeFields(node, this.memberTaint(node as TS.PropertyAccessExpression | TS.ElementAccessExpression));
      case K.CallExpression:
        return this.withTypeFields(node, this.callTaint(node as TS.CallExpression));
      case K.NewExpression: {
        const created = node as TS.NewExpression;
        const args = union(...(created.arguments ?? []).map((arg) => this.taintOf(arg)));
        const protection = this.sanitizers.protectionOf(created);
        return protection ? protect(args, protection) : args;
      }
      case K.AwaitExpression:
      case K.SpreadElement:
      case K.YieldExpression: {
        const inner = (node as TS.AwaitExpression | TS.SpreadElement | TS.YieldExpression).expression;
        return inner ? this.taintOf(inner) : clean;
      }
      case K.TemplateExpression: {
        // `postgres://${db.user}:${db.password}@…`: a service's connection string, not a person's data.
        if (isConnectionString(ts, node)) return clean;
        return flatten(union(...(node as TS.TemplateExpression).templateSpans.map((span) => this.taintOf(span.expression))));
      }
      case K.TaggedTemplateExpression: {
        const tagged = node as TS.TaggedTemplateExpression;
        const spans = ts.isTemplateExpression(tagged.template) ? tagged.template.templateSpans.map((span) => this.taintOf(span.expression)) : [];
        const protection = this.sanitizers.byName(lastName(ts, tagged.tag));
        return protection ? protect(union(...spans), protection) : flatten(union(...spans));
      }
      case K.BinaryExpression: {
        if (isConnectionString(ts, node)) return clean;
        const binary = node as TS.BinaryExpression;
        const op = binary.operatorToken.kind;
        if (op === K.PlusToken) return flatten(union(this.taintOf(binary.left), this.taintOf(binary.right)));
        if (op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken) {
          return union(this.taintOf(binary.left), this.taintOf(binary.right));
        }
        if (op === K.CommaToken || op === K.EqualsToken) return this.taintOf(binary.right);
        return clean;
      }
      case K.ConditionalExpression: {
        const conditional = node as TS.ConditionalExpression;
        return union(this.taintOf(conditional.whenTrue), this.taintOf(conditional.whenFalse));
      }
      case K.ObjectLiteralExpression:
        return this.objectTaint(node as TS.ObjectLiteralExpression);
      case K.ArrayLiteralExpression:
        return union(...(node as TS.ArrayLiteralExpression).elements.map((element) => this.taintOf(element)));
      default:
        return clean;
    }
  }

  private identifierTaint(node: TS.Identifier): Taint {
    const ts = this.ctx.ts;
    if (node.text === 'undefined') return clean;
    const binding = this.ctx.scopes.resolve(node);
    const byName = () => this.nameItem(node, node.text, false);
    if (!binding) return byName();
    switch (binding.kind) {
      case 'import':
        return byName();
      case 'function':
      case 'class':
      case 'enum':
        return clean;
      case 'catch': {
        const thrown: Taint[] = [];
        forEachNestedStatement(ts, binding.node.parent.tryBlock, (statement) => {
          if (ts.isThrowStatement(statement) && statement.expression) thrown.push(this.taintOf(statement.expression));
        });
        return union(...thrown, byName());
      }
      case 'parameter':
        return this.reassignedParameter(node, binding) ?? this.parameterTaint(node, binding.fn, binding.index, binding.path, binding.node);
      case 'variable':
        return this.variableTaint(node, binding);
    }
  }

  private variableTaint(node: TS.Identifier, binding: Extract<ReturnType<EngineContext['scopes']['resolve']>, { kind: 'variable' }>): Taint {
    const ts = this.ctx.ts;
    const declaration = binding.node;
    // `let url = 'postgres://'; url += user + ':' + password`: a connection string, built up.
    if (declaration.initializer && binding.path.length === 0 && isConnectionString(ts, skipOuter(ts, declaration.initializer))) return clean;
    const list = declaration.parent;
    const loop = list && ts.isVariableDeclarationList(list) ? list.parent : undefined;
    let base: Taint = clean;
    let subjectIsPerson = false;
    if (loop && ts.isForOfStatement(loop)) {
      base = this.isEntryKey(declaration.name, node, loop.expression) ? clean : this.taintOf(loop.expression);
      subjectIsPerson = isPersonSubjectName(lastName(ts, loop.expression) ?? '');
    } else if (declaration.initializer && !(loop && ts.isForInStatement(loop))) {
      base = this.taintOf(declaration.initializer);
      subjectIsPerson = binding.path.length > 0 && isPersonSubjectName(lastName(ts, declaration.initializer) ?? '');
    }
    for (const name of binding.path) base = project(base, name);
    // Reaching definitions, simplified for structured code: the last plain assignment before the
    // use in an enclosing block replaces what came before; later ones in branches add to it.
    const sourceFile = node.getSourceFile();
    const use = node.getStart(sourceFile);
    const writes = this.ctx.scopes.writesTo(binding, sourceFile).filter((w) => w.at < use && !isInside(w.value, node));
    let from = 0;
    for (let i = writes.length - 1; i >= 0; i--) {
      const write = writes[i]!;
      if (write.path.length === 0 && isPlainAssignment(ts, write.value) && blockEncloses(ts, write.value, node)) {
        base = this.taintOf(write.value);
        from = i + 1;
        break;
      }
    }
    const added = writes.slice(from).map((write) => {
      const value = this.taintOf(write.value);
      return write.path.length === 0 ? value : write.path.reduceRight<Taint>((taint, name) => nest(taint, name), value);
    });
    const taint = union(base, ...added);
    if (hasPii(taint) || (declaration.initializer && (isLiteral(ts, declaration.initializer) || isEnvironmentRead(ts, declaration.initializer)))) return taint;
    const propertyName = binding.path[binding.path.length - 1];
    const named = this.nameItem(node, propertyName ?? node.text, subjectIsPerson);
    // `const ssn = encrypt(raw)`: the name says what it is, the initializer that it is protected.
    return union(taint, declaration.initializer && binding.path.length === 0 ? this.protectedAs(declaration.initializer, named) : named);
  }

  /**
   * `password = await hash(password, 12)` before the use: a plain assignment to the parameter on
   * every path to the use replaces the argument (as for variables); undefined when there is none.
   */
  private reassignedParameter(node: TS.Identifier, binding: Extract<ReturnType<EngineContext['scopes']['resolve']>, { kind: 'parameter' }>): Taint | undefined {
    const ts = this.ctx.ts;
    if (binding.path.length > 0) return undefined;
    const sourceFile = node.getSourceFile();
    const use = node.getStart(sourceFile);
    const writes = this.ctx.scopes.writesTo(binding, sourceFile).filter((w) => w.at < use && !isInside(w.value, node));
    for (let i = writes.length - 1; i >= 0; i--) {
      const write = writes[i]!;
      if (write.path.length !== 0 || !isPlainAssignment(ts, write.value) || !blockEncloses(ts, write.value, node)) continue;
      const added = writes.slice(i + 1).map((later) => {
        const value = this.taintOf(later.value);
        return later.path.length === 0 ? value : later.path.reduceRight<Taint>((taint, name) => nest(taint, name), value);
      });
      const taint = union(this.taintOf(write.value), ...added);
      if (hasPii(taint) || isLiteral(ts, write.value)) return taint;
      return union(taint, this.protectedAs(write.value, this.nameItem(node, node.text, false)));
    }
    return undefined;
  }

  private parameterTaint(node: TS.Identifier, fn: TS.SignatureDeclaration, index: number, path: readonly string[], parameter: TS.ParameterDeclaration): Taint {
    const ts = this.ctx.ts;
    if (!isNamedUnit(ts, fn)) {
      const collection = elementCollection(ts, fn, index);
      if (collection) {
        let element = this.isEntryKey(parameter.name, node, collection) ? clean : this.taintOf(collection);
        for (const name of path) element = project(element, name);
        const subject = isPersonSubjectName(lastName(ts, collection) ?? '');
        return union(element, this.nameItem(node, path[path.length - 1] ?? node.text, subject));
      }
      return this.nameItem(node, path[path.length - 1] ?? node.text, false);
    }
    const param: ParamItem = { kind: 'param', fn, index, access: path, path: [], protections: [], hops: [] };
    const typeName = parameter.type && ts.isTypeReferenceNode(parameter.type) ? nameText(ts, parameter.type.typeName) ?? '' : '';
    const named = this.nameItem(node, path[path.length - 1] ?? node.text, path.length > 0 && isPersonSubjectName(typeName));
    return union([param], named.map((item) => ({ ...(item as PiiItem), fromParameter: { fn, index } })));
  }

  /**
   * `for (const [id, user] of usersById)`, `Object.entries(o).map(([key, value]) => …)`: the first
   * of a pair from a Map or from `entries()` is the key (an id, a field's name, an index), which
   * carries nothing of the values. Its own name still counts (`[email, user]`).
   */
  private isEntryKey(pattern: TS.BindingName, identifier: TS.Identifier, iterated: TS.Expression): boolean {
    const ts = this.ctx.ts;
    if (!ts.isArrayBindingPattern(pattern) || pattern.elements.length < 2) return false;
    const first = pattern.elements[0]!;
    if (!ts.isBindingElement(first) || !ts.isIdentifier(first.name) || first.name.text !== identifier.text) return false;
    let source = skipOuter(ts, iterated);
    // `[...map.entries()]`, `Array.from(map)`: the same pairs.
    if (ts.isArrayLiteralExpression(source) && source.elements.length === 1 && ts.isSpreadElement(source.elements[0]!)) source = skipOuter(ts, source.elements[0].expression);
    if (ts.isCallExpression(source) && lastName(ts, source.expression) === 'from' && source.arguments.length === 1) source = skipOuter(ts, source.arguments[0]!);
    if (ts.isCallExpression(source)) return lastName(ts, source.expression) === 'entries';
    if (!ts.isIdentifier(source)) return false;
    const binding = this.ctx.scopes.resolve(source);
    if (binding?.kind !== 'variable' && binding?.kind !== 'parameter') return false;
    const type = binding.node.type;
    if (type && ts.isTypeReferenceNode(type) && /^(?:Readonly)?Map$/.test(nameText(ts, type.typeName) ?? '')) return true;
    const init = binding.kind === 'variable' && binding.node.initializer ? skipOuter(ts, binding.node.initializer) : undefined;
    return init !== undefined && ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'Map';
  }

  private memberTaint(node: TS.PropertyAccessExpression | TS.ElementAccessExpression): Taint {
    const ts = this.ctx.ts;
    let name: string | undefined;
    if (ts.isPropertyAccessExpression(node)) name = node.name.text;
    else if (ts.isStringLiteralLike(node.argumentExpression)) name = node.argumentExpression.text;
    else if (ts.isIdentifier(node.argumentExpression)) {
      // `const key = 'email'; user[key]`: the key a constant names.
      const key = constValue(this.ctx, node.argumentExpression);
      if (key && ts.isStringLiteralLike(key)) name = key.text;
    }
    if (name === undefined) {
      // `email.split('@')[1]`: the domain, an organisation's or a mail provider's, not the person's.
      if (ts.isElementAccessExpression(node) && ts.isNumericLiteral(node.argumentExpression) && node.argumentExpression.text !== '0' &&
          isSplitOnAt(ts, node.expression)) return clean;
      // `list[i]`: an element of the list.
      return ts.isElementAccessExpression(node) ? this.taintOf(node.expression) : clean;
    }
    // (Decided before the receiver is traced: `rows.length` needs nothing of `rows`.)
    if (cleanProperties.has(name)) return clean;
    // `DraftReplyConfidence.ALL_EMAILS`, `Channel.Email`: an enum's member is a constant.
    if (ts.isPropertyAccessExpression(node) && this.isEnumMember(node)) return clean;
    // `process.env.ADMIN_EMAIL`: the deployment's configuration, not a person's data.
    if (isEnvironmentRead(ts, node)) return clean;
    const projected = project(this.taintOf(node.expression), name);
    const byName = this.nameItem(node, name, isPersonSubjectName(lastName(ts, node.expression) ?? '') && !this.isTreeKin(node.expression));
    // (`config.database.password`, `team.avatarUrl`, `errors.email`: a system's, an organisation's, a form's.)
    if (byName.length === 0 || isNonPersonReceiver(ts, node.expression)) return projected;
    // `input.email` is reported where it is read: callers passing `input` are not told again,
    // and the same category that `input` got from a helper's return is not reported twice.
    const named = new Set((byName[0] as PiiItem).types.map((t) => t.id));
    return union(projected.filter((item) => item.kind === 'pii' && !item.types.some((t) => named.has(t.id))), byName);
  }

  /**
   * `for (const child of folder.children)`, `partitions.map((child) => …)`: a kinship word for an
   * element of a collection that is not a person's (nor a person's children) is a node of a tree.
   */
  private isTreeKin(receiver: TS.Expression): boolean {
    const ts = this.ctx.ts;
    const inner = skipOuter(ts, receiver);
    if (!ts.isIdentifier(inner) || !endsWithWordOf(inner.text, kinWords)) return false;
    const binding = this.ctx.scopes.resolve(inner);
    let collection: TS.Expression | undefined;
    if (binding?.kind === 'variable' && binding.path.length === 0) {
      const list = binding.node.parent;
      if (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent)) collection = list.parent.expression;
    } else if (binding?.kind === 'parameter' && binding.path.length === 0) {
      collection = elementCollection(ts, binding.fn, binding.index);
    }
    if (!collection) return false;
    // `folder.children` is the folder's; `user.children` the user's.
    let owner = skipAwait(ts, collection);
    if (ts.isPropertyAccessExpression(owner) && endsWithWordOf(owner.name.text, kinWords)) owner = owner.expression;
    const name = lastName(ts, owner);
    return name !== undefined && !isPersonSubjectName(name);
  }

  private callTaint(call: TS.CallExpression): Taint {
    const selected = this.selectedFields(call);
    const returned = this.callResult(call);
    return selected.length > 0 ? union(selected, returned) : returned;
  }

  /**
   * Query results carry the fields the query selects, each classified by its name (a model, table
   * or relation named after a person makes `name` a person's). A query that selects nothing says
   * nothing about its rows. Selections are read from:
   * - an ORM query's `select` option: Prisma's `findMany({ select: { email: true } })` (with
   *   relations' own selections), TypeORM's `find({ select: ['id', 'email'] })`;
   * - a query builder's `select(…)`: Drizzle's `db.select({ contact: users.email })`, Mongoose's
   *   `.select('fullName -password')` and `.select({ email: 1 })`, Knex's `.select('id',
   *   'users.phone')`, Kysely's `.select(['id', 'dateOfBirth'])`.
   */
  private selectedFields(call: TS.CallExpression): Taint {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return clean;
    const method = callee.name.text;
    let selections: readonly TS.Expression[];
    if (columnSelectors.has(method)) selections = call.arguments;
    else {
      const select = selectingQuery.test(method) ? propertyValue(ts, call.arguments[0], 'select') : undefined;
      if (!select) return clean;
      selections = [select];
    }
    const query: SelectingQuery = {
      call,
      rendered: `\`${renderExpression(ts, callee, call.getSourceFile())}()\``,
      // A builder's `select({ contact: users.email })` names columns by value; an ORM's `select`
      // option holds flags, and a flag that is not a literal (`password: includePassword`) may be off.
      valuesAreColumns: columnSelectors.has(method),
    };
    // The name nearest the query that says whose rows they are decides: `prisma.organization`
    // selects an organisation's fields (`avatar`), `this.prismaClient.user` a person's.
    // (Only an organisation counts against a person here: `usersRepository.find`, `db.table('users')`
    // are a query's receivers, not its rows.)
    let subject: SelectionSubject = 'unknown';
    for (const name of chainNames(ts, callee.expression)) if ((subject = subjectOf(name, isOrganisationName)) !== 'unknown') break;
    return union(...selections.map((selection) => this.selected(selection, query, subject, [], 0)));
  }

  /**
   * What one selection names: column names in a string or a list, keys flagged `true` or `1`, a
   * relation's own `select`, and (query builders) columns given as values, `{ contact: users.email }`.
   */
  private selected(selection: TS.Expression, query: SelectingQuery, subject: SelectionSubject, path: readonly string[], depth: number): Taint {
    const ts = this.ctx.ts;
    const value = skipOuter(ts, selection);
    const items: TaintItem[] = [];
    const field = (origin: TS.Node, name: string) => {
      if (subject === 'not-a-person') return;
      const classification = this.ctx.settings.names.classify(name, { personSubject: subject === 'person' });
      if (classification) items.push({ ...this.piiItem(origin, [classification.type], `${classification.reason}, selected by ${query.rendered}`), path: [...path, name] });
    };
    // Column names are written in the query's literals, which a report never prints: the query is their origin.
    const columns = (text: string) => {
      for (const token of text.split(/[\s,]+/)) {
        const name = columnName(token);
        if (name !== undefined) field(query.call, name);
      }
    };
    const parts: Taint[] = [];
    if (ts.isStringLiteralLike(value)) columns(value.text);
    else if (ts.isArrayLiteralExpression(value)) {
      for (const element of value.elements) if (ts.isStringLiteralLike(element)) columns(element.text);
    } else if (ts.isObjectLiteralExpression(value)) {
      for (const property of value.properties) {
        if (query.valuesAreColumns && ts.isShorthandPropertyAssignment(property)) parts.push(nest(this.taintOf(property.name), property.name.text));
        else if (query.valuesAreColumns && ts.isSpreadAssignment(property)) parts.push(this.taintOf(property.expression));
        if (!ts.isPropertyAssignment(property)) continue;
        const key = nameText(ts, property.name);
        if (key === undefined) continue;
        const initializer = skipOuter(ts, property.initializer);
        if (initializer.kind === ts.SyntaxKind.TrueKeyword || (ts.isNumericLiteral(initializer) && initializer.text === '1')) field(property.name, key);
        else if (ts.isObjectLiteralExpression(initializer)) {
          // A relation with its own selection: `customer: { select: { phone: true } }`.
          const nested = propertyValue(ts, initializer, 'select');
          // (A relation is said of what it names: `repository: { select: { fullName: true } }`.)
          if (nested && depth < 3) parts.push(this.selected(nested, query, subjectOf(key, isNonPersonEntityName), [...path, key], depth + 1));
        } else if (query.valuesAreColumns && depth === 0 && !isLiteral(ts, initializer)) parts.push(this.keyedTaint(key, property.initializer));
      }
    }
    return union(items.length > 0 ? items : clean, ...parts);
  }

  private callResult(call: TS.CallExpression): Taint {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    const args = () => union(...call.arguments.map((arg) => this.taintOf(arg)));
    const protection = this.protectionOfCall(call);
    if (protection) {
      // One opaque result (a ciphertext, a digest, a mask): its fields are protected too.
      const receiver = ts.isPropertyAccessExpression(callee) ? this.taintOf(callee.expression) : clean;
      return protect(flatten(union(args(), receiver)), protection);
    }
    const name = lastName(ts, callee) ?? '';
    if (ts.isPropertyAccessExpression(callee)) {
      const receiverNode = callee.expression;
      if (callbackElementMethods.has(name) || name === 'reduce') {
        // The receiver is traced only where the result is made of it (a callback's parameters
        // trace it themselves when they are read).
        const callback = call.arguments[0];
        if (callback) {
          const byReference = this.sanitizers.protectionOfReference(callback);
          if (byReference) return protect(this.taintOf(receiverNode), byReference);
          const fn = skipOuter(ts, callback);
          if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && (name === 'map' || name === 'flatMap' || name === 'then' || name === 'reduce')) {
            return this.returnsOf(fn);
          }
        }
        return name === 'forEach' || name === 'some' || name === 'every' || name === 'findIndex' ? clean : this.taintOf(receiverNode);
      }
      // `email.split('@').pop()`, `.at(-1)`: the domain.
      if ((name === 'pop' || (name === 'at' && call.arguments[0] !== undefined && !isZero(ts, call.arguments[0]))) && isSplitOnAt(ts, receiverNode)) return clean;
      if (passthroughMethods.has(name)) return union(this.taintOf(receiverNode), name === 'concat' || name === 'replace' ? args() : clean);
      // `db.select({…}).from(users).where(…)`: a query builder's next step keeps what it selects.
      if (queryChainMethods.has(name) && ts.isCallExpression(skipOuter(ts, receiverNode)) && this.resolveCallee(call) === undefined) {
        return this.taintOf(receiverNode);
      }
      // `new Identify().set('email', v)`, `map.set(k, v)`: setters that return their receiver carry what was set.
      if (fluentSetters.has(name) && call.arguments.length === 2) {
        const [key, value] = call.arguments as unknown as [TS.Expression, TS.Expression];
        const keyText = ts.isStringLiteralLike(key) ? key.text : undefined;
        return union(this.taintOf(receiverNode), keyText === undefined ? this.taintOf(value) : this.keyedTaint(keyText, value));
      }
      if (serialisers.has(name) && ts.isIdentifier(receiverNode) && /^(JSON|Object|Promise|Array|util|Buffer|qs|querystring|structuredClone)$/.test(receiverNode.text)) {
        return name === 'keys' ? clean : flatten(args());
      }
    } else if (ts.isIdentifier(callee) && serialisers.has(callee.text) && !this.ctx.scopes.resolve(callee)) {
      return flatten(args());
    }
    const fn = this.resolveCallee(call);
    if (fn) return this.substitute(this.returnsOf(fn), fn, call);
    // `getEmail()`, `user.getPhoneNumber()`: a getter named after the data.
    const subject = ts.isPropertyAccessExpression(callee) && isPersonSubjectName(lastName(ts, callee.expression) ?? '');
    const classification = this.ctx.settings.names.classify(name, { personSubject: subject, isCall: true });
    return classification ? [this.piiItem(call, [classification.type], classification.reason)] : clean;
  }

  /** The callee's return value at this call: its parameters replaced by the arguments. */
  private substitute(returns: Taint, fn: TS.FunctionLikeDeclaration, call: TS.CallExpression): Taint {
    if (returns.length === 0) return clean;
    const sourceFile = call.getSourceFile();
    const out: Taint[] = [];
    let hop: Hop | undefined; // rendered once per call, and only if something comes back
    for (const item of returns) {
      if (item.kind !== 'param' || item.fn !== fn) {
        out.push([item]);
        continue;
      }
      const arg = call.arguments[item.index];
      if (!arg) continue;
      let taint = this.taintOf(arg);
      for (const name of item.access) taint = project(taint, name);
      for (const name of [...item.path].reverse()) taint = nest(taint, name);
      for (const protection of item.protections) taint = protect(taint, protection);
      if (taint.length === 0) continue;
      hop ??= { file: sourceFile.fileName, line: lineOf(call, sourceFile), note: `returned by \`${renderExpression(this.ctx.ts, call.expression, sourceFile)}()\`` };
      const returnedHop = hop;
      out.push(taint.map((t) => ({ ...t, hops: [...t.hops, returnedHop] })));
    }
    return union(...out);
  }

  private objectTaint(node: TS.ObjectLiteralExpression): Taint {
    const ts = this.ctx.ts;
    const parts: Taint[] = [];
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        parts.push(this.taintOf(property.expression));
        continue;
      }
      if (ts.isShorthandPropertyAssignment(property)) {
        parts.push(nest(this.taintOf(property.name), property.name.text));
        continue;
      }
      if (!ts.isPropertyAssignment(property)) continue;
      const key = ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name) || ts.isNumericLiteral(property.name) ? property.name.text : undefined;
      parts.push(key === undefined ? this.taintOf(property.initializer) : this.keyedTaint(key, property.initializer));
    }
    return union(...parts);
  }

  /** A value stored under a key (`{ email: v }`, `identify.set('email', v)`), nested under it. */
  private keyedTaint(key: string, valueNode: TS.Expression): Taint {
    const ts = this.ctx.ts;
    let value = this.taintOf(valueNode);
    // `{ email: form.value }`: the key says what the value is (and `{ iban: encrypt(v) }` that it is protected).
    // (`{ password: postgresPassword }`: the value's own name says it is a system's credential.)
    // (`{ password: hashSync('password') }`: computed from literals only, a fixture's constant.)
    if (!hasPii(value) && !isLiteral(ts, valueNode) && !namesSystemValue(ts, valueNode) && !isCallOnLiterals(ts, valueNode) &&
        !this.isDerivedScalar(valueNode)) {
      value = union(value, this.protectedAs(valueNode, this.nameItem(valueNode, key, false, `the key "${key}"`)));
    }
    return nest(value, key);
  }

  /**
   * A value that is evidently not the data its key names: a count (`{ emails: list.length }`), a
   * test (`{ email: !!user.email }`, `{ hasPhone: phone !== undefined }`, `typeof x`), arithmetic,
   * or an enum's member (`{ status: Status.RECORDING }`).
   */
  private isDerivedScalar(valueNode: TS.Expression): boolean {
    const ts = this.ctx.ts;
    const K = ts.SyntaxKind;
    const node = skipOuter(ts, valueNode);
    switch (node.kind) {
      case K.PrefixUnaryExpression:
      case K.TypeOfExpression:
      case K.VoidExpression:
      case K.DeleteExpression:
        return true;
      case K.BinaryExpression: {
        const op = (node as TS.BinaryExpression).operatorToken.kind;
        return op !== K.PlusToken && op !== K.AmpersandAmpersandToken && op !== K.BarBarToken && op !== K.QuestionQuestionToken &&
          op !== K.EqualsToken && op !== K.CommaToken && op !== K.PlusEqualsToken;
      }
      case K.PropertyAccessExpression: {
        const access = node as TS.PropertyAccessExpression;
        return cleanProperties.has(access.name.text) || this.isEnumMember(access);
      }
      default:
        return false;
    }
  }

  /**
   * `Status.ACTIVE`, `DraftReplyConfidence.ALL_EMAILS` (a capitalised receiver and an all-capitals
   * member: an enum or a class constant, also when generated out of sight, as Prisma's are), any
   * member of a declared `enum` (`Channel.Email`), and a literal member of a `const` object used as
   * one (`ChannelType.Email` with `ChannelType = { Email: 'Email' } as const`): a constant, never a
   * person's data.
   */
  private isEnumMember(node: TS.PropertyAccessExpression): boolean {
    const ts = this.ctx.ts;
    const receiver = skipOuter(ts, node.expression);
    if (!ts.isIdentifier(receiver) || !/^[A-Z]/.test(receiver.text)) return false;
    if (/^[A-Z][A-Z0-9_]*$/.test(node.name.text) && /[a-z]/.test(receiver.text)) return true;
    const binding = this.ctx.scopes.resolve(receiver);
    if (binding?.kind === 'enum') return true;
    if (binding?.kind === 'variable') return binding.path.length === 0 && isLiteralMember(ts, binding.node, node.name.text);
    if (binding?.kind !== 'import' || binding.imported === '*') return false;
    const declaration = this.ctx.modules?.importTarget(binding.module, binding.imported, receiver.getSourceFile());
    return declaration !== undefined && (ts.isEnumDeclaration(declaration) || isLiteralMember(ts, declaration, node.name.text));
  }

  /** Typed mode: a value whose declared type has personal fields carries them. Only adds. */
  private withTypeFields(node: TS.Expression, taint: Taint): Taint {
    // Only where the syntax found nothing: type information adds findings, never changes one.
    if (!this.types || hasPii(taint)) return taint;
    // `console.log(config)`: a configuration's declared credentials (`smtp.password`) are a system's.
    if (isConfigurationName(lastName(this.ctx.ts, node) ?? '')) return taint;
    const typePii = this.declared!.of(node);
    if (!typePii || typePii.fields.length === 0) return taint;
    const types = distinctTypes(typePii.fields.map((f) => f.type));
    const shown = typePii.fields.slice(0, 4).map((f) => f.path).join(', ');
    const more = typePii.fields.length > 4 ? `, and ${typePii.fields.length - 4} more` : '';
    const reason = `its type${typePii.typeName ? ` \`${typePii.typeName}\`` : ''} declares ${shown}${more}`;
    // `function setUser(user: User)`: like a parameter named as personal data, one typed so is
    // reported inside the function, not again at each caller.
    const binding = this.ctx.ts.isIdentifier(node) ? this.ctx.scopes.resolve(node) : undefined;
    const fromParameter = binding?.kind === 'parameter' && binding.path.length === 0 && isNamedUnit(this.ctx.ts, binding.fn) ? { fn: binding.fn, index: binding.index } : undefined;
    const item: PiiItem = { ...this.piiItem(node, types, reason), fromType: typePii.typeName };
    // `encryptCredentials(dto): CredentialsDto`: the fields the type names come back protected.
    const protection = this.protectionOfResult(node);
    const typed: PiiItem = protection ? { ...item, protections: [protection] } : item;
    return union(taint, [fromParameter ? { ...typed, fromParameter } : typed]);
  }

  /** The protection the outermost call of a value gives (`encrypt(x)`, `await hash(x)`). */
  private protectionOfResult(node: TS.Expression): Protection | undefined {
    const ts = this.ctx.ts;
    const inner = skipAwait(ts, node);
    return ts.isCallExpression(inner) || ts.isNewExpression(inner) ? this.protectionOfCall(inner) : undefined;
  }

  /**
   * `repo.save(user)` where `user` is an instance of a TypeORM/MikroORM entity, `User.create(doc)`
   * or `new User(doc).save()` with a Mongoose model: the fields that the model stores protected
   * (a hook that hashes `this.password`, an encrypting transformer or plugin), as the data-model
   * reader found them, are written protected. Updates that bypass the instance (`repo.update`,
   * `updateOne`) skip hooks and stay as they are.
   */
  private withModelProtections(expression: TS.Expression, taint: Taint, sinkNode: TS.Node): Taint {
    if (!hasPii(taint)) return taint;
    const protections = this.modelProtectionsFor(expression, sinkNode);
    if (!protections || protections.size === 0) return taint;
    return taint.map((item) => {
      const protection = item.kind === 'pii' && item.path.length === 1 ? protections.get(item.path[0]!) : undefined;
      return protection && !item.protections.includes(protection) ? { ...item, protections: [...item.protections, protection] } : item;
    });
  }

  private modelProtectionsFor(expression: TS.Expression, sinkNode: TS.Node): ReadonlyMap<string, Protection> | undefined {
    const ts = this.ctx.ts;
    // The class an instance comes from, as method calls on it are resolved (`new X()`, `x: X`).
    const target = this.receiverTarget(expression, 0);
    const cls = target && ts.isClassLike(target) ? target : undefined;
    if (cls?.name) return this.fieldProtections(cls.getSourceFile(), cls.name.text, (orm) => orm !== 'mongoose');
    const registered = this.mongooseModelAt(sinkNode);
    return registered ? this.fieldProtections(registered.file, registered.model, (orm) => orm === 'mongoose') : undefined;
  }

  /**
   * `User.create(doc)`, `new User(doc).save()`, `user.save()` with `user = new User(doc)`, where
   * `User = mongoose.model('User', userSchema)` here or in an imported file: that registration.
   */
  private mongooseModelAt(sinkNode: TS.Node): { file: TS.SourceFile; model: string } | undefined {
    const ts = this.ctx.ts;
    if (!ts.isCallExpression(sinkNode)) return undefined;
    const callee = skipOuter(ts, sinkNode.expression);
    if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== 'save' && callee.name.text !== 'create')) return undefined;
    let model = skipOuter(ts, callee.expression);
    if (ts.isIdentifier(model)) {
      const binding = this.ctx.scopes.resolve(model);
      const init = binding?.kind === 'variable' && binding.path.length === 0 && binding.node.initializer ? skipOuter(ts, binding.node.initializer) : undefined;
      if (init && ts.isNewExpression(init)) model = skipOuter(ts, init.expression);
    } else if (ts.isNewExpression(model)) model = skipOuter(ts, model.expression);
    if (!ts.isIdentifier(model)) return undefined;
    const binding = this.ctx.scopes.resolve(model);
    let declaration: TS.Node | undefined = binding?.kind === 'variable' && binding.path.length === 0 ? binding.node
      : binding?.kind === 'import' ? this.importedDeclaration(model) : undefined;
    // `const User = require('../models/User')` with `module.exports = User` there.
    if (declaration && ts.isSourceFile(declaration)) declaration = this.ctx.modules?.requiredValue(declaration);
    const init = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? skipOuter(ts, declaration.initializer) : undefined;
    if (!init || !ts.isCallExpression(init) || lastName(ts, init.expression) !== 'model') return undefined;
    const name = init.arguments[0] && skipOuter(ts, init.arguments[0]);
    return name && ts.isStringLiteralLike(name) ? { file: init.getSourceFile(), model: name.text } : undefined;
  }

  private readonly storeRecords = new WeakMap<TS.SourceFile, readonly StoreRecord[]>();

  /** The data models declared in a file (read once per file, for these writes and for the inventory). */
  storeRecordsOf(sourceFile: TS.SourceFile): readonly StoreRecord[] {
    let records = this.storeRecords.get(sourceFile);
    if (!records) this.storeRecords.set(sourceFile, (records = readModels(this.ctx, sourceFile)));
    return records;
  }

  /** A model's protected fields, by name, as protections of the flow analysis. */
  private fieldProtections(file: TS.SourceFile, model: string, orm: (orm: StoreRecord['orm']) => boolean): ReadonlyMap<string, Protection> | undefined {
    const record = this.storeRecordsOf(file).find((r) => r.model === model && orm(r.orm));
    if (!record) return undefined;
    const protections = new Map<string, Protection>();
    for (const field of record.fields) {
      if (field.protection === 'encrypted') protections.set(field.name, 'encrypt');
      else if (field.protection === 'password-hash') protections.set(field.name, 'password-hash');
    }
    return protections;
  }

  /**
   * Whether a value is a parameter declared with a stored model's type (`domainEntity: User`,
   * `payload: Partial<Session>`), or one of its fields: the shape a repository or mapper writes,
   * whose credential fields hold what the caller put there (usually the hash), unlike an input
   * type (`CreateUserDto`, `SignupInput`, `RegisterBody`) or an unannotated parameter.
   */
  fromStoredModelParameter(origin: TS.Node): boolean {
    const ts = this.ctx.ts;
    let root: TS.Node = origin;
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isNonNullExpression(root) || ts.isParenthesizedExpression(root) || ts.isAwaitExpression(root)) root = root.expression;
    // A record a repository or model made or read (`repo.create(…)`, `users.findOneBy(…)`) is in its stored form too.
    if (ts.isCallExpression(root)) return this.declared !== undefined && this.declared.isRecordFromRepository(root);
    if (!ts.isIdentifier(root)) return false;
    const binding = this.ctx.scopes.resolve(root);
    if (binding?.kind !== 'parameter' || binding.path.length > 0 || !binding.node.type) return false;
    const name = modelTypeName(ts, binding.node.type);
    return name !== undefined && isStoredModelName(name);
  }

  /** The protection the outermost call of `value` gives (`encrypt(x)`, `await hash(x)`), applied to `taint`. */
  private protectedAs(value: TS.Expression, taint: Taint): Taint {
    if (taint.length === 0) return taint;
    const ts = this.ctx.ts;
    const inner = skipOuter(ts, value);
    // `const hashedPassword = bcrypt.hashSync(…)`, then `{ password: hashedPassword }`.
    const protection = this.protectionOfResult((ts.isIdentifier(inner) && constValue(this.ctx, inner)) || inner);
    return protection ? protect(taint, protection) : taint;
  }

  /**
   * The protection a call gives, by the called name or module; when the name says only `hash` or
   * `redact`, a project function it resolves to may say more: `hashSync(pw)` returning
   * `bcrypt.hashSync(pw, rounds)` is a password hash, and so is `hash(pw)` returning
   * `salt + ':' + key` with `key` derived by `scrypt(pw, salt, 64)`.
   */
  private protectionOfCall(call: TS.CallExpression | TS.NewExpression, depth = 0): Protection | undefined {
    const ts = this.ctx.ts;
    const byName = this.sanitizers.protectionOf(call);
    if (!byName || byName === 'password-hash' || byName === 'encrypt' || depth > 2 || !ts.isCallExpression(call)) return byName;
    const fn = this.resolveCallee(call);
    if (!fn) return byName;
    const expression = returnedExpression(ts, fn);
    const returned = expression && skipAwait(ts, expression);
    const inner = returned && (ts.isCallExpression(returned) || ts.isNewExpression(returned)) ? this.protectionOfCall(returned, depth + 1) : undefined;
    if (inner === 'password-hash' || inner === 'encrypt') return inner;
    return strongestReturnedProtection(fn, this.returnsOf(fn)) ?? byName;
  }

  private nameItem(origin: TS.Node, name: string, personSubject: boolean, what?: string): Taint {
    // `E2E_GMAIL_EMAIL`, `SUPPORT_INBOX_EMAIL`: a constant holds configuration, not a person's
    // data (what it was given is still traced). A column read as `row.EMAIL_ADDRESS` keeps its name.
    if ((this.ctx.ts.isIdentifier(origin) || what !== undefined) && isConstantName(name)) return clean;
    const classification = this.ctx.settings.names.classify(name, { personSubject });
    if (!classification) return clean;
    const reason = what ? `${what}: ${classification.reason}` : classification.reason;
    return [this.piiItem(origin, [classification.type], reason)];
  }

  private piiItem(origin: TS.Node, types: readonly PiiType[], reason: string): PiiItem {
    return { kind: 'pii', types, origin, originFile: origin.getSourceFile(), path: [], protections: [], hops: [], reason, heuristic: false };
  }
}

/**
 * `const ChannelType = { Email: 'Email', Sms: 'Sms' } as const`, an object used as an enum: the
 * member `name` of the constant declared here is a literal.
 */
function isLiteralMember(ts: EngineContext['ts'], declaration: TS.Node, name: string): boolean {
  if (!isConstDeclaration(ts, declaration) || !declaration.initializer) return false;
  const object = skipOuter(ts, declaration.initializer);
  if (!ts.isObjectLiteralExpression(object)) return false;
  const property = object.properties.find((p) => nameText(ts, p.name) === name);
  return property !== undefined && ts.isPropertyAssignment(property) && isLiteral(ts, property.initializer);
}

/**
 * The names along a receiver chain, with its calls' first string arguments (a table name):
 * `prisma.user` → user, prisma; `knex('users').where(…)` → where, users, knex.
 */
function chainNames(ts: EngineContext['ts'], expression: TS.Expression): string[] {
  const names: string[] = [];
  let node: TS.Expression = skipOuter(ts, expression);
  for (let step = 0; step < 12; step++) {
    if (ts.isCallExpression(node)) {
      const first = node.arguments[0];
      if (first && ts.isStringLiteralLike(first)) names.push(first.text);
      node = skipOuter(ts, node.expression);
    } else if (ts.isPropertyAccessExpression(node)) {
      names.push(node.name.text);
      node = skipOuter(ts, node.expression);
    } else {
      if (ts.isIdentifier(node)) names.push(node.text);
      break;
    }
  }
  return names;
}

const connectionScheme = /^\s*(postgres|postgresql|mysql|mariadb|mssql|sqlserver|mongodb|mongodb\+srv|redis|rediss|amqp|amqps|nats|ftp|sftp|smtp|smtps|ldap|ldaps):\/\//i;

/** `x.split('@')`: an email address cut at its `@`. */
function isSplitOnAt(ts: EngineContext['ts'], node: TS.Expression): boolean {
  const inner = skipOuter(ts, node);
  if (!ts.isCallExpression(inner) || !ts.isPropertyAccessExpression(inner.expression) || inner.expression.name.text !== 'split') return false;
  const separator = inner.arguments[0];
  return separator !== undefined && ts.isStringLiteralLike(separator) && separator.text === '@';
}

function isZero(ts: EngineContext['ts'], node: TS.Expression): boolean {
  return ts.isNumericLiteral(node) && node.text === '0';
}

/**
 * A credential known only from the declared type of a parameter (`data: { password?: string }`),
 * written to a database: the function stores what its callers give it, and they decide whether
 * it was hashed. The function's own report is strict-only, and each caller is reported for the
 * credentials it passes as they came.
 */
export function isCallerSettledCredential(item: TaintItem, sink: SinkMatch): boolean {
  return sink.store === 'database' && item.kind === 'pii' && item.fromParameter !== undefined && item.fromType !== undefined &&
    item.types.some((type) => type.secret);
}

/** A type named as a stored model (`User`, `CommentEntity`), not as an input (`CreateUserDto`, `SignupInput`). */
export function isStoredModelName(name: string): boolean {
  return name !== '' && !splitWords(name).some((word) => inputTypeWords.has(word));
}

/** Words of a type name that make it what a user submitted, not what is stored. */
const inputTypeWords = new Set([
  'dto', 'input', 'inputs', 'request', 'req', 'body', 'form', 'params', 'args', 'command', 'payload', 'credentials',
  'signup', 'register', 'registration', 'login', 'signin', 'create', 'update', 'change', 'reset', 'new', 'raw', 'plain',
]);

/** A template or concatenation that starts with a database or service URL scheme. */
function isConnectionString(ts: EngineContext['ts'], node: TS.Expression): boolean {
  let first: TS.Expression = node;
  if (ts.isTemplateExpression(node)) return connectionScheme.test(node.head.text);
  if (ts.isStringLiteralLike(node)) return connectionScheme.test(node.text);
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.PlusToken) return false;
  while (ts.isBinaryExpression(first) && first.operatorToken.kind === ts.SyntaxKind.PlusToken) first = skipOuter(ts, first.left);
  if (ts.isTemplateExpression(first)) return connectionScheme.test(first.head.text);
  return ts.isStringLiteralLike(first) && connectionScheme.test(first.text);
}

function isPlainAssignment(ts: EngineContext['ts'], value: TS.Expression): boolean {
  const parent = value.parent;
  return !!parent && ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/** Whether the block holding the write also holds the use (the write runs on every path to it). */
function blockEncloses(ts: EngineContext['ts'], write: TS.Node, use: TS.Node): boolean {
  let block: TS.Node | undefined = write.parent;
  while (block && !ts.isBlock(block) && !ts.isSourceFile(block) && !ts.isFunctionLike(block) && !ts.isCaseClause(block)) {
    // `if (c) x = …;`, `c && (x = …)`, `c ? (x = …) : y`: the write may not run.
    if (ts.isIfStatement(block) || ts.isConditionalExpression(block) || ts.isIterationStatement(block, false) || ts.isTryStatement(block)) return false;
    if (ts.isBinaryExpression(block) && block.operatorToken.kind !== ts.SyntaxKind.EqualsToken && block.operatorToken.kind !== ts.SyntaxKind.CommaToken) return false;
    block = block.parent;
  }
  if (!block) return false;
  if (ts.isFunctionLike(block)) return false;
  for (let node: TS.Node | undefined = use.parent; node; node = node.parent) if (node === block) return true;
  return false;
}

function isInside(node: TS.Node, maybeChild: TS.Node): boolean {
  return maybeChild.pos >= node.pos && maybeChild.end <= node.end;
}

function distinctTypes(types: readonly PiiType[]): PiiType[] {
  return [...new Map(types.map((t) => [t.id, t])).values()];
}

function applyRedactPaths(item: TaintItem, paths: readonly (readonly string[])[]): TaintItem {
  if (paths.length === 0 || item.path.length === 0) return item;
  const matches = paths.some((path) => path.length === item.path.length && path.every((segment, i) => segment === '*' || segment === item.path[i]));
  return matches && !item.protections.includes('redact') ? { ...item, protections: [...item.protections, 'redact'] } : item;
}
