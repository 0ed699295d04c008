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
 * Trace notes quote identifier words in double quotes (`the word "email"`), which must stay, and
 * expressions in backticks, which may hold literals: only the backtick spans are cleaned.
 */
export function hideLiteralsInNote(note: string): string {
  return note.replace(/`[^`]*`/g, (span) => hideLiterals(span));
}
