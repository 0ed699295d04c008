import type * as TS from 'typescript';
import type { ArgPositions, HttpCallShape, HttpClient, Purpose, ReceiverMatch, StoreKind, ThirdPartySdk } from './catalogue/types.js';
import { constValue, type EngineContext, lastName, propertyValue, skipOuter } from './context.js';
import type { SinkKind } from './findings.js';
import { type Origin, originOf } from './origin.js';
import { renderExpression } from './render.js';
import type { Sensitivity } from './taxonomy/types.js';
import { type CatalogueIndex, catalogueIndexFor, type MethodIndex } from './catalogue-index.js';
import { splitWords } from './words.js';
import { hostMatches, vendorOfHost } from './catalogue/vendor-hosts.js';

/** An expression that carries data into a sink; `project` reads fields of it (`init.body`). */
export interface DataArgument {
  readonly expression: TS.Expression;
  readonly project?: readonly string[];
}

export interface SinkMatch {
  readonly kind: SinkKind;
  /** The callee as written: `console.log`, `this.logger.info`, `posthog.capture`. */
  readonly target: string;
  /** The catalogue entry: a logger, vendor, store or HTTP client name. */
  readonly library: string;
  readonly vendor?: string;
  readonly purpose?: Purpose;
  readonly store?: StoreKind;
  readonly host?: string;
  /** Lowest sensitivity the recommended config reports at this sink. */
  readonly minimumSensitivity: Sensitivity;
  readonly data: readonly DataArgument[];
  /** pino `redact` paths configured on the logger (`['user', 'email']`, `['*', 'password']`). */
  readonly redactPaths: readonly (readonly string[])[];
  /** Only the strict config reports it (an HTTP call whose host is unknown). */
  readonly heuristic: boolean;
}

/** Tags of SQL template literals across clients (postgres, @vercel/postgres, slonik, Prisma, Drizzle, Kysely). */
const sqlTags = new Set(['sql', 'SQL', '$executeRaw', '$queryRaw', 'query', 'execute', 'unsafe', 'raw']);

/** Marks a method that writes its receiver: the data is what the receiver was constructed with. */
const fromConstructor: DataArgument[] = [];

/** Recognises a call as a sink from the catalogues. Cheap name checks run before any resolution. */
export class SinkMatcher {
  private readonly index: CatalogueIndex;

  constructor(private readonly ctx: EngineContext) {
    this.index = catalogueIndexFor(ctx.settings);
  }

  match(call: TS.CallExpression): SinkMatch | undefined {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (name !== undefined && !this.index.callNames.has(name)) return undefined;
    if (name === 'send' && this.index.commands.size > 0) {
      const command = this.matchCommand(call);
      if (command) return command;
    }
    const origin = originOf(this.ctx, callee);
    const alias = origin.alias;
    return this.matchOrigin(call, origin) ??
      (alias ? this.matchOrigin(call, { root: { kind: 'unknown', names: alias.names }, path: [], calls: alias.calls, typeNames: [] }) : undefined);
  }

  /**
   * `client.send(new PutItemCommand(input))`, also with the command in a `const`: a write command
   * imported from a catalogued module is the sink, whatever the client is called.
   */
  private matchCommand(call: TS.CallExpression): SinkMatch | undefined {
    const ts = this.ctx.ts;
    const argument = call.arguments[0];
    let command = argument && skipOuter(ts, argument);
    if (command && ts.isIdentifier(command)) command = constValue(this.ctx, command);
    if (!command || !ts.isNewExpression(command) || !ts.isIdentifier(command.expression)) return undefined;
    const binding = this.ctx.scopes.resolve(command.expression);
    if (binding?.kind !== 'import') return undefined;
    for (const { entry, modules, positions } of this.index.commands.get(binding.imported) ?? []) {
      if (!modules.includes(binding.module)) continue;
      const data = this.argumentsAt(command, positions);
      return this.build('storage', call.expression, entry.name, { store: entry.store, minimumSensitivity: entry.minimumSensitivity }, data);
    }
    return undefined;
  }

  /**
   * ``sql`INSERT … ${ssn}` ``, ``prisma.$executeRaw`UPDATE …` ``: a SQL template that writes.
   * Only the template's own text decides that it writes, so reads are never reported.
   */
  matchSqlTemplate(node: TS.TaggedTemplateExpression): SinkMatch | undefined {
    const ts = this.ctx.ts;
    if (!ts.isTemplateExpression(node.template) || !/^\s*(insert|update|replace|upsert|merge)\b/i.test(node.template.head.text)) return undefined;
    const tag = lastName(ts, node.tag) ?? '';
    if (!sqlTags.has(tag)) return undefined;
    const data = node.template.templateSpans.map((span) => ({ expression: span.expression }));
    return this.build('storage', node.tag, 'SQL', { store: 'database', minimumSensitivity: 'high' }, data);
  }

  /** `document.cookie = …`, `localStorage.token = …`, `window.intercomSettings = { email }`. */
  matchAssignment(target: TS.Expression, value: TS.Expression): SinkMatch | undefined {
    const ts = this.ctx.ts;
    const inner = skipOuter(ts, target);
    if (!ts.isPropertyAccessExpression(inner) && !ts.isElementAccessExpression(inner)) return undefined;
    const origin = originOf(this.ctx, inner);
    if (origin.root.kind === 'global' && origin.calls.length === 0) {
      const assigned = this.index.assignedSdks.get([origin.root.name, ...origin.path].join('.'));
      if (assigned) {
        return this.build('third-party', target, assigned.vendor, { vendor: assigned.vendor, purpose: assigned.purpose, minimumSensitivity: 'medium' }, [{ expression: value }]);
      }
    }
    for (const store of this.ctx.settings.storageSinks) {
      if (!store.assignments?.length) continue;
      const receiver = this.receiverPath(store, origin, 1);
      if (!receiver) continue;
      const property = receiver.method[0];
      if (property !== undefined && (store.assignments.includes('*') || store.assignments.includes(property))) {
        return this.build('storage', target, store.name, { store: store.store, minimumSensitivity: store.minimumSensitivity }, [{ expression: value }]);
      }
    }
    return undefined;
  }

  private matchOrigin(call: TS.CallExpression, origin: Origin): SinkMatch | undefined {
    for (const candidate of this.index.candidates(origin.root, origin.path, origin.typeNames)) {
      switch (candidate.kind) {
        case 'log': {
          const logger = candidate.entry;
          const data = this.methodData(logger, origin, call, candidate.methods, logger.callable, logger.callableInstance);
          if (data) return this.build('log', call.expression, logger.name, { minimumSensitivity: 'medium', redactPaths: this.pinoRedactPaths(origin) }, data);
          break;
        }
        case 'third-party': {
          const sdk = candidate.entry;
          const data = this.methodData(sdk, origin, call, candidate.methods, sdk.callable, undefined) ??
            this.callableExportData(sdk, origin, call);
          if (data) return this.build('third-party', call.expression, sdk.vendor, { vendor: sdk.vendor, purpose: sdk.purpose, minimumSensitivity: 'medium' }, data);
          break;
        }
        case 'storage': {
          const store = candidate.entry;
          let data = this.methodData(store, origin, call, candidate.methods, store.callable, undefined);
          if (!data || (store.sqlWriteOnly && !isSqlWrite(this.ctx, call.arguments[0]))) break;
          if (data === fromConstructor) data = this.constructedData(origin);
          return this.build('storage', call.expression, store.name, { store: store.store, minimumSensitivity: store.minimumSensitivity }, data);
        }
        case 'http': {
          const shape = this.httpShape(candidate.entry, origin, candidate.methods);
          if (shape) return this.httpSink(call, candidate.entry.name, shape, origin);
          break;
        }
      }
    }
    return undefined;
  }

  /** `FullStory('setIdentity', …)` with `import { FullStory } from '@fullstory/browser'`. */
  private callableExportData(sdk: ThirdPartySdk, origin: Origin, call: TS.CallExpression): DataArgument[] | undefined {
    const root = origin.root;
    if (!sdk.callable || !sdk.callableExports || root.kind !== 'module' || origin.calls.length > 0 || origin.path.length !== 1) return undefined;
    if (!sdk.callableExports.includes(origin.path[0]!) || !sdk.modules?.some((module) => moduleMatches(module, root.module))) return undefined;
    return this.argumentsAt(call, sdk.callable);
  }

  private methodData(
    entry: ReceiverMatch,
    origin: Origin,
    call: TS.CallExpression,
    methods: MethodIndex<ArgPositions>,
    callable: ArgPositions | undefined,
    callableInstance: ArgPositions | undefined,
  ): DataArgument[] | undefined {
    const last = lastNameOf(origin);
    for (const { segments, value } of (last !== undefined ? methods.get(last) : undefined) ?? []) {
      const receiver = this.receiverPath(entry, origin, segments.length);
      if (!receiver || !segmentsMatch(receiver.method, segments)) continue;
      // `[]`: the method writes its receiver (`new Model(doc).save()`).
      return Array.isArray(value) && value.length === 0 ? fromConstructor : this.argumentsAt(call, value);
    }
    if (callable || callableInstance) {
      const receiver = this.receiverPath(entry, origin, 0);
      // A module or global is callable only when called itself, not through one of its exports.
      if (receiver && (origin.root.kind === 'unknown' || origin.path.length === 0)) {
        const throughCall = origin.calls.length > 0;
        if (!throughCall && callable) return this.argumentsAt(call, callable);
        if (throughCall && callableInstance) return this.argumentsAt(call, callableInstance);
      }
    }
    return undefined;
  }

  /**
   * Whether the origin is rooted at the entry, and which names follow the receiver (the
   * method path, `methodLength` names long, or all of them for modules and globals).
   */
  private receiverPath(entry: ReceiverMatch, origin: Origin, methodLength: number): { method: readonly string[] } | undefined {
    const root = origin.root;
    if (root.kind === 'module') {
      if (!entry.modules?.some((module) => moduleMatches(module, root.module))) return undefined;
      return { method: origin.path.slice(Math.max(0, origin.path.length - methodLength)) };
    }
    if (root.kind === 'global' && entry.globals?.includes(root.name)) {
      return { method: origin.path.slice(Math.max(0, origin.path.length - methodLength)) };
    }
    // An undeclared receiver (`logger` from a script's global scope) is matched by name too.
    const names = root.kind === 'global' ? [root.name, ...origin.path] : root.names;
    if (origin.typeNames.length > 0 && entry.typeNames?.some((t) => origin.typeNames.includes(t))) {
      const method = names.slice(origin.typedAt ?? names.length);
      if (method.length === methodLength) return { method };
    }
    if (!entry.receiverNames?.length || names.length < methodLength) return undefined;
    const receiver = names.slice(0, names.length - methodLength);
    if (receiver.length === 0) return undefined;
    for (const receiverName of entry.receiverNames) {
      if (receiverNameMatches(receiverName, receiver)) return { method: names.slice(names.length - methodLength) };
    }
    return undefined;
  }

  private argumentsAt(call: TS.CallExpression | TS.NewExpression, positions: ArgPositions): DataArgument[] {
    const ts = this.ctx.ts;
    const args = call.arguments ?? [];
    if (positions === 'all') return args.map((expression) => ({ expression: ts.isSpreadElement(expression) ? expression.expression : expression }));
    const out: DataArgument[] = [];
    for (const position of positions) {
      if (typeof position === 'number') {
        const arg = args[position];
        if (arg) out.push({ expression: arg });
        continue;
      }
      const arg = args[position.arg];
      if (!arg) continue;
      const inner = skipOuter(ts, arg);
      if (ts.isObjectLiteralExpression(inner)) {
        for (const property of inner.properties) {
          const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
          if (key === undefined || !position.props.includes(key)) continue;
          if (ts.isPropertyAssignment(property)) out.push({ expression: property.initializer });
          else if (ts.isShorthandPropertyAssignment(property)) out.push({ expression: property.name });
        }
      } else {
        for (const prop of position.props) out.push({ expression: arg, project: [prop] });
      }
    }
    return out;
  }

  /** `new User(doc).save()`: the data is what the document was constructed with. */
  private constructedData(origin: Origin): DataArgument[] {
    const ts = this.ctx.ts;
    const created = [...origin.calls].reverse().find((c) => ts.isNewExpression(c));
    return (created?.arguments ?? []).map((expression) => ({ expression }));
  }

  private httpShape(client: HttpClient, origin: Origin, methods: MethodIndex<HttpCallShape>): HttpCallShape | undefined {
    const last = lastNameOf(origin);
    for (const { segments, value } of (last !== undefined ? methods.get(last) : undefined) ?? []) {
      const receiver = this.receiverPath(client, origin, segments.length);
      if (receiver && segmentsMatch(receiver.method, segments)) return value;
    }
    if (client.callable) {
      const receiver = this.receiverPath(client, origin, 0);
      if (receiver && (origin.root.kind === 'unknown' || origin.path.length === 0) && (origin.calls.length === 0 || origin.root.kind !== 'global')) return client.callable;
    }
    return undefined;
  }

  private httpSink(call: TS.CallExpression, name: string, shape: HttpCallShape, origin: Origin): SinkMatch | undefined {
    const ts = this.ctx.ts;
    // superagent `request.post(url).send(data)`: the URL is in an earlier call of the chain.
    const urlCall = shape.urlFromChain ? origin.calls.find((c) => c !== call && c.arguments?.length) : call;
    const urlArgs = urlCall?.arguments ?? [];
    const urlArg = typeof shape.url === 'number'
      ? urlArgs[shape.url]
      : propertyValue(ts, urlArgs[shape.url.arg], shape.url.props) ?? plainUrl(ts, urlArgs[shape.url.arg]);
    let destination = classifyUrl(this.ctx, urlArg);
    // `axios.create({ baseURL })`, `got.extend({ prefixUrl })`: relative paths go to the base.
    const base = baseUrlOf(ts, origin);
    if (base && destination.kind !== 'external') {
      const baseDestination = classifyUrl(this.ctx, base);
      if (baseDestination.kind !== 'unknown' || destination.kind === 'unknown') destination = baseDestination;
    }
    if (destination.kind === 'first-party') return undefined;
    const data = this.argumentsAt(call, shape.data);
    if (urlArg && urlCall === call) data.push({ expression: urlArg });
    const host = destination.kind === 'external' ? destination.host : undefined;
    // `fetch('https://api.stripe.com/…')`: a vendor's API host says who receives the data and why.
    const known = host !== undefined ? vendorOfHost(host) : undefined;
    return this.build('third-party', call.expression, name, {
      vendor: known?.vendor ?? host ?? 'an unknown host',
      purpose: known?.purpose ?? 'unknown',
      host,
      minimumSensitivity: 'medium',
      heuristic: destination.kind === 'unknown',
    }, data);
  }

  private pinoRedactPaths(origin: Origin): (readonly string[])[] {
    const ts = this.ctx.ts;
    if (origin.root.kind !== 'module' || !/^pino(-http)?$/.test(origin.root.module)) return [];
    const redact = propertyValue(ts, origin.calls[0]?.arguments?.[0], 'redact');
    // `redact: ['user.email']` or `redact: { paths: [...], censor }`.
    const list = redact && ts.isObjectLiteralExpression(redact) ? propertyValue(ts, redact, 'paths') : redact;
    if (!list || !ts.isArrayLiteralExpression(list)) return [];
    return list.elements.filter((e) => ts.isStringLiteralLike(e)).map((e) => (e as TS.StringLiteralLike).text.split('.'));
  }

  private build(
    kind: SinkKind,
    callee: TS.Expression,
    library: string,
    extra: Partial<Omit<SinkMatch, 'kind' | 'target' | 'library' | 'data'>> & { minimumSensitivity: Sensitivity },
    data: readonly DataArgument[],
  ): SinkMatch {
    const target = renderExpression(this.ctx.ts, callee, callee.getSourceFile()).replace(/\?\./g, '.');
    return { kind, target, library, redactPaths: [], heuristic: false, ...extra, data };
  }
}

function segmentsMatch(actual: readonly string[], pattern: readonly string[]): boolean {
  return actual.length === pattern.length && pattern.every((segment, i) => segment === '*' || segment === actual[i]);
}

function moduleMatches(pattern: string, module: string): boolean {
  if (pattern.endsWith('/*')) {
    const base = pattern.slice(0, -2);
    return module === base || module.startsWith(`${base}/`);
  }
  return pattern === module || module.startsWith(`${pattern}/`) && /^(@[^/]+\/)?[^/]+$/.test(pattern) && /\/(dist|lib|esm|cjs|index)/.test(module);
}

/**
 * `logger` matches a receiver whose last name ends with that word (`this.auditLogger`);
 * `req.log` matches `…req.log`, `request.log`.
 */
function receiverNameMatches(receiverName: string, receiver: readonly string[]): boolean {
  const parts = receiverName.split('.');
  if (parts.length > receiver.length) return false;
  const tail = receiver.slice(receiver.length - parts.length);
  for (let i = 0; i < parts.length - 1; i++) if (tail[i]!.toLowerCase() !== parts[i]!.toLowerCase()) return false;
  const last = tail[tail.length - 1]!;
  const wanted = parts[parts.length - 1]!;
  if (last.toLowerCase() === wanted.toLowerCase()) return true;
  const lastWords = splitWords(last);
  const wantedWords = splitWords(wanted);
  return lastWords.length > wantedWords.length && wantedWords.every((w, i) => lastWords[lastWords.length - wantedWords.length + i] === w);
}

type Destination = { kind: 'first-party' } | { kind: 'external'; host: string } | { kind: 'unknown' };

/** Where an HTTP call goes: relative URLs, the page's origin and configured hosts are first party. */
export function classifyUrl(ctx: EngineContext, url: TS.Expression | undefined): Destination {
  const prefix = url ? staticPrefix(ctx, url, 0) : undefined;
  if (prefix === undefined) return { kind: 'unknown' };
  if (prefix === ORIGIN) return { kind: 'first-party' };
  const absolute = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(prefix);
  if (!absolute) {
    // A relative path, or a prefix too short to tell (`${base}/users` unresolved is `unknown`).
    return prefix.startsWith('/') || prefix.startsWith('.') || /^[\w-]+\//.test(prefix) ? { kind: 'first-party' } : { kind: 'unknown' };
  }
  const host = absolute[1]!.toLowerCase();
  if (host === 'localhost' || host.startsWith('127.') || host === '[::1]') return { kind: 'first-party' };
  if (ctx.settings.firstPartyHosts.some((pattern) => hostMatches(pattern.toLowerCase(), host))) return { kind: 'first-party' };
  return { kind: 'external', host };
}

const ORIGIN = '\u0000origin';

function staticPrefix(ctx: EngineContext, node: TS.Expression, depth: number): string | undefined {
  const ts = ctx.ts;
  const inner = skipOuter(ts, node);
  if (depth > 4) return undefined;
  if (ts.isStringLiteralLike(inner)) return inner.text;
  if (ts.isTemplateExpression(inner)) {
    if (inner.head.text) return inner.head.text;
    const first = inner.templateSpans[0];
    return first ? staticPrefix(ctx, first.expression, depth + 1) : undefined;
  }
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) return staticPrefix(ctx, inner.left, depth + 1);
  if (ts.isNewExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === 'URL' && inner.arguments?.length) {
    const base = inner.arguments[1];
    return staticPrefix(ctx, base ?? inner.arguments[0]!, depth + 1);
  }
  const text = inner.getText();
  if (/^(window\.|self\.|globalThis\.)?location\.(origin|href|host)$/.test(text) || /^(window\.|self\.)?location$/.test(text)) return ORIGIN;
  if (ts.isIdentifier(inner)) {
    const value = constValue(ctx, inner);
    if (value) return staticPrefix(ctx, value, depth + 1);
  }
  return undefined;
}

function isSqlWrite(ctx: EngineContext, arg: TS.Expression | undefined): boolean {
  if (!arg) return false;
  const ts = ctx.ts;
  const inner = skipOuter(ts, arg);
  let text: string | undefined;
  if (ts.isStringLiteralLike(inner)) text = inner.text;
  else if (ts.isTemplateExpression(inner)) text = inner.head.text;
  else if (ts.isObjectLiteralExpression(inner)) {
    // pg's `query({ text, values })`, mysql2's `query({ sql, values })`.
    const sql = propertyValue(ts, inner, ['text', 'sql']);
    return sql !== undefined && isSqlWrite(ctx, sql);
  }
  else if (ts.isIdentifier(inner)) {
    const binding = ctx.scopes.resolve(inner);
    if (binding?.kind === 'variable' && binding.node.initializer) return isSqlWrite(ctx, binding.node.initializer);
  }
  return text !== undefined && /^\s*(insert|update|replace|upsert|merge)\b/i.test(text);
}

/** The called name: the last property of the path, or of the unresolved chain. */
function lastNameOf(origin: Origin): string | undefined {
  if (origin.path.length > 0) return origin.path[origin.path.length - 1];
  if (origin.root.kind === 'unknown') return origin.root.names[origin.root.names.length - 1];
  return undefined;
}

/** `axios(url, config)`: where the options could hold the URL, a plain string is the URL itself. */
function plainUrl(ts: EngineContext['ts'], arg: TS.Expression | undefined): TS.Expression | undefined {
  return arg && !ts.isObjectLiteralExpression(skipOuter(ts, arg)) ? arg : undefined;
}

/** The base URL an HTTP client instance was created with. */
function baseUrlOf(ts: EngineContext['ts'], origin: Origin): TS.Expression | undefined {
  for (const created of origin.calls) {
    const options = created.arguments?.[0];
    const base = propertyValue(ts, options, ['baseURL', 'baseUrl', 'prefixUrl', 'prefixURL']);
    if (base) return base;
  }
  return undefined;
}
