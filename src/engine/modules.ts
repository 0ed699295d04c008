import type * as TS from 'typescript';
import type { TsApi } from './host.js';

/** The slice of a Program the engine reads: files by name and the options for `paths`. */
export interface ProgramFiles {
  getSourceFile(fileName: string): TS.SourceFile | undefined;
  getCompilerOptions(): TS.CompilerOptions;
}

/** A package of the project's own workspace: where it is, and the files its package.json names. */
export interface WorkspacePackage {
  readonly dir: string;
  readonly entries: readonly string[];
}

const extensions = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];
const jsToTs: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.js'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
};

/**
 * Finds the project files that imports name, without a TypeChecker: relative specifiers (with
 * NodeNext's `.js` → `.ts`), `index` files, tsconfig `paths`, and workspace packages of a
 * monorepo (`@acme/lib/auth/hash`, linked into `node_modules` by npm, yarn or pnpm), which
 * TypeScript's own module resolution finds through the link. Installed packages are not
 * followed: the engine analyses the project's own code.
 */
export class ModuleResolver {
  private readonly cache = new Map<string, TS.SourceFile | null>();
  private readonly fileCache = new WeakMap<TS.SourceFile, Map<string, TS.SourceFile | null>>();
  private readonly exports = new WeakMap<TS.SourceFile, Map<string, TS.Node | null>>();

  constructor(
    private readonly ts: TsApi,
    private readonly program: ProgramFiles,
    /** The workspace's packages by name, when the host knows them (the auditor reads every package.json). */
    private readonly workspaces: ReadonlyMap<string, WorkspacePackage> = new Map(),
  ) {}

  resolve(specifier: string, from: TS.SourceFile): TS.SourceFile | undefined {
    // By file first (no key to build), then by folder: the files of a folder share their answers.
    let byFile = this.fileCache.get(from);
    if (!byFile) this.fileCache.set(from, (byFile = new Map()));
    let found = byFile.get(specifier);
    if (found === undefined) {
      const key = `${dirname(from.fileName)}\0${specifier}`;
      found = this.cache.get(key);
      if (found === undefined) this.cache.set(key, (found = this.lookup(specifier, from) ?? null));
      byFile.set(specifier, found);
    }
    return found ?? undefined;
  }

  private lookup(specifier: string, from: TS.SourceFile): TS.SourceFile | undefined {
    if (specifier.startsWith('.')) return this.probe(join(dirname(from.fileName), specifier));
    if (specifier.startsWith('/')) return this.probe(specifier);
    return this.throughPaths(specifier) ?? this.workspacePackage(specifier, from) ?? this.byPackageName(specifier);
  }

  /** `@acme/auth/src/hash` → the `src/hash` file of the workspace package named `@acme/auth`. */
  private byPackageName(specifier: string): TS.SourceFile | undefined {
    let name = specifier;
    for (;;) {
      const found = this.workspaces.get(name);
      if (found) {
        const rest = specifier.slice(name.length + 1);
        const candidates = rest ? [join(found.dir, rest), join(found.dir, `src/${rest}`)] : [...found.entries, join(found.dir, 'src/index'), join(found.dir, 'index')];
        for (const candidate of candidates) {
          const file = this.probe(candidate);
          if (file) return file;
        }
        return undefined;
      }
      const slash = name.lastIndexOf('/');
      if (slash <= 0) return undefined;
      name = name.slice(0, slash);
    }
  }

  private resolutionCache: TS.ModuleResolutionCache | undefined;

  /** A workspace package's source file, through the `node_modules` link that points at it. */
  private workspacePackage(specifier: string, from: TS.SourceFile): TS.SourceFile | undefined {
    const ts = this.ts;
    if (specifier.startsWith('node:') || !ts.sys) return undefined;
    const options = this.program.getCompilerOptions();
    this.resolutionCache ??= ts.createModuleResolutionCache(dirname(from.fileName), (name) => name, options);
    let resolved: string | undefined;
    try {
      resolved = ts.resolveModuleName(specifier, from.fileName, options, ts.sys, this.resolutionCache).resolvedModule?.resolvedFileName;
    } catch {
      return undefined; // a file system that cannot be read is not the project's code
    }
    // Installed packages stay out: only what the link resolves to outside `node_modules`.
    if (!resolved || /[\\/]node_modules[\\/]/.test(resolved)) return undefined;
    return this.program.getSourceFile(resolved);
  }

  private throughPaths(specifier: string): TS.SourceFile | undefined {
    const options = this.program.getCompilerOptions();
    const paths = options.paths;
    if (!paths) return undefined;
    const base = options.baseUrl ?? (typeof options.configFilePath === 'string' ? dirname(options.configFilePath) : undefined);
    if (!base) return undefined;
    for (const [pattern, targets] of Object.entries(paths)) {
      const star = pattern.indexOf('*');
      const prefix = star < 0 ? pattern : pattern.slice(0, star);
      const suffix = star < 0 ? '' : pattern.slice(star + 1);
      if (star < 0 ? specifier !== pattern : !(specifier.startsWith(prefix) && specifier.endsWith(suffix))) continue;
      const matched = star < 0 ? '' : specifier.slice(prefix.length, specifier.length - suffix.length);
      for (const target of targets) {
        const found = this.probe(join(base, target.replace('*', matched)));
        if (found) return found;
      }
    }
    return undefined;
  }

  private probe(path: string): TS.SourceFile | undefined {
    const get = (name: string) => this.program.getSourceFile(name);
    const ext = /\.[cm]?[jt]sx?$/.exec(path)?.[0];
    if (ext) {
      const stem = path.slice(0, -ext.length);
      for (const candidate of jsToTs[ext] ?? [ext]) {
        const found = get(stem + candidate) ?? (candidate === '.ts' ? get(`${stem}.d.ts`) : undefined);
        if (found) return found;
      }
    }
    for (const candidate of extensions) {
      const found = get(path + candidate);
      if (found) return found;
    }
    for (const candidate of extensions) {
      const found = get(`${path}/index${candidate}`);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The declaration a module exports under `name` (`default` for the default export),
   * following `export { a as b }`, `export { a } from './x'` and `export * from './x'`.
   */
  exported(sourceFile: TS.SourceFile, name: string, depth = 0): TS.Node | undefined {
    let byName = this.exports.get(sourceFile);
    if (!byName) this.exports.set(sourceFile, (byName = new Map()));
    const cached = byName.get(name);
    if (cached !== undefined) return cached ?? undefined;
    byName.set(name, null); // cycles of `export *` read as not found
    const found = this.findExport(sourceFile, name, depth);
    byName.set(name, found ?? null);
    return found;
  }

  private findExport(sourceFile: TS.SourceFile, name: string, depth: number): TS.Node | undefined {
    const ts = this.ts;
    if (depth > 6) return undefined;
    const isExported = (node: TS.Node) =>
      (ts.getCombinedModifierFlags(node as TS.Declaration) & ts.ModifierFlags.Export) !== 0;
    for (const statement of sourceFile.statements) {
      if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
        const found = this.commonJsExport(sourceFile, statement.expression, name, depth);
        if (found) return found;
        continue;
      }
      if (name === 'default') {
        if (ts.isExportAssignment(statement) && !statement.isExportEquals) return statement;
        if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
            (ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Default) !== 0) return statement;
      }
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
           ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name?.text === name && isExported(statement)) {
        return statement;
      }
      if (ts.isVariableStatement(statement) && isExported(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration;
        }
      }
      if (ts.isExportDeclaration(statement)) {
        const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? this.resolve(statement.moduleSpecifier.text, sourceFile) : undefined;
        const clause = statement.exportClause;
        if (!clause) {
          // `export * from './x'`
          const found = from ? this.exported(from, name, depth + 1) : undefined;
          if (found) return found;
          continue;
        }
        if (ts.isNamespaceExport(clause)) {
          if (clause.name.text === name && from) return from;
          continue;
        }
        for (const element of clause.elements) {
          if (element.name.text !== name) continue;
          const local = (element.propertyName ?? element.name).text;
          if (from) return this.exported(from, local, depth + 1);
          // `export { PostHog } from 'posthog-node'`: a package's export, passed on.
          if (statement.moduleSpecifier) return element;
          return this.localDeclaration(sourceFile, local, depth);
        }
      }
    }
    return undefined;
  }

  /**
   * What an import names in a project file (not a declaration file): the declaration it exports
   * under that name, or the file itself for `import * as x` and `require()` (`imported` is `*`).
   */
  importTarget(module: string, imported: string, from: TS.SourceFile): TS.Node | undefined {
    const file = this.resolve(module, from);
    if (!file || file.isDeclarationFile) return undefined;
    return imported === '*' ? file : this.exported(file, imported);
  }

  /** What `require()` of a CommonJS module returns when it sets `module.exports = …` (a logger, a client). */
  requiredValue(sourceFile: TS.SourceFile): TS.Node | undefined {
    const ts = this.ts;
    for (const statement of sourceFile.statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
      const found = this.commonJsExport(sourceFile, statement.expression, 'default', 0);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * CommonJS: `exports.track = …` and `module.exports.track = …` (the assignment itself stands for
   * `track`), `module.exports = { track, identify: fn }` (each property), `module.exports = pino()`
   * (the module's default, which `require` returns).
   */
  private commonJsExport(sourceFile: TS.SourceFile, assignment: TS.BinaryExpression, name: string, depth: number): TS.Node | undefined {
    const ts = this.ts;
    if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
    const target = assignment.left;
    const isModuleExports = (node: TS.Expression) =>
      ts.isPropertyAccessExpression(node) && node.name.text === 'exports' && ts.isIdentifier(node.expression) && node.expression.text === 'module';
    // (`exports.identify = identify`: the local declaration it names.)
    const value = (node: TS.BinaryExpression) => ts.isIdentifier(node.right) ? this.localDeclaration(sourceFile, node.right.text, depth) ?? node : node;
    if (ts.isPropertyAccessExpression(target) && target.name.text === name &&
        ((ts.isIdentifier(target.expression) && target.expression.text === 'exports') || isModuleExports(target.expression))) return value(assignment);
    if (!isModuleExports(target)) return undefined;
    if (name === 'default') return value(assignment);
    if (!ts.isObjectLiteralExpression(assignment.right)) return undefined;
    for (const property of assignment.right.properties) {
      if (!property.name || !ts.isIdentifier(property.name) || property.name.text !== name) continue;
      if (ts.isShorthandPropertyAssignment(property)) return this.localDeclaration(sourceFile, name, depth);
      if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.initializer)) return this.localDeclaration(sourceFile, property.initializer.text, depth);
      return property;
    }
    return undefined;
  }

  /**
   * A top-level declaration of the file, or what an import of that name stands for: the project
   * file's declaration, or the import itself when it names a package.
   */
  localDeclaration(sourceFile: TS.SourceFile, name: string, depth = 0): TS.Node | undefined {
    const ts = this.ts;
    for (const statement of sourceFile.statements) {
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
           ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name?.text === name) return statement;
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration;
        }
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.importClause) {
        const clause = statement.importClause;
        const target = () => this.resolve((statement.moduleSpecifier as TS.StringLiteral).text, sourceFile);
        // An import from a package (no project file) is returned as the import itself: a
        // re-export of `posthog-node`'s `PostHog` still says where it comes from.
        if (clause.name?.text === name) {
          const from = target();
          return from ? this.exported(from, 'default', depth + 1) : clause;
        }
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return target() ?? bindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            if (element.name.text !== name) continue;
            const from = target();
            return from ? this.exported(from, (element.propertyName ?? element.name).text, depth + 1) : element;
          }
        }
      }
    }
    return undefined;
  }
}

function dirname(path: string): string {
  const index = path.replace(/\\/g, '/').lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

function join(base: string, relative: string): string {
  const parts = base.replace(/\\/g, '/').split('/');
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const joined = parts.join('/');
  return joined.startsWith('/') || /^[A-Za-z]:/.test(joined) ? joined : `/${joined}`;
}
