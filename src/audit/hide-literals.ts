/**
 * Defence in depth for DESIGN.md's promise that a report never prints a literal's value: the
 * engine already renders literals as placeholders, and anything quoted that still reaches a
 * report (an expression, a call target, a trace note) is shown as `'…'`.
 */
export function hideLiterals(text: string): string {
  return text
    .replace(/'(?:[^'\\\n]|\\.)+'/g, (match) => (match === "'…'" ? match : "'…'"))
    .replace(/"(?:[^"\\\n]|\\.)+"/g, (match) => (match === '"…"' ? match : '"…"'));
}

/**
 * Trace notes and model evidence quote identifier words in double quotes (`the word "email"`,
 * `name says ciphertext: "enc"`), which must stay, and expressions in backticks, which may hold
 * literals: the backtick spans are cleaned. Outside them, code the engine quotes as written (a
 * transformer `new EncryptionTransformer({ key: 'k' })`) is cleaned too: a quoted string that
 * follows `(`, `[`, `{`, `,`, `=` (or `:` for single quotes, and inside brackets for double ones).
 */
export function hideLiteralsInNote(note: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < note.length) {
    const ch = note[i]!;
    if (ch === '`') {
      const end = note.indexOf('`', i + 1);
      if (end === -1) {
        out += note.slice(i);
        break;
      }
      out += hideLiterals(note.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    if (ch === "'" || ch === '"') {
      const before = out.trimEnd().slice(-1);
      const code = '([{,='.includes(before) && before !== '' ? true : before === ':' && (ch === "'" || depth > 0);
      const end = code ? closingQuote(note, i) : -1;
      if (end !== -1) {
        out += `${ch}…${ch}`;
        i = end + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** The index of the quote that closes the string opened at `start` on the same line, or -1. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '\n') return -1;
    else if (text[i] === quote) return i > start + 1 ? i : -1;
  }
  return -1;
}
