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
    ts.forEachChild(member.body, visit);
  }
  return fields;
}
