import type * as TS from 'typescript';
import type { Span } from './findings.js';
import type { TsApi } from './host.js';

const maxLength = 80;

/**
 * The expression as a reader knows it, with every literal's value left out: the report never
 * repeats a hard-coded email or token it found.
 */
export function renderExpression(ts: TsApi, node: TS.Node, sourceFile: TS.SourceFile): string {
  if (ts.isShorthandPropertyAssignment(node)) return node.name.text;
  if (ts.isPropertyAssignment(node)) return renderExpression(ts, node.initializer, sourceFile);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return '<literal>';
  const start = node.getStart(sourceFile);
  let text = '';
  let cursor = start;
  const literals: [number, number, string][] = [];
  const collect = (child: TS.Node): void => {
    if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child) || ts.isRegularExpressionLiteral(child)) {
      literals.push([child.getStart(sourceFile), child.end, ts.isStringLiteral(child) ? "'…'" : ts.isRegularExpressionLiteral(child) ? '/…/' : '`…`']);
      return;
    }
    if (ts.isTemplateHead(child) || ts.isTemplateMiddle(child) || ts.isTemplateTail(child)) {
      const open = ts.isTemplateHead(child) ? '`' : '}';
      const close = ts.isTemplateTail(child) ? '`' : '${';
      const raw = child.getText(sourceFile);
      literals.push([child.getStart(sourceFile), child.end, raw.length > open.length + close.length ? `${open}…${close}` : raw]);
      return;
    }
    ts.forEachChild(child, collect);
  };
  collect(node);
  const full = sourceFile.text;
  for (const [from, to, replacement] of literals) {
    text += full.slice(cursor, from) + replacement;
    cursor = to;
  }
  text += full.slice(cursor, node.end);
  // One line: a chain written over several lines reads `tx.update(page).set`, not `tx .update(page) .set`.
  text = text.replace(/\s+/g, ' ').replace(/ (\??\.)/g, '$1').replace(/([([]) /g, '$1').replace(/ ([)\]])/g, '$1');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

export function spanOf(node: TS.Node, sourceFile: TS.SourceFile): Span {
  const start = node.getStart(sourceFile);
  const end = node.end;
  const from = sourceFile.getLineAndCharacterOfPosition(start);
  const to = sourceFile.getLineAndCharacterOfPosition(end);
  return { start, end, line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

export function lineOf(node: TS.Node, sourceFile: TS.SourceFile): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}
