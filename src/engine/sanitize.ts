import type * as TS from 'typescript';
import { type EngineContext, lastName, skipOuter } from './context.js';
import { originOf } from './origin.js';
import type { Protection } from './taint.js';
import { joinPhrase, splitWords } from './words.js';

/**
 * Recognises calls that redact, hash or encrypt their input, by the called name's words
 * (`maskEmail`, `sha256`, `encryptField`, `hashPassword`) or the module (`bcrypt.hash`).
 */
export class SanitizerMatcher {
  private readonly lists: readonly [Protection, ReadonlySet<string>][];

  constructor(private readonly ctx: EngineContext) {
    const s = ctx.settings.sanitizers;
    const set = (names: readonly string[]) => new Set(names.map(joinPhrase));
    // Order matters: `hashPassword` is a password hash before it is a hash.
    this.lists = [
      ['password-hash', set(s.passwordHashers)],
      ['encrypt', set(s.encryptors)],
      ['hash', set(s.hashers)],
      ['redact', set(s.redactors)],
    ];
  }

  /** The protection a call gives its arguments (and, for chains, its receiver). */
  protectionOf(call: TS.CallExpression | TS.NewExpression): Protection | undefined {
    const ts = this.ctx.ts;
    const callee = skipOuter(ts, call.expression);
    // `bcrypt.hash(pw)`, `kms.encrypt(x)`: the strongest protection any name in the chain gives.
    const byName = this.strongest(calleeNames(ts, callee).map((name) => this.byName(name)));
    if (byName === 'password-hash') return byName;
    const origin = originOf(this.ctx, callee);
    // `import { hash } from '@node-rs/bcrypt'`: the module says more than the name `hash`.
    const byModule = origin.root.kind === 'module' ? this.ctx.settings.sanitizers.modules[origin.root.module] : undefined;
    if (byName || byModule) return this.strongest([byName, byModule]);
    // `crypto.createHash('sha256').update(x).digest()`: a call on a hasher's result.
    for (const inner of origin.calls) {
      if (inner === call) continue;
      const protection = this.byName(lastName(ts, inner.expression));
      if (protection) return protection;
    }
    return undefined;
  }

  /** A function passed by reference: `emails.map(hashEmail)`. */
  protectionOfReference(expression: TS.Expression): Protection | undefined {
    const ts = this.ctx.ts;
    const inner = skipOuter(ts, expression);
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
    return this.byName(lastName(ts, inner));
  }

  private strongest(found: readonly (Protection | undefined)[]): Protection | undefined {
    for (const [protection] of this.lists) if (found.includes(protection)) return protection;
    return undefined;
  }

  private readonly byNameCache = new Map<string, Protection | null>();

  byName(name: string | undefined): Protection | undefined {
    if (!name) return undefined;
    const cached = this.byNameCache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.lookup(name);
    if (this.byNameCache.size > 20_000) this.byNameCache.clear();
    this.byNameCache.set(name, found ?? null);
    return found;
  }

  private lookup(name: string): Protection | undefined {
    // The whole name, then every run of up to three of its words, each checked against the lists
    // in order of strength.
    const words = splitWords(name);
    const phrases = [joinPhrase(name)];
    for (let start = 0; start < words.length; start++) {
      let phrase = '';
      for (let end = start; end < Math.min(words.length, start + 3); end++) phrases.push((phrase += words[end]));
    }
    for (const [protection, names] of this.lists) {
      for (const phrase of phrases) if (names.has(phrase)) return protection;
    }
    return undefined;
  }
}

/** The names along a callee chain, calls skipped: `crypto.subtle.encrypt` → crypto, subtle, encrypt. */
function calleeNames(ts: EngineContext['ts'], callee: TS.Expression): string[] {
  const names: string[] = [];
  let node: TS.Expression = callee;
  for (let i = 0; i < 6; i++) {
    node = skipOuter(ts, node);
    if (ts.isPropertyAccessExpression(node)) {
      names.push(node.name.text);
      node = node.expression;
    } else if (ts.isIdentifier(node)) {
      names.push(node.text);
      break;
    } else break;
  }
  return names;
}
