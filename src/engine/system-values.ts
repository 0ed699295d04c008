import type * as TS from 'typescript';
import { isPersonSubjectName } from './classify-name.js';
import { enclosingClass, type EngineContext, lastName, skipAwait, skipOuter } from './context.js';
import { organisationWords, softwareArtifactWords, technicalQualifiers } from './vocabulary.js';
import { splitWords } from './words.js';

// What a name or a value says is the deployment's, a system's or an organisation's, or a constant:
// configuration, not a person's data, whatever the words in it.

/** Configuration objects: what hangs off them is the deployment's, not a person's. */
// (Not `options`/`settings`: parameter bags that often carry a person's data, `sendWelcome(options)`.)
const configurationWords = new Set(['config', 'configuration', 'conf', 'cfg', 'env', 'environment', 'secrets']);

/** `config`, `appConfig`, `this.env`: a configuration's name. */
export function isConfigurationName(name: string): boolean {
  return splitWords(name).some((word) => configurationWords.has(word));
}

/**
 * A receiver chain rooted in a configuration or a system (`config.database`, `mailConfig.sender`,
 * `this.redisOptions`): the name nearest the root that is either a person's or a system's decides,
 * so `user.settings.email` stays a person's.
 */
export function isSystemReceiver(ts: EngineContext['ts'], receiver: TS.Expression): boolean {
  const names: string[] = [];
  let current: TS.Expression = skipOuter(ts, receiver);
  for (let steps = 0; steps < 8; steps++) {
    if (ts.isPropertyAccessExpression(current)) names.unshift(current.name.text);
    else if (ts.isIdentifier(current)) names.unshift(current.text);
    else if (current.kind === ts.SyntaxKind.ThisKeyword) {
      // `this.name` in `class ClickhouseClient`: the class says whose it is.
      const className = enclosingClass(ts, current)?.name?.text;
      if (className !== undefined) names.unshift(className);
    }
    if (!ts.isPropertyAccessExpression(current)) break;
    current = skipOuter(ts, current.expression);
  }
  for (const name of names) {
    if (isPersonSubjectName(name)) return false;
    const words = splitWords(name);
    if (isConfigurationName(name) || technicalQualifiers.has(words[0] ?? '')) return true;
  }
  return false;
}

/**
 * A value whose own name says what it is, whatever its key says: a system's (`postgresPassword`,
 * `config.redisPassword`, anything read off a configuration: `config.name`), a constant
 * (`E2E_GMAIL_EMAIL`) or an opaque id (`emailAccountId`).
 */
export function namesSystemValue(ts: EngineContext['ts'], value: TS.Expression): boolean {
  let inner = skipOuter(ts, value);
  // (`env.DATABASE_PASSWORD || undefined`, `config.smtpUser ?? ''`: the same value, or a default.)
  while (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.BarBarToken || inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) &&
         isLiteral(ts, inner.right)) inner = skipOuter(ts, inner.left);
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return false;
  // (`{ workerName: config.name }`: read off a configuration.)
  if (ts.isPropertyAccessExpression(inner) && isSystemReceiver(ts, inner.expression)) return true;
  const name = lastName(ts, inner) ?? '';
  // (`{ email: E2E_GMAIL_EMAIL }`: a constant, configuration.)
  if (isConstantName(name)) return true;
  const words = splitWords(name);
  // (`{ email: token.emailAccountId }`: an opaque id, whatever the key says.)
  if (words.length > 1 && opaqueIdWords.has(words[words.length - 1]!)) return true;
  return words.length > 1 && technicalQualifiers.has(words[0]!);
}

const opaqueIdWords = new Set(['id', 'ids', 'uuid', 'guid']);

/**
 * A receiver whose fields are not a person's data whatever they are called: a configuration or a
 * system (`config.smtp.user`), an organisation (`team.avatarUrl`), a form's per-field state
 * (`errors.email`), an artifact of software (`repository.fullName`).
 */
export function isNonPersonReceiver(ts: EngineContext['ts'], receiver: TS.Expression): boolean {
  const name = lastName(ts, receiver) ?? '';
  return isSystemReceiver(ts, receiver) || isNonPersonEntityName(name) || isFieldStateName(name);
}

/**
 * `currentOrg`, `repository`, `dockerImage`: an organisation or an artifact of software, whose
 * fields (`org.email`, `repository.fullName`) are its own.
 */
export function isNonPersonEntityName(name: string): boolean {
  return isOrganisationName(name) || endsWithWordOf(name, softwareArtifactWords);
}

/** `team`, `currentOrg`: what is read off it (`team.avatarUrl`, `org.email`) is the organisation's. */
export function isOrganisationName(name: string): boolean {
  return endsWithWordOf(name, organisationWords);
}

/** Whether the last word of a name is one of `words`: `currentOrg` ends with `org`. */
export function endsWithWordOf(name: string, words: ReadonlySet<string>): boolean {
  const split = splitWords(name);
  return split.length > 0 && words.has(split[split.length - 1]!);
}

/** `ADMIN_EMAIL`, `E2E_GMAIL_EMAIL`: two or more words in capitals, a constant's name. */
export function isConstantName(name: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name);
}

/** `process.env`, `process.env.X`, `import.meta.env.X`, `process.env.X ?? 'default'`: configuration. */
export function isEnvironmentRead(ts: EngineContext['ts'], expression: TS.Expression): boolean {
  let inner = skipOuter(ts, expression);
  while (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || inner.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    inner = skipOuter(ts, inner.left);
  }
  if ((ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) && !(ts.isPropertyAccessExpression(inner) && inner.name.text === 'env')) {
    inner = skipOuter(ts, inner.expression);
  }
  if (!ts.isPropertyAccessExpression(inner) || inner.name.text !== 'env') return false;
  const owner = skipOuter(ts, inner.expression);
  return (ts.isIdentifier(owner) && (owner.text === 'process' || owner.text === 'Bun')) || owner.kind === ts.SyntaxKind.MetaProperty;
}

export function isLiteral(ts: EngineContext['ts'], expression: TS.Expression): boolean {
  const inner = skipOuter(ts, expression);
  return ts.isStringLiteralLike(inner) || ts.isNumericLiteral(inner) || inner.kind === ts.SyntaxKind.TrueKeyword ||
    inner.kind === ts.SyntaxKind.FalseKeyword || inner.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(inner) && inner.text === 'undefined') || ts.isRegularExpressionLiteral(inner);
}

/** `hashSync('password')`, `await hash('secret', 10)`: a call whose arguments are all literals. */
export function isCallOnLiterals(ts: EngineContext['ts'], value: TS.Expression): boolean {
  const inner = skipAwait(ts, value);
  return ts.isCallExpression(inner) && inner.arguments.length > 0 && inner.arguments.every((arg) => isLiteral(ts, arg));
}

/** Words that end the name of a form's per-field state: its messages and flags. */
const fieldStateWords = new Set(['errors', 'touched', 'dirty', 'warnings']);

/**
 * Form state keyed by field (`errors.email`, `formik.touched.phone`, `emailError.email`,
 * `dirtyFields.name`): what is read off it is a message or a flag about the field, not its value.
 * (A bare `error`/`err` may be an exception that carries data, so only a qualified `…Error` counts.)
 */
export function isFieldStateName(name: string): boolean {
  const words = splitWords(name);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (fieldStateWords.has(last)) return true;
  if (last === 'fields' && words.length > 1) return fieldStateWords.has(words[words.length - 2]!);
  return last === 'error' && words.length > 1;
}
