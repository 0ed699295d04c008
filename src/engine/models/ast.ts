import type * as TS from 'typescript';
import { type EngineContext, lastName, nameText, skipOuter } from '../context.js';
import type { Span } from '../findings.js';
import { renderExpression, spanOf } from '../render.js';
import { SanitizerMatcher } from '../sanitize.js';
import { type FieldProtection, isNotPiiTag, ModelVocabulary, type PiiMarker } from './shared.js';

/** What every model reader of one file shares. */
export interface ReaderContext {
  readonly ctx: EngineContext;
  readonly ts: EngineContext['ts'];
  readonly sourceFile: TS.SourceFile;
  readonly words: ModelVocabulary;
  readonly sanitizers: SanitizerMatcher;
}

const vocabularies = new WeakMap<object, ModelVocabulary>();

export function readerContext(ctx: EngineContext, sourceFile: TS.SourceFile): ReaderContext {
  let words = vocabularies.get(ctx.settings);
  if (!words) vocabularies.set(ctx.settings, (words = new ModelVocabulary(ctx.settings)));
  return { ctx, ts: ctx.ts, sourceFile, words, sanitizers: new SanitizerMatcher(ctx) };
}

/** Where an expression's root is imported from: `Column` → typeorm `Column`, `mongoose.Schema` → mongoose `Schema`. */
export interface Imported {
  readonly module: string;
  /** The exported name reached: `Column`; `default`/`*` for the module itself. */
  readonly name: string;
}

export function importOf(r: ReaderContext, expression: TS.Expression): Imported | undefined {
  const ts = r.ts;
  const node = skipOuter(ts, expression);
  if (ts.isIdentifier(node)) {
    const binding = r.ctx.scopes.resolve(node);
    if (binding?.kind === 'import') return { module: binding.module, name: binding.imported };
    // `const Schema = mongoose.Schema`, `const { Schema } = mongoose`.
    if (binding?.kind === 'variable' && binding.node.initializer) {
      const base = importOf(r, binding.node.initializer);
      if (base && (base.name === 'default' || base.name === '*') && binding.path.length === 1) return { module: base.module, name: binding.path[0]! };
      if (base && binding.path.length === 0) return base;
    }
    return undefined;
  }
  if (ts.isPropertyAccessExpression(node)) {
    const base = importOf(r, node.expression);
    if (base && (base.name === 'default' || base.name === '*')) return { module: base.module, name: node.name.text };
    // `mongoose.Schema.Types.String`, `Sequelize.DataTypes.STRING`: keep the first member.
    if (base) return base;
  }
  return undefined;
}

/** The decorators of a class or member, with the called name and its import. */
export interface DecoratorInfo {
  readonly node: TS.Decorator;
  /** The name as written (last part): `Column`, `Entity`. */
  readonly name: string;
  readonly imported?: Imported;
  readonly args: readonly TS.Expression[];
}

export function decoratorsOf(r: ReaderContext, node: TS.Node): DecoratorInfo[] {
  const ts = r.ts;
  if (!ts.canHaveDecorators(node)) return [];
  const out: DecoratorInfo[] = [];
  for (const decorator of ts.getDecorators(node) ?? []) {
    const expression = decorator.expression;
    const callee = ts.isCallExpression(expression) ? expression.expression : expression;
    const name = lastName(ts, callee);
    if (!name) continue;
    const imported = importOf(r, callee);
    out.push({ node: decorator, name, ...(imported ? { imported } : {}), args: ts.isCallExpression(expression) ? expression.arguments : [] });
  }
  return out;
}

/** An object literal's members by name: the initializer, or the method itself. */
export function objectMembers(ts: EngineContext['ts'], object: TS.ObjectLiteralExpression): Map<string, { key: TS.Node; value: TS.Node }> {
  const members = new Map<string, { key: TS.Node; value: TS.Node }>();
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) continue;
    const key = property.name;
    const name = nameText(ts, key);
    if (name === undefined || !key) continue;
    if (ts.isPropertyAssignment(property)) members.set(name, { key, value: property.initializer });
    else if (ts.isShorthandPropertyAssignment(property)) members.set(name, { key, value: property.name });
    else members.set(name, { key, value: property });
  }
  return members;
}

/** The first object literal among a call's arguments (decorator options, schema options). */
export function optionsArg(ts: EngineContext['ts'], args: readonly TS.Expression[], from = 0): TS.ObjectLiteralExpression | undefined {
  for (const arg of args.slice(from)) {
    const inner = skipOuter(ts, arg);
    if (ts.isObjectLiteralExpression(inner)) return inner;
  }
  return undefined;
}

/** A string literal's text (`'users'`, `` `users` ``). */
export function stringValue(r: ReaderContext, node: TS.Node | undefined): string | undefined {
  if (!node) return undefined;
  const ts = r.ts;
  const inner = ts.isExpression(node) ? skipOuter(ts, node) : node;
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
}

export function isFalse(r: ReaderContext, node: TS.Node | undefined): boolean {
  return node !== undefined && node.kind === r.ts.SyntaxKind.FalseKeyword;
}

export function isTrue(r: ReaderContext, node: TS.Node | undefined): boolean {
  return node !== undefined && node.kind === r.ts.SyntaxKind.TrueKeyword;
}

export function span(r: ReaderContext, node: TS.Node): Span {
  return spanOf(node, r.sourceFile);
}

export function line(r: ReaderContext, node: TS.Node): number {
  return spanOf(node, r.sourceFile).line;
}

/** A JSDoc `@pii`/`@notPii` marker on a declaration, and whether it says `@encrypted`. */
export function jsDocMarker(r: ReaderContext, node: TS.Node): { marker: PiiMarker; encrypted: boolean } {
  const tags = r.ts.getJSDocTags(node);
  let marker: PiiMarker = {};
  let encrypted = false;
  for (const tag of tags) {
    const name = tag.tagName.text;
    if (isNotPiiTag(name)) marker = { notPii: true };
    else if (name === 'pii' && !marker.notPii) {
      const comment = typeof tag.comment === 'string' ? tag.comment.trim().split(/\s+/)[0] ?? '' : '';
      marker = { pii: comment };
    } else if (name === 'encrypted' || r.words.isEncryptionDecorator(name)) encrypted = true;
  }
  return { marker, encrypted };
}

/** Short text of an expression for evidence: `new EncryptionTransformer(…)`, `bcrypt.hash`. */
export function shortText(r: ReaderContext, node: TS.Node, max = 48): string {
  // Literals left out, as everywhere in reports: evidence must not quote a hard-coded key.
  const text = renderExpression(r.ts, node, r.sourceFile);
  if (text.length <= max) return text;
  const ts = r.ts;
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
    const callee = node.expression.getText(r.sourceFile).replace(/\s+/g, ' ');
    return `${ts.isNewExpression(node) ? 'new ' : ''}${callee.length > max ? `${callee.slice(0, max - 1)}…` : callee}(…)`;
  }
  return `${text.slice(0, max - 1)}…`;
}

/** A callee without its arguments: `bcrypt.hash`, `crypto.createHmac().digest`. */
export function calleeText(r: ReaderContext, expression: TS.Expression, depth = 0): string {
  const ts = r.ts;
  const node = skipOuter(ts, expression);
  if (depth > 6) return '…';
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) return `${calleeText(r, node.expression, depth + 1)}.${node.name.text}`;
  if (ts.isCallExpression(node)) return `${calleeText(r, node.expression, depth + 1)}()`;
  if (ts.isNewExpression(node)) return `new ${calleeText(r, node.expression, depth + 1)}()`;
  return shortText(r, node, 32);
}

type Found = { readonly protection: 'encrypted' | 'password-hash'; readonly word: string; readonly at: TS.Node };
/** What a hook does to a value: encrypts or password-hashes it, or only hashes it (not enough for a credential). */
type ValueFound = Found | { readonly protection: 'hash'; readonly word: string; readonly at: TS.Node };

/**
 * Whether an expression (a transformer, a custom type, a setter, a plugin) encrypts or
 * password-hashes, by the names it uses: identifiers, members, called and constructed names,
 * modules (`bcrypt`), following same-file variables and functions a few steps.
 */
export function protectionByNames(r: ReaderContext, node: TS.Node, depth = 0): Found | undefined {
  const ts = r.ts;
  let found: Found | undefined;
  const seen = new Set<TS.Node>();
  const check = (name: string | undefined, at: TS.Node): void => {
    if (found || !name) return;
    const encryption = r.words.encryptionWord(name);
    if (encryption) found = { protection: 'encrypted', word: name, at };
    else if (r.words.passwordHashWord(name)) found = { protection: 'password-hash', word: name, at };
  };
  const visit = (current: TS.Node, level: number): void => {
    if (found || seen.has(current)) return;
    seen.add(current);
    if (ts.isIdentifier(current)) {
      check(current.text, current);
      if (found) return;
      const binding = r.ctx.scopes.resolve(current);
      if (binding?.kind === 'import') {
        const byModule = r.ctx.settings.sanitizers.modules[binding.module];
        if (byModule === 'password-hash' || byModule === 'encrypt') {
          found = { protection: byModule === 'encrypt' ? 'encrypted' : 'password-hash', word: binding.module, at: current };
          return;
        }
        check(binding.module, current);
      } else if (level < 3 && binding?.kind === 'variable' && binding.node.initializer && !isInside(current, binding.node)) {
        visit(binding.node.initializer, level + 1);
      } else if (level < 3 && (binding?.kind === 'function' || binding?.kind === 'class') && !isInside(current, binding.node)) {
        visit(binding.node, level + 1);
      }
      return;
    }
    if (ts.isStringLiteralLike(current)) return;
    if (ts.isPropertyAccessExpression(current)) {
      check(current.name.text, current);
      visit(current.expression, level);
      return;
    }
    ts.forEachChild(current, (child) => visit(child, level));
  };
  visit(node, depth);
  return found;
}

function isInside(node: TS.Node, container: TS.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end;
}

/**
 * The protection a value assigned in a hook gets: a call in it that encrypts or
 * password-hashes (`await bcrypt.hash(this.password, 10)`), a local variable holding such a
 * call, or a callback parameter of such a call (`bcrypt.hash(pw, salt, (err, hash) => …)`).
 */
export function protectionOfValue(r: ReaderContext, value: TS.Expression, depth = 0): ValueFound | undefined {
  const ts = r.ts;
  if (depth > 3) return undefined;
  const inner = skipOuter(ts, ts.isAwaitExpression(value) ? value.expression : value);
  let found: ValueFound | undefined;
  let hashed: ValueFound | undefined;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const protection = r.sanitizers.protectionOf(node);
      if (protection === 'encrypt' || protection === 'password-hash') {
        found = { protection: protection === 'encrypt' ? 'encrypted' : 'password-hash', word: calleeText(r, node.expression), at: node };
        return;
      }
      if (protection === 'hash') hashed ??= { protection: 'hash', word: calleeText(r, node.expression), at: node };
      const callee = lastName(ts, node.expression);
      if (r.words.encryptionWord(callee)) {
        found = { protection: 'encrypted', word: calleeText(r, node.expression), at: node };
        return;
      }
    }
    if (ts.isFunctionLike(node) && node !== inner) return;
    ts.forEachChild(node, visit);
  };
  visit(inner);
  if (found) return found;
  if (hashed) return hashed;
  if (ts.isIdentifier(inner)) {
    const binding = r.ctx.scopes.resolve(inner);
    if (binding?.kind === 'variable' && binding.node.initializer) return protectionOfValue(r, binding.node.initializer, depth + 1);
    if (binding?.kind === 'parameter') {
      // `bcrypt.hash(user.password, salt, (err, hash) => { user.password = hash })`.
      const call = binding.fn.parent;
      if (call && (ts.isCallExpression(call) || ts.isNewExpression(call))) {
        const protection = r.sanitizers.protectionOf(call);
        if (protection === 'encrypt' || protection === 'password-hash') {
          return { protection: protection === 'encrypt' ? 'encrypted' : 'password-hash', word: calleeText(r, call.expression), at: call };
        }
      }
    }
  }
  return undefined;
}

/**
 * Fields a hook (a `@BeforeInsert` method, a `pre('save')` function, a Sequelize
 * `beforeCreate`) sets to an encrypted or password-hashed value: `this.password = await
 * bcrypt.hash(this.password, 10)`, `user.password = hash`, `this.set('ssn', encrypt(v))`,
 * `this.setDataValue('ssn', encrypt(v))`.
 */
export function hookWrites(r: ReaderContext, hook: TS.Node, label: string): Map<string, FieldProtection> {
  const ts = r.ts;
  const out = new Map<string, FieldProtection>();
  const record = (field: string | undefined, value: TS.Expression | undefined) => {
    if (!field || !value || out.has(field)) return;
    const found = protectionOfValue(r, value);
    if (!found) return;
    if (found.protection === 'hash') {
      out.set(field, { protection: 'none', evidence: `${label} hashes it with ${found.word}: a plain hash, neither encryption nor a password hash` });
      return;
    }
    const verb = found.protection === 'encrypted' ? 'encrypts' : 'hashes';
    out.set(field, { protection: found.protection, evidence: `${label} ${verb} it with ${found.word}` });
  };
  const visit = (node: TS.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = skipOuter(ts, node.left);
      if (ts.isPropertyAccessExpression(left)) record(left.name.text, node.right);
      else if (ts.isElementAccessExpression(left)) record(stringValue(r, left.argumentExpression), node.right);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
      /^(set|setDataValue)$/.test(node.expression.name.text) && node.arguments.length >= 2) {
      record(stringValue(r, node.arguments[0]), node.arguments[1]);
    }
    ts.forEachChild(node, visit);
  };
  visit(hook);
  return out;
}

/** A function given by reference (`pre('save', hashPassword)`): its declaration in this file. */
export function functionNode(r: ReaderContext, expression: TS.Expression): TS.Node | undefined {
  const ts = r.ts;
  const inner = skipOuter(ts, expression);
  if (ts.isFunctionExpression(inner) || ts.isArrowFunction(inner)) return inner;
  if (ts.isIdentifier(inner)) {
    const binding = r.ctx.scopes.resolve(inner);
    if (binding?.kind === 'function') return binding.node;
    if (binding?.kind === 'variable' && binding.node.initializer) {
      const init = skipOuter(ts, binding.node.initializer);
      if (ts.isFunctionExpression(init) || ts.isArrowFunction(init)) return init;
    }
  }
  return undefined;
}

/** A class declared in this file, or (with a Program) in another: `() => Address`, `type: Address`. */
export function classOf(r: ReaderContext, expression: TS.Expression): TS.ClassDeclaration | undefined {
  const ts = r.ts;
  let inner = skipOuter(ts, expression);
  if ((ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) && inner.body) {
    if (ts.isBlock(inner.body)) {
      const ret = inner.body.statements.find((s) => ts.isReturnStatement(s)) as TS.ReturnStatement | undefined;
      if (!ret?.expression) return undefined;
      inner = skipOuter(ts, ret.expression);
    } else inner = skipOuter(ts, inner.body);
  }
  if (ts.isArrayLiteralExpression(inner) && inner.elements.length === 1) inner = skipOuter(ts, inner.elements[0]!);
  if (!ts.isIdentifier(inner)) return undefined;
  return classNamed(r, inner);
}

export function classNamed(r: ReaderContext, identifier: TS.Identifier): TS.ClassDeclaration | undefined {
  const ts = r.ts;
  const binding = r.ctx.scopes.resolve(identifier);
  if (binding?.kind === 'class') return binding.node;
  const modules = r.ctx.modules;
  if (!modules || binding?.kind !== 'import') return undefined;
  const file = modules.resolve(binding.module, identifier.getSourceFile());
  const declaration = file ? modules.exported(file, binding.imported) : undefined;
  return declaration && ts.isClassDeclaration(declaration) ? declaration : undefined;
}
