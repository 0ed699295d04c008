import type * as TS from 'typescript';
import { lastName, skipOuter } from './context.js';
import type { TsApi } from './host.js';
import type { Protection } from './taint.js';

/** Entity lifecycle hooks that run before a write (TypeORM, MikroORM). */
const writeHookDecorators = new Set(['BeforeInsert', 'BeforeUpdate', 'BeforeCreate']);

/**
 * Fields a TypeORM/MikroORM entity's before-write hooks replace with a hash or a ciphertext:
 * `@BeforeInsert() async hash() { this.password = await argon2.hash(this.password); }`.
 */
export function fieldsSetByWriteHooks(
  ts: TsApi,
  cls: TS.ClassLikeDeclaration,
  protectionOfCall: (call: TS.CallExpression) => Protection | undefined,
): ReadonlyMap<string, Protection> {
  const fields = new Map<string, Protection>();
  for (const member of cls.members) {
    if (!ts.isMethodDeclaration(member) || !member.body) continue;
    const decorators = ts.canHaveDecorators(member) ? ts.getDecorators(member) ?? [] : [];
    if (!decorators.some((d) => writeHookDecorators.has(lastName(ts, d.expression) ?? ''))) continue;
    fieldsProtectedIn(ts, member.body, protectionOfCall, fields);
  }
  return fields;
}

/**
 * Fields a Mongoose schema's `pre('save')` hooks replace with a hash or a ciphertext:
 * `userSchema.pre('save', async function () { this.password = await bcrypt.hash(this.password, 8); })`.
 * Such hooks run on `new Model(doc).save()` and `Model.create(doc)`, not on updates.
 */
export function fieldsSetBySaveHooks(
  ts: TsApi,
  schema: TS.VariableDeclaration,
  protectionOfCall: (call: TS.CallExpression) => Protection | undefined,
): ReadonlyMap<string, Protection> {
  const fields = new Map<string, Protection>();
  if (!ts.isIdentifier(schema.name)) return fields;
  const name = schema.name.text;
  for (const statement of schema.getSourceFile().statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue;
    const call = statement.expression;
    const callee = skipOuter(ts, call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'pre' || !ts.isIdentifier(callee.expression) || callee.expression.text !== name) continue;
    if (!runsOnSave(ts, call.arguments[0])) continue;
    const hook = call.arguments[call.arguments.length - 1];
    const fn = hook && skipOuter(ts, hook);
    if (fn && (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && fn.body) fieldsProtectedIn(ts, fn.body, protectionOfCall, fields);
  }
  return fields;
}

/** `'save'`, or `['save', 'validate']`. */
function runsOnSave(ts: TsApi, event: TS.Expression | undefined): boolean {
  if (!event) return false;
  if (ts.isStringLiteralLike(event)) return event.text === 'save';
  return ts.isArrayLiteralExpression(event) && event.elements.some((e) => ts.isStringLiteralLike(e) && e.text === 'save');
}

/** `this.<field> = await <hasher or encryptor>(…)` anywhere in a hook's body. */
function fieldsProtectedIn(
  ts: TsApi,
  body: TS.Node,
  protectionOfCall: (call: TS.CallExpression) => Protection | undefined,
  fields: Map<string, Protection>,
): void {
  const visit = (node: TS.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) &&
        node.left.expression.kind === ts.SyntaxKind.ThisKeyword) {
      let value = skipOuter(ts, node.right);
      while (ts.isAwaitExpression(value)) value = skipOuter(ts, value.expression);
      const protection = ts.isCallExpression(value) ? protectionOfCall(value) : undefined;
      if (protection) fields.set(node.left.name.text, protection);
    }
    // Not into nested functions, which may run later (or never); arrow callbacks run inline.
    if (!ts.isFunctionLike(node) || ts.isArrowFunction(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
}
