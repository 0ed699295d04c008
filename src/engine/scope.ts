import type * as TS from 'typescript';
import type { TsApi } from './host.js';

/**
 * A syntactic name resolver: it works the same with and without a TypeChecker, so typed and
 * untyped linting see the same bindings (type information only adds).
 */
export type Binding =
  | { readonly kind: 'variable'; readonly name: string; readonly node: TS.VariableDeclaration; readonly path: readonly string[]; readonly decl: TS.Node }
  | { readonly kind: 'parameter'; readonly name: string; readonly node: TS.ParameterDeclaration; readonly fn: TS.SignatureDeclaration; readonly index: number; readonly path: readonly string[]; readonly decl: TS.Node }
  | { readonly kind: 'function'; readonly name: string; readonly node: TS.FunctionDeclaration; readonly decl: TS.Node }
  | { readonly kind: 'class'; readonly name: string; readonly node: TS.ClassDeclaration; readonly decl: TS.Node }
  | { readonly kind: 'import'; readonly name: string; readonly module: string; readonly imported: string; readonly decl: TS.Node }
  | { readonly kind: 'catch'; readonly name: string; readonly node: TS.CatchClause; readonly decl: TS.Node }
  | { readonly kind: 'enum'; readonly name: string; readonly decl: TS.Node };

export type ValueWrite = { readonly path: readonly string[]; readonly value: TS.Expression; readonly at: number };

export class ScopeResolver {
  private readonly scopes = new WeakMap<TS.Node, Map<string, Binding>>();
  /** Each name is looked up several times (origins, taint, callees): remember the answer. */
  private readonly resolved = new WeakMap<TS.Identifier, Binding | null>();
  private readonly writes = new WeakMap<TS.SourceFile, Map<Binding, ValueWrite[]>>();
  private readonly writeCandidates = new WeakMap<TS.SourceFile, readonly TS.Node[]>();

  constructor(private readonly ts: TsApi) {}

  resolve(identifier: TS.Identifier): Binding | undefined {
    const known = this.resolved.get(identifier);
    if (known !== undefined) return known ?? undefined;
    const name = identifier.text;
    const scopeKinds = this.scopeKinds();
    let found: Binding | null = null;
    for (let node: TS.Node | undefined = identifier.parent; node; node = node.parent) {
      if (!scopeKinds[node.kind]) continue;
      const binding = this.bindingsOf(node).get(name);
      if (binding) {
        found = binding;
        break;
      }
    }
    this.resolved.set(identifier, found);
    return found ?? undefined;
  }

  /**
   * Whether a node may write to a variable: an assignment, or a call such as `list.push(x)`.
   * The analysis' one walk over a file hands these over, so writes need no walk of their own.
   */
  isWriteCandidate(node: TS.Node): boolean {
    const ts = this.ts;
    if (ts.isBinaryExpression(node)) return writeOperators(ts).has(node.operatorToken.kind);
    return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && mutators.has(node.expression.name.text);
  }

  setWriteCandidates(sourceFile: TS.SourceFile, nodes: readonly TS.Node[]): void {
    this.writeCandidates.set(sourceFile, nodes);
  }

  /** Assignments and mutations (`x = …`, `x.email = …`, `x.push(…)`) to a binding, in source order. */
  writesTo(binding: Binding, sourceFile: TS.SourceFile): readonly ValueWrite[] {
    let index = this.writes.get(sourceFile);
    if (!index) {
      index = this.indexWrites(sourceFile);
      this.writes.set(sourceFile, index);
    }
    return index.get(binding) ?? [];
  }

  private scopeKindTable: boolean[] | undefined;

  /** Kinds of the nodes that open a scope, as a table: checked for every ancestor of every name. */
  private scopeKinds(): boolean[] {
    if (this.scopeKindTable) return this.scopeKindTable;
    const k = this.ts.SyntaxKind;
    const table: boolean[] = [];
    for (const kind of [
      k.SourceFile, k.Block, k.ModuleBlock, k.CaseBlock, k.CatchClause, k.ForStatement, k.ForOfStatement, k.ForInStatement,
      k.FunctionDeclaration, k.FunctionExpression, k.ArrowFunction, k.MethodDeclaration, k.Constructor, k.GetAccessor,
      k.SetAccessor, k.ClassDeclaration, k.ClassExpression,
    ]) table[kind] = true;
    return (this.scopeKindTable = table);
  }

  private bindingsOf(scope: TS.Node): Map<string, Binding> {
    let map = this.scopes.get(scope);
    if (map) return map;
    map = new Map();
    this.scopes.set(scope, map);
    const ts = this.ts;
    const addStatements = (statements: readonly TS.Statement[]) => {
      for (const statement of statements) this.addStatement(statement, map!);
    };
    if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) addStatements(scope.statements);
    else if (ts.isCaseBlock(scope)) for (const clause of scope.clauses) addStatements(clause.statements);
    else if (ts.isFunctionLike(scope)) {
      scope.parameters.forEach((parameter, index) => {
        this.addBindingName(parameter.name, [], map!, (name, path, decl) => ({ kind: 'parameter', name, node: parameter, fn: scope, index, path, decl }));
      });
      if ((ts.isFunctionExpression(scope) || ts.isFunctionDeclaration(scope)) && scope.name && !map.has(scope.name.text) && ts.isFunctionExpression(scope)) {
        // A named function expression sees its own name; treat it as unknown (no binding needed).
      }
    } else if (ts.isCatchClause(scope) && scope.variableDeclaration) {
      const clause = scope;
      this.addBindingName(scope.variableDeclaration.name, [], map, (name, _path, decl) => ({ kind: 'catch', name, node: clause, decl }));
    } else if ((ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) && scope.initializer && ts.isVariableDeclarationList(scope.initializer)) {
      this.addDeclarationList(scope.initializer, map);
    }
    return map;
  }

  private addStatement(statement: TS.Statement, map: Map<string, Binding>): void {
    const ts = this.ts;
    if (ts.isVariableStatement(statement)) this.addDeclarationList(statement.declarationList, map);
    else if (ts.isFunctionDeclaration(statement) && statement.name) {
      // Overloads: keep the implementation (the one with a body).
      const existing = map.get(statement.name.text);
      if (!existing || statement.body) map.set(statement.name.text, { kind: 'function', name: statement.name.text, node: statement, decl: statement });
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      map.set(statement.name.text, { kind: 'class', name: statement.name.text, node: statement, decl: statement });
    } else if (ts.isEnumDeclaration(statement)) {
      map.set(statement.name.text, { kind: 'enum', name: statement.name.text, decl: statement });
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.importClause) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause.name) map.set(clause.name.text, { kind: 'import', name: clause.name.text, module, imported: 'default', decl: clause });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        map.set(bindings.name.text, { kind: 'import', name: bindings.name.text, module, imported: '*', decl: bindings });
      } else if (bindings) {
        for (const element of bindings.elements) {
          const imported = (element.propertyName ?? element.name).text;
          map.set(element.name.text, { kind: 'import', name: element.name.text, module, imported, decl: element });
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteral(statement.moduleReference.expression)) {
      map.set(statement.name.text, { kind: 'import', name: statement.name.text, module: statement.moduleReference.expression.text, imported: '*', decl: statement });
    } else if (ts.isExportAssignment(statement)) {
      // nothing to bind
    }
  }

  private addDeclarationList(list: TS.VariableDeclarationList, map: Map<string, Binding>): void {
    for (const declaration of list.declarations) {
      const required = this.requiredModule(declaration.initializer);
      if (required !== undefined) {
        this.addBindingName(declaration.name, [], map, (name, path, decl) => ({
          kind: 'import', name, module: required, imported: path.length > 0 ? path[0]! : '*', decl,
        }));
        continue;
      }
      this.addBindingName(declaration.name, [], map, (name, path, decl) => ({ kind: 'variable', name, node: declaration, path, decl }));
    }
  }

  /** `require('m')` or `await import('m')`: the module specifier. */
  requiredModule(expression: TS.Expression | undefined): string | undefined {
    const ts = this.ts;
    let node = expression;
    while (node && (ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
    if (!node || !ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
    const arg = node.arguments[0]!;
    if (!ts.isStringLiteral(arg)) return undefined;
    const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
    const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
    return isRequire || isImport ? arg.text : undefined;
  }

  private addBindingName(
    name: TS.BindingName,
    path: readonly string[],
    map: Map<string, Binding>,
    make: (name: string, path: readonly string[], decl: TS.Node) => Binding,
  ): void {
    const ts = this.ts;
    if (ts.isIdentifier(name)) {
      map.set(name.text, make(name.text, path, name));
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        if (element.dotDotDotToken) {
          this.addBindingName(element.name, path, map, make);
          continue;
        }
        const key = element.propertyName ?? element.name;
        const keyText = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
        this.addBindingName(element.name, keyText === undefined ? path : [...path, keyText], map, make);
      }
      return;
    }
    for (const element of name.elements) {
      if (ts.isBindingElement(element)) this.addBindingName(element.name, path, map, make);
    }
  }

  private indexWrites(sourceFile: TS.SourceFile): Map<Binding, ValueWrite[]> {
    const ts = this.ts;
    const index = new Map<Binding, ValueWrite[]>();
    const record = (target: TS.Expression, path: string[], value: TS.Expression) => {
      let node = target;
      while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        if (ts.isPropertyAccessExpression(node)) path.unshift(node.name.text);
        else if (ts.isStringLiteral(node.argumentExpression)) path.unshift(node.argumentExpression.text);
        node = node.expression;
      }
      if (!ts.isIdentifier(node)) return;
      const binding = this.resolve(node);
      if (!binding) return;
      let list = index.get(binding);
      if (!list) index.set(binding, (list = []));
      list.push({ path, value, at: value.getStart(sourceFile) });
    };
    const handle = (node: TS.Node): void => {
      if (ts.isBinaryExpression(node)) {
        record(node.left, [], node.right);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        // Collections that gather personal data before it is sent in one go.
        if (method === 'assign') {
          if (ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Object') {
            const [target, ...sources] = node.arguments;
            if (target) for (const source of sources) record(target, [], source);
          }
        } else {
          const value = method === 'set' || method === 'append' ? node.arguments[1] : node.arguments[0];
          if (value) record(node.expression.expression, [], value);
        }
      }
    };
    const candidates = this.writeCandidates.get(sourceFile);
    if (candidates) candidates.forEach(handle);
    else {
      const visit = (node: TS.Node): void => {
        if (this.isWriteCandidate(node)) handle(node);
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    return index;
  }
}

const mutators = new Set(['push', 'unshift', 'add', 'set', 'append', 'assign']);
let operators: Set<TS.SyntaxKind> | undefined;
function writeOperators(ts: TsApi): Set<TS.SyntaxKind> {
  return (operators ??= new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken]));
}
