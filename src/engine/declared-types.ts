import type * as TS from 'typescript';
import { classMember, type EngineContext, skipOuter } from './context.js';
import type { TypeClassifier, TypePii } from './type-pii.js';
import { queryChainMethods } from './catalogue/storage-sinks.js';
import { isNonPersonReceiver } from './system-values.js';

/**
 * Typed mode: the declared type of a value, read from declarations only (annotations, return
 * types, constructors, generics' type arguments); the TypeChecker is never asked.
 */
export class DeclaredTypes {
  constructor(
    private readonly ctx: EngineContext,
    private readonly types: TypeClassifier,
    /** The analysis' callee resolution (with a body), memoised there. */
    private readonly resolveCallee: (call: TS.CallExpression) => TS.FunctionLikeDeclaration | undefined,
  ) {}

  /**
   * The declared type of a value: its binding's annotation, the annotated return type of the
   * function that produced it, or the class it was constructed from.
   */
  of(node: TS.Expression, depth = 0): TypePii | undefined {
    const ts = this.ctx.ts;
    const types = this.types;
    if (depth > 3) return undefined;
    const inner = skipOuter(ts, ts.isAwaitExpression(node) ? node.expression : node);
    if (ts.isIdentifier(inner)) {
      const binding = this.ctx.scopes.resolve(inner);
      if (binding?.kind === 'parameter' && binding.path.length === 0) return binding.node.type ? types.ofTypeNode(binding.node.type) : undefined;
      if (binding?.kind === 'variable' && binding.path.length === 0) {
        const declaration = binding.node;
        if (declaration.type) return types.ofTypeNode(declaration.type);
        const list = declaration.parent;
        if (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent)) return this.of(list.parent.expression, depth + 1);
        return declaration.initializer ? this.of(declaration.initializer, depth + 1) : undefined;
      }
      return undefined;
    }
    if (ts.isPropertyAccessExpression(inner) && inner.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const member = classMember(ts, inner, inner.name.text);
      if (member?.type) return types.ofTypeNode(member.type);
      return member?.initializer ? this.of(member.initializer, depth + 1) : undefined;
    }
    if (ts.isPropertyAccessExpression(inner)) return this.ofField(inner, depth);
    if (ts.isNewExpression(inner) && ts.isIdentifier(inner.expression)) return types.ofClassName(inner.expression);
    if (ts.isCallExpression(inner)) {
      const fn = this.resolveCallee(inner);
      if (fn?.type) return types.ofTypeNode(fn.type);
      if (fn) return undefined;
      // `declare function load(): Promise<User>`, an overload, or one from a declaration file.
      const declared = this.declaredFunction(inner);
      if (declared?.type) return types.ofTypeNode(declared.type);
      return this.methodReturn(inner, depth);
    }
    return undefined;
  }

  /**
   * `response.data` with `response: { data: { email: string } }`: the fields below the one read,
   * as the receiver's declared type gives them (`response.error` gets none of `response.email`).
   */
  private ofField(access: TS.PropertyAccessExpression, depth: number): TypePii | undefined {
    // (`config.smtp`, `errors.contact`: a system's settings or a form's messages, as their names say.)
    if (isNonPersonReceiver(this.ctx.ts, access.expression)) return undefined;
    const base = this.of(access.expression, depth + 1);
    if (!base) return undefined;
    const name = access.name.text;
    const prefix = `${name}.`;
    const fields = base.fields.filter((field) => field.path === name || field.path.startsWith(prefix))
      .map((field) => (field.path === name ? field : { ...field, path: field.path.slice(prefix.length) }));
    return fields.length > 0 ? { fields, typeName: '' } : undefined;
  }

  /**
   * `users.findOneBy(…)` with `users: Repository<User>`: the method's return type read from the
   * receiver's declared generic type; `…findById(id).exec()` passes the query's result through.
   */
  private methodReturn(call: TS.CallExpression, depth: number): TypePii | undefined {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const receiver = skipOuter(ts, callee.expression);
    // (The receiver is a smaller expression: no depth is spent walking down a chain.)
    if (queryChainMethods.has(method) && ts.isCallExpression(receiver)) return this.of(receiver, depth);
    const receiverType = this.typeNodeOf(receiver);
    if (receiverType) return this.types.ofMethodReturn(receiverType, method);
    const created = this.constructedWith(receiver);
    return created ? this.types.ofConstructedMethodReturn(created, method) : undefined;
  }

  /** `new Map<string, User>()`: what an unannotated variable or class member was initialised with. */
  private constructedWith(node: TS.Expression): TS.NewExpression | undefined {
    const ts = this.ctx.ts;
    let initializer: TS.Expression | undefined;
    if (ts.isIdentifier(node)) {
      const binding = this.ctx.scopes.resolve(node);
      if (binding?.kind === 'variable' && binding.path.length === 0) initializer = binding.node.initializer;
    } else if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
      initializer = classMember(ts, node, node.name.text)?.initializer;
    }
    const inner = initializer && skipOuter(ts, initializer);
    return inner && ts.isNewExpression(inner) ? inner : undefined;
  }

  /**
   * The function declaration a call names, with or without a body: local, imported, or a member
   * of an imported namespace (`api.fetchUser()` with `import * as api` or `await import(…)`).
   */
  private declaredFunction(call: TS.CallExpression): TS.FunctionDeclaration | undefined {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    let name: TS.Identifier;
    let exportedName: string | undefined;
    if (ts.isIdentifier(callee)) name = callee;
    else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(skipOuter(ts, callee.expression))) {
      name = skipOuter(ts, callee.expression) as TS.Identifier;
      exportedName = callee.name.text;
    } else return undefined;
    const binding = this.ctx.scopes.resolve(name);
    if (binding?.kind === 'function' && exportedName === undefined) return binding.node;
    const modules = this.ctx.modules;
    if (binding?.kind !== 'import' || !modules) return undefined;
    // `lib.fetchUser()` names a member of a namespace; `fetchUser()` an imported function.
    const imported = exportedName === undefined ? binding.imported : binding.imported === '*' ? exportedName : undefined;
    if (imported === undefined || imported === '*') return undefined;
    // Declaration files too: a return type is as good there as anywhere.
    const file = modules.resolve(binding.module, name.getSourceFile());
    const declaration = file ? modules.exported(file, imported) : undefined;
    return declaration && ts.isFunctionDeclaration(declaration) ? declaration : undefined;
  }

  /** `users.findOneBy(…)`, `this.repo.create(…)`: a method of a receiver declared as a generic over a record type. */
  isRecordFromRepository(call: TS.CallExpression): boolean {
    const ts = this.ctx.ts;
    let current: TS.Expression = call;
    // Down a query chain (`Model.findById(id).lean().exec()`) to the repository's own call.
    for (;;) {
      const callee = ts.isCallExpression(current) ? skipOuter(ts, current.expression) : undefined;
      if (!callee || !ts.isPropertyAccessExpression(callee)) return false;
      const receiver = skipOuter(ts, callee.expression);
      if (queryChainMethods.has(callee.name.text) && ts.isCallExpression(receiver)) {
        current = receiver;
        continue;
      }
      const type = this.typeNodeOf(receiver);
      return type !== undefined && ts.isTypeReferenceNode(type) && (type.typeArguments?.length ?? 0) > 0;
    }
  }

  /** The type annotation a receiver was declared with: a parameter, a variable or a class member. */
  typeNodeOf(node: TS.Expression): TS.TypeNode | undefined {
    const ts = this.ctx.ts;
    if (ts.isIdentifier(node)) {
      const binding = this.ctx.scopes.resolve(node);
      if ((binding?.kind === 'parameter' || binding?.kind === 'variable') && binding.path.length === 0) return binding.node.type;
      return undefined;
    }
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) return classMember(ts, node, node.name.text)?.type;
    return undefined;
  }
}
