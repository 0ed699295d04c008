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
