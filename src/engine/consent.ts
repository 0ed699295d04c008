import type * as TS from 'typescript';
import { type EngineContext, isConstDeclaration, isNamedUnit, lastName, propertyValue, skipOuter } from './context.js';
import { catalogueIndexFor } from './catalogue-index.js';
import { globalObjects, originOf } from './origin.js';
import { joinPhrase, splitWords } from './words.js';

/**
 * Consent-guard dominance: whether every path to a node passes a consent check, within the
 * function that contains it. Callers are the analysis' business (a function whose every
 * caller is guarded is guarded).
 */
export class ConsentGuards {
  private readonly phrases: Set<string>;
  private readonly maxWords: number;
  private readonly cmpReads: readonly string[];
  private readonly callbackApis: Set<string>;
  private readonly events: Set<string>;

  constructor(private readonly ctx: EngineContext) {
    const c = ctx.settings.consent;
    this.phrases = new Set([...c.words, ...c.extraChecks].map(joinPhrase));
    this.maxWords = Math.max(...[...c.words, ...c.extraChecks].map((w) => splitWords(w).length), 1);
    this.cmpReads = c.cmpReads.map(withoutGlobalObject);
    this.callbackApis = new Set([...c.callbackApis, ...c.extraCallbacks].map(withoutGlobalObject));
    this.events = new Set(c.consentEvents);
  }

  /**
   * Whether the vendor's SDK, as set up in this file, sends nothing before consent, so that its
   * calls here are consent-aware:
   * - Google Consent Mode: after `gtag('consent', 'default', { analytics_storage: 'denied', … })`
   *   Google's tags hold back until consent is updated;
   * - an SDK initialised to wait for an opt-in (`posthog.init(key, { opt_out_capturing_by_default:
   *   true })`) sends nothing until the app opts the user in.
   */
  holdsBackUntilConsent(vendor: string, sourceFile: TS.SourceFile): boolean {
    if (vendor.startsWith('Google') && /\bgtag\(\s*['"]consent['"]\s*,\s*['"]default['"]\s*,\s*\{[^}]*['"]denied['"]/.test(sourceFile.text)) return true;
    let vendors = this.optedInVendors.get(sourceFile);
    if (!vendors) this.optedInVendors.set(sourceFile, (vendors = this.vendorsWaitingForOptIn(sourceFile)));
    return vendors.has(vendor);
  }

  private readonly optedInVendors = new WeakMap<TS.SourceFile, ReadonlySet<string>>();

  private vendorsWaitingForOptIn(sourceFile: TS.SourceFile): ReadonlySet<string> {
    const ts = this.ctx.ts;
    const options = (this.ctx.settings.consent.optInByDefault ?? []).filter(({ option }) => sourceFile.text.includes(option));
    const vendors = new Set<string>();
    if (options.length === 0) return vendors;
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node) && lastName(ts, node.expression) === 'init') {
        for (const { vendor, option } of options) {
          const set = node.arguments.some((argument) => propertyValue(ts, argument, option)?.kind === ts.SyntaxKind.TrueKeyword);
          if (set && this.isVendorsReceiver(vendor, node.expression)) vendors.add(vendor);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return vendors;
  }

  /** `posthog.init` with posthog imported from one of PostHog's packages, or its global (as the sink matcher finds them). */
  private isVendorsReceiver(vendor: string, callee: TS.Expression): boolean {
    const ts = this.ctx.ts;
    const inner = skipOuter(ts, callee);
    if (!ts.isPropertyAccessExpression(inner)) return false;
    const origin = originOf(this.ctx, inner.expression);
    if (origin.root.kind === 'unknown') return false;
    return catalogueIndexFor(this.ctx.settings).candidates(origin.root, origin.path, [])
      .some((candidate) => candidate.kind === 'third-party' && candidate.entry.vendor === vendor);
  }

  /** True when `node` only runs after a consent check, as far as its enclosing function shows. */
  isGuarded(node: TS.Node): boolean {
    const ts = this.ctx.ts;
    let child: TS.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement && this.guarantees(parent.expression, true)) return true;
        if (child === parent.elseStatement && this.guarantees(parent.expression, false)) return true;
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue && this.guarantees(parent.condition, true)) return true;
        if (child === parent.whenFalse && this.guarantees(parent.condition, false)) return true;
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        const op = parent.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken && this.guarantees(parent.left, true)) return true;
        if (op === ts.SyntaxKind.BarBarToken && this.guarantees(parent.left, false)) return true;
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isModuleBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
        if (this.earlierStatementGuards(parent.statements, child)) return true;
        if (ts.isCaseClause(parent) && this.caseGuards(parent)) return true;
      } else if (ts.isFunctionLike(parent)) {
        if (this.isConsentCallback(parent) || this.isDeclaredConsentCallback(parent)) return true;
        // A bound or declared function: its callers decide (see the analysis).
        if (isNamedUnit(ts, parent)) return false;
      }
    }
    return false;
  }

  /** `if (!hasConsent()) return;` before the node, in the same block. */
  private earlierStatementGuards(statements: readonly TS.Statement[], child: TS.Node): boolean {
    const ts = this.ctx.ts;
    for (const statement of statements) {
      if (statement === child) return false;
      if (ts.isIfStatement(statement)) {
        if (alwaysExits(ts, statement.thenStatement) && this.guarantees(statement.expression, false)) return true;
        if (statement.elseStatement && alwaysExits(ts, statement.elseStatement) && this.guarantees(statement.expression, true)) return true;
      } else if (ts.isExpressionStatement(statement)) {
        // `await requireConsent('analytics')`, `assertConsent()`: throws without consent.
        let expression = skipOuter(ts, statement.expression);
        if (ts.isAwaitExpression(expression)) expression = skipOuter(ts, expression.expression);
        if (ts.isCallExpression(expression)) {
          const words = splitWords(lastName(ts, expression.expression) ?? '');
          if (['require', 'ensure', 'assert', 'await', 'wait'].includes(words[0] ?? '') && this.isConsentName(words.slice(1).join(' '))) return true;
        }
      }
    }
    return false;
  }

  private caseGuards(clause: TS.CaseClause): boolean {
    const ts = this.ctx.ts;
    const switchStatement = clause.parent.parent;
    if (!this.isConsentLeaf(switchStatement.expression)) return false;
    const label = skipOuter(ts, clause.expression);
    return !isDenial(ts, label);
  }

  /** Whether `expression` evaluating truthy (or falsy) implies consent. */
  guarantees(expression: TS.Expression, truthy: boolean): boolean {
    const ts = this.ctx.ts;
    const node = skipOuter(ts, expression);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return this.guarantees(node.operand, !truthy);
    if (ts.isAwaitExpression(node)) return this.guarantees(node.expression, truthy);
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        return truthy
          ? this.guarantees(node.left, true) || this.guarantees(node.right, true)
          : this.guarantees(node.left, false) && this.guarantees(node.right, false);
      }
      if (op === ts.SyntaxKind.BarBarToken) {
        return truthy
          ? this.guarantees(node.left, true) && this.guarantees(node.right, true)
          : this.guarantees(node.left, false) || this.guarantees(node.right, false);
      }
      // `OnetrustActiveGroups.indexOf('C0002') > -1` (or `>= 0`): the group is among those consented to.
      if ((op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken) && truthy && this.isConsentLeaf(node.left)) {
        const bound = skipOuter(ts, node.right);
        return op === ts.SyntaxKind.GreaterThanToken ? isDenial(ts, bound) : ts.isNumericLiteral(bound) && bound.text === '0';
      }
      const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
      const notEqual = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
      if (equal || notEqual) {
        const [subject, other] = this.isConsentLeaf(node.left) ? [node.left, node.right] : [node.right, node.left];
        if (!this.isConsentLeaf(subject)) return false;
        // `consent === 'granted'` holds consent; so does not being `'denied'` (`!== 'denied'`, or
        // the falsy branch of `=== 'denied'`).
        const positive = !isDenial(ts, skipOuter(ts, other));
        const isEqual = equal ? truthy : !truthy;
        return isEqual ? positive : !positive;
      }
      return false;
    }
    return truthy && this.isConsentLeaf(node);
  }

  /** A read or call that is a consent check: `hasConsent('analytics')`, `consent.analytics`, `Cookiebot.consent.statistics`. */
  isConsentLeaf(expression: TS.Expression): boolean {
    const ts = this.ctx.ts;
    const node = skipOuter(ts, expression);
    const text = withoutGlobalObject(node.getText()).replace(/\?\./g, '.');
    if (this.cmpReads.some((read) => text === read || text.startsWith(`${read}.`) || text.startsWith(`${read}(`) || text.startsWith(`${read}[`))) return true;
    let current: TS.Expression = node;
    for (;;) {
      current = skipOuter(ts, current);
      if (ts.isCallExpression(current)) {
        current = current.expression;
      } else if (ts.isPropertyAccessExpression(current)) {
        if (this.isConsentName(current.name.text)) return true;
        current = current.expression;
      } else if (ts.isElementAccessExpression(current)) {
        if (ts.isStringLiteralLike(current.argumentExpression) && this.isConsentName(current.argumentExpression.text)) return true;
        current = current.expression;
      } else if (ts.isIdentifier(current)) {
        return this.isConsentName(current.text) || this.holdsConsentCheck(current);
      } else if (ts.isAwaitExpression(current)) {
        current = current.expression;
      } else return false;
    }
  }

  private aliasDepth = 0;

  /**
   * `const ok = await cmp.hasConsent('analytics'); if (ok) …`: a constant that holds a consent
   * check; `const { analytics } = useConsent()`: a field of one, as `useConsent().analytics` is.
   */
  private holdsConsentCheck(identifier: TS.Identifier): boolean {
    const ts = this.ctx.ts;
    const binding = this.ctx.scopes.resolve(identifier);
    if (binding?.kind !== 'variable' || !binding.node.initializer || this.aliasDepth > 3) return false;
    if (!isConstDeclaration(ts, binding.node)) return false;
    this.aliasDepth++;
    try {
      return binding.path.length > 0 ? this.isConsentLeaf(binding.node.initializer) : this.guarantees(binding.node.initializer, true);
    } finally {
      this.aliasDepth--;
    }
  }

  isConsentName(name: string): boolean {
    if (!name) return false;
    const words = splitWords(name);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + this.maxWords); end++) {
        if (this.phrases.has(words.slice(start, end).join(''))) return true;
      }
    }
    return false;
  }

  /** `function CookiebotCallback_OnAccept() { … }`, `window.CookiebotCallback_OnAccept = () => …`: a CMP calls it after consent. */
  private isDeclaredConsentCallback(fn: TS.SignatureDeclaration): boolean {
    const ts = this.ctx.ts;
    const names = this.ctx.settings.consent.declaredCallbacks ?? [];
    if (names.length === 0) return false;
    if (ts.isFunctionDeclaration(fn)) return fn.name !== undefined && names.includes(fn.name.text);
    let node: TS.Node = fn;
    while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
    const assignment = node.parent;
    if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || assignment.right !== node) return false;
    // (`window.X = …`, `(window as any).X = …`: the origin knows the global objects.)
    const { root, path } = originOf(this.ctx, assignment.left);
    return root.kind === 'global' && path.length === 0 && names.includes(root.name);
  }

  /** `onConsent('analytics', () => …)`, `__tcfapi('addEventListener', 2, cb)`, `addEventListener('CookiebotOnAccept', cb)`, `requestConsent().then(cb)`. */
  private isConsentCallback(fn: TS.SignatureDeclaration): boolean {
    const ts = this.ctx.ts;
    const call = fn.parent;
    if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn as unknown as TS.Expression)) return false;
    const callee = skipOuter(ts, call.expression);
    const calleeText = withoutGlobalObject(callee.getText());
    if (this.callbackApis.has(calleeText) || this.callbackApis.has(lastName(ts, callee) ?? '')) return true;
    const name = lastName(ts, callee) ?? '';
    if (name === 'addEventListener' || name === 'on' || name === 'once') {
      const event = call.arguments[0];
      if (event && ts.isStringLiteralLike(event) && (this.events.has(event.text) || this.isConsentName(event.text))) return true;
    }
    if ((name === 'then' || name === 'finally') && ts.isPropertyAccessExpression(callee)) return this.isConsentLeaf(callee.expression);
    const words = splitWords(name);
    return (words[0] === 'on' || words[0] === 'when' || words[0] === 'after' || words[0] === 'with' || words[0] === 'if') && this.isConsentName(name);
  }
}

/** `window.X`, `(window as any).X`, `globalThis.X`: the global `X` (as a CMP's API is read). */
function withoutGlobalObject(text: string): string {
  return text.replace(globalObjectPrefix, '');
}

const globalObjectNames = [...globalObjects].join('|');
const globalObjectPrefix = new RegExp(`^(?:\\(\\s*(?:${globalObjectNames})\\s+as\\s+[^)]*\\)\\s*|(?:${globalObjectNames}))\\??\\.`);

function alwaysExits(ts: EngineContext['ts'], statement: TS.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isContinueStatement(statement) || ts.isBreakStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && alwaysExits(ts, last);
  }
  return false;
}

const denials = new Set(['denied', 'deny', 'rejected', 'reject', 'declined', 'decline', 'no', 'false', '0', 'revoked', 'withdrawn', 'none', 'unknown', 'pending']);

function isDenial(ts: EngineContext['ts'], node: TS.Expression): boolean {
  if (node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node) && node.text === 'undefined') return true;
  if (ts.isStringLiteralLike(node)) return denials.has(node.text.toLowerCase());
  if (ts.isNumericLiteral(node)) return node.text === '0';
  // `groups.indexOf('C0002') !== -1`: not found.
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return node.operand.text === '1';
  if (ts.isPropertyAccessExpression(node)) return denials.has(node.name.text.toLowerCase());
  return false;
}
