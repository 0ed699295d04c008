import type * as TS from 'typescript';
import type { ProgramFiles, WorkspacePackage } from './modules.js';

/**
 * The TypeScript API the engine uses. The engine never imports `typescript` for values:
 * ESLint hands it nodes made by the user's TypeScript, the auditor nodes made by ts-morph's
 * bundled copy, and SyntaxKind numbers only agree within one version. So the `ts` that made
 * the nodes is injected here. A `Pick` of what the engine calls type-checks against both
 * copies (the whole module does not: node brands differ between patch versions); tsc
 * flags any new member the engine starts to use.
 */
export type TsApi = Pick<
  typeof TS,
  'getCombinedModifierFlags' | 'ModifierFlags' | 'isExportDeclaration' | 'isNamespaceExport' | 'isParenthesizedTypeNode' |
  'isTypeOperatorNode' | 'isArrayTypeNode' | 'isTupleTypeNode' | 'isNamedTupleMember' | 'isLiteralTypeNode' | 'isParameter' |
  'isIterationStatement' | 'isTryStatement' | 'resolveModuleName' | 'createModuleResolutionCache' | 'sys' |
  'NodeFlags' | 'SymbolFlags' | 'SyntaxKind' | 'TypeFlags' | 'canHaveDecorators' | 'forEachChild' | 'getDecorators' | 'getJSDocTags' |
  'isArrayLiteralExpression' | 'isArrowFunction' | 'isAsExpression' | 'isAwaitExpression' | 'isBinaryExpression'
  | 'isBindingElement' | 'isBlock' | 'isBreakStatement' | 'isCallExpression' | 'isCaseBlock' | 'isCaseClause' |
  'isCatchClause' | 'isClassDeclaration' | 'isClassLike' | 'isConditionalExpression' |
  'isConstructorDeclaration' | 'isContinueStatement' | 'isDefaultClause' | 'isElementAccessExpression' |
  'isEnumDeclaration' | 'isExportAssignment' | 'isExpression' | 'isExpressionStatement' |
  'isExternalModuleReference' | 'isForInStatement' | 'isForOfStatement' | 'isForStatement' |
  'isFunctionDeclaration' | 'isFunctionExpression' | 'isFunctionLike' | 'isGetAccessorDeclaration' |
  'isIdentifier' | 'isIfStatement' | 'isImportDeclaration' | 'isImportEqualsDeclaration' |
  'isInterfaceDeclaration' | 'isIntersectionTypeNode' | 'isMethodDeclaration' | 'isMethodSignature' | 'isFunctionTypeNode' |
  'isModuleBlock' | 'isModuleDeclaration' | 'isNamedImports' | 'isNamespaceImport' | 'isImportSpecifier' | 'isExportSpecifier' | 'isImportClause' | 'isArrayBindingPattern' | 'isNewExpression' |
  'isNoSubstitutionTemplateLiteral' | 'isNonNullExpression' | 'isNumericLiteral' | 'isObjectBindingPattern' |
  'isObjectLiteralExpression' | 'isParenthesizedExpression' | 'isPrefixUnaryExpression' | 'isPrivateIdentifier' | 'isQualifiedName'
  | 'isPropertyAccessExpression' | 'isPropertyAssignment' | 'isPropertyDeclaration' | 'isPropertySignature' |
  'isRegularExpressionLiteral' | 'isReturnStatement' | 'isSatisfiesExpression' | 'isSetAccessorDeclaration' |
  'isShorthandPropertyAssignment' | 'isSourceFile' | 'isSpreadAssignment' | 'isSpreadElement' |
  'isStringLiteral' | 'isStringLiteralLike' | 'isTaggedTemplateExpression' | 'isTemplateExpression' |
  'isTemplateHead' | 'isTemplateMiddle' | 'isTemplateTail' | 'isThrowStatement' | 'isTypeAliasDeclaration' |
  'isTypeAssertionExpression' | 'isTypeLiteralNode' | 'isTypeReferenceNode' | 'isUnionTypeNode' |
  'isVariableDeclaration' | 'isVariableDeclarationList' | 'isVariableStatement' | 'isYieldExpression'
>;

export interface EngineHost {
  readonly ts: TsApi;
  /**
   * The Program, with typed linting (projectService) and always in the auditor: imports are
   * followed into its files and declared types are read. No TypeChecker is needed.
   */
  readonly program?: ProgramFiles | undefined;
  /** Project-wide caches shared across files (summaries, type classifications). */
  readonly cache?: ProjectCache;
  /** The monorepo's own packages by name, so that an import of a sibling package finds its source. */
  readonly workspaces?: ReadonlyMap<string, WorkspacePackage>;
}

/** Caches that outlive one file: keyed by nodes/types of one Program, so one per Program. */
export interface ProjectCache {
  readonly summaries: WeakMap<object, unknown>;
  readonly types: WeakMap<object, unknown>;
}

export function createProjectCache(): ProjectCache {
  return { summaries: new WeakMap(), types: new WeakMap() };
}
