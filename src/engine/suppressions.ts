/**
 * ESLint disable directives, read the way ESLint reads them, so that one comment silences a
 * finding in the editor and in the auditor alike:
 *
 * - `// eslint-disable-next-line [rules]` and `/* eslint-disable-next-line [rules] *\/`: the line
 *   after the comment (after its last line, for a block comment);
 * - `// eslint-disable-line [rules]` and a one-line `/* eslint-disable-line [rules] *\/`: its own line;
 * - `/* eslint-disable [rules] *\/` … `/* eslint-enable [rules] *\/`: from the comment on, until
 *   re-enabled (block comments only, as in ESLint; with no rules, every rule);
 * - rules are a comma-separated list (`privacy/no-pii-in-logs, privacy/no-pii-to-third-parties`),
 *   and anything after ` -- ` is a free-text reason.
 *
 * Pure functions over the file text (or over comments a parser already found): no TypeScript.
 */

export interface CommentInfo {
  readonly kind: 'line' | 'block';
  /** The text between the delimiters (`//`, or `/*` and `*\/`). */
  readonly value: string;
  /** 1-based line and column where the comment starts, and the 1-based line where it ends. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
}

export interface Suppressions {
  /** True when `ruleId` (`privacy/no-pii-in-logs`) is disabled at this 1-based line (and column). */
  isSuppressed(ruleId: string, line: number, column?: number): boolean;
}

type RuleSet = 'all' | ReadonlySet<string>;

interface RangeState {
  readonly all: boolean;
  /** Rules disabled by name. */
  readonly rules: ReadonlySet<string>;
  /** Rules re-enabled by name while `all` is disabled. */
  readonly except: ReadonlySet<string>;
}

interface RangeChange {
  readonly line: number;
  readonly column: number;
  readonly state: RangeState;
}

const directivePattern = /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s|$)/;

/** Suppressions of a file, from its text. */
export function parseSuppressions(text: string): Suppressions {
  return suppressionsFromComments(scanComments(text));
}

/** Suppressions from comments a parser already found (ESLint's `sourceCode.getAllComments()`). */
export function suppressionsFromComments(comments: Iterable<CommentInfo>): Suppressions {
  const lineRules = new Map<number, RuleSet[]>();
  const changes: RangeChange[] = [];
  let state: RangeState = { all: false, rules: new Set(), except: new Set() };

  const addLine = (line: number, rules: RuleSet): void => {
    const existing = lineRules.get(line);
    if (existing) existing.push(rules);
    else lineRules.set(line, [rules]);
  };

  for (const comment of comments) {
    const directive = parseDirective(comment.value);
    if (!directive) continue;
    const { kind, rules } = directive;
    if (kind === 'eslint-disable-next-line') {
      addLine(comment.endLine + 1, rules);
    } else if (kind === 'eslint-disable-line') {
      if (comment.line === comment.endLine) addLine(comment.line, rules); // ESLint rejects multi-line ones
    } else if (comment.kind === 'block') {
      // eslint-disable / eslint-enable: ESLint ignores them in line comments.
      state = kind === 'eslint-disable' ? disable(state, rules) : enable(state, rules);
      changes.push({ line: comment.line, column: comment.column, state });
    }
  }

  return {
    isSuppressed(ruleId, line, column = Number.POSITIVE_INFINITY) {
      if (lineRules.get(line)?.some((rules) => rules === 'all' || rules.has(ruleId))) return true;
      let current: RangeState | undefined;
      for (const change of changes) {
        if (change.line < line || (change.line === line && change.column <= column)) current = change.state;
        else break;
      }
      if (!current) return false;
      return (current.all && !current.except.has(ruleId)) || current.rules.has(ruleId);
    },
  };
}

function disable(state: RangeState, rules: RuleSet): RangeState {
  if (rules === 'all') return { all: true, rules: state.rules, except: new Set() };
  if (state.all) return { ...state, except: without(state.except, rules) };
  return { ...state, rules: new Set([...state.rules, ...rules]) };
}

function enable(state: RangeState, rules: RuleSet): RangeState {
  if (rules === 'all') return { all: false, rules: new Set(), except: new Set() };
  return {
    all: state.all,
    rules: without(state.rules, rules),
    except: state.all ? new Set([...state.except, ...rules]) : state.except,
  };
}

function without(set: ReadonlySet<string>, remove: ReadonlySet<string>): Set<string> {
  return new Set([...set].filter((item) => !remove.has(item)));
}

function parseDirective(value: string): { kind: string; rules: RuleSet } | undefined {
  const match = directivePattern.exec(value);
  if (!match) return undefined;
  const kind = match[1]!;
  // ESLint: the reason follows two or more dashes surrounded by whitespace.
  const rest = value.slice(value.indexOf(kind) + kind.length);
  const listPart = rest.split(/\s-{2,}\s/, 1)[0] ?? '';
  const names = listPart.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  return { kind, rules: names.length === 0 ? 'all' : new Set(names) };
}

/**
 * The comments of a JS/TS file. A small lexer: it skips strings, template literals (with nested
 * `${}`), and regular expression literals, so that `"// not a comment"` is not read as one.
 */
export function scanComments(text: string): CommentInfo[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  const comments: CommentInfo[] = [];
  const templateDepths: number[] = []; // brace depth at which each open `${` returns to its template
  let braceDepth = 0;
  let regexAllowed = true;
  let i = text.startsWith('#!') ? text.indexOf('\n') : 0;
  if (i < 0) return comments;

  const scanTemplate = (from: number): number => {
    // From just after "`" or "}" inside a template; returns the index after the template part.
    let j = from;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '\\') j += 2;
      else if (ch === '`') return j + 1;
      else if (ch === '$' && text[j + 1] === '{') {
        braceDepth++;
        templateDepths.push(braceDepth);
        return j + 2;
      } else j++;
    }
    return j;
  };

  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      const start = position(i);
      comments.push({ kind: 'line', value: text.slice(i + 2, stop).replace(/\r$/, ''), line: start.line, column: start.column, endLine: start.line });
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end;
      const start = position(i);
      comments.push({ kind: 'block', value: text.slice(i + 2, stop), line: start.line, column: start.column, endLine: position(stop).line });
      i = end < 0 ? text.length : end + 2;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
      regexAllowed = false;
    } else if (ch === '`') {
      i = scanTemplate(i + 1);
      regexAllowed = false;
    } else if (ch === '{') {
      braceDepth++;
      regexAllowed = true;
      i++;
    } else if (ch === '}') {
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth) {
        templateDepths.pop();
        braceDepth--;
        i = scanTemplate(i + 1);
        regexAllowed = false;
      } else {
        braceDepth--;
        regexAllowed = true; // after a block; `}` ending an object literal before `/` is rare
        i++;
      }
    } else if (ch === '/') {
      if (regexAllowed) {
        let j = i + 1;
        let inClass = false;
        while (j < text.length && text[j] !== '\n') {
          const c = text[j];
          if (c === '\\') j++;
          else if (c === '[') inClass = true;
          else if (c === ']') inClass = false;
          else if (c === '/' && !inClass) break;
          j++;
        }
        i = j + 1;
        while (i < text.length && /[a-z]/i.test(text[i]!)) i++;
        regexAllowed = false;
      } else {
        i++;
        regexAllowed = true;
      }
    } else if (/[A-Za-z_$\d]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /[\w$]/.test(text[j]!)) j++;
      regexAllowed = keywordsBeforeExpression.has(text.slice(i, j));
      i = j;
    } else if (ch === ')' || ch === ']') {
      regexAllowed = false;
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else {
      regexAllowed = true; // an operator or punctuation: an expression may follow
      i++;
    }
  }
  return comments;
}

const keywordsBeforeExpression = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);
